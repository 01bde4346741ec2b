import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, seedShiftDays } from '../src/seed/calendar';
import { today } from '../src/lib/today';
import { earlyNextDay } from './support/days';
import { api, startStrapi, withEndDate } from './support/strapi';

/** The widget API against a real Strapi with the seeded demo content. */
beforeAll(async () => {
  await startStrapi();
});

const V1 = '/api/widget/v1';

describe('lists', () => {
  it('lists published campaigns with the joint campaign among them', async () => {
    const { status, body } = await api(`${V1}/campaigns`);
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    const joint = body.items.find((c: any) => c.slug === 'frivillig-for-fremtiden');
    expect(joint).toMatchObject({ locale: 'da', cta: { kind: 'signup' } });
    expect(joint.organisations.map((o: any) => o.slug)).toEqual(expect.arrayContaining(['tranbjerg-skole', 'stavtrup-dagtilbud']));
  });

  it('filters campaigns by organisation', async () => {
    const { body } = await api(`${V1}/campaigns?organisation=stavtrup-dagtilbud`);
    expect(body.items.length).toBeGreaterThan(0);
    for (const c of body.items) expect(c.organisations.map((o: any) => o.slug)).toContain('stavtrup-dagtilbud');
  });

  it('lists stories as cards, newest first: what a card shows and nothing more', async () => {
    const { status, body } = await api(`${V1}/stories?pageSize=50`);
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThanOrEqual(8);
    const card = body.items.find((s: any) => s.hero && s.organisation);
    expect(Object.keys(card).sort()).toEqual(['hero', 'organisation', 'publishDate', 'slug', 'summary', 'themeLabel', 'title']);
    expect(Object.keys(card.organisation).sort()).toEqual(['name', 'slug']);
    // The story itself still has them all.
    const story = (await api(`${V1}/stories/${card.slug}`)).body;
    expect(story).toMatchObject({ slug: card.slug, locale: 'da', theme: expect.any(String), organisation: { kind: expect.any(String) } });
    expect(story.body.length).toBeGreaterThan(0);
    const dates = body.items.map((s: any) => s.publishDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(body.facets.theme.length).toBeGreaterThan(1);
  });

  it('pages and filters offers and reports facets', async () => {
    const all = (await api(`${V1}/offers?pageSize=50`)).body;
    expect(all.total).toBe(40);
    expect(all.facets.category.length).toBe(10);
    const page2 = (await api(`${V1}/offers?pageSize=15&page=2`)).body;
    expect(page2).toMatchObject({ page: 2, pageSize: 15, total: 40, pageCount: 3 });
    expect(page2.items).toHaveLength(15);

    const grief = (await api(`${V1}/offers?category=sorg&pageSize=50`)).body;
    expect(grief.total).toBeGreaterThanOrEqual(3);
    for (const o of grief.items) expect(o).toMatchObject({ category: 'sorg', categoryLabel: 'Sorg og svær sygdom' });

    const age = (await api(`${V1}/offers?age=8&pageSize=50`)).body;
    for (const o of age.items) expect((o.minAge ?? 0) <= 8 && 8 <= (o.maxAge ?? 120)).toBe(true);

    const modes = (await api(`${V1}/offers?mode=online&pageSize=50`)).body;
    expect(modes.items.every((o: any) => o.mode === 'online')).toBe(true);

    const text = (await api(`${V1}/offers?q=${encodeURIComponent('lektie')}&pageSize=50`)).body;
    expect(text.total).toBeGreaterThan(0);
    for (const o of text.items) expect(`${o.title} ${o.summary} ${o.provider?.name} ${o.categoryLabel}`.toLowerCase()).toContain('lektie');
  });

  it('filters opportunities by commitment and names it in the asked language', async () => {
    const episodic = (await api(`${V1}/opportunities?commitment=episodic&pageSize=50`)).body;
    const regular = (await api(`${V1}/opportunities?commitment=regular&pageSize=50&locale=en`)).body;
    expect(episodic.total + regular.total).toBe(20);
    expect(episodic.total).toBeGreaterThan(regular.total);
    expect(regular.items[0]).toMatchObject({ commitment: 'regular', commitmentLabel: 'Regular' });
  });
});

describe('single items', () => {
  it('serves a campaign and a story in Danish and English', async () => {
    const da = (await api(`${V1}/campaigns/frivillig-for-fremtiden`)).body;
    const en = (await api(`${V1}/campaigns/frivillig-for-fremtiden?locale=en`)).body;
    expect(da.locale).toBe('da');
    expect(en.locale).toBe('en');
    expect(en.headline).not.toBe(da.headline);
    expect(da.body.length).toBeGreaterThan(0);
  });

  it('sends a story its hero in every size, and the list the card sizes only', async () => {
    const slug = 'natteravnene-en-aften-om-maaneden';
    const story = (await api(`${V1}/stories/${slug}`)).body;
    const card = (await api(`${V1}/stories?pageSize=50`)).body.items.find((s: any) => s.slug === slug);
    const widths = (srcset: string) => srcset.split(', ').map((candidate) => Number(candidate.split(' ')[1].slice(0, -1)));
    expect(Math.max(...widths(story.hero.srcset))).toBeGreaterThan(1000);
    expect(Math.max(...widths(card.hero.srcset))).toBeLessThanOrEqual(1000);
    expect(story).not.toHaveProperty('cardHero');
    expect(card).not.toHaveProperty('cardHero');
  });

  it('says so when an item is published in Danish but not in the language asked for', async () => {
    const { strapi } = await startStrapi();
    const stories = strapi.documents('api::story.story');
    const created = await stories.create({ locale: 'da', data: { title: 'Kun på dansk', slug: 'kun-paa-dansk', summary: 'En historie uden engelsk udgave.', publishDate: '2026-01-05' } } as any);
    try {
      await stories.publish({ documentId: created.documentId, locale: 'da' } as any);
      expect((await api(`${V1}/stories/kun-paa-dansk?locale=da`)).status).toBe(200);
      const { status, body } = await api(`${V1}/stories/kun-paa-dansk?locale=en`);
      expect(status).toBe(404);
      expect(body.error).toMatchObject({ code: 'not_translated', parameter: 'locale', accepts: 'da' });
      expect((await api(`${V1}/stories?locale=en&pageSize=50`)).body.items.map((s: any) => s.slug)).not.toContain('kun-paa-dansk');
      // A slug that exists in no language stays a plain not_found.
      expect((await api(`${V1}/stories/findes-ikke?locale=en`)).body.error).toMatchObject({ code: 'not_found', parameter: 'slug' });
    } finally {
      await stories.delete({ documentId: created.documentId } as any);
    }
  });

  it('shows photo-library images in rich text, with their alt text and credit, and never one without consent', async () => {
    const { strapi } = await startStrapi();
    const photos = await strapi.documents('api::photo-asset.photo-asset').findMany({ locale: 'da', populate: ['image'] } as any);
    const bonfire: any = photos.find((p: any) => p.title === 'Bål i skoven med Stavtrup Dagtilbud');
    const night: any = photos.find((p: any) => /natteravne/i.test(p.title));
    const expired: any = photos.find((p: any) => p.title === 'Fællesspisning i Velkomsthuset');
    const body = [`![Bål](photo:${bonfire.documentId})`, `![Nat](${night.image.formats.small.url})`, `![Udløbet](photo:${expired.documentId})`, '![Fremmed](https://tracker.example/pixel.gif)'].join('\n\n');
    const stories = strapi.documents('api::story.story');
    const created = await stories.create({ locale: 'da', data: { title: 'Billeder i brødteksten', slug: 'billeder-i-broedteksten', summary: 'Test af billeder fra fotobiblioteket.', publishDate: '2026-01-04', body } } as any);
    try {
      await stories.publish({ documentId: created.documentId, locale: 'da' } as any);
      const story = (await api(`${V1}/stories/billeder-i-broedteksten`)).body;
      const images = story.body.filter((block: any) => block.type === 'image').map((block: any) => block.image);
      expect(images).toHaveLength(2);
      expect(images[0]).toMatchObject({ alt: bonfire.alt, credit: expect.any(String), srcset: expect.stringContaining('w') });
      expect(images[1]).toMatchObject({ alt: night.alt });
      expect(JSON.stringify(story.body)).not.toMatch(/tracker\.example|velkomsthuset_faellesspisning/);
    } finally {
      await stories.delete({ documentId: created.documentId } as any);
    }
  });

  it('serves the story velkomsthuset without its hero, whose consent has expired', async () => {
    const { status, body } = await api(`${V1}/stories/velkomsthuset`);
    expect(status).toBe(200);
    expect(body.hero).toBeNull();
    expect(body.body.length).toBeGreaterThan(1);
  });

  it('serves images with alt, credit, size, focal point and srcset', async () => {
    const stories = (await api(`${V1}/stories?pageSize=50`)).body.items;
    const withHero = stories.filter((s: any) => s.hero);
    expect(withHero.length).toBeGreaterThan(3);
    for (const { hero } of withHero) {
      expect(hero.alt.length).toBeGreaterThan(5);
      expect(hero.credit).toBeTruthy();
      expect(hero.width).toBeGreaterThan(0);
      expect(hero.height).toBeGreaterThan(0);
      expect(hero.focal.x).toBeGreaterThanOrEqual(0);
      expect(hero.srcset.split(', ').length).toBeGreaterThan(2);
    }
    const hero = withHero[0].hero;
    const image = await api(hero.url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\//);
  });

  it('serves the walk with its stops in order, audio and transcripts', async () => {
    const { body } = await api(`${V1}/walks/frivillighed-i-oererne`);
    expect(body.stops.length).toBeGreaterThanOrEqual(6);
    expect(body.stops.map((s: any) => s.order)).toEqual(body.stops.map((_: unknown, i: number) => i + 1));
    for (const stop of body.stops) {
      expect(stop.transcript.length).toBeGreaterThan(0);
      expect(stop.audio.mime).toMatch(/^audio\//);
      expect(stop.audio.size).toBeGreaterThan(1000);
    }
    const audio = await api(body.stops[0].audio.url);
    expect(audio.status).toBe(200);
  });

  it('exports the walk as GPX 1.1', async () => {
    const { status, headers, text } = await api(`${V1}/walks/frivillighed-i-oererne/gpx`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('application/gpx+xml');
    expect(text).toContain('xmlns="http://www.topografix.com/GPX/1/1"');
    expect(text.match(/<wpt /g)?.length).toBeGreaterThanOrEqual(6);
  });

  it('serves the guide and the entry point', async () => {
    const guide = (await api(`${V1}/guides/hvor-henvender-jeg-mig`)).body;
    expect(guide.questions.some((q: any) => q.key === guide.start)).toBe(true);
    expect(guide.outcomes.some((o: any) => o.contactPoints.length > 0)).toBe(true);
    const entry = (await api(`${V1}/entry-point?locale=en`)).body;
    expect(entry.doors.map((d: any) => d.kind).sort()).toEqual(['help', 'idea', 'volunteer']);
  });
});

describe('drafts and private data never leave the server', () => {
  it('does not serve the draft story, whatever the query says', async () => {
    for (const query of ['', '?status=draft', '?publicationState=preview', '?status=draft&locale=da']) {
      const one = await api(`${V1}/stories/kladde-eksempel${query}`);
      expect(one.status).toBe(404);
      const list = await api(`${V1}/stories?pageSize=50${query ? `&${query.slice(1)}` : ''}`);
      expect(list.body.items.map((s: any) => s.slug)).not.toContain('kladde-eksempel');
    }
  });

  it("does not open Strapi's generic REST API to the public", async () => {
    for (const path of ['/api/stories?status=draft', '/api/signups', '/api/photo-assets?populate=consents', '/api/users', '/api/organisations']) {
      const { status } = await api(path);
      expect([401, 403, 404], path).toContain(status);
    }
  });

  it('sends no HTML, no consent records and no private fields in any response', async () => {
    const paths = ['/campaigns', '/campaigns/frivillig-for-fremtiden', '/stories?pageSize=50', '/stories/velkomsthuset', '/offers?pageSize=50', '/opportunities?pageSize=50', '/walks/frivillighed-i-oererne', '/guides/hvor-henvender-jeg-mig', '/entry-point'];
    for (const path of paths) {
      const { text } = await api(`${V1}${path}`);
      expect(text, path).not.toMatch(/<[a-z!/]/i);
      expect(text, path).not.toMatch(/consents|personName|coordinatorEmail|allowedOrigins|guardianName|createdBy|updatedBy/);
      for (const href of text.match(/"href":"[^"]*"/g) ?? []) expect(href, path).toMatch(/"href":"(https?:|mailto:|tel:|\/)/);
    }
  });
});

describe('HTTP caching and compression', () => {
  it('sends a strong ETag and answers 304 to If-None-Match', async () => {
    const first = await api(`${V1}/stories`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/public, max-age=\d+, stale-while-revalidate=\d+/);
    const second = await api(`${V1}/stories`, { headers: { 'If-None-Match': etag! } });
    expect(second.status).toBe(304);
    expect(second.text).toBe('');
  });

  it('keeps idle connections open for longer than clients and load balancers reuse them', async () => {
    const { base } = await startStrapi();
    const { headers } = await rawGet(`${base}${V1}/entry-point`, 'identity');
    // What the server tells clients; Node's default, 5 s, raced clients that reuse a connection after 4.
    expect(headers['keep-alive']).toBe('timeout=65');
  });

  it('compresses with brotli and gzip to the same JSON', async () => {
    const { base } = await startStrapi();
    const plain = await (await fetch(`${base}${V1}/offers?pageSize=50`, { headers: { 'Accept-Encoding': 'identity' } })).text();
    for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      const raw = await rawGet(`${base}${V1}/offers?pageSize=50`, encoding);
      expect(raw.headers['content-encoding']).toBe(encoding);
      expect(raw.headers.vary).toContain('Accept-Encoding');
      expect(decode(raw.body).toString()).toBe(plain);
      expect(raw.body.length).toBeLessThan(plain.length / 3);
    }
  });

  it('serves a change as soon as it is published, and forgets a deleted item', async () => {
    const { strapi } = await startStrapi();
    const before = (await api(`${V1}/campaigns/lektiecafe-frivillige`)).body;
    const doc = await strapi.documents('api::campaign.campaign').findFirst({ filters: { slug: 'lektiecafe-frivillige' }, locale: 'da' } as any);
    await strapi.documents('api::campaign.campaign').update({ documentId: doc!.documentId, locale: 'da', data: { headline: 'Ny overskrift til testen' } } as any);
    // A draft change is not public yet...
    expect((await api(`${V1}/campaigns/lektiecafe-frivillige`)).body.headline).toBe(before.headline);
    await strapi.documents('api::campaign.campaign').publish({ documentId: doc!.documentId, locale: 'da' } as any);
    // ...and is served once published.
    expect((await api(`${V1}/campaigns/lektiecafe-frivillige`)).body.headline).toBe('Ny overskrift til testen');
    await strapi.documents('api::campaign.campaign').update({ documentId: doc!.documentId, locale: 'da', data: { headline: before.headline } } as any);
    await strapi.documents('api::campaign.campaign').publish({ documentId: doc!.documentId, locale: 'da' } as any);
    expect((await api(`${V1}/campaigns/lektiecafe-frivillige`)).body.headline).toBe(before.headline);

    await strapi.documents('api::campaign.campaign').unpublish({ documentId: doc!.documentId, locale: 'da' } as any);
    expect((await api(`${V1}/campaigns/lektiecafe-frivillige`)).status).toBe(404);
    await strapi.documents('api::campaign.campaign').publish({ documentId: doc!.documentId, locale: 'da' } as any);
    expect((await api(`${V1}/campaigns/lektiecafe-frivillige`)).status).toBe(200);
  });
});

describe('what changes without an edit', () => {
  it('lists a campaign and a task to the end of their last day, by the Danish calendar, and not after', async () => {
    const day = today();
    const listed = async (list: string) => (await api(`${V1}/${list}?pageSize=50`)).body.items.map((item: any) => item.slug);
    await withEndDate('api::campaign.campaign', 'lektiecafe-frivillige', day, () =>
      withEndDate('api::opportunity.opportunity', 'baal-i-skoven-stavtrup', day, async () => {
        expect(await listed('campaigns')).toContain('lektiecafe-frivillige');
        expect(await listed('opportunities')).toContain('baal-i-skoven-stavtrup');
        expect((await api(`${V1}/campaigns/lektiecafe-frivillige`)).status).toBe(200);

        // Just after midnight in Copenhagen: nothing was edited, yet both are over.
        vi.setSystemTime(earlyNextDay(day));
        try {
          expect(await listed('campaigns')).not.toContain('lektiecafe-frivillige');
          expect(await listed('opportunities')).not.toContain('baal-i-skoven-stavtrup');
          const gone = await api(`${V1}/campaigns/lektiecafe-frivillige`);
          expect(gone.status).toBe(404);
          expect(gone.body.error).toMatchObject({ code: 'not_found' });
        } finally {
          vi.useRealTimers();
        }
      }),
    );
    expect(await listed('campaigns')).toContain('lektiecafe-frivillige');
    expect(await listed('opportunities')).toContain('baal-i-skoven-stavtrup');
  });

  it('has dates that moved with the day it was seeded, so nothing seeded has ended yet', async () => {
    const joint = (await api(`${V1}/campaigns/frivillig-for-fremtiden`)).body;
    // Written for 2026-11-23 as 2026-09-01 to 2027-01-31 (src/seed/data/campaigns.ts).
    const shift = seedShiftDays(today());
    expect(joint).toMatchObject({ startsAt: addDays('2026-09-01', shift), endsAt: addDays('2027-01-31', shift) });
    expect((await api(`${V1}/opportunities?pageSize=50`)).body.total).toBe(20);
    expect((await api(`${V1}/campaigns`)).body.total).toBe(3);
  });

  it('stops serving a photo the day after its consent runs out, by the Danish calendar', async () => {
    const { strapi } = await startStrapi();
    const photos = strapi.documents('api::photo-asset.photo-asset');
    const story = 'natteravnene-en-aften-om-maaneden';
    const photo = await photos.findFirst({ locale: 'da', filters: { title: { $containsi: 'natteravne' } }, populate: ['consents', 'image'] } as any);
    expect((await api(`${V1}/stories/${story}`)).body.hero).not.toBeNull();
    const original = (photo as any).consents.map(({ id, ...consent }: any) => consent);
    // 12:00 in Copenhagen on a winter's day; the consent runs to the end of that day.
    vi.setSystemTime(new Date('2026-12-10T11:00:00Z'));
    try {
      await photos.update({ documentId: photo!.documentId, locale: 'da', data: { consents: original.map((c: any) => ({ ...c, expiresAt: '2026-12-10' })) } } as any);
      expect((await api(`${V1}/stories/${story}`)).body.hero).not.toBeNull();
      const file = (photo as any).image.url;
      expect((await fetch(`${(await startStrapi()).base}${file}`)).status).toBe(200);

      // 00:30 the next day in Copenhagen (still the 10th in UTC): nothing was edited, yet the photo is gone.
      vi.setSystemTime(new Date('2026-12-10T23:30:00Z'));
      expect((await api(`${V1}/stories/${story}`)).body.hero).toBeNull();
      const card = (await api(`${V1}/stories?pageSize=50`)).body.items.find((s: any) => s.slug === story);
      expect(card.hero).toBeNull();
      expect((await fetch(`${(await startStrapi()).base}${file}`)).status).toBe(404);
    } finally {
      vi.useRealTimers();
      await photos.update({ documentId: photo!.documentId, locale: 'da', data: { consents: original } } as any);
    }
    expect((await api(`${V1}/stories/${story}`)).body.hero).not.toBeNull();
  });

  it('forgets its cache when a file changes in the media library', async () => {
    const { strapi } = await startStrapi();
    const cache = strapi.service('api::widget.cache') as any;
    await api(`${V1}/stories`);
    const before = cache.stats();
    expect(before.responses).toBeGreaterThan(0);
    const file = await strapi.db.query('plugin::upload.file').findOne({ where: { name: { $startsWith: 'natteravne' } } });
    await strapi.plugin('upload').service('upload').updateFileInfo(file.id, { caption: 'Ny billedtekst' });
    expect(cache.stats().generation).toBeGreaterThan(before.generation);
    expect(cache.stats().responses).toBe(0);
    await strapi.plugin('upload').service('upload').updateFileInfo(file.id, { caption: file.caption });
  });

  // Only PostgreSQL has the window: SQLite's one connection makes every reader wait for the commit.
  it.runIf(process.env.DATABASE_CLIENT === 'postgres')('serves a change published inside a transaction once it commits, though it was read in between', async () => {
    const { strapi } = await startStrapi();
    const campaigns = strapi.documents('api::campaign.campaign');
    const slug = 'lektiecafe-frivillige';
    const before = (await api(`${V1}/campaigns/${slug}`)).body.headline;
    const doc = await campaigns.findFirst({ filters: { slug }, locale: 'da' } as any);
    await strapi.db.transaction(async () => {
      await campaigns.update({ documentId: doc!.documentId, locale: 'da', data: { headline: 'Overskrift fra en transaktion' } } as any);
      await campaigns.publish({ documentId: doc!.documentId, locale: 'da' } as any);
      // Another connection still reads the committed rows, and the API caches them.
      expect((await api(`${V1}/campaigns/${slug}`)).body.headline).toBe(before);
    });
    expect((await api(`${V1}/campaigns/${slug}`)).body.headline).toBe('Overskrift fra en transaktion');
    await campaigns.update({ documentId: doc!.documentId, locale: 'da', data: { headline: before } } as any);
    await campaigns.publish({ documentId: doc!.documentId, locale: 'da' } as any);
  });
});

describe('CORS', () => {
  it('answers any origin for the widget API, without credentials', async () => {
    const { headers } = await api(`${V1}/stories`, { headers: { Origin: 'https://tranbjerg-skole.example.dk' } });
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await api(`${V1}/stories`, { method: 'OPTIONS', headers: { Origin: 'https://x.example', 'Access-Control-Request-Method': 'GET' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('never reflects an origin together with credentials, anywhere', async () => {
    const origin = 'https://evil.example';
    for (const path of [`${V1}/stories`, '/api/stories', '/admin/init', '/api/auth/local', '/_health', '/uploads/none.jpg']) {
      for (const method of ['GET', 'OPTIONS']) {
        const { headers } = await api(path, { method, headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
        const reflected = headers.get('access-control-allow-origin') === origin;
        expect(reflected && headers.get('access-control-allow-credentials') === 'true', `${method} ${path}`).toBe(false);
        expect(headers.get('access-control-allow-credentials'), `${method} ${path}`).toBeNull();
      }
    }
  });
});

describe('bad input', () => {
  it('answers an unknown slug with a JSON 404', async () => {
    for (const path of ['/campaigns/findes-ikke', '/stories/findes-ikke', '/walks/findes-ikke', '/walks/findes-ikke/gpx', '/guides/findes-ikke']) {
      const { status, body } = await api(`${V1}${path}`);
      expect(status, path).toBe(404);
      expect(body.error).toMatchObject({ status: 404, code: 'not_found' });
    }
  });

  it.each([
    ['/offers?pageSize=0', 'pageSize'],
    ['/offers?pageSize=1000', 'pageSize'],
    ['/offers?page=-1', 'page'],
    ['/offers?category=drugs', 'category'],
    ['/offers?age=ti', 'age'],
    ['/offers?mode[$ne]=online', 'mode'],
    ['/offers?q=a&q=b', 'q'],
    [`/offers?q=${'x'.repeat(200)}`, 'q'],
    ['/offers?q=%00', 'q'],
    ['/opportunities?commitment=altid', 'commitment'],
    ['/stories?theme=x', 'theme'],
    ['/stories?locale=fr', 'locale'],
    ['/stories/%2E%2E%2Fadmin', 'slug'],
    ['/stories/UPPER', 'slug'],
  ])('%s is a 400 naming %s', async (path, parameter) => {
    const { status, body } = await api(`${V1}${path}`);
    expect(status).toBe(400);
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toMatch(/\w/);
    expect(body.error.accepts).toBeTruthy();
  });
});

function rawGet(url: string, encoding: string): Promise<{ headers: Record<string, string>; body: Buffer }> {
  // fetch decodes bodies itself; node:http lets us see the bytes on the wire.
  return new Promise((resolve, reject) => {
    import('node:http').then(({ get }) =>
      get(url, { headers: { 'Accept-Encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) }));
      }).on('error', reject),
    );
  });
}
