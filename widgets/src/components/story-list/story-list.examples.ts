import { html } from 'lit';
import type { WidgetExamples } from '../../base/examples.js';
import { storiesDa, storiesDaFirst, storiesEmpty, storiesHeadspace } from '../../../test/fixtures/api.js';

// Recorded from the widget API (widgets/scripts/record-fixtures.mjs): the newest stories, one
// organisation's, and an organisation without any; all without facets, as the list asks.
export { storiesDa as storiesPage } from '../../../test/fixtures/api.js';

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
        '/stories': { body: storiesDa },
        [`/stories/${storiesDaFirst.slug}`]: { body: storiesDaFirst },
      },
      fallback,
    },
    {
      name: 'One organisation',
      description: "An association's own page shows only its stories.",
      attributes: { organisation: 'headspace-aarhus', limit: '3' },
      responses: { '/stories': { body: storiesHeadspace } },
      fallback,
    },
    {
      name: 'Empty',
      description: 'No published story matches (a school without stories yet): a short message instead of an empty box.',
      attributes: { organisation: 'tranbjerg-skole' },
      responses: { '/stories': { body: storiesEmpty } },
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
