import type { Core } from '@strapi/strapi';
import { ApiError, notFound, notTranslated } from '../lib/errors';
import { sendCached, sendError } from '../lib/http';
import type { Locale } from '../lib/locale';
import { toGpx } from '../lib/gpx';
import type { WidgetCache } from '../services/cache';
import type { Lists } from '../services/lists';
import type { ReadModel } from '../services/read-model';
import { localeParam, parseQuery, parseSlug } from '../lib/query';

/**
 * GET handlers of the widget API. Each one validates its query, then answers
 * from the response cache, which builds the body from the read model once per
 * content version.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = () => strapi.service('api::widget.cache') as WidgetCache;
  const lists = () => strapi.service('api::widget.lists') as Lists;
  const model = () => strapi.service('api::widget.read-model') as ReadModel;

  const handle = (produce: (ctx: any) => { key: string; build: () => Promise<unknown>; type?: string }) => async (ctx: any) => {
    try {
      const { key, build, type } = produce(ctx);
      sendCached(ctx, await cache().response(key, build), type);
    } catch (error) {
      if (error instanceof ApiError) return sendError(ctx, error);
      throw error;
    }
  };

  const localeOf = (ctx: any): Locale => parseQuery({ locale: localeParam }, ctx.query).locale as Locale;
  /** The item in `locale`, else a 404 that says whether it is published in Danish (the default) only. */
  const inLocale = async (what: string, locale: Locale, find: (locale: Locale) => Promise<any>, missing: () => ApiError) => {
    const found = await find(locale);
    if (found) return found;
    if (locale !== 'da' && (await find('da'))) throw notTranslated(what, locale);
    throw missing();
  };
  const bySlug = (what: string, find: (slug: string, locale: Locale) => Promise<unknown | null>) =>
    handle((ctx) => {
      const slug = parseSlug(ctx.params.slug);
      const locale = localeOf(ctx);
      return { key: `${what}/${slug}?${locale}`, build: () => inLocale(what, locale, (l) => find(slug, l), () => notFound(what, slug)) };
    });
  const list = (name: keyof Lists) =>
    handle((ctx) => {
      const query = lists()[name].parse(ctx.query);
      return { key: `${name}?${JSON.stringify(query)}`, build: () => lists()[name].page(query as never) };
    });

  return {
    campaigns: list('campaigns'),
    stories: list('stories'),
    offers: list('offers'),
    opportunities: list('opportunities'),
    campaign: bySlug('campaign', (slug, locale) => lists().campaigns.one(slug, locale)),
    story: bySlug('story', (slug, locale) => lists().stories.one(slug, locale)),
    walk: bySlug('walk', (slug, locale) => model().walk(slug, locale)),
    guide: bySlug('guide', (slug, locale) => model().guide(slug, locale)),
    walkGpx: handle((ctx) => {
      const slug = parseSlug(ctx.params.slug);
      const locale = localeOf(ctx);
      return {
        key: `gpx/${slug}?${locale}`,
        type: 'application/gpx+xml; charset=utf-8',
        build: async () => toGpx(await inLocale('walk', locale, (l) => model().walk(slug, l), () => notFound('walk', slug))),
      };
    }),
    entryPoint: handle((ctx) => {
      const locale = localeOf(ctx);
      return {
        key: `entry-point?${locale}`,
        build: () => inLocale('entry point', locale, (l) => model().entryPoint(l), () => new ApiError(404, 'not_found', 'No published entry point.')),
      };
    }),
  };
};
