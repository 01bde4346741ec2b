#!/usr/bin/env node
/**
 * Records the widget tests' API answers from the real widget API:
 *
 *   node widgets/scripts/record-fixtures.mjs
 *
 * It starts a throwaway CMS with the demo seed (cms/scripts/serve.mjs, which
 * prints one JSON line with its port), asks the widget API what the examples and
 * tests need (the list below), and writes widgets/test/fixtures/api.ts. The
 * answers are kept as the API gave them, with one change: each photo's `url` is
 * the 500 px rendition inlined as a data: URL (and `srcset` is emptied), so that
 * the tests and Storybook need neither the CMS nor its uploads. Commit the output.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'widgets', 'test', 'fixtures', 'api.ts');

/** name -> [path under /api/widget/v1 (or a function of what was recorded before), TypeScript type, expected status]. */
const FIXTURES = {
  campaignDa: ['/campaigns/frivillig-for-fremtiden?locale=da', 'Campaign'],
  campaignEn: ['/campaigns/frivillig-for-fremtiden?locale=en', 'Campaign'],
  campaignLinkDa: ['/campaigns/julehjaelp-2026?locale=da', 'Campaign'],
  entryPointDa: ['/entry-point?locale=da', 'EntryPoint'],
  entryPointEn: ['/entry-point?locale=en', 'EntryPoint'],
  storyDa: ['/stories/natteravnene-en-aften-om-maaneden?locale=da', 'Story'],
  storyEn: ['/stories/natteravnene-en-aften-om-maaneden?locale=en', 'Story'],
  storyNotFound: ['/stories/findes-ikke?locale=da', 'ApiError', 404],
  storiesDa: ['/stories?locale=da&page=1&pageSize=6&facets=false', 'Page<StorySummary>'],
  storiesDaFirst: [(r) => `/stories/${r.storiesDa.items[0].slug}?locale=da`, 'Story'],
  storiesHeadspace: ['/stories?locale=da&organisation=headspace-aarhus&page=1&pageSize=3&facets=false', 'Page<StorySummary>'],
  storiesEmpty: ['/stories?locale=da&organisation=tranbjerg-skole&page=1&pageSize=6&facets=false', 'Page<StorySummary>'],
  offersAllDa: ['/offers?locale=da&page=1&pageSize=50', 'Page<Offer>'],
  offersAllEn: ['/offers?locale=en&page=1&pageSize=50', 'Page<Offer>'],
  offersDa4: ['/offers?locale=da&page=1&pageSize=4', 'Page<Offer>'],
  offersGrief: ['/offers?locale=da&category=sorg&page=1&pageSize=12', 'Page<Offer>'],
  offersEmpty: ['/offers?locale=da&q=skak&page=1&pageSize=12', 'Page<Offer>'],
  offersEn3: ['/offers?locale=en&page=1&pageSize=3', 'Page<Offer>'],
  opportunitiesAllDa: ['/opportunities?locale=da&page=1&pageSize=50', 'Page<Opportunity>'],
  opportunitiesDa: ['/opportunities?locale=da&page=1&pageSize=12', 'Page<Opportunity>'],
  opportunitiesEpisodic: ['/opportunities?locale=da&commitment=episodic&page=1&pageSize=12', 'Page<Opportunity>'],
  opportunitiesDaycare: ['/opportunities?locale=da&organisation=stavtrup-dagtilbud&page=1&pageSize=1', 'Page<Opportunity>'],
};

async function startCms() {
  const child = spawn(process.execPath, ['cms/scripts/serve.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout })) {
    if (!line.startsWith('{"ready"')) continue;
    const { port } = JSON.parse(line);
    return {
      base: `http://127.0.0.1:${port}`,
      async stop() {
        child.kill('SIGTERM');
        await once(child, 'exit');
      },
    };
  }
  throw new Error('the CMS did not start (cms/scripts/serve.mjs)');
}

const isImage = (value) => value && typeof value === 'object' && typeof value.url === 'string' && 'alt' in value && 'srcset' in value && 'focal' in value;

/** The 500 px rendition (else the smallest, else the url) of an image, as a data: URL, keyed by its name without Strapi's hash. */
async function inlineImages(value, base, images) {
  if (Array.isArray(value)) {
    for (const item of value) await inlineImages(item, base, images);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const child of Object.values(value)) await inlineImages(child, base, images);
  if (!isImage(value)) return;
  const candidates = value.srcset
    .split(/,\s+/)
    .map((c) => c.trim().split(/\s+/))
    .map(([url, w]) => ({ url, width: Number.parseInt(w, 10) || 0 }))
    .sort((a, b) => a.width - b.width);
  const pick = candidates.find((c) => c.width >= 500) ?? candidates.at(-1) ?? { url: value.url };
  const key = path.basename(value.url).replace(/^(thumbnail|small|medium|large|xlarge)_/, '').replace(/_[0-9a-f]{10}(\.\w+)$/, '$1');
  if (!images.has(key)) {
    const response = await fetch(new URL(pick.url, base));
    if (!response.ok) throw new Error(`${pick.url} answered ${response.status}`);
    const type = response.headers.get('content-type')?.split(';')[0] ?? 'image/jpeg';
    images.set(key, `data:${type};base64,${Buffer.from(await response.arrayBuffer()).toString('base64')}`);
  }
  value.url = `__image:${key}__`;
  value.srcset = '';
}

const cms = await startCms();
try {
  const recorded = {};
  const images = new Map();
  for (const [name, [request, , status = 200]] of Object.entries(FIXTURES)) {
    const apiPath = typeof request === 'function' ? request(recorded) : request;
    const response = await fetch(`${cms.base}/api/widget/v1${apiPath}`, { headers: { accept: 'application/json' } });
    if (response.status !== status) throw new Error(`${apiPath} answered ${response.status}, expected ${status}`);
    recorded[name] = await response.json();
    FIXTURES[name][0] = apiPath;
  }
  for (const body of Object.values(recorded)) await inlineImages(body, cms.base, images);

  const types = [...new Set(Object.values(FIXTURES).map(([, type]) => type.replace(/^Page<(\w+)>$/, '$1')))].concat('Page').sort();
  const json = (value) => JSON.stringify(value, null, 2).replace(/"__image:([^"]+)__"/g, (_, key) => `images[${JSON.stringify(key)}]`);
  const lines = [
    '// Recorded from the widget API of a CMS with the demo seed by widgets/scripts/record-fixtures.mjs.',
    '// Do not edit by hand: run `node widgets/scripts/record-fixtures.mjs` and commit the result.',
    '// Photos are their 500 px rendition inlined as data: URLs (srcset emptied); everything else is as the API answered.',
    '/* eslint-disable */',
    `import type { ${types.join(', ')} } from '../../src/base/api-types.js';`,
    '',
    '/** The photos, by file name. */',
    `export const images: Record<string, string> = ${JSON.stringify(Object.fromEntries(images), null, 2)};`,
    '',
  ];
  for (const [name, [apiPath, type, status = 200]] of Object.entries(FIXTURES)) {
    lines.push(`/** ${status === 200 ? '' : `${status} from `}GET /api/widget/v1${apiPath} */`);
    lines.push(`export const ${name}: ${type} = ${json(recorded[name])};`, '');
  }
  writeFileSync(out, `${lines.join('\n')}`);
  console.log(`record-fixtures: wrote ${path.relative(root, out)} (${Object.keys(FIXTURES).length} answers, ${images.size} photos)`);
} finally {
  await cms.stop();
}
