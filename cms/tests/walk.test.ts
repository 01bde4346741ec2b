import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { gpx as toGeoJson } from '@tmcw/togeojson';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startStrapi } from './support/strapi';

/**
 * The podcast walk's CMS side against the shared test Strapi: the transcript
 * and audio rules, the stop order that follows the drag order, GPX export and
 * import, the page at /walk/<slug> and its manifest. Everything a test creates
 * is deleted again; the seeded walk is only read.
 */
const V1 = '/api/widget/v1';
const WALK = 'api::walk.walk';
const STOP = 'api::walk-stop.walk-stop';
const SEEDED = 'frivillighed-i-oererne';

let strapi: Core.Strapi;
const created: { uid: string; documentId: string }[] = [];
const files: number[] = [];
const tokens: number[] = [];

const docs = (uid: string) => strapi.documents(uid as any) as any;
const track = <T extends { documentId: string }>(uid: string, doc: T) => (created.push({ uid, documentId: doc.documentId }), doc);

beforeAll(async () => {
  ({ strapi } = await startStrapi());
});

afterAll(async () => {
  for (const { uid, documentId } of created.reverse()) {
    await docs(uid).delete({ documentId, locale: '*' }).catch(() => undefined);
  }
  for (const id of files) await strapi.db.query('plugin::upload.file').delete({ where: { id } });
  for (const id of tokens) await strapi.service('admin::api-token').revoke(id);
});

/** A published walk of our own with stops A, B, C. */
async function makeWalk(slug: string, titles = ['A', 'B', 'C']) {
  const walk = track(WALK, await docs(WALK).create({ locale: 'da', data: { slug, title: `Testtur ${slug}` } }));
  await docs(WALK).update({ documentId: walk.documentId, locale: 'en', data: { slug, title: `Test walk ${slug}` } });
  const stops: string[] = [];
  for (const [i, title] of titles.entries()) {
    const stop = track(
      STOP,
      await docs(STOP).create({
        locale: 'da',
        data: { title, order: i + 1, lat: 56.15 + i / 1000, lng: 10.2, transcript: `Udskrift ${title}`, walk: walk.documentId },
      }),
    );
    await docs(STOP).update({ documentId: stop.documentId, locale: 'en', data: { title: `${title} (en)`, transcript: `Transcript ${title}`, walk: walk.documentId } });
    await docs(STOP).publish({ documentId: stop.documentId, locale: '*' });
    stops.push(stop.documentId);
  }
  await docs(WALK).publish({ documentId: walk.documentId, locale: '*' });
  return { walkId: walk.documentId as string, stops };
}

async function draftOrders(walkId: string, locale = 'da') {
  const walk = await docs(WALK).findOne({ documentId: walkId, locale, status: 'draft', populate: { stops: { fields: ['title', 'order'] } } });
  return walk.stops.map((s: any) => [s.title, s.order]);
}

async function publicTitles(slug: string, locale = 'da') {
  const { body } = await api(`${V1}/walks/${slug}?locale=${locale}`);
  return body.stops.map((s: any) => `${s.order}:${s.title}`);
}

/** A file record as the upload plugin stores it (size in kB); the rule reads the record, not the bytes. */
async function fileRecord(name: string, mime: string, sizeKb: number) {
  const ext = path.extname(name);
  const hash = `walk_test_${Date.now()}_${Math.round(Math.random() * 1e6)}`;
  const file = await strapi.db.query('plugin::upload.file').create({
    data: { name, hash, ext, mime, size: sizeKb, url: `/uploads/${hash}${ext}`, provider: 'local', folderPath: '/' },
  });
  files.push(file.id);
  return file.id as number;
}

async function rejection(promise: Promise<unknown>): Promise<{ name: string; message: string; details: any }> {
  try {
    await promise;
  } catch (error: any) {
    return { name: error.name, message: error.message, details: error.details };
  }
  throw new Error('expected the write to be refused');
}

