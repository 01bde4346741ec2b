import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileCms } from '../../scripts/compile.mjs';
import { secret } from '../../scripts/dev-env.mjs';
import { createScratchDatabase } from '../../scripts/scratch-postgres.mjs';

/**
 * Once per run: a temporary home for the test Strapi (SQLite file and uploads),
 * fresh secrets, and the TypeScript compiled to dist/. With DATABASE_CLIENT=postgres
 * the run gets a scratch database on TEST_POSTGRES_URL's server, dropped at the end.
 */
export default async function setup() {
  const home = mkdtempSync(path.join(tmpdir(), 'samskab-test-'));
  mkdirSync(path.join(home, 'public', 'uploads'), { recursive: true });
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SERVE_ADMIN: 'false',
    STARTUP_BANNER: 'false',
    SEED_ADMIN: 'false',
    PUBLIC_DIR: path.join(home, 'public'),
    WIDGET_CACHE_SYNC_MS: '500',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: 'warn',
    BROWSER: 'none',
    // A Redis shared with other runs must not mix their keys with ours.
    REDIS_PREFIX: `samskab-test-${process.pid}:`,
  });
  // Sign-up mails go to a port no one listens on unless a test starts its SMTP server there (tests/signup-mail.test.ts).
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(await freePort()), SMTP_SECURE: 'false' });
  let scratch: { url: string; drop(): Promise<void> } | undefined;
  if (process.env.DATABASE_CLIENT === 'postgres') {
    scratch = await createScratchDatabase(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
    process.env.DATABASE_URL = scratch.url;
  } else {
    process.env.DATABASE_FILENAME = path.join(home, 'test.db');
  }
  for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) {
    process.env[name] ??= secret(name);
  }
  // Compiled code must live inside the project to resolve its node_modules.
  mkdirSync(path.resolve('.tmp'), { recursive: true });
  process.env.SAMSKAB_DIST = mkdtempSync(path.resolve('.tmp', 'test-dist-'));
  await compileCms(process.env.SAMSKAB_DIST);
  return async () => {
    await scratch?.drop();
    rmSync(home, { recursive: true, force: true });
    rmSync(process.env.SAMSKAB_DIST!, { recursive: true, force: true });
  };
}

/** A TCP port that is free right now on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
