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
  const exit = once(child, 'exit');
  let info;
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.startsWith('{"ready"')) {
      info = JSON.parse(line);
      break;
    }
  }
  if (!info) {
    const [code] = await exit;
    throw new Error(`the CMS exited with code ${code} before it was ready`);
  }
  child.stdout.resume(); // keep draining, so the child never blocks on a full pipe
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
