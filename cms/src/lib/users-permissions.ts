import type { Core } from '@strapi/strapi';

/**
 * users-permissions ships with public sign-up switched on. Nobody should be able
 * to make themselves an account here: staff accounts are made by communication
 * staff. ALLOW_PUBLIC_REGISTRATION=true turns it back on, deliberately.
 */
export async function closePublicRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get({})) ?? {}) as Record<string, unknown>;
  const allow = process.env.ALLOW_PUBLIC_REGISTRATION === 'true';
  if (advanced.allow_register !== allow) await store.set({ value: { ...advanced, allow_register: allow } });
}
