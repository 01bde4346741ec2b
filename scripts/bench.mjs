#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark reports its result as a ratio against a
 * baseline measured in the same run, on the same machine.
 *   api: the widget API's story list against Strapi's stock GET /api/stories?populate=*
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { get } from 'node:http';
import autocannon from 'autocannon';

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const results = [];

async function startCms(env = {}) {
  const child = spawn(process.execPath, ['cms/scripts/serve.mjs'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.startsWith('{"ready"')) return { child, ...JSON.parse(line), base: `http://127.0.0.1:${JSON.parse(line).port}` };
  }
  throw new Error('the CMS did not start');
}

function load(url, headers = {}) {
  return autocannon({ url, connections: 10, duration: DURATION, headers: { 'accept-encoding': 'br, gzip', ...headers } });
}

const summary = (r) => ({ rps: Math.round(r.requests.average), p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, errors: r.errors + r.non2xx });

async function apiBenchmark() {
  console.log('api: starting a CMS with the demo content and 17 more stories...');
  const cms = await startCms({ EXTRA_STORIES: '17' });
  try {
    // As the story-list widget asks: no facets, since it shows no filter controls.
    const widget = `${cms.base}/api/widget/v1/stories?pageSize=25&facets=false`;
    const stock = `${cms.base}/api/stories?populate=*&pagination[pageSize]=25`;
    // Warm both once so that neither pays first-request costs inside the measurement.
    await fetch(widget);
    const stockCheck = await fetch(stock, { headers: { authorization: `Bearer ${cms.token}` } });
    if (!stockCheck.ok) throw new Error(`stock endpoint answered ${stockCheck.status}`);

    const stockResult = summary(await load(stock, { authorization: `Bearer ${cms.token}` }));
    const widgetResult = summary(await load(widget));
    const json = await (await fetch(widget, { headers: { 'accept-encoding': 'identity' } })).text();
    const items = JSON.parse(json).items.length;
    const brotliBytes = (await bytesOnTheWire(widget, 'br')).length;

    results.push({
      benchmark: 'widget API vs stock REST (GET stories, 25 items, 10 connections)',
      baseline: stockResult,
      measured: widgetResult,
      throughputRatio: +(widgetResult.rps / stockResult.rps).toFixed(1),
      goal: '>= 20x throughput',
    });
    results.push({
      benchmark: `story list of ${items} items as sent with brotli (8 seeded stories and 17 copies of them)`,
      bytes: brotliBytes,
      rawBytes: json.length,
      goal: '<= 2048 bytes',
    });
  } finally {
    cms.child.kill('SIGTERM');
    await once(cms.child, 'exit');
  }
}

function bytesOnTheWire(url, encoding) {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

const benches = { api: apiBenchmark };
const only = process.argv.slice(2);
for (const [name, run] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  await run();
}
console.log(JSON.stringify(results, null, 2));
