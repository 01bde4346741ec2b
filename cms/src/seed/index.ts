import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { ensureDemoAdmin } from './admin';
import { createDocument, findDocumentId, localeVersions } from './documents';
import { seedShiftDays, shiftDates } from './calendar';
import * as written from './data';
import { renderChime, renderPhoto } from './media';
import { seedDemoStaff } from './staff';

/**
 * The demo content, written on first boot. Every record is looked up by its
 * slug (or title) first, so a restart, or a boot after an interrupted seed,
 * never writes a duplicate.
 */
const SEED_VERSION = 1;
const MARKER = { type: 'api', name: 'seed', key: 'version' } as const;

type Ids = Map<string, string>;

export async function seed(strapi: Core.Strapi): Promise<void> {
  await ensureLocales(strapi);
  await ensureDemoAdmin(strapi);
  if ((await strapi.store.get(MARKER)) === SEED_VERSION) return;

  const started = Date.now();
  strapi.log.info('Seeding the Samskab demo content (first boot only)...');
  const data = shiftDates({ ...written }, seedShiftDays());
  const workdir = await mkdtemp(path.join(tmpdir(), 'samskab-seed-'));
  try {
    const ctx = { strapi, workdir };
    const organisations = await each(ctx, 'api::organisation.organisation', data.organisations, 'slug', (o) => ({ da: { ...o } }));
    const photos = await each(ctx, 'api::photo-asset.photo-asset', data.photos, 'title', async (p) => {
      const image = await upload(ctx, `${p.key}.jpg`, 'image/jpeg', await renderPhoto(p.art), p.da.alt);
      const { key, art, organisation, da, en, ...shared } = p;
      return localeVersions(p, { ...shared, image, organisation: ref(organisations, organisation) });
    }, (p) => p.key);
    const contactPoints = await each(ctx, 'api::contact-point.contact-point', data.contactPoints, 'slug', (c) => ({ da: { ...c } }));
    const campaigns = await each(ctx, 'api::campaign.campaign', data.campaigns, 'slug', (c) =>
      localeVersions(c, {
        ...omit(c, 'da', 'en', 'draft'),
        organisations: c.organisations.map((slug) => ref(organisations, slug)),
        photos: c.photos.map((key) => ref(photos, key)),
      }),
    );
    const offers = await each(ctx, 'api::offer.offer', data.offers, 'slug', (o) =>
      localeVersions(o, { ...omit(o, 'da', 'en', 'draft'), provider: ref(organisations, o.provider) }),
    );
    await each(ctx, 'api::opportunity.opportunity', data.opportunities, 'slug', (o) =>
      localeVersions(o, { ...omit(o, 'da', 'en', 'draft'), organisation: ref(organisations, o.organisation), campaign: ref(campaigns, o.campaign) }),
    );
    const stories = await each(ctx, 'api::story.story', data.stories, 'slug', (s) =>
      localeVersions(s, {
        ...omit(s, 'da', 'en', 'draft'),
        hero: ref(photos, s.hero),
        organisation: ref(organisations, s.organisation),
        campaign: ref(campaigns, s.campaign),
      }),
    );
    const walks = await each(ctx, 'api::walk.walk', data.walks, 'slug', (w) => localeVersions(w, omit(w, 'da', 'en', 'draft')));
    await each(ctx, 'api::walk-stop.walk-stop', data.walkStops, 'title', async (s) => {
      const audio = await upload(ctx, `${s.key}.wav`, 'audio/wav', renderChime(s.durationSeconds, s.audioSeed), s.da.title);
      const { key, audioSeed, draft, da, en, ...shared } = s;
      return localeVersions(s, { ...shared, audio, walk: ref(walks, s.walk), photo: ref(photos, s.photo), story: ref(stories, s.story) });
    }, (s) => s.da.title);
    // Publish the walks again so that their published versions list the published stops.
    for (const id of walks.values()) await strapi.documents('api::walk.walk').publish({ documentId: id, locale: '*' } as any);

    const guideVersion = (g: written.GuideSeed, locale: 'da' | 'en') => ({
      ...omit(g, 'da', 'en', 'draft'),
      ...g[locale],
      outcomes: g[locale].outcomes.map((o) => ({
        ...o,
        contactPoints: o.contactPoints.map((slug) => ref(contactPoints, slug)),
        offers: o.offers.map((slug) => ref(offers, slug)),
      })),
    });
    await each(ctx, 'api::guide.guide', data.guides, 'slug', (g) => ({ da: guideVersion(g, 'da'), en: guideVersion(g, 'en') }));
    await seedEntryPoint(strapi, data.entryPoint);

    await seedDemoStaff(strapi);
    await strapi.store.set({ ...MARKER, value: SEED_VERSION });
    strapi.log.info(`Seeded the demo content in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await rm(workdir, { recursive: true, force: true });
  }
}

interface SeedContext {
  strapi: Core.Strapi;
  workdir: string;
}

/**
 * Creates each record that does not exist yet; returns seed key -> documentId for
 * all of them. `field` is the attribute that identifies a record in the database.
 */
async function each<T extends Record<string, any>>(
  { strapi }: SeedContext,
  uid: UID.ContentType,
  records: readonly T[],
  field: string,
  versions: (record: T) => { da: Record<string, unknown>; en?: Record<string, unknown> } | Promise<{ da: Record<string, unknown>; en?: Record<string, unknown> }>,
  keyOf: (record: T) => string = (record) => record[field] ?? record.da?.[field],
): Promise<Ids> {
  const ids: Ids = new Map();
  for (const record of records) {
    const identity = record[field] ?? record.da?.[field];
    let documentId = await findDocumentId(strapi, uid, field, identity);
    if (!documentId) {
      const { da, en } = await versions(record);
      documentId = await createDocument(strapi, uid, { da: strip(da), en: en && strip(en) }, { publish: !record.draft });
    }
    ids.set(keyOf(record), documentId);
  }
  return ids;
}

async function seedEntryPoint(strapi: Core.Strapi, entry: written.EntryPointSeed) {
  const uid = 'api::entry-point.entry-point';
  const existing = await strapi.documents(uid).findFirst({ locale: 'da', status: 'draft' } as any);
  if (existing) return;
  await createDocument(strapi, uid, { da: entry.da as any, en: entry.en as any }, { publish: !entry.draft });
}

async function upload({ strapi, workdir }: SeedContext, name: string, mimetype: string, bytes: Buffer, alternativeText: string): Promise<number> {
  const filepath = path.join(workdir, name);
  await writeFile(filepath, bytes);
  const [file] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({ data: { fileInfo: { name, alternativeText } }, files: { filepath, originalFilename: name, mimetype, size: bytes.length } });
  return file.id;
}

async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  for (const [code, name] of [['da', 'Dansk (da)'], ['en', 'English (en)']]) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name });
  }
  await locales.setDefaultLocale({ code: 'da' });
}

function ref(ids: Ids, key: string | undefined): string | null {
  if (!key) return null;
  const id = ids.get(key);
  if (!id) throw new Error(`Seed data refers to "${key}", which is not in the seed.`);
  return id;
}

function omit<T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
}

/** Seed-only fields never reach the database. */
function strip(version: Record<string, unknown>): Record<string, unknown> {
  const { draft, key, art, audioSeed, ...rest } = version;
  return rest;
}
