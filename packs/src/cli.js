#!/usr/bin/env node
/**
 * `npm run pack -- --campaign <slug> --organisation <slug> --photo <id> --out <dir>`
 *
 * Makes a communication pack with this library from a running CMS: reads the
 * campaign, the organisation and the photo over HTTP (`--cms`, default
 * http://localhost:1337) with an API token (SAMSKAB_TOKEN), checks them, makes
 * the pack, records it in the CMS, and only then moves it into `--out`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { PackError, makePack, writePack } from './index.js';

const HELP = `Brug: npm run pack -- --campaign <slug> --organisation <slug> --photo <id> --out <mappe>

Laver en kommunikationspakke (plakater, flyer, bannere, tekster) fra CMS'et.

  --campaign <slug>       kampagnens slug, fx frivillig-for-fremtiden
  --organisation <slug>   institutionens slug, fx stavtrup-dagtilbud
  --photo <id>            fotoets documentId eller titel (se --list-photos)
  --out <mappe>           hvor pakken (ZIP og mappe) skal ligge
  --list-photos           vis de fotos, institutionen må bruge til kampagnen
  --name <tekst>          institutionens navn på materialet (standard: navnet i CMS'et)
  --headline <tekst>      overskrift (standard: kampagnens)
  --text <tekst>          tekst (standard: kampagnens)
  --contact <tekst>       kontaktlinje (standard: institutionens kontakt)
  --cms <url>             CMS'ets adresse (standard: http://localhost:1337)
  --help                  denne hjælp

Miljø: SAMSKAB_TOKEN er et API-token fra CMS'et (Indstillinger > API-tokens, "Full access"
eller "Custom" med Pack-handlingerne staffSource, staffPhotos og staffRecord).`;

/** Runs the CLI; returns the exit code. Output goes to `out` and `err` (for tests). */
export async function main(argv, { env = process.env, out = console.log, err = console.error, fetchImpl = fetch } = {}) {
  let args;
  try {
    ({ values: args } = parseArgs({
      args: argv,
      options: {
        campaign: { type: 'string' },
        organisation: { type: 'string' },
        photo: { type: 'string' },
        out: { type: 'string' },
        cms: { type: 'string', default: env.SAMSKAB_CMS ?? 'http://localhost:1337' },
        name: { type: 'string' },
        headline: { type: 'string' },
        text: { type: 'string' },
        contact: { type: 'string' },
        'list-photos': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    err(`Fejl: ${error.message.replace(/^Unknown option/, 'Ukendt tilvalg')}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    out(HELP);
    return 0;
  }
  const missing = ['campaign', 'organisation', ...(args['list-photos'] ? [] : ['photo', 'out'])].filter((k) => !args[k]);
  if (missing.length) {
    err(`Fejl: mangler ${missing.map((m) => `--${m}`).join(', ')}.\n\n${HELP}`);
    return 2;
  }
  const token = env.SAMSKAB_TOKEN;
  if (!token) {
    err("Fejl: SAMSKAB_TOKEN er ikke sat. Lav et API-token i CMS'et (Indstillinger > API-tokens) og sæt det i miljøet.");
    return 2;
  }
  let cms;
  try {
    cms = new URL(args.cms);
    if (!/^https?:$/.test(cms.protocol)) throw new Error();
  } catch {
    err(`Fejl: --cms "${args.cms}" er ikke en http(s)-adresse.`);
    return 2;
  }

  const client = cmsClient(cms, token, fetchImpl);
  try {
    if (args['list-photos']) {
      const library = await client.get('/api/packs/v1/staff/photos', { campaign: args.campaign, organisation: args.organisation });
      out(`Fotos, ${library.organisation.name} må bruge til "${library.campaign.headline}":`);
      if (!library.photos.length) out('  (ingen)');
      for (const p of library.photos) out(`  ${p.id}  ${p.title}  (${p.width} × ${p.height}, ${p.credit})`);
      if (library.unavailable.length) {
        out('\nKan ikke bruges:');
        for (const p of library.unavailable) out(`  ${p.id}  ${p.title}: ${p.reason}`);
      }
      return 0;
    }

    const source = await client.get('/api/packs/v1/staff/source', { campaign: args.campaign, organisation: args.organisation, photo: args.photo });
    const photoBytes = await client.bytes(source.photo.url);
    const texts = Object.fromEntries(['name', 'headline', 'text', 'contact'].filter((k) => args[k] !== undefined).map((k) => [k, args[k]]));
    const date = new Date();
    const pack = await makePack({
      campaign: source.campaign,
      organisation: source.organisation,
      photo: { ...source.photo, bytes: photoBytes },
      texts,
      links: source.links,
      madeBy: source.madeBy ?? 'kommandolinjen',
      date,
    });
    // Recorded in the CMS first; only then written, all at once, into --out.
    const record = await client.record({ campaign: source.campaign.slug, organisation: source.organisation.slug, photo: source.photo.id, texts: pack.texts }, pack);
    // npm runs workspace scripts in the workspace's folder: --out is relative to where the command was typed.
    const final = await writePack(pack, path.resolve(env.INIT_CWD ?? process.cwd(), args.out));
    out(`Pakken er lavet og registreret i CMS'et (pakke ${record.pack.id}):`);
    out(`  ${final.zip}`);
    out(`  ${final.folder}${path.sep}  (${pack.files.length} filer)`);
    return 0;
  } catch (error) {
    if (error instanceof PackError) {
      err(`Fejl: ${error.message}`);
      return error.status === 404 ? 4 : 3;
    }
    err(`Fejl: ${error.message ?? error}`);
    return 1;
  }
}

function cmsClient(base, token, fetchImpl) {
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  async function answer(response, url) {
    const text = await response.text();
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    if (response.ok) return body;
    const e = body?.error;
    if (response.status === 401 || response.status === 403) {
      throw new PackError('unauthorised', `CMS'et afviste API-tokenet (${response.status}). Tjek SAMSKAB_TOKEN: det skal være "Full access" eller have Pack-handlingerne.`, { status: response.status });
    }
    if (e?.message) throw new PackError(e.code ?? 'cms_error', e.message, { field: e.field, status: response.status, details: e.details });
    throw new PackError('cms_error', `CMS'et svarede ${response.status} på ${url}.`, { status: response.status });
  }
  async function call(url, init) {
    try {
      return await fetchImpl(url, init);
    } catch (error) {
      throw new PackError('cms_unreachable', `CMS'et på ${base.origin} svarer ikke (${error.cause?.code ?? error.message}). Start det med "npm start", eller angiv --cms.`, { status: 503 });
    }
  }
  return {
    async get(pathname, query) {
      const url = new URL(pathname, base);
      for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v);
      return answer(await call(url, { headers }), url.pathname);
    },
    async bytes(href) {
      const url = new URL(href, base);
      const response = await call(url, {});
      if (!response.ok) throw new PackError('photo_missing', `Fotoets fil kunne ikke hentes fra CMS'et (${response.status}). Bed kommunikationsafdelingen tjekke fotoet.`, { status: 404 });
      return new Uint8Array(await response.arrayBuffer());
    },
    async record(data, pack) {
      const form = new FormData();
      form.set('data', JSON.stringify(data));
      form.set('files.zip', new Blob([pack.zip], { type: 'application/zip' }), pack.zipName);
      const url = new URL('/api/packs/v1/staff/records', base);
      return answer(await call(url, { method: 'POST', headers, body: form }), url.pathname);
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
