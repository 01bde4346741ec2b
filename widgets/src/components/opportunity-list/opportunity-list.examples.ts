import { html } from 'lit';
import type { FacetValue, Opportunity, Page } from '../../base/api-types.js';
import type { WidgetExamples } from '../../base/examples.js';
import { opportunitiesAllDa, opportunitiesDa, opportunitiesDaycare, opportunitiesEpisodic } from '../../../test/fixtures/api.js';

/** Every published task in Danish, as the widget API answered (widgets/scripts/record-fixtures.mjs). */
export const opportunities: Opportunity[] = opportunitiesAllDa.items;

function count(values: [value: string, label: string][]): FacetValue[] {
  const counts = new Map<string, FacetValue>();
  for (const [value, label] of values) {
    const entry = counts.get(value) ?? { value, label, count: 0 };
    entry.count += 1;
    counts.set(value, entry);
  }
  return [...counts.values()].sort((a, b) => a.label.localeCompare(b.label, 'da'));
}

/**
 * What the API answers for `query`, over the recorded tasks: the tests use it to
 * filter and page without a CMS (free text in title and summary; facets over every task).
 */
export function opportunitiesPage(query: URLSearchParams, all: Opportunity[] = opportunities): Page<Opportunity> {
  const q = query.get('q')?.toLowerCase();
  const items = all.filter(
    (o) =>
      (!q || `${o.title} ${o.summary}`.toLowerCase().includes(q)) &&
      (!query.get('commitment') || o.commitment === query.get('commitment')) &&
      (!query.get('organisation') || o.organisation?.slug === query.get('organisation')) &&
      (!query.get('district') || o.district === query.get('district')),
  );
  const pageSize = Number(query.get('pageSize') ?? 12);
  const page = Math.max(1, Number(query.get('page') ?? 1));
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    total: items.length,
    pageCount: Math.ceil(items.length / pageSize),
    facets: {
      commitment: count(all.map((o) => [o.commitment, o.commitmentLabel])),
      organisation: count(all.flatMap((o) => (o.organisation ? [[o.organisation.slug, o.organisation.name] as [string, string]] : []))),
      district: count(all.flatMap((o) => (o.district ? [[o.district, o.district] as [string, string]] : []))),
    },
  };
}

const fallback = html`<p><a href="https://www.aarhus.dk/frivillig/opgaver">Se alle frivillige opgaver på aarhus.dk</a></p>`;

export const examples: WidgetExamples = {
  tag: 'samskab-opportunity-list',
  title: 'Opportunity list',
  examples: [
    {
      name: 'Task bank',
      description: 'Every task, filterable by commitment, organisation, district and free text.',
      attributes: { 'url-state': 'off' },
      responses: { '/opportunities': { body: opportunitiesDa } },
      fallback,
    },
    {
      name: 'Episodic',
      description: 'Preset to one-off tasks, for people with little time.',
      attributes: { commitment: 'episodic', 'url-state': 'off' },
      responses: { '/opportunities': { body: opportunitiesEpisodic } },
      fallback,
    },
    {
      name: 'Daycare page',
      description: "A daycare's own tasks, one per page.",
      attributes: { organisation: 'stavtrup-dagtilbud', 'page-size': '1', 'url-state': 'off' },
      responses: { '/opportunities': { body: opportunitiesDaycare } },
    },
    {
      name: 'API unavailable',
      description: 'The API cannot be reached: the fallback link stays.',
      attributes: { 'url-state': 'off' },
      responses: { '/opportunities': { status: 503, body: { error: { status: 503, code: 'unavailable', message: 'Service unavailable' } } } },
      fallback,
    },
  ],
};
