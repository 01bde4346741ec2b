import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { get } from 'node:http';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

/** Shared helpers for the benchmarks in this folder. */
export const DURATION = Number(process.env.BENCH_SECONDS ?? 8);

/** A throwaway CMS (cms/scripts/serve.mjs) in a child process; stop it with `cms.stop()`. */
export async function startCms(env = {}) {
  const child = spawn(process.execPath, ['cms/scripts/serve.mjs'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout })) {
    if (!line.startsWith('{"ready"')) continue;
    const info = JSON.parse(line);
    return {
      ...info,
      child,
      base: `http://127.0.0.1:${info.port}`,
      async stop() {
        child.kill('SIGTERM');
        await once(child, 'exit');
      },
    };
  }
  throw new Error('the CMS did not start');
}

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
