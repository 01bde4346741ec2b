import { get } from 'node:http';
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
