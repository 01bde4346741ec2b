import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { secret } from '../../scripts/dev-env.mjs';

// Strapi's ESM build does not load under Node's ESM resolver; its CommonJS build does.
const require = createRequire(import.meta.url);

/**
 * Once per run: a temporary home for the test Strapi (SQLite file and uploads),
 * fresh secrets, and the TypeScript compiled to dist/.
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
  });
  if (process.env.DATABASE_CLIENT !== 'postgres') process.env.DATABASE_FILENAME = path.join(home, 'test.db');
  for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) {
    process.env[name] ??= secret(name);
  }
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi();
  return () => rmSync(home, { recursive: true, force: true });
}
