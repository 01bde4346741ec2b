import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * First start on a new machine: write cms/.env from .env.example with freshly
 * generated development secrets (the file is git-ignored), and make the folders
 * Strapi expects. Secrets already present are never replaced.
 */
export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

// Development secrets carry a `dev-` prefix: the CMS refuses to start in production with one.
const devSecret = (bytes) => `dev-${randomBytes(bytes).toString('base64url')}`;
export const secret = (name) => (name === 'APP_KEYS' ? Array.from({ length: 4 }, () => devSecret(24)).join(',') : devSecret(32));

export function ensureDevEnv() {
  mkdirSync(path.join(cmsDir, 'public', 'uploads'), { recursive: true });
  mkdirSync(path.join(cmsDir, '.tmp'), { recursive: true });
  const envFile = path.join(cmsDir, '.env');
  if (existsSync(envFile)) return envFile;
  const example = readFileSync(path.join(cmsDir, '.env.example'), 'utf8');
  const filled = example.replace(/^(\w+)=(change-me)?$/gm, (line, name) => (SECRETS.includes(name) ? `${name}=${secret(name)}` : line));
  writeFileSync(envFile, filled, { mode: 0o600 });
  console.log(`Wrote ${path.relative(process.cwd(), envFile)} with new development secrets.`);
  return envFile;
}
