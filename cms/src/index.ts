import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from './lib/production-secrets';
import { closePublicRegistration } from './lib/users-permissions';
import { seed } from './seed';

/**
 * App-wide hooks. Each API keeps its own in src/api/<name>/index.ts
 * (the widget API's cache invalidation, for one).
 */
export default {
  register() {
    assertProductionSecrets();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await closePublicRegistration(strapi);
    if (process.env.SEED !== 'false') await seed(strapi);
  },
};
