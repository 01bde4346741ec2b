import { createServer, request } from 'node:http';
import { createScratchDatabase } from '../../cms/scripts/scratch-postgres.mjs';
import { loadWithLatencies, startCms } from './lib.mjs';

/**
 * Issue 8's figures, each against a baseline from the same run:
 *  - the widget API against Strapi's stock REST endpoint, both on PostgreSQL;
 *  - the offer list's response time with 100, 1,000 and 10,000 offers, on SQLite
 *    and PostgreSQL, against the 100-offer time;
 *  - two instances behind a round-robin proxy against one instance behind it.
 * The PostgreSQL parts need BENCH_POSTGRES_URL or TEST_POSTGRES_URL (a role that may
 * create databases); the two-instance part also needs REDIS_URL.
 */
const pgAdmin = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;

async function withPostgres(run) {
  const db = await createScratchDatabase(pgAdmin);
  try {
    return await run({ DATABASE_CLIENT: 'postgres', DATABASE_URL: db.url });
  } finally {
    await db.drop();
  }
}

async function widgetVsStock(env) {
  const cms = await startCms(env);
  try {
    const auth = { authorization: `Bearer ${cms.token}` };
    const stock = await loadWithLatencies(cms.base, '/api/stories?populate=*', { headers: auth });
    const widget = await loadWithLatencies(cms.base, '/api/widget/v1/stories?facets=false');
    return { benchmark: 'PostgreSQL: widget API vs stock REST, GET stories', baseline: stock, measured: widget, throughputRatio: +(widget.rps / stock.rps).toFixed(1), p95Ratio: +(stock.p95 / widget.p95).toFixed(1) };
  } finally {
    await cms.stop();
  }
}

/** Every request a different query, so each one filters the in-memory projection anew. */
async function offerGrowth(label, env) {
  const rows = [];
  for (const total of [100, 1000, 10000]) {
    const cms = await startCms({ ...env, TOTAL_OFFERS: String(total) });
    try {
      const started = performance.now();
      const first = await fetch(`${cms.base}/api/widget/v1/offers?pageSize=12`);
      const cold = performance.now() - started;
      if (first.status !== 200) throw new Error(`offers answered ${first.status}`);
      const varied = await loadWithLatencies(cms.base, (n) => `/api/widget/v1/offers?q=tilbud&age=${n % 100}&page=${1 + (n % 3)}&pageSize=12`, { duration: 4 });
      const cached = await loadWithLatencies(cms.base, '/api/widget/v1/offers?category=sorg&pageSize=12', { duration: 4 });
      rows.push({ offers: total, firstRequestMs: +cold.toFixed(1), uncachedQuery: { p50: varied.p50, p95: varied.p95 }, cachedQuery: { p50: cached.p50, p95: cached.p95 } });
    } finally {
      await cms.stop();
    }
  }
  const base = rows[0];
  return {
    benchmark: `${label}: offer list response time by number of offers (baseline: 100 offers)`,
    rows: rows.map((r) => ({ ...r, uncachedP50Ratio: +(r.uncachedQuery.p50 / base.uncachedQuery.p50).toFixed(1), firstRequestRatio: +(r.firstRequestMs / base.firstRequestMs).toFixed(1) })),
  };
}

/** A minimal round-robin HTTP proxy, as a load balancer would be. */
function roundRobin(backends) {
  let next = 0;
  const server = createServer((req, res) => {
    const target = new URL(backends[next++ % backends.length]);
    const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (response) => {
      res.writeHead(response.statusCode, response.headers);
      response.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${server.address().port}` })));
}

async function twoInstances(env) {
  const one = await startCms(env);
  const two = await startCms(env);
  try {
    const path = (n) => `/api/widget/v1/offers?age=${n % 50}&pageSize=12`;
    const single = await roundRobin([one.base]);
    const baseline = await loadWithLatencies(single.base, path, { connections: 20 });
    single.server.close();
    const pair = await roundRobin([one.base, two.base]);
    const measured = await loadWithLatencies(pair.base, path, { connections: 20 });
    pair.server.close();
    return {
      benchmark: 'two instances vs one, behind a round-robin proxy on the same 2-core machine (PostgreSQL + Redis)',
      baseline,
      measured,
      throughputRatio: +(measured.rps / baseline.rps).toFixed(2),
      note: 'load generator, proxy and both instances share the same cores, so this is a floor for what separate machines give',
    };
  } finally {
    await Promise.all([one.stop(), two.stop()]);
  }
}

export default async function scaleBenchmarks() {
  const results = [];
  results.push(await offerGrowth('SQLite', {}));
  if (!pgAdmin) return [...results, { skipped: 'PostgreSQL parts: set BENCH_POSTGRES_URL or TEST_POSTGRES_URL' }];
  results.push(await withPostgres(widgetVsStock));
  results.push(await withPostgres((env) => offerGrowth('PostgreSQL', env)));
  if (process.env.REDIS_URL) results.push(await withPostgres(twoInstances));
  else results.push({ skipped: 'two instances: set REDIS_URL' });
  return results;
}
