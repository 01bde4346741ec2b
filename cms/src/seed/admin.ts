import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * The demo's admin account: created once, in development only, with a password
 * generated on the spot and printed this one time. Production never gets one.
 */
export const DEMO_ADMIN_EMAIL = 'admin@samskab.local';

export async function ensureDemoAdmin(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV === 'production' || process.env.SEED_ADMIN === 'false') return;
  const users = strapi.service('admin::user') as any;
  if (await users.exists()) return;

  const password = `Sk-${randomBytes(12).toString('base64url')}-9a`;
  const superAdmin = await (strapi.service('admin::role') as any).getSuperAdmin();
  await users.create({
    email: DEMO_ADMIN_EMAIL,
    firstname: 'Demo',
    lastname: 'Kommunikation',
    password,
    isActive: true,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  const line = '-'.repeat(64);
  // Straight to the terminal: a LOG_LEVEL above info must not swallow the one chance to see it.
  process.stdout.write(
    `\n${line}\nSamskab demo admin (shown once, development only)\n` +
      `  URL:      ${strapi.config.get('server.url') || 'http://localhost:1337'}/admin\n` +
      `  Email:    ${DEMO_ADMIN_EMAIL}\n  Password: ${password}\n` +
      `Forgot it? Run: npm run admin:reset -w cms\n${line}\n`,
  );
}