describe('walk stop: the transcript is required to publish', () => {
  it('saves a draft without a transcript, refuses to publish it with a clear message, publishes it once written', async () => {
    const { walkId } = await makeWalk('walk-test-transcript', ['Første']);
    const draft = track(STOP, await docs(STOP).create({ locale: 'da', data: { title: 'Uden udskrift', lat: 56.16, lng: 10.21, walk: walkId } }));
    const stored = await docs(STOP).findOne({ documentId: draft.documentId, locale: 'da', status: 'draft' });
    expect(stored.transcript ?? null).toBeNull();
    // It joined the walk at the end, and took that place as its number.
    expect(stored.order).toBe(2);

    const refused = await rejection(docs(STOP).publish({ documentId: draft.documentId, locale: 'da' }));
    expect(refused.name).toBe('ValidationError');
    expect(refused.message).toContain('Stoppet «Uden udskrift» kan ikke udgives uden en udskrift (den danske udgave)');
    expect(refused.message).toContain('feltet «transcript»');
    expect(refused.details.errors[0].path).toEqual(['transcript']);
    expect(await docs(STOP).findOne({ documentId: draft.documentId, locale: 'da', status: 'published' })).toBeNull();

    // Whitespace is no transcript either.
    await docs(STOP).update({ documentId: draft.documentId, locale: 'da', data: { transcript: '   \n ' } });
    expect((await rejection(docs(STOP).publish({ documentId: draft.documentId, locale: 'da' }))).message).toContain('uden en udskrift');

    await docs(STOP).update({ documentId: draft.documentId, locale: 'da', data: { transcript: 'Nu står der noget.' } });
    await docs(STOP).publish({ documentId: draft.documentId, locale: 'da' });
    expect((await docs(STOP).findOne({ documentId: draft.documentId, locale: 'da', status: 'published' })).transcript).toBe('Nu står der noget.');

    // Publishing every language checks every language: the English version has no transcript.
    await docs(STOP).update({ documentId: draft.documentId, locale: 'en', data: { title: 'No transcript' } });
    const all = await rejection(docs(STOP).publish({ documentId: draft.documentId, locale: '*' }));
    expect(all.message).toContain('Stoppet «No transcript» kan ikke udgives uden en udskrift (den engelske udgave)');
  });

  it('refuses to publish a stop that belongs to no walk', async () => {
    const lonely = track(STOP, await docs(STOP).create({ locale: 'da', data: { title: 'Alene', order: 1, lat: 56.1, lng: 10.1, transcript: 'Tekst' } }));
    const refused = await rejection(docs(STOP).publish({ documentId: lonely.documentId, locale: 'da' }));
    expect(refused.message).toContain('hører ikke til nogen gåtur. Vælg gåturen i feltet «walk»');
  });
});

