import type { Core } from '@strapi/strapi';
import type { WidgetCache } from '../widget/services/cache';
import { publishNumbers, renumberDrafts, WALK } from './lib/stop-order';

type Row = Record<string, any>;

/** The language a document action works on: its `locale`, else the default (Danish). */
export async function actionLocale(strapi: Core.Strapi, locale: unknown): Promise<string> {
  if (typeof locale === 'string' && locale !== '*') return locale;
  return ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string | undefined) ?? 'da';
}

/**
 * The walk API's hooks: the stops' `order` follows the order editors drag the
 * stops into in the walk (see lib/stop-order.ts and docs/walk.md).
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(async (context, next) => {
      if (context.uid !== WALK) return next();
      const params = (context.params ?? {}) as Row;
      const touchesStops = (context.action === 'create' || context.action === 'update') && params.data && 'stops' in params.data;
      if (!touchesStops && context.action !== 'publish') return next();
      // Outside any transaction of ours: the numbers are derived data (a retry writes them again),
      // and the cache's invalidation must not run inside a transaction that has already ended.
      const result = await next();
      const documentId: string | undefined = params.documentId ?? (result as Row | null)?.documentId;
      if (!documentId) return result;
      if (touchesStops) await renumberDrafts(strapi, documentId, await actionLocale(strapi, params.locale));
      if (context.action === 'publish') await publishNumbers(strapi, documentId);
      // The widget API's own hook has already dropped its cache, before these numbers were written.
      (strapi.service('api::widget.cache') as WidgetCache | undefined)?.invalidate();
      return result;
    });
  },
};
