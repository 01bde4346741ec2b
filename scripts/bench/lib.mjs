import { Agent, get, request } from 'node:http';
import autocannon from 'autocannon';

/** Shared helpers for the benchmarks in this folder. */
export const DURATION = Number(process.env.BENCH_SECONDS ?? 8);

/** A throwaway CMS (cms/scripts/serve.mjs) in a child process; stop it with `cms.stop()`. */
export { startCms } from '../../cms/scripts/spawn-cms.mjs';

/** autocannon with 10 connections for DURATION seconds, accepting br and gzip. */
export async function load(url, headers = {}, options = {}) {
  const result = await autocannon({ url, connections: 10, duration: DURATION, headers: { 'accept-encoding': 'br, gzip', ...headers }, ...options });
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** The response body exactly as sent, without decoding. */
export function bytesOnTheWire(url, encoding) {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

/**
 * A plain keep-alive load generator that records every latency, for the
 * percentiles autocannon does not report (p95). `path` may be a function of the
 * request number, to vary queries.
 */
export async function loadWithLatencies(base, path, { connections = 10, duration = DURATION, headers = {}, method = 'GET', body } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const statuses = {};
  let n = 0;
  const end = Date.now() + duration * 1000;
  const one = () =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const target = typeof path === 'function' ? path(n++) : path;
      const payload = typeof body === 'function' ? body(n) : body;
      const req = request(`${base}${target}`, { agent, method, headers: { 'accept-encoding': 'br, gzip', ...headers } }, (res) => {
        res.resume();
        res.on('end', () => {
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
          resolve();
        });
      });
      req.on('error', () => {
        statuses.error = (statuses.error ?? 0) + 1;
        resolve();
      });
      req.end(payload);
    });
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < end) await one();
  }));
  agent.destroy();
  return { rps: Math.round(latencies.length / duration), ...percentiles(latencies), statuses };
}

export function percentiles(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => +(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
