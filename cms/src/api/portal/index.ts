import type { Core } from '@strapi/strapi';
import { ensureStaffRole, seedDemoStaff } from '../../seed/staff';

/**
 * The institution portal's setup: the Institution staff role and its portal
 * permissions exist on every boot. On a database seeded before the portal
 * existed, the demo staff are added too (a fresh one gets them from the seed).
 */
const SEEDED = { type: 'api', name: 'seed', key: 'version' } as const;

export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureStaffRole(strapi);
    if (process.env.SEED !== 'false' && (await strapi.store.get(SEEDED)) !== undefined && (await strapi.store.get(SEEDED)) !== null) {
      await seedDemoStaff(strapi);
    }
  },
};