describe('walk stop: audio is an mp3, m4a, ogg or wav within WALK_AUDIO_MAX_MB', () => {
  it('refuses other types and too large files on save, with the reason', async () => {
    const { walkId } = await makeWalk('walk-test-audio', ['Lyd']);
    const base = { title: 'Lydstop', lat: 56.17, lng: 10.22, transcript: 'Tekst', walk: walkId };
    const countBefore = await strapi.db.query(STOP).count({ where: { title: 'Lydstop' } });

    const png = await fileRecord('plakat.png', 'image/png', 120);
    const asImage = await rejection(docs(STOP).create({ locale: 'da', data: { ...base, audio: png } }));
    expect(asImage.message).toContain('Lydfilen «plakat.png» er af typen image/png (.png)');
    expect(asImage.message).toContain('kun bruge mp3, m4a, ogg eller wav');
    expect(asImage.details.errors[0].path).toEqual(['audio']);

    const flac = await fileRecord('interview.flac', 'audio/flac', 900);
    expect((await rejection(docs(STOP).create({ locale: 'da', data: { ...base, audio: flac } }))).message).toContain('af typen audio/flac (.flac)');

    const big = await fileRecord('lang-fortælling.mp3', 'audio/mpeg', 31_500);
    const tooBig = await rejection(docs(STOP).create({ locale: 'da', data: { ...base, audio: big } }));
    expect(tooBig.message).toContain('fylder 31,5 MB, men må højst fylde 30 MB (WALK_AUDIO_MAX_MB)');
    // Nothing was stored: the write was rolled back.
    expect(await strapi.db.query(STOP).count({ where: { title: 'Lydstop' } })).toBe(countBefore);

    // The limit comes from the environment at the time of the save.
    const previous = process.env.WALK_AUDIO_MAX_MB;
    process.env.WALK_AUDIO_MAX_MB = '40';
    try {
      const ok = track(STOP, await docs(STOP).create({ locale: 'da', data: { ...base, audio: big } }));
      process.env.WALK_AUDIO_MAX_MB = '20';
      // Publishing checks again.
      expect((await rejection(docs(STOP).publish({ documentId: ok.documentId, locale: 'da' }))).message).toContain('må højst fylde 20 MB');
      process.env.WALK_AUDIO_MAX_MB = '40';
      await docs(STOP).publish({ documentId: ok.documentId, locale: 'da' });
      // Swapping in an image on update is refused too.
      expect((await rejection(docs(STOP).update({ documentId: ok.documentId, locale: 'da', data: { audio: png } }))).message).toContain('image/png');
    } finally {
      if (previous === undefined) delete process.env.WALK_AUDIO_MAX_MB;
      else process.env.WALK_AUDIO_MAX_MB = previous;
    }

    for (const [name, mime] of [['tale.m4a', 'audio/x-m4a'], ['tale.ogg', 'audio/ogg'], ['tale.wav', 'audio/wav'], ['tale.mp3', 'audio/mpeg']]) {
      const id = await fileRecord(name, mime, 500);
      track(STOP, await docs(STOP).create({ locale: 'da', data: { ...base, title: `Lydstop ${name}`, audio: id } }));
    }
  });
});

describe('walk: stops follow the order they are dragged into', () => {
  it('renumbers the drafts on a drag, shows the new order only when the walk is published, and moves a stop given a number', async () => {
    const slug = 'walk-test-order';
    const { walkId, stops } = await makeWalk(slug);
    expect(await publicTitles(slug)).toEqual(['1:A', '2:B', '3:C']);

    // The content manager's drag: C before A, in the Danish walk.
    await docs(WALK).update({
      documentId: walkId,
      locale: 'da',
      data: { stops: { connect: [{ documentId: stops[2], locale: 'da', position: { before: stops[0], locale: 'da' } }] } },
    });
    expect(await draftOrders(walkId)).toEqual([['C', 1], ['A', 2], ['B', 3]]);
    expect(await publicTitles(slug), 'a draft reordering is not public yet').toEqual(['1:A', '2:B', '3:C']);

    await docs(WALK).publish({ documentId: walkId, locale: '*' });
    expect(await publicTitles(slug)).toEqual(['1:C', '2:A', '3:B']);
    // The number is shared, so the English walk follows the Danish drag.
    expect(await publicTitles(slug, 'en')).toEqual(['1:C (en)', '2:A (en)', '3:B (en)']);
    const gpx = (await api(`${V1}/walks/${slug}/gpx`)).text;
    expect([...gpx.matchAll(/<wpt[^>]*>\s*<name>([^<]+)</g)].map((m) => m[1])).toEqual(['1. C', '2. A', '3. B']);

    // An editor types 1 into B: B moves to the front of the list.
    await docs(STOP).update({ documentId: stops[1], locale: 'da', data: { order: 1 } });
    expect(await draftOrders(walkId)).toEqual([['B', 1], ['C', 2], ['A', 3]]);
    await docs(WALK).publish({ documentId: walkId, locale: '*' });
    expect(await publicTitles(slug)).toEqual(['1:B', '2:C', '3:A']);
  });

  it('numbers the public stops 1..n even when stored numbers have gaps', async () => {
    const slug = 'walk-test-gaps';
    const { walkId, stops } = await makeWalk(slug);
    await docs(STOP).delete({ documentId: stops[1], locale: '*' });
    expect(await publicTitles(slug)).toEqual(['1:A', '2:C']);
    await docs(WALK).publish({ documentId: walkId, locale: '*' });
    expect(await publicTitles(slug)).toEqual(['1:A', '2:C']);
  });
});

