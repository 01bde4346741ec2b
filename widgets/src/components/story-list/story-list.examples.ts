import { html } from 'lit';
import type { Page, StorySummary } from '../../base/api-types.js';
import type { WidgetExamples } from '../../base/examples.js';
import { storyLektiecafe, summaries } from '../story-card/story-card.examples.js';

function page(items: StorySummary[]): Page<StorySummary> {
  return {
    items,
    page: 1,
    pageSize: items.length || 6,
    total: items.length,
    pageCount: items.length ? 1 : 0,
    facets: {
      theme: [
        { value: 'boern_og_unge', label: 'Børn og unge', count: 1 },
        { value: 'aeldre', label: 'Ældre', count: 1 },
        { value: 'faellesskab', label: 'Fællesskab', count: 1 },
      ],
      organisation: [
        { value: 'tranbjerg-skole', label: 'Tranbjerg Skole', count: 1 },
        { value: 'stavtrup-dagtilbud', label: 'Stavtrup Dagtilbud', count: 1 },
        { value: 'tranbjerg-if', label: 'Tranbjerg IF', count: 1 },
      ],
    },
  };
}

/** Recorded from GET /api/widget/v1/stories?locale=da&page=1&pageSize=6 */
export const storiesPage = page(summaries);

const fallback = html`<p><a href="https://www.aarhus.dk/frivillig/historier">Læs de gode historier på aarhus.dk</a></p>`;

export const examples: WidgetExamples = {
  tag: 'samskab-story-list',
  title: 'Story list',
  examples: [
    {
      name: 'All stories',
      description: 'The newest stories from every organisation.',
      attributes: { limit: '6' },
      responses: {
        '/stories': { body: storiesPage },
        '/stories/lektiecafeen-paa-tranbjerg-skole': { body: storyLektiecafe },
      },
      fallback,
    },
    {
      name: 'One organisation',
      description: "A school's own page shows only its stories.",
      attributes: { organisation: 'tranbjerg-skole', limit: '3' },
      responses: {
        '/stories': { body: page(summaries.filter((s) => s.organisation?.slug === 'tranbjerg-skole')) },
        '/stories/lektiecafeen-paa-tranbjerg-skole': { body: storyLektiecafe },
      },
      fallback,
    },
    {
      name: 'Empty',
      description: 'No published story matches: a short message instead of an empty box.',
      attributes: { theme: 'integration' },
      responses: { '/stories': { body: page([]) } },
    },
    {
      name: 'API unavailable',
      description: 'The API cannot be reached: the fallback link stays.',
      attributes: {},
      responses: { '/stories': { status: 503, body: { error: { status: 503, code: 'unavailable', message: 'Service unavailable' } } } },
      fallback,
    },
  ],
};
