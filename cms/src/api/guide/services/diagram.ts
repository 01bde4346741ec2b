import type { Core } from '@strapi/strapi';
import { ApiError, notFound } from '../../widget/lib/errors';
import { sendCached, sendError } from '../../widget/lib/http';
import type { Locale } from '../../widget/lib/locale';
import { localeParam, parseQuery, parseSlug } from '../../widget/lib/query';
import type { WidgetCache } from '../../widget/services/cache';
import type { ReadModel } from '../../widget/services/read-model';
import { toMermaid } from '../lib/mermaid';

type Row = Record<string, any>;

/**
 * `GET /api/widget/v1/guides/:slug/diagram?locale`: the published guide's flow
 * as Mermaid text (paste it into any Mermaid viewer, or a ```mermaid block on
 * GitHub). Served through the widget API's cache, with its ETag and
 * compression; unknown slugs and bad parameters answer the widget API's JSON errors.
 */
const diagram = ({ strapi }: { strapi: Core.Strapi }) => ({
  async send(ctx: any) {
    try {
      const slug = parseSlug(ctx.params.slug);
      const locale = parseQuery({ locale: localeParam }, ctx.query).locale as Locale;
      const cache = strapi.service('api::widget.cache') as WidgetCache;
      const model = strapi.service('api::widget.read-model') as ReadModel;
      const response = await cache.response(`guide-diagram/${slug}?${locale}`, async () => {
        const guide = await model.guide(slug, locale);
        if (!guide) throw notFound('guide', slug);
        return toMermaid(
          {
            title: guide.title,
            start: guide.start,
            questions: guide.questions,
            outcomes: guide.outcomes.map((o: Row) => ({
              key: o.key,
              title: o.title,
              names: [...o.contactPoints.map((c: Row) => c.name), ...o.offers.map((x: Row) => x.title)],
            })),
          },
          locale,
        );
      });
      sendCached(ctx, response, 'text/plain; charset=utf-8');
    } catch (error) {
      if (error instanceof ApiError) return sendError(ctx, error);
      throw error;
    }
  },
});

export default diagram;
export type DiagramService = ReturnType<typeof diagram>;
