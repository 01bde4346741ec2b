import type { Core } from '@strapi/strapi';
import { closeRedis } from '../../lib/redis';
import type { WidgetCache } from './services/cache';

/** Document actions that change what the widget API may serve. */
const CHANGES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
/** Content the read model shows. Sign-ups and packs are not among them: writing one must not empty the cache. */
const SERVED = new Set(['campaign', 'story', 'offer', 'opportunity', 'walk', 'walk-stop', 'guide', 'entry-point', 'photo-asset', 'organisation', 'contact-point'].map((name) => `api::${name}.${name}`));

const widgetCache = (strapi: Core.Strapi) => strapi.service('api::widget.cache') as WidgetCache;

/** The widget API's cache follows every content change (see services/cache.ts). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(async (context, next) => {
      const result = await next();
      if (CHANGES.has(context.action) && SERVED.has(context.uid)) widgetCache(strapi).invalidate();
      return result;
    });
  },

  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    widgetCache(strapi).start();
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    widgetCache(strapi).stop();
    await closeRedis();
  },
};
