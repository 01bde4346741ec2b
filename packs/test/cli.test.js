import { createServer } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { campaign, organisation, photoBytes } from './fixtures.js';

/**
 * The CLI against a small stand-in for the CMS's staff pack API on this
 * machine (the real API is tested end to end in cms/tests/packs.test.ts).
 */
let server;
let base;
let dir;
let requests;
let recordStatus;
const TOKEN = 'test-token';

const source = {
  campaign,
  organisation,
  photo: { id: 'abc123photo', title: 'Bål i Stavtrup', credit: 'Foto: Aarhus Kommune', focal: { x: 0.5, y: 0.5 }, rights: { print: null, social: null }, consentUntil: '2029-06-30', url: '/uploads/baal.jpg', width: 3600, height: 2400 },
  links: { cmsUrl: 'https://cms.example.dk', integrity: null },
  madeBy: 'API-token "test"',
};

beforeAll(async () => {
  const jpeg = await photoBytes();
  dir = await mkdtemp(path.join(tmpdir(), 'samskab-cli-test-'));
  server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    requests.push({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), auth: req.headers.authorization, body: Buffer.concat(chunks) });
    const json = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/uploads/baal.jpg') return res.end(jpeg);
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return json(401, { error: { status: 401, code: 'unauthorized', message: 'Unauthorized' } });
    if (url.pathname === '/api/packs/v1/staff/source') {
      if (url.searchParams.get('campaign') !== campaign.slug) return json(404, { error: { status: 404, code: 'unknown_campaign', field: 'campaign', message: `Der er ingen udgivet kampagne med slug "${url.searchParams.get('campaign')}". Tjek stavningen, eller udgiv kampagnen først.` } });
      if (url.searchParams.get('photo') === 'trukket') return json(422, { error: { status: 422, code: 'consent_withdrawn', field: 'photo', message: 'Fotoet "Strikkecafé" kan ikke bruges: en af de afbildede personer har trukket sit samtykke tilbage. Vælg et andet foto fra biblioteket.' } });
      return json(200, source);
    }
    if (url.pathname === '/api/packs/v1/staff/photos') {
      return json(200, { organisation, campaign: { slug: campaign.slug, headline: campaign.headline }, photos: [{ id: 'abc123photo', title: 'Bål i Stavtrup', width: 3600, height: 2400, credit: 'Foto: Aarhus Kommune' }], unavailable: [{ id: 'x9', title: 'Strikkecafé', reason: 'samtykke trukket tilbage' }] });
    }
    if (url.pathname === '/api/packs/v1/staff/records' && req.method === 'POST') {
      if (recordStatus !== 201) return json(recordStatus, { error: { status: recordStatus, code: 'cms_down', message: 'Databasen svarer ikke.' } });
      return json(201, { pack: { id: 'pack123' } });
    }
    json(404, { error: { status: 404, code: 'not_found', message: 'Not found' } });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  requests = [];
  recordStatus = 201;
});

async function run(args, env = { SAMSKAB_TOKEN: TOKEN }) {
  const out = [];
  const err = [];
  const code = await main([...args, '--cms', base], { env, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const args = (out, photo = 'abc123photo', campaignSlug = campaign.slug) => ['--campaign', campaignSlug, '--organisation', organisation.slug, '--photo', photo, '--out', out];

describe('npm run pack', () => {
  it('makes the pack from the CMS, records it there, then writes it to --out', async () => {
    const out = path.join(dir, 'ok');
    const { code, out: stdout, err } = await run([...args(out), '--headline', 'Tænd bål med os']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('registreret i CMS\'et (pakke pack123)');
    const entries = await readdir(out);
    expect(entries.sort()).toEqual(['samskab-stavtrup-dagtilbud-frivillig-for-fremtiden-' + new Date().toISOString().slice(0, 10), 'samskab-stavtrup-dagtilbud-frivillig-for-fremtiden-' + new Date().toISOString().slice(0, 10) + '.zip'].sort());
    const record = requests.find((r) => r.path === '/api/packs/v1/staff/records');
    expect(record.auth).toBe(`Bearer ${TOKEN}`);
    const body = record.body.toString('latin1');
    expect(body).toContain('"photo":"abc123photo"');
    expect(record.body.toString('utf8')).toContain('Tænd bål med os');
    // The ZIP it sent is the one it wrote.
    const zipStart = record.body.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(zipStart).toBeGreaterThan(0);
    const zipEnd = record.body.lastIndexOf(Buffer.from('\r\n--'));
    expect(Object.keys(unzipSync(record.body.subarray(zipStart, zipEnd)))).toHaveLength(13);
  });

  it('lists the photos the organisation may use', async () => {
    const { code, out } = await run(['--campaign', campaign.slug, '--organisation', organisation.slug, '--list-photos']);
    expect(code).toBe(0);
    expect(out).toContain('abc123photo  Bål i Stavtrup  (3600 × 2400, Foto: Aarhus Kommune)');
    expect(out).toContain('Kan ikke bruges:\n  x9  Strikkecafé: samtykke trukket tilbage');
  });

  it('names an unknown campaign, writes nothing and exits 4', async () => {
    const out = path.join(dir, 'unknown');
    const { code, err } = await run(args(out, 'abc123photo', 'findes-ikke'));
    expect(code).toBe(4);
    expect(err).toBe('Fejl: Der er ingen udgivet kampagne med slug "findes-ikke". Tjek stavningen, eller udgiv kampagnen først.');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('refuses a photo the rules do not allow, with the reason', async () => {
    const { code, err } = await run(args(path.join(dir, 'refused'), 'trukket'));
    expect(code).toBe(3);
    expect(err).toContain('har trukket sit samtykke tilbage');
  });

  it('writes nothing when the CMS cannot record the pack', async () => {
    recordStatus = 503;
    const out = path.join(dir, 'not-recorded');
    const { code, err } = await run(args(out));
    expect(code).toBe(3);
    expect(err).toBe('Fejl: Databasen svarer ikke.');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('says what is missing: the token, the options, a reachable CMS', async () => {
    const noToken = await run(args(path.join(dir, 'x')), {});
    expect(noToken.code).toBe(2);
    expect(noToken.err).toContain('SAMSKAB_TOKEN er ikke sat');
    const wrongToken = await run(args(path.join(dir, 'x')), { SAMSKAB_TOKEN: 'wrong' });
    expect(wrongToken.err).toContain('afviste API-tokenet (401)');
    const missing = await run(['--campaign', campaign.slug]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('mangler --organisation, --photo, --out');
    const out = [];
    const err = [];
    const down = await main([...args(path.join(dir, 'x')), '--cms', 'http://127.0.0.1:1'], { env: { SAMSKAB_TOKEN: TOKEN }, out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(down).toBe(3);
    expect(err.join('')).toContain('svarer ikke');
  });
});
