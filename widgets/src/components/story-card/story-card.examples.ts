import { html } from 'lit';
import type { WidgetExamples } from '../../base/examples.js';
import { storyDa, storyEn, storyNotFound } from '../../../test/fixtures/api.js';

// Recorded from the widget API (widgets/scripts/record-fixtures.mjs): a story of the joint campaign,
// in Danish and English, and the 404 the API gives for a slug it does not know.
export { storyDa, storyEn, storyNotFound } from '../../../test/fixtures/api.js';

const fallback = html`<p><a href="https://www.aarhus.dk/frivillig/historier">Læs de gode historier på aarhus.dk</a></p>`;

export const examples: WidgetExamples = {
  tag: 'samskab-story-card',
  title: 'Story card',
  examples: [
    {
      name: 'Story',
      description: 'One story by its slug; the full story opens under "Læs historien".',
      attributes: { story: storyDa.slug },
      responses: { [`/stories/${storyDa.slug}`]: { body: storyDa } },
      fallback,
    },
    {
      name: 'Open',
      description: 'The full story shown from the start, with headings, a list, emphasis and links from the rich-text tree.',
      attributes: { story: storyDa.slug, open: true, 'heading-level': '2' },
      responses: { [`/stories/${storyDa.slug}`]: { body: storyDa } },
    },
    {
      name: 'English',
      description: 'The story in English.',
      attributes: { story: storyEn.slug, lang: 'en', open: true },
      responses: { [`/stories/${storyEn.slug}`]: { body: storyEn } },
    },
    {
      name: 'Not found',
      description: 'An unknown slug: the API answers 404 and the fallback stays.',
      attributes: { story: 'findes-ikke' },
      responses: {
        '/stories/findes-ikke': { status: 404, body: storyNotFound },
      },
      fallback,
    },
  ],
};
