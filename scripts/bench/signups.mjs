import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentiles, startCms } from './lib.mjs';

/**
 * Sign-ups under load: SIGNUPS sign-ups from CLIENTS concurrent clients against
 * a throwaway CMS (rate limit raised, minimum fill time off for the run), with a
 * local SMTP server taking the coordinators' mails.
 *
 * - Every accepted sign-up (201 with a reference) must be stored exactly once,
 *   none lost: read back through the admin's REST API with the CMS's API token.
 * - Every stored sign-up's mail must arrive exactly once.
 * - Latency: p50/p95/p99 of POST /api/widget/v1/signups, against GET /_health
 *   from the same clients in the same run as the baseline.
 */
const SIGNUPS = Number(process.env.BENCH_SIGNUPS ?? 2000);
const CLIENTS = Number(process.env.BENCH_SIGNUP_CLIENTS ?? 20);
const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'cms', 'package.json'));

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

/** A local SMTP server that counts the sign-up references in the mails it receives. */
async function smtpSink(port) {
  const { SMTPServer } = require('smtp-server');
  const references = new Map();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk) => (raw += chunk));
      stream.on('end', () => {
        const reference = raw.match(/FRV-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0];
        if (reference) references.set(reference, (references.get(reference) ?? 0) + 1);
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { references, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** `total` requests from `clients` concurrent keep-alive clients; each latency recorded. */
async function run(base, total, clients, make) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies = [];
  const results = [];
  let next = 0;
  const one = (i) =>
    new Promise((resolve) => {
      const { method, path: target, body } = make(i);
      const started = process.hrtime.bigint();
      const req = request(`${base}${target}`, { agent, method, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          results[i] = { status: res.statusCode, text };
          resolve();
        });
      });
      req.on('error', (error) => {
        results[i] = { status: 'error', text: String(error) };
        resolve();
      });
      req.end(body);
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) await one(next++);
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  agent.destroy();
  const statuses = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  return { requests: total, clients, rps: Math.round(total / seconds), ...percentiles(latencies), statuses, results };
}

/** Every stored sign-up's reference, read through the REST API with the CMS's read-only API token. */
async function storedReferences(cms) {
  const references = [];
  for (let page = 1; ; page += 1) {
    const response = await fetch(`${cms.base}/api/signups?fields[0]=reference&fields[1]=name&pagination[page]=${page}&pagination[pageSize]=100&sort=id`, {
      headers: { authorization: `Bearer ${cms.token}` },
    });
    if (!response.ok) throw new Error(`reading the sign-ups answered ${response.status}`);
    const { data, meta } = await response.json();
    references.push(...data.filter((s) => s.name.startsWith('Bench ')).map((s) => s.reference));
    if (page >= meta.pagination.pageCount) return references;
  }
}

export default async function signupsBenchmark() {
  const smtpPort = await freePort();
  const sink = await smtpSink(smtpPort);
  console.log(`signups: starting a CMS (rate limit raised, minimum fill time off) and sending ${SIGNUPS} sign-ups from ${CLIENTS} clients...`);
  const cms = await startCms({
    SIGNUP_RATE_LIMIT: String(SIGNUPS * 10),
    SIGNUP_MIN_FILL_MS: '0',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_SECURE: 'false',
  });
  try {
    const schema = await (await fetch(`${cms.base}/api/widget/v1/signups/schema?campaign=frivillig-for-fremtiden&organisation=tranbjerg-skole`)).json();
    const body = (i) =>
      JSON.stringify({
        name: `Bench Person ${i}`,
        email: `bench${i}@example.dk`,
        phone: '',
        availability: ['episodic', 'regular', 'either'][i % 3],
        message: `Sign-up number ${i} from the benchmark.`,
        consent: true,
        consentVersion: schema.consent.version,
        campaign: 'frivillig-for-fremtiden',
        organisation: i % 2 ? 'tranbjerg-skole' : 'stavtrup-dagtilbud',
        locale: 'da',
        elapsedMs: 5000,
      });

    // Warm both paths once, outside the measurement.
    await fetch(`${cms.base}/_health`);
    const baseline = await run(cms.base, SIGNUPS, CLIENTS, () => ({ method: 'GET', path: '/_health' }));
    const measured = await run(cms.base, SIGNUPS, CLIENTS, (i) => ({ method: 'POST', path: '/api/widget/v1/signups', body: body(i) }));

    const accepted = measured.results.filter((r) => r.status === 201).map((r) => JSON.parse(r.text).reference);
    const stored = await storedReferences(cms);
    const storedCount = new Map();
    for (const reference of stored) storedCount.set(reference, (storedCount.get(reference) ?? 0) + 1);
    const lost = accepted.filter((reference) => !storedCount.has(reference));
    const duplicated = [...storedCount.values()].filter((n) => n > 1).length;
    const unexpected = stored.filter((reference) => !accepted.includes(reference)).length;

    // The mails go out in the background: wait (bounded) for all of them.
    const deadline = Date.now() + 120_000;
    while (accepted.some((reference) => !sink.references.has(reference)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    const mailed = accepted.filter((reference) => sink.references.has(reference)).length;
    const mailedTwice = [...sink.references.values()].filter((n) => n > 1).length;

    const strip = ({ results, ...rest }) => rest;
    return [
      {
        benchmark: `POST /api/widget/v1/signups: ${SIGNUPS} sign-ups from ${CLIENTS} concurrent clients, latency in ms`,
        baseline: { what: 'GET /_health, same clients, same run', ...strip(baseline) },
        measured: strip(measured),
        p95Ratio: +(measured.p95 / Math.max(baseline.p95, 0.01)).toFixed(1),
      },
      {
        benchmark: 'every accepted sign-up stored exactly once, none lost, each mailed once',
        accepted: accepted.length,
        stored: stored.length,
        lost: lost.length,
        storedTwice: duplicated,
        storedNotAccepted: unexpected,
        mailed,
        mailedTwice,
        goal: `accepted = stored = mailed = ${SIGNUPS}; lost, storedTwice, storedNotAccepted and mailedTwice = 0`,
        ok: accepted.length === SIGNUPS && stored.length === accepted.length && lost.length === 0 && duplicated === 0 && unexpected === 0 && mailed === accepted.length && mailedTwice === 0,
      },
    ];
  } finally {
    await cms.stop();
    await sink.close();
  }
}
