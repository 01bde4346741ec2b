import type { Core } from '@strapi/strapi';
import { seed } from './seed';

/**
 * App-wide hooks. Each API keeps its own in src/api/<name>/index.ts
 * (the widget API's cache invalidation, for one).
 */
export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.SEED !== 'false') await seed(strapi);
  },
};
