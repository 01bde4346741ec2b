import type { Core } from '@strapi/strapi';
import type { WidgetCache } from './api/widget/services/cache';
import { seed } from './seed';

/** Document actions that change what the widget API may serve. */
const CHANGES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

const widgetCache = (strapi: Core.Strapi) => strapi.service('api::widget.cache') as WidgetCache;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(async (context, next) => {
      const result = await next();
      if (CHANGES.has(context.action) && (context.uid.startsWith('api::') || context.uid === 'plugin::upload.file')) {
        widgetCache(strapi).invalidate();
      }
      return result;
    });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.SEED !== 'false') await seed(strapi);
    widgetCache(strapi).start();
  },

  destroy({ strapi }: { strapi: Core.Strapi }) {
    widgetCache(strapi).stop();
  },
};
