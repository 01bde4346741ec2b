import type { Core } from '@strapi/strapi';
import { closeRedis } from '../../lib/redis';
import type { WidgetCache } from './services/cache';

/** Document actions that change what the widget API may serve. */
const CHANGES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
/** Content the read model shows. Sign-ups and packs are not among them: writing one must not empty the cache. */
const SERVED = new Set(['campaign', 'story', 'offer', 'opportunity', 'walk', 'walk-stop', 'guide', 'entry-point', 'photo-asset', 'organisation', 'contact-point'].map((name) => `api::${name}.${name}`));

const widgetCache = (strapi: Core.Strapi) => strapi.service('api::widget.cache') as WidgetCache;

/**
 * Forgets what the widget API has cached. Inside a transaction (the admin's
 * publish runs in one), other connections still read the old rows until it
 * commits, and a request in between would cache them again: so once more then.
 */
async function contentChanged(strapi: Core.Strapi) {
  const cache = widgetCache(strapi);
  cache.invalidate();
  if (strapi.db.inTransaction()) {
    // A nested transaction joins the open one and queues the callback for its commit.
    await strapi.db.transaction(({ onCommit }) => onCommit(() => cache.invalidate()));
  }
}

/** The widget API's cache follows every content change (see services/cache.ts). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(async (context, next) => {
      const result = await next();
      if (CHANGES.has(context.action) && SERVED.has(context.uid)) await contentChanged(strapi);
      return result;
    });
  },

  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    widgetCache(strapi).start();
    // The media library writes files without the document service: replacing
    // or deleting a photo's file changes what the widgets may show.
    strapi.db.lifecycles.subscribe({
      models: ['plugin::upload.file'],
      afterUpdate: () => contentChanged(strapi),
      afterUpdateMany: () => contentChanged(strapi),
      afterDelete: () => contentChanged(strapi),
      afterDeleteMany: () => contentChanged(strapi),
    });
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    widgetCache(strapi).stop();
    await closeRedis();
  },
};
