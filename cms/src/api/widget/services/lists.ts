import type { Core } from '@strapi/strapi';
import { label, values } from '../lib/labels';
import { listPage, textMatcher, type Predicate } from '../lib/list';
import type { Locale } from '../lib/locale';
import { localeParam, pageParams, parseQuery, type ParamSpec } from '../lib/query';
import type { WidgetCache } from './cache';
import type { ReadModel } from './read-model';

/**
 * The widget API's lists: which filters each accepts, how they match, which
 * facets they report. Filtering runs over the cached projection of the
 * published content, so a list query costs no database round trip.
 */
const text = { kind: 'text', maxLength: 100 } as const;
const enumOf = (field: string) => ({ kind: 'enum', values: values(field) }) as const;

type Item = Record<string, any>;
const orgFacet = (org: Item | null) => (org ? { value: org.slug, label: org.name } : null);
const valueFacet = (value: string | null) => (value ? { value, label: value } : null);
const is = <T>(wanted: T | undefined, valueOf: (item: Item) => T): Predicate<Item> | undefined =>
  wanted === undefined ? undefined : (item) => valueOf(item) === wanted;

const lists = ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = () => strapi.service('api::widget.cache') as WidgetCache;
  const model = () => strapi.service('api::widget.read-model') as ReadModel;
  const projection = <K extends 'campaigns' | 'stories' | 'offers' | 'opportunities'>(name: K, locale: Locale) =>
    cache().projection(`${name}:${locale}`, () => model()[name](locale) as Promise<Item[]>);

  function define<S extends Record<string, ParamSpec>>(
    name: 'campaigns' | 'stories' | 'offers' | 'opportunities',
    spec: S,
    build: (query: any, locale: Locale) => {
      filters: Record<string, Predicate<Item> | undefined>;
      facets: Record<string, (item: Item) => { value: string; label: string } | null>;
      view?: (item: Item) => unknown;
    },
    /** One item as its own endpoint sends it, when that differs from the projection. */
    detail: (item: Item) => unknown = (item) => item,
  ) {
    const fullSpec = { locale: localeParam, ...pageParams, facets: { kind: 'enum', values: ['true', 'false'], default: 'true' }, ...spec } as const;
    return {
      parse: (query: Record<string, unknown>) => parseQuery(fullSpec, query),
      async page(query: ReturnType<typeof parseQuery<typeof fullSpec>>) {
        const locale = query.locale as Locale;
        const { filters, facets, view } = build(query, locale);
        const page = listPage(await projection(name, locale), {
          filters,
          // A widget without filter controls asks for no facets and gets a smaller answer.
          facets: query.facets === 'false' ? {} : facets,
          page: query.page as number,
          pageSize: query.pageSize as number,
        });
        return view ? { ...page, items: page.items.map(view) } : page;
      },
      async one(slug: string, locale: Locale) {
        const item = (await projection(name, locale)).find((candidate) => candidate.slug === slug);
        return item ? detail(item) : null;
      },
    };
  }

  return {
    campaigns: define('campaigns', { organisation: text }, (q) => ({
      filters: { organisation: q.organisation && ((c: Item) => c.organisations.some((o: Item) => o.slug === q.organisation)) },
      facets: {},
    })),

    stories: define('stories', { q: text, theme: enumOf('theme'), organisation: text }, (q) => ({
      filters: {
        q: textMatcher(q.q, (s) => [s.title, s.summary, s.organisation?.name]),
        theme: is(q.theme, (s) => s.theme),
        organisation: is(q.organisation, (s) => s.organisation?.slug),
      },
      facets: { theme: (s) => (s.theme ? { value: s.theme, label: s.themeLabel } : null), organisation: (s) => orgFacet(s.organisation) },
      // The list shows cards, and sends only what a card shows (StorySummary in
      // widgets/src/base/api-types.ts): no body, and no theme value, locale or
      // organisation details, which the filters above use but a card does not;
      // and the hero in card sizes. The story itself gets every size.
      view: ({ body, campaign, locale, theme, organisation, hero, cardHero, ...card }) => ({
        ...card,
        hero: cardHero,
        organisation: organisation ? { slug: organisation.slug, name: organisation.name } : null,
      }),
    }), ({ cardHero, ...story }) => story),

    offers: define(
      'offers',
      { q: text, category: enumOf('category'), audience: enumOf('audience'), age: { kind: 'int', min: 0, max: 120 }, district: text, mode: enumOf('mode'), organisation: text },
      (q, locale) => ({
        filters: {
          q: textMatcher(q.q, (o) => [o.title, o.summary, o.provider?.name, o.categoryLabel]),
          category: is(q.category, (o) => o.category),
          audience: is(q.audience, (o) => o.audience),
          age: q.age === undefined ? undefined : (o) => (o.minAge ?? 0) <= q.age && q.age <= (o.maxAge ?? 120),
          district: is(q.district, (o) => o.district),
          mode: is(q.mode, (o) => o.mode),
          organisation: is(q.organisation, (o) => o.provider?.slug),
        },
        facets: {
          category: (o) => ({ value: o.category, label: label('category', o.category, locale) }),
          audience: (o) => ({ value: o.audience, label: label('audience', o.audience, locale) }),
          district: (o) => valueFacet(o.district),
          mode: (o) => ({ value: o.mode, label: label('mode', o.mode, locale) }),
        },
      }),
    ),

    opportunities: define('opportunities', { q: text, commitment: enumOf('commitment'), organisation: text, district: text }, (q, locale) => ({
      filters: {
        q: textMatcher(q.q, (o) => [o.title, o.summary, o.organisation?.name, o.location]),
        commitment: is(q.commitment, (o) => o.commitment),
        organisation: is(q.organisation, (o) => o.organisation?.slug),
        district: is(q.district, (o) => o.district),
      },
      facets: {
        commitment: (o) => ({ value: o.commitment, label: label('commitment', o.commitment, locale) }),
        organisation: (o) => orgFacet(o.organisation),
        district: (o) => valueFacet(o.district),
      },
    })),
  };
};

export default lists;
export type Lists = ReturnType<typeof lists>;
