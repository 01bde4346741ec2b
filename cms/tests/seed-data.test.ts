import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  annex1Associations,
  campaigns,
  contactPoints,
  districts,
  entryPoint,
  guides,
  offers,
  opportunities,
  organisations,
  photos,
  stories,
  walkStops,
  walks,
} from '../src/seed/data';
import type { GuideLocalised, PhotoSeed } from '../src/seed/data';
import { SEED_DAY } from '../src/seed/calendar';
import { renderChime, renderPhoto } from '../src/seed/media';

/** The day the seed data is written for (the seed moves every date with the day it runs). */
const TODAY = SEED_DAY;

// ---------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------

const CMS = join(__dirname, '..');

interface Attribute {
  type: string;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  enum?: string[];
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

interface Schema {
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, Attribute>;
}

function contentType(name: string): Schema {
  return JSON.parse(readFileSync(join(CMS, 'src/api', name, 'content-types', name, 'schema.json'), 'utf8')) as Schema;
}

function component(uid: string): Schema {
  const [category, name] = uid.split('.');
  return JSON.parse(readFileSync(join(CMS, 'src/components', category, `${name}.json`), 'utf8')) as Schema;
}

/** Fields that exist only in the seed data, never in Strapi. */
const SEED_ONLY: Record<string, string[]> = {
  'photo-asset': ['key', 'art'],
  'walk-stop': ['key', 'audioSeed'],
};
const DRAFTABLE = ['story', 'campaign', 'opportunity', 'offer', 'walk', 'walk-stop', 'guide', 'entry-point'];
/** Marked localised in the schema, but the same in every locale: kept shared in the seed. */
const SHARED_EVEN_IF_LOCALISED = ['focalX', 'focalY', 'lat', 'lng', 'distanceKm'];

// ---------------------------------------------------------------------------
// Identifiers that relations may point at
// ---------------------------------------------------------------------------

const ids: Record<string, Set<string>> = {
  'api::organisation.organisation': new Set(organisations.map((o) => o.slug)),
  'api::photo-asset.photo-asset': new Set(photos.map((p) => p.key)),
  'api::story.story': new Set(stories.map((s) => s.slug)),
  'api::campaign.campaign': new Set(campaigns.map((c) => c.slug)),
  'api::opportunity.opportunity': new Set(opportunities.map((o) => o.slug)),
  'api::offer.offer': new Set(offers.map((o) => o.slug)),
  'api::walk.walk': new Set(walks.map((w) => w.slug)),
  'api::walk-stop.walk-stop': new Set(walkStops.map((s) => s.key)),
  'api::contact-point.contact-point': new Set(contactPoints.map((c) => c.slug)),
};

// ---------------------------------------------------------------------------
// Generic record check against a schema
// ---------------------------------------------------------------------------

type Rec = Record<string, unknown>;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkValue(name: string, attr: Attribute, value: unknown, where: string, errors: string[]): void {
  const fail = (msg: string): void => {
    errors.push(`${where}.${name}: ${msg}`);
  };
  switch (attr.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'uid':
    case 'email': {
      if (typeof value !== 'string') return fail('should be a string');
      if (attr.required && value.trim() === '') fail('is required but empty');
      if (attr.maxLength !== undefined && value.length > attr.maxLength) fail(`is ${value.length} chars, max ${attr.maxLength}`);
      if (attr.type === 'uid' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) fail(`"${value}" is not an ASCII slug`);
      if (attr.type === 'email' && !/^[^@\s]+@[a-z0-9.-]+\.example\.dk$/.test(value)) fail(`"${value}" is not an example.dk address`);
      return;
    }
    case 'enumeration':
      if (!attr.enum?.includes(value as string)) fail(`"${String(value)}" is not one of ${attr.enum?.join(', ')}`);
      return;
    case 'integer':
    case 'decimal':
      if (typeof value !== 'number' || Number.isNaN(value)) return fail('should be a number');
      if (attr.type === 'integer' && !Number.isInteger(value)) fail('should be an integer');
      if (attr.min !== undefined && value < attr.min) fail(`below min ${attr.min}`);
      if (attr.max !== undefined && value > attr.max) fail(`above max ${attr.max}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail('should be a boolean');
      return;
    case 'date':
      if (typeof value !== 'string' || !isoDate.test(value) || Number.isNaN(Date.parse(value))) fail(`"${String(value)}" is not YYYY-MM-DD`);
      return;
    case 'relation': {
      const many = /ToMany$/.test(attr.relation ?? '');
      const list = many ? value : [value];
      if (!Array.isArray(list)) return fail('should be an array of references');
      const known = ids[attr.target ?? ''];
      if (!known) return fail(`no seed data for target ${attr.target}`);
      for (const ref of list) {
        if (typeof ref !== 'string' || !known.has(ref)) fail(`reference "${String(ref)}" does not resolve (${attr.target})`);
      }
      return;
    }
    case 'component': {
      const schema = component(attr.component ?? '');
      const items = attr.repeatable ? value : [value];
      if (!Array.isArray(items)) return fail('should be an array');
      const min = attr.min;
      const max = attr.max;
      if (min !== undefined && items.length < min) fail(`has ${items.length} items, min ${min}`);
      if (max !== undefined && items.length > max) fail(`has ${items.length} items, max ${max}`);
      items.forEach((item, i) => checkFields(schema, item as Rec, `${where}.${name}[${i}]`, errors, []));
      return;
    }
    case 'media':
      fail('media is uploaded by the seeder and must not be in the data');
      return;
    default:
      fail(`unexpected attribute type ${attr.type}`);
  }
}

function checkFields(schema: Schema, rec: Rec, where: string, errors: string[], extra: string[]): void {
  for (const key of Object.keys(rec)) {
    if (!(key in schema.attributes) && !extra.includes(key)) errors.push(`${where}: unknown field "${key}"`);
  }
  for (const [name, attr] of Object.entries(schema.attributes)) {
    const value = rec[name];
    if (value === undefined || value === null) {
      if (attr.required && attr.type !== 'media' && attr.type !== 'relation') errors.push(`${where}.${name}: is required`);
      continue;
    }
    checkValue(name, attr, value, where, errors);
  }
}

function checkRecords(type: string, records: readonly object[], idField: 'slug' | 'key' | null): string[] {
  const schema = contentType(type);
  const localised = schema.pluginOptions?.i18n?.localized === true;
  const errors: string[] = [];
  const extra = [...(SEED_ONLY[type] ?? []), ...(DRAFTABLE.includes(type) ? ['draft'] : [])];
  records.forEach((raw, i) => {
    const rec = raw as Rec;
    const where = `${type}[${idField ? String(rec[idField]) : i}]`;
    if (!localised) {
      checkFields(schema, rec, where, errors, extra);
      return;
    }
    const { da, en, ...shared } = rec as Rec & { da?: Rec; en?: Rec };
    if (!da || !en) {
      errors.push(`${where}: localised records need both da and en`);
      return;
    }
    for (const [name, attr] of Object.entries(schema.attributes)) {
      const isLocalised = attr.pluginOptions?.i18n?.localized === true && !SHARED_EVEN_IF_LOCALISED.includes(name);
      if (isLocalised && name in shared) errors.push(`${where}.${name}: localised field must be in da/en, not shared`);
      if (!isLocalised && (name in da || name in en)) errors.push(`${where}.${name}: shared field must not be in da/en`);
    }
    if (Object.keys(da).sort().join() !== Object.keys(en).sort().join()) errors.push(`${where}: da and en have different fields`);
    for (const [locale, loc] of [['da', da], ['en', en]] as const) {
      checkFields(schema, { ...shared, ...loc }, `${where}.${locale}`, errors, extra);
    }
  });
  if (idField) {
    const seen = new Set<string>();
    for (const rec of records as Rec[]) {
      const id = String(rec[idField]);
      if (seen.has(id)) errors.push(`${type}: duplicate ${idField} "${id}"`);
      seen.add(id);
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function photoIsUsable(photo: PhotoSeed, today = TODAY): boolean {
  return photo.consents.length > 0 && photo.consents.every((c) => !c.withdrawn && c.expiresAt >= today);
}

const photoByKey = new Map(photos.map((p) => [p.key, p]));

function words(markdown: string): number {
  return markdown.replace(/\]\([^)]*\)/g, ']').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function links(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Validates a guide flow: every answer leads to a question or an outcome,
 * keys are unique, there are no loops, every question is reachable, every
 * outcome is used and names at least one contact point or offer. With no loops
 * and no dead ends, every path ends in an outcome.
 */
function validateGuide(startQuestion: string, guide: Pick<GuideLocalised, 'questions' | 'outcomes'>): string[] {
  const errors: string[] = [];
  const questions = new Map(guide.questions.map((q) => [q.key, q]));
  const outcomes = new Map(guide.outcomes.map((o) => [o.key, o]));
  const allKeys = [...guide.questions.map((q) => q.key), ...guide.outcomes.map((o) => o.key)];
  for (const key of new Set(allKeys)) {
    if (allKeys.filter((k) => k === key).length > 1) errors.push(`key "${key}" is used more than once`);
  }
  if (!questions.has(startQuestion)) errors.push(`start question "${startQuestion}" does not exist`);
  for (const q of guide.questions) {
    if (q.answers.length === 0) errors.push(`question "${q.key}" has no answers`);
    for (const a of q.answers) {
      if (!questions.has(a.next) && !outcomes.has(a.next)) errors.push(`answer "${a.label}" of "${q.key}" leads to unknown "${a.next}"`);
    }
  }
  for (const o of guide.outcomes) {
    if (o.contactPoints.length + o.offers.length === 0) errors.push(`outcome "${o.key}" names no contact point or offer`);
  }
  // Depth-first search: grey = on the current path (a loop if met again), black = done.
  const state = new Map<string, 'grey' | 'black'>();
  const reached = new Set<string>();
  const visit = (key: string, path: string[]): void => {
    reached.add(key);
    const q = questions.get(key);
    if (!q) return;
    if (state.get(key) === 'grey') {
      errors.push(`loop: ${[...path, key].join(' -> ')}`);
      return;
    }
    if (state.get(key) === 'black') return;
    state.set(key, 'grey');
    for (const a of q.answers) visit(a.next, [...path, key]);
    state.set(key, 'black');
  };
  if (questions.has(startQuestion)) visit(startQuestion, []);
  for (const key of questions.keys()) if (!reached.has(key)) errors.push(`question "${key}" is unreachable`);
  for (const key of outcomes.keys()) if (!reached.has(key)) errors.push(`outcome "${key}" is never reached`);
  return errors;
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('seed data: schema conformance', () => {
  it.each([
    ['organisation', organisations, 'slug'],
    ['photo-asset', photos, 'key'],
    ['story', stories, 'slug'],
    ['campaign', campaigns, 'slug'],
    ['opportunity', opportunities, 'slug'],
    ['offer', offers, 'slug'],
    ['walk', walks, 'slug'],
    ['walk-stop', walkStops, 'key'],
    ['guide', guides, 'slug'],
    ['contact-point', contactPoints, 'slug'],
    ['entry-point', [entryPoint], null],
  ] as const)('%s records match the schema, have unique ids and resolve every reference', (type, records, idField) => {
    expect(checkRecords(type, records, idField)).toEqual([]);
  });

  it('uses only fake phone numbers (87 13 xx xx) apart from the emergency number', () => {
    const phones: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (k === 'phone' && typeof v === 'string') phones.push(v);
          else collect(v);
        }
      }
    };
    collect([organisations, campaigns, opportunities, offers, contactPoints]);
    expect(phones.length).toBeGreaterThan(50);
    for (const phone of phones) expect(phone === '112' || /^87 13 \d\d \d\d$/.test(phone), phone).toBe(true);
  });

  it('links only to example.dk sites (and mailto example.dk addresses)', () => {
    const urls: string[] = [
      ...organisations.map((o) => o.website),
      ...contactPoints.map((c) => c.url),
      ...campaigns.flatMap((c) => (c.ctaUrl ? [c.ctaUrl] : [])),
      ...[...stories, ...campaigns].flatMap((r) => [...links(r.da.body), ...links(r.en.body)]),
      ...walkStops.flatMap((s) => [...links(s.da.transcript), ...links(s.en.transcript)]),
    ];
    for (const url of urls) {
      expect(/^(https:\/\/[a-z0-9.-]+\.example\.dk(\/|$)|mailto:[^@]+@[a-z0-9.-]+\.example\.dk$)/.test(url), url).toBe(true);
    }
  });
});

describe('seed data: organisations', () => {
  it('has at least 30 organisations including all 25 annex-1 associations', () => {
    expect(organisations.length).toBeGreaterThanOrEqual(30);
    expect(annex1Associations).toHaveLength(25);
    expect(new Set(annex1Associations).size).toBe(25);
    for (const name of annex1Associations) {
      const org = organisations.find((o) => o.name === name);
      expect(org, name).toBeDefined();
      expect(org?.kind).toBe('association');
    }
  });

  it('has the institutions the demo pages use', () => {
    const bySlug = new Map(organisations.map((o) => [o.slug, o]));
    expect(bySlug.get('tranbjerg-skole')).toMatchObject({ name: 'Tranbjerg Skole', kind: 'school' });
    expect(bySlug.get('stavtrup-dagtilbud')).toMatchObject({ name: 'Stavtrup Dagtilbud', kind: 'daycare' });
    expect(organisations.some((o) => o.name === 'Frivilligcenter Aarhus')).toBe(true);
    expect(organisations.some((o) => o.name === 'Velkomsthuset')).toBe(true);
    expect(organisations.filter((o) => o.kind === 'local_centre').length).toBeGreaterThanOrEqual(2);
    expect(organisations.filter((o) => o.kind === 'municipal_office').length).toBeGreaterThanOrEqual(2);
    expect(organisations.filter((o) => o.kind === 'school').length).toBeGreaterThanOrEqual(2);
    expect(organisations.filter((o) => o.kind === 'daycare').length).toBeGreaterThanOrEqual(2);
  });

  it('places every organisation in a known district inside Aarhus', () => {
    const known = new Set<string>(districts);
    for (const o of organisations) {
      expect(known.has(o.district), `${o.slug}: ${o.district}`).toBe(true);
      expect(o.lat > 56.05 && o.lat < 56.3 && o.lng > 10.05 && o.lng < 10.35, o.slug).toBe(true);
    }
    const usedDistricts = [
      ...opportunities.map((o) => o.district),
      ...offers.flatMap((o) => (o.district ? [o.district] : [])),
    ];
    for (const d of usedDistricts) expect(known.has(d), d).toBe(true);
  });
});

describe('seed data: photos', () => {
  it('has exactly 12 photos with palettes and motifs for the illustrations', () => {
    expect(photos).toHaveLength(12);
    for (const p of photos) {
      expect(p.art.palette).toHaveLength(3);
      for (const c of p.art.palette) expect(c).toMatch(/^#[0-9a-f]{6}$/i);
      expect(['people', 'hands', 'table', 'trees', 'books', 'city']).toContain(p.art.motif);
      expect(p.da.alt.length).toBeGreaterThan(40);
      expect(p.en.alt.length).toBeGreaterThan(40);
    }
  });

  it('has consistent consent records', () => {
    for (const p of photos) {
      expect(p.consents.length, p.key).toBeGreaterThan(0);
      for (const c of p.consents) {
        expect(c.givenAt < c.expiresAt, `${p.key}: ${c.personName}`).toBe(true);
        if (c.isMinor) expect(c.guardianName, `${p.key}: ${c.personName}`).toBeTruthy();
        if (c.withdrawn) expect(c.withdrawnAt, `${p.key}: ${c.personName}`).toMatch(isoDate);
      }
    }
    expect(photos.some((p) => p.consents.some((c) => c.isMinor))).toBe(true);
  });

  it('has exactly the two traps: one expired and one withdrawn', () => {
    const unusable = photos.filter((p) => !photoIsUsable(p)).map((p) => p.key);
    expect(unusable.sort()).toHaveLength(2);
    const expired = photoByKey.get('velkomsthuset-faellesspisning');
    expect(expired?.consents.some((c) => c.expiresAt < TODAY && c.expiresAt.startsWith('2025'))).toBe(true);
    const withdrawn = photos.filter((p) => p.consents.some((c) => c.withdrawn));
    expect(withdrawn).toHaveLength(1);
    expect(unusable).toContain(withdrawn[0].key);
    for (const p of photos.filter((p) => photoIsUsable(p))) {
      for (const c of p.consents) expect(c.expiresAt >= '2027-01-01' && c.expiresAt <= '2029-12-31', p.key).toBe(true);
    }
  });

  it('has at least 6 usable photos cleared for print and social', () => {
    expect(photos.filter((p) => photoIsUsable(p) && p.usePrint && p.useSocial).length).toBeGreaterThanOrEqual(6);
  });
});

describe('seed data: stories', () => {
  const published = stories.filter((s) => !s.draft);

  it('has 8 published stories and the draft kladde-eksempel', () => {
    expect(stories).toHaveLength(9);
    expect(published.length).toBeGreaterThanOrEqual(8);
    const drafts = stories.filter((s) => s.draft);
    expect(drafts.map((s) => s.slug)).toEqual(['kladde-eksempel']);
  });

  it('keeps the expired photo as the hero of velkomsthuset (the trap)', () => {
    expect(stories.find((s) => s.slug === 'velkomsthuset')?.hero).toBe('velkomsthuset-faellesspisning');
    for (const s of stories) {
      if (s.slug !== 'velkomsthuset' && s.hero) expect(photoIsUsable(photoByKey.get(s.hero) as PhotoSeed), s.slug).toBe(true);
    }
  });

  it('has rich bodies of 150-350 words in both languages', () => {
    for (const s of published) {
      for (const loc of [s.da, s.en]) {
        const n = words(loc.body);
        expect(n >= 150 && n <= 350, `${s.slug}: ${n} words`).toBe(true);
        expect(loc.body, s.slug).toMatch(/^## /m);
        expect(loc.body, s.slug).toMatch(/^- /m);
        expect(loc.body, s.slug).toMatch(/\*\*[^*]+\*\*/);
        expect(links(loc.body).some((u) => u.startsWith('https://')), s.slug).toBe(true);
        expect(s.publishDate <= TODAY, s.slug).toBe(true);
      }
    }
    expect(published.some((s) => links(s.da.body).some((u) => u.startsWith('mailto:')))).toBe(true);
  });
});

describe('seed data: campaigns', () => {
  it('has 3 campaigns, all running on the demo date', () => {
    expect(campaigns).toHaveLength(3);
    for (const c of campaigns) expect(c.startsAt <= TODAY && TODAY <= c.endsAt, c.slug).toBe(true);
  });

  it('has the joint campaign Frivillig for fremtiden with the demo institutions', () => {
    const ffu = campaigns.find((c) => c.slug === 'frivillig-for-fremtiden');
    expect(ffu?.ctaKind).toBe('signup');
    expect(ffu?.organisations).toEqual(expect.arrayContaining(['tranbjerg-skole', 'stavtrup-dagtilbud']));
    expect(ffu?.organisations.filter((o) => (annex1Associations as readonly string[]).includes(
      organisations.find((org) => org.slug === o)?.name ?? '',
    )).length).toBeGreaterThanOrEqual(5);
  });

  it('gives link campaigns an https url and uses only photos cleared for posters', () => {
    for (const c of campaigns) {
      if (c.ctaKind === 'link') expect(c.ctaUrl, c.slug).toMatch(/^https:\/\//);
      expect(c.photos.length, c.slug).toBeGreaterThan(0);
      for (const key of c.photos) {
        const p = photoByKey.get(key) as PhotoSeed;
        expect(photoIsUsable(p) && p.usePrint && p.useSocial, `${c.slug}: ${key}`).toBe(true);
      }
    }
  });
});

describe('seed data: opportunities and offers', () => {
  it('has 20 opportunities, mostly episodic', () => {
    expect(opportunities).toHaveLength(20);
    const episodic = opportunities.filter((o) => o.commitment === 'episodic').length;
    const regular = opportunities.filter((o) => o.commitment === 'regular').length;
    expect(regular).toBeGreaterThan(0);
    expect(episodic).toBeGreaterThan(regular);
    for (const o of opportunities) {
      if (o.startsAt && o.endsAt) expect(o.startsAt <= o.endsAt, o.slug).toBe(true);
    }
  });

  it('has 40 offers covering every category of the schema at least 3 times', () => {
    expect(offers).toHaveLength(40);
    const categories = contentType('offer').attributes.category.enum ?? [];
    expect(categories.length).toBeGreaterThan(0);
    for (const category of categories) {
      expect(offers.filter((o) => o.category === category).length, category).toBeGreaterThanOrEqual(3);
    }
    for (const o of offers) {
      if (o.minAge !== undefined && o.maxAge !== undefined) expect(o.minAge <= o.maxAge, o.slug).toBe(true);
    }
  });
});

describe('seed data: the podcast walk', () => {
  const stops = [...walkStops].sort((a, b) => a.order - b.order);

  it('has the walk and at least 6 stops numbered 1..n', () => {
    expect(walks.map((w) => w.slug)).toEqual(['frivillighed-i-oererne']);
    expect(stops.length).toBeGreaterThanOrEqual(6);
    expect(stops.map((s) => s.order)).toEqual(stops.map((_, i) => i + 1));
    for (const s of stops) expect(s.walk).toBe('frivillighed-i-oererne');
  });

  it('has transcripts, directions and short audio for every stop', () => {
    for (const s of stops) {
      for (const loc of [s.da, s.en]) {
        const n = words(loc.transcript);
        expect(n >= 80 && n <= 200, `${s.key}: ${n} words`).toBe(true);
        expect(loc.directions.trim().length, s.key).toBeGreaterThan(0);
      }
      expect(s.durationSeconds >= 4 && s.durationSeconds <= 8, s.key).toBe(true);
      if (s.photo) expect(photoIsUsable(photoByKey.get(s.photo) as PhotoSeed), s.key).toBe(true);
    }
  });

  it('is walkable: stops close together, the whole route under 8 km', () => {
    let total = 0;
    for (let i = 1; i < stops.length; i++) {
      const d = distanceKm(stops[i - 1], stops[i]);
      expect(d, `${stops[i - 1].key} -> ${stops[i].key}`).toBeLessThan(2.5);
      total += d;
    }
    expect(total).toBeLessThan(8);
    expect(walks[0].distanceKm).toBeGreaterThanOrEqual(total);
  });
});

describe('seed data: guides and entry point', () => {
  it('has the two guides, one of them sensitive', () => {
    expect(guides.map((g) => [g.slug, g.sensitive])).toEqual([
      ['hvor-henvender-jeg-mig', false],
      ['bekymret-for-et-barn', true],
    ]);
  });

  it.each(guides.flatMap((g) => (['da', 'en'] as const).map((l) => [g.slug, l, g] as const)))(
    'guide %s (%s) is a valid flow',
    (_slug, locale, guide) => {
      expect(validateGuide(guide.startQuestion, guide[locale])).toEqual([]);
    },
  );

  it('has the same flow in Danish and English', () => {
    const shape = (g: GuideLocalised) =>
      JSON.stringify({
        q: g.questions.map((q) => [q.key, q.kind, q.answers.map((a) => [a.next, a.districts ?? ''])]),
        o: g.outcomes.map((o) => [o.key, o.contactPoints, o.offers]),
      });
    for (const g of guides) expect(shape(g.en), g.slug).toBe(shape(g.da));
  });

  it('covers the journeys the front page promises', () => {
    const guide = guides.find((g) => g.slug === 'hvor-henvender-jeg-mig') as (typeof guides)[number];
    const start = guide.da.questions.find((q) => q.key === guide.startQuestion);
    expect(start?.answers.map((a) => a.next)).toEqual(
      expect.arrayContaining(['ide-behov', 'forening-behov', 'arbejdsplads', 'barn-behov', 'frivillig-omraade']),
    );
  });

  it('has exactly three doors in each language', () => {
    for (const loc of [entryPoint.da, entryPoint.en]) {
      expect(loc.doors.map((d) => d.kind)).toEqual(['volunteer', 'help', 'idea']);
    }
  });
});

describe('seed media', () => {
  it('renderChime returns a valid 16-bit mono 16 kHz WAV of the asked length', () => {
    const wav = renderChime(5, 'test');
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('ascii', 8, 12)).toBe('WAVE');
    expect(wav.toString('ascii', 12, 16)).toBe('fmt ');
    expect(wav.readUInt16LE(20)).toBe(1);
    expect(wav.readUInt16LE(22)).toBe(1);
    expect(wav.readUInt32LE(24)).toBe(16000);
    expect(wav.readUInt16LE(34)).toBe(16);
    expect(wav.toString('ascii', 36, 40)).toBe('data');
    expect(wav.readUInt32LE(40)).toBe(5 * 16000 * 2);
    // Fades in and out; not silent.
    expect(Math.abs(wav.readInt16LE(44))).toBeLessThan(100);
    expect(Math.abs(wav.readInt16LE(wav.length - 2))).toBeLessThan(100);
    let peak = 0;
    for (let i = 44; i < wav.length; i += 2) peak = Math.max(peak, Math.abs(wav.readInt16LE(i)));
    expect(peak).toBeGreaterThan(5000);
    // Deterministic, and different seeds sound different.
    expect(renderChime(5, 'test').equals(wav)).toBe(true);
    expect(renderChime(5, 'other').equals(wav)).toBe(false);
  });

  it('renderChime matches each walk stop duration', () => {
    for (const s of walkStops) {
      expect(renderChime(s.durationSeconds, s.audioSeed).readUInt32LE(40), s.key).toBe(s.durationSeconds * 32000);
    }
  });

  it('renderPhoto returns a deterministic JPEG of the asked size', async () => {
    const art = photos[0].art;
    const small = await renderPhoto(art, 640, 400);
    const meta = await sharp(small).metadata();
    expect(meta.format).toBe('jpeg');
    expect([meta.width, meta.height]).toEqual([640, 400]);
    expect((await renderPhoto(art, 640, 400)).equals(small)).toBe(true);
  });

  it('renderPhoto defaults to 3600 x 2400 for print and renders every motif quickly', async () => {
    const started = Date.now();
    const big = await renderPhoto(photos[1].art);
    const meta = await sharp(big).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 3600, 2400]);
    expect(Date.now() - started).toBeLessThan(3000);
    for (const motif of ['people', 'hands', 'table', 'trees', 'books', 'city'] as const) {
      const img = await renderPhoto({ palette: ['#336699', '#ffcc00', '#cc3344'], motif }, 300, 200);
      expect((await sharp(img).metadata()).width, motif).toBe(300);
    }
  }, 20000);
});
