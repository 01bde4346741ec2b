import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { cmsDir } from './dev-env.mjs';

/**
 * Starts cms/scripts/serve.mjs in a child process with extra environment and
 * resolves once it listens: `{ port, token, base, child, stop() }`.
 */
export async function startCms(env = {}) {
  const child = spawn(process.execPath, [path.join(cmsDir, 'scripts', 'serve.mjs')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the CMS exited with code ${code} before it was ready`);
  });
  const ready = (async () => {
    for await (const line of createInterface({ input: child.stdout })) {
      if (line.startsWith('{"ready"')) return JSON.parse(line);
    }
    throw new Error('the CMS closed its output before it was ready');
  })();
  const info = await Promise.race([ready, exited]);
  exited.catch(() => {});
  return {
    ...info,
    child,
    base: `http://127.0.0.1:${info.port}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
