import { html } from 'lit';
import type { FacetValue, Offer, Page } from '../../base/api-types.js';
import type { WidgetExamples } from '../../base/examples.js';
import { offersAllDa, offersDa4, offersEmpty, offersEn3, offersGrief } from '../../../test/fixtures/api.js';

/** Every published offer in Danish, as the widget API answered (widgets/scripts/record-fixtures.mjs). */
export const offers: Offer[] = offersAllDa.items;

type FacetKey = 'category' | 'audience' | 'district' | 'mode';
const label = (o: Offer, key: FacetKey): string | null =>
  key === 'category' ? o.categoryLabel : key === 'audience' ? o.audienceLabel : key === 'mode' ? o.modeLabel : o.district;

function facet(key: FacetKey, items: Offer[]): FacetValue[] {
  const counts = new Map<string, FacetValue>();
  for (const o of items) {
    const value = o[key];
    if (!value) continue;
    const entry = counts.get(value) ?? { value, label: label(o, key) ?? value, count: 0 };
    entry.count += 1;
    counts.set(value, entry);
  }
  return [...counts.values()].sort((a, b) => a.label.localeCompare(b.label, 'da'));
}

/**
 * What the API answers for `query`, over the recorded offers: the tests use it to
 * filter and page without a CMS. It filters the way the CMS does (free text in
 * title, summary, provider and category; age within the offer's range) and counts
 * the facets over every offer.
 */
export function offersPage(query: URLSearchParams, all: Offer[] = offers): Page<Offer> {
  const q = query.get('q')?.toLowerCase();
  const age = query.has('age') ? Number(query.get('age')) : null;
  const items = all.filter(
    (o) =>
      (!q || `${o.title} ${o.summary} ${o.provider?.name ?? ''} ${o.categoryLabel}`.toLowerCase().includes(q)) &&
      (!query.get('category') || o.category === query.get('category')) &&
      (!query.get('audience') || o.audience === query.get('audience')) &&
      (!query.get('mode') || o.mode === query.get('mode')) &&
      (!query.get('district') || o.district === query.get('district')) &&
      (!query.get('organisation') || o.provider?.slug === query.get('organisation')) &&
      (age === null || ((o.minAge ?? 0) <= age && age <= (o.maxAge ?? 120))),
  );
  const pageSize = Number(query.get('pageSize') ?? 12);
  const page = Math.max(1, Number(query.get('page') ?? 1));
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    total: items.length,
    pageCount: Math.ceil(items.length / pageSize),
    facets: { category: facet('category', all), audience: facet('audience', all), district: facet('district', all), mode: facet('mode', all) },
  };
}

const fallback = html`<p>
  <a href="https://www.aarhus.dk/tilbud">Se alle tilbud til børn, unge og familier på aarhus.dk</a>
</p>`;

export const examples: WidgetExamples = {
  tag: 'samskab-offer-list',
  title: 'Offer list',
  examples: [
    {
      name: 'All offers',
      description: 'Every offer, with search, filters from the facets and paging (4 per page).',
      attributes: { 'page-size': '4', 'url-state': 'off' },
      responses: { '/offers': { body: offersDa4 } },
      fallback,
    },
    {
      name: 'Grief',
      description: 'Preset to the grief category, for a school counsellor’s page.',
      attributes: { category: 'sorg', 'url-state': 'off' },
      responses: { '/offers': { body: offersGrief } },
      fallback,
    },
    {
      name: 'Empty',
      description: 'Nothing matches: the count says 0 and a message suggests fewer filters.',
      attributes: { q: 'skak', 'url-state': 'off' },
      responses: { '/offers': { body: offersEmpty } },
    },
    {
      name: 'English',
      description: 'The offer list in English (labels from the API are in the asked locale).',
      attributes: { lang: 'en', 'page-size': '3', 'url-state': 'off' },
      responses: { '/offers': { body: offersEn3 } },
    },
    {
      name: 'API unavailable',
      description: 'The API cannot be reached: the fallback link stays.',
      attributes: { 'url-state': 'off' },
      responses: { '/offers': { status: 503, body: { error: { status: 503, code: 'unavailable', message: 'Service unavailable' } } } },
      fallback,
    },
  ],
};
