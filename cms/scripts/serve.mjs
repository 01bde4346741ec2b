import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileCms } from './compile.mjs';
import { cmsDir, secret } from './dev-env.mjs';

/**
 * Boots a throwaway CMS for benchmarks and end-to-end tests: its own temporary
 * SQLite database (unless DATABASE_CLIENT=postgres) and uploads folder, the demo
 * seed, no admin panel. Prints one JSON line `{"ready":true,"port":…,"token":…}`
 * where `token` is an API token for Strapi's stock REST API.
 */
const require = createRequire(path.join(cmsDir, 'package.json'));
const home = mkdtempSync(path.join(tmpdir(), 'samskab-serve-'));
mkdirSync(path.join(home, 'public', 'uploads'), { recursive: true });
process.chdir(cmsDir);
Object.assign(process.env, {
  HOST: '127.0.0.1',
  PORT: process.env.PORT ?? '0',
  SERVE_ADMIN: 'false',
  STARTUP_BANNER: 'false',
  SEED_ADMIN: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
process.env.PUBLIC_DIR ??= path.join(home, 'public');
mkdirSync(path.join(process.env.PUBLIC_DIR, 'uploads'), { recursive: true });
if (process.env.DATABASE_CLIENT !== 'postgres') process.env.DATABASE_FILENAME ??= path.join(home, 'data.db');
for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) {
  process.env[name] ??= secret(name);
}

const { createStrapi } = require('@strapi/strapi');
// Compiled code must live inside the project to resolve its node_modules.
// A caller that compiled already (a test run) passes its folder in SAMSKAB_DIST.
mkdirSync(path.join(cmsDir, '.tmp'), { recursive: true });
const ownDist = !process.env.SAMSKAB_DIST;
const distDir = process.env.SAMSKAB_DIST ?? mkdtempSync(path.join(cmsDir, '.tmp', 'serve-dist-'));
const app = await createStrapi(ownDist ? await compileCms(distDir) : { appDir: cmsDir, distDir }).load();
app.log.level = 'warn';
if (process.env.EXTRA_STORIES) await addStories(app, Number(process.env.EXTRA_STORIES));
if (process.env.TOTAL_OFFERS) await fillOffers(app, Number(process.env.TOTAL_OFFERS));
// Read-only unless the caller needs to write through the stock REST API (multi-instance tests).
const tokenType = process.env.SERVE_TOKEN_TYPE === 'full-access' ? 'full-access' : 'read-only';
const { accessKey } = await app.service('admin::api-token').create({ name: `serve-${Date.now()}-${process.pid}`, type: tokenType, lifespan: null, description: 'benchmark or test' });
await app.listen();
console.log(JSON.stringify({ ready: true, port: app.server.httpServer.address().port, token: accessKey }));

// Strapi stops itself on SIGINT/SIGTERM; the compiled folder goes with the process.
process.on('exit', () => {
  if (ownDist) rmSync(distDir, { recursive: true, force: true });
});

/** More published stories, copied from the seeded ones, so that a list can be measured full. */
async function addStories(strapi, count) {
  const stories = strapi.documents('api::story.story');
  const templates = await stories.findMany({ status: 'published', locale: 'da', populate: ['hero', 'organisation'] });
  for (let i = 0; i < count; i += 1) {
    const t = templates[i % templates.length];
    const created = await stories.create({
      locale: 'da',
      data: { title: `${t.title} (${i + 2})`, slug: `${t.slug}-${i + 2}`, summary: t.summary, body: t.body, theme: t.theme, publishDate: t.publishDate, hero: t.hero?.documentId, organisation: t.organisation?.documentId },
    });
    await stories.publish({ documentId: created.documentId, locale: 'da' });
  }
}

/**
 * Published offers up to `total`, written in bulk (a draft and a published row
 * per document, as Strapi's document service keeps them) for list benchmarks.
 */
async function fillOffers(strapi, total) {
  const offers = strapi.db.query('api::offer.offer');
  const existing = await offers.count({ where: { publishedAt: { $notNull: true }, locale: 'da' } });
  const categories = ['nogen_at_tale_med', 'sorg', 'lektiehjaelp', 'ferie', 'julehjaelp', 'faellesskab', 'familie', 'raadgivning', 'fritid', 'sundhed'];
  const audiences = ['boern', 'unge', 'familier', 'voksne', 'aeldre'];
  const modes = ['fremmoede', 'telefon', 'online'];
  const districts = ['Aarhus C', 'Gellerup', 'Tranbjerg', 'Viby', 'Åbyhøj', 'Risskov', 'Lystrup', 'Harlev'];
  const now = new Date();
  const rows = [];
  for (let i = existing; i < total; i += 1) {
    const documentId = `bench${String(i).padStart(19, '0')}`;
    const row = {
      documentId,
      locale: 'da',
      title: `Tilbud nummer ${i}: ${categories[i % 10].replace(/_/g, ' ')} i ${districts[i % 8]}`,
      slug: `bench-tilbud-${i}`,
      summary: `Et frivilligt tilbud (${i}) til ${audiences[i % 5]} med fokus på ${categories[(i * 7) % 10].replace(/_/g, ' ')}. Ring eller kom forbi.`,
      category: categories[i % 10],
      audience: audiences[i % 5],
      minAge: (i * 3) % 18,
      maxAge: 18 + ((i * 5) % 80),
      district: districts[i % 8],
      mode: modes[i % 3],
      price: 'Gratis',
      referralNeeded: i % 4 === 0,
    };
    rows.push({ ...row, publishedAt: null }, { ...row, publishedAt: now });
  }
  for (let i = 0; i < rows.length; i += 500) await offers.createMany({ data: rows.slice(i, i + 500) });
  strapi.service('api::widget.cache').invalidate();
}