describe('walk: GPX export and import', () => {
  let token: string;
  let readOnly: string;

  beforeAll(async () => {
    const service = strapi.service('admin::api-token');
    const full = await service.create({ name: `walk-import-test-${Date.now()}`, type: 'full-access', lifespan: null, description: 'walk tests' });
    const read = await service.create({ name: `walk-import-read-${Date.now()}`, type: 'read-only', lifespan: null, description: 'walk tests' });
    tokens.push(full.id, read.id);
    token = full.accessKey;
    readOnly = read.accessKey;
  });

  const importGpx = (slug: string, gpx: string, auth = token, type = 'application/gpx+xml') =>
    api(`/api/walk-import?walk=${slug}`, { method: 'POST', headers: { 'content-type': type, ...(auth && { authorization: `Bearer ${auth}` }) }, body: gpx });

  const parse = (gpx: string) => toGeoJson(new DOMParser().parseFromString(gpx, 'text/xml') as unknown as Document);

  it('exports the seeded walk as GPX 1.1 that an independent parser reads back exactly', async () => {
    const { body: walk } = await api(`${V1}/walks/${SEEDED}`);
    const { status, text } = await api(`${V1}/walks/${SEEDED}/gpx`);
    expect(status).toBe(200);
    const doc = new DOMParser().parseFromString(text, 'text/xml');
    expect(doc.documentElement!.getAttribute('version')).toBe('1.1');
    expect(doc.documentElement!.namespaceURI).toBe('http://www.topografix.com/GPX/1/1');

    const geo = parse(text);
    const points = geo.features.filter((f: any) => f.geometry?.type === 'Point');
    const lines = geo.features.filter((f: any) => f.geometry?.type === 'LineString');
    expect(points).toHaveLength(walk.stops.length);
    points.forEach((feature: any, i: number) => {
      const stop = walk.stops[i];
      expect(feature.properties.name).toBe(`${stop.order}. ${stop.title}`);
      expect(feature.properties.desc).toBe(stop.directions);
      expect(feature.geometry.coordinates[0]).toBeCloseTo(stop.lng, 6);
      expect(feature.geometry.coordinates[1]).toBeCloseTo(stop.lat, 6);
    });
    // The route: one line through every stop in order.
    expect(lines).toHaveLength(1);
    expect(lines[0].properties.name).toBe(walk.title);
    expect(lines[0].geometry.coordinates.map(([lng, lat]: number[]) => [lat, lng])).toEqual(walk.stops.map((s: any) => [s.lat, s.lng]));
  });

  it('round trip: export, import into a new walk, publish, export again gives the same route', async () => {
    const original = (await api(`${V1}/walks/${SEEDED}/gpx`)).text;
    const slug = 'walk-test-gpx-round-trip';
    const first = await importGpx(slug, original);
    expect(first.status).toBe(200);
    track(WALK, { documentId: first.body.walk.documentId });
    expect(first.body.walk.created).toBe(true);
    expect(first.body.stops.map((s: any) => s.action)).toEqual(Array(7).fill('created'));
    expect(first.body.message).toContain('Importerede 7 stop: 7 nye, 0 ændrede, 0 uændrede');

    const walkId = first.body.walk.documentId;
    const drafts = await docs(WALK).findOne({ documentId: walkId, locale: 'da', status: 'draft', populate: { stops: { fields: ['title', 'order', 'lat', 'lng', 'directions', 'transcript'] } } });
    for (const stop of drafts.stops) track(STOP, stop);
    expect(drafts.stops.map((s: any) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    // Imported stops are drafts without transcripts: they cannot be published yet.
    expect((await rejection(docs(STOP).publish({ documentId: drafts.stops[0].documentId, locale: 'da' }))).message).toContain('uden en udskrift');

    // Importing the same file again changes nothing.
    const again = await importGpx(slug, original);
    expect(again.body.stops.map((s: any) => s.action)).toEqual(Array(7).fill('unchanged'));

    for (const stop of drafts.stops) {
      await docs(STOP).update({ documentId: stop.documentId, locale: 'da', data: { transcript: `Udskrift til ${stop.title}` } });
      await docs(STOP).publish({ documentId: stop.documentId, locale: 'da' });
    }
    await docs(WALK).update({ documentId: walkId, locale: 'da', data: { title: 'Frivillighed i ørerne' } });
    await docs(WALK).publish({ documentId: walkId, locale: 'da' });

    const exported = (await api(`${V1}/walks/${slug}/gpx`)).text;
    const a = parse(original).features.map((f: any) => [f.properties.name, f.properties.desc ?? null, f.geometry.coordinates]);
    const b = parse(exported).features.map((f: any) => [f.properties.name, f.properties.desc ?? null, f.geometry.coordinates]);
    expect(b).toEqual(a);
  });

  it('updates stops from a GPX made by another tool: matches by title or number, takes its order', async () => {
    const slug = 'walk-test-gpx-update';
    const { walkId } = await makeWalk(slug, ['Rådhuset', 'Domkirken', 'Åen']);
    // GPX 1.0 with a namespace prefix, elevation, time and extensions, as map apps write it.
    const gpx = `<?xml version="1.0" encoding="UTF-8"?>
<g:gpx xmlns:g="http://www.topografix.com/GPX/1/0" version="1.0" creator="Some map app">
  <g:wpt lat="56.1600" lon="10.2100"><g:ele>12</g:ele><g:time>2026-05-01T10:00:00Z</g:time><g:name>Åen</g:name><g:desc>Gå langs åen.</g:desc></g:wpt>
  <g:wpt lat="56.1501" lon="10.2000"><g:name>1) Rådhuset &amp; parken</g:name><g:cmt>Start ved trappen.</g:cmt></g:wpt>
  <g:wpt lat="56.1510" lon="10.2050"><g:name>Ny plads</g:name><g:extensions><x>1</x></g:extensions></g:wpt>
</g:gpx>`;
    const { status, body } = await importGpx(slug, gpx, token, 'text/xml');
    expect(status).toBe(200);
    expect(body.stops).toEqual([
      { order: 1, title: 'Åen', action: 'updated' },
      { order: 2, title: 'Rådhuset & parken', action: 'updated' },
      { order: 3, title: 'Ny plads', action: 'created' },
    ]);
    expect(body.untouched).toEqual([{ order: 4, title: 'Domkirken' }]);
    const orders = await draftOrders(walkId);
    expect(orders).toEqual([['Åen', 1], ['Rådhuset & parken', 2], ['Ny plads', 3], ['Domkirken', 4]]);
    const newStop = await docs(WALK).findOne({ documentId: walkId, locale: 'da', status: 'draft', populate: { stops: { fields: ['title', 'lat', 'lng', 'directions'] } } });
    for (const stop of newStop.stops) if (stop.title === 'Ny plads') track(STOP, stop);
    const aaen = newStop.stops.find((s: any) => s.title === 'Åen');
    expect([Number(aaen.lat), Number(aaen.lng), aaen.directions]).toEqual([56.16, 10.21, 'Gå langs åen.']);
    expect(newStop.stops.find((s: any) => s.title === 'Rådhuset & parken').directions).toBe('Start ved trappen.');
    // Published content is untouched until an editor publishes.
    expect(await publicTitles(slug)).toEqual(['1:Rådhuset', '2:Domkirken', '3:Åen']);
  });

  it('needs an API token with write access, and says what is wrong with a bad file', async () => {
    const gpx = '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="56" lon="10"><name>X</name></wpt></gpx>';
    expect([401, 403]).toContain((await importGpx('walk-test-denied', gpx, '')).status);
    expect((await importGpx('walk-test-denied', gpx, readOnly)).status).toBe(403);
    expect(await strapi.db.query(WALK).count({ where: { slug: 'walk-test-denied' } })).toBe(0);

    const cases: [string, string][] = [
      ['<gpx><wpt lat="56" lon="10"><name>X</name></wpt>', 'ikke gyldig XML'],
      ['<kml><Placemark/></kml>', 'den begynder med <kml> i stedet for <gpx>'],
      ['<gpx version="1.1"><trk><trkseg><trkpt lat="56" lon="10"/></trkseg></trk></gpx>', 'GPX-filen har ingen stop'],
      ['<gpx version="1.1"><wpt lat="96" lon="10"><name>X</name></wpt></gpx>', 'Punkt 1 (<wpt>) har lat="96"'],
      ['<gpx version="1.1"><wpt lon="10"><name>X</name></wpt></gpx>', 'har ingen lat-attribut'],
      ['<!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx><wpt lat="56" lon="10"><name>&x;</name></wpt></gpx>', 'DOCTYPE'],
      ['', 'tom'],
    ];
    for (const [body, message] of cases) {
      const response = await importGpx('walk-test-bad', body);
      expect(response.status, body).toBe(400);
      expect(response.body.error.message, body).toContain(message);
    }
    expect((await api('/api/walk-import?walk=Bad_Slug', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/gpx+xml' }, body: gpx })).body.error.message).toContain('?walk=');
    expect(await strapi.db.query(WALK).count({ where: { slug: 'walk-test-bad' } })).toBe(0);
  });
});

describe('walk: the page at /walk/<slug>', () => {
  it('serves the same page for every walk slug, and the service worker with the /walk/ scope', async () => {
    const page = await api(`/walk/${SEEDED}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('<samskab-walk id="walk"');
    expect(page.text).toContain('/walk/walk-page.js');
    const other = await api('/walk/en-anden-tur');
    expect(other.text).toBe(page.text);
    expect((await api('/walk/Ikke_En_Slug')).status).toBe(404);

    const worker = await api('/walk/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.text).toContain("url.origin !== self.location.origin");
    expect((await api('/walk/walk-page.js')).status).toBe(200);
    expect((await api('/walk/walk-page.css')).status).toBe(200);
  });

  it('has a web app manifest per walk and PNG icons', async () => {
    const { status, headers, body } = await api(`/api/walk-app/${SEEDED}/manifest.webmanifest`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('application/manifest+json');
    expect(body).toMatchObject({ name: 'Frivillighed i ørerne', start_url: `/walk/${SEEDED}`, scope: '/walk/', display: 'standalone', lang: 'da' });
    const en = (await api(`/api/walk-app/${SEEDED}/manifest.webmanifest?locale=en`)).body;
    expect(en).toMatchObject({ name: 'Volunteering in your ears', start_url: `/walk/${SEEDED}?lang=en` });
    for (const icon of body.icons) {
      const response = await fetch(`${(await startStrapi()).base}${icon.src}`);
      expect(response.headers.get('content-type')).toBe('image/png');
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
    }
    expect(body.icons.some((i: any) => i.purpose === 'maskable')).toBe(true);
    expect((await api('/api/walk-app/findes-ikke/manifest.webmanifest')).status).toBe(404);
    expect((await api('/api/walk-app/icons/64.png')).status).toBe(404);
  });
});
