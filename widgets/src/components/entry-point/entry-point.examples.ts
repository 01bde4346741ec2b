import { html } from 'lit';
import type { WidgetExamples } from '../../base/examples.js';
import { entryPointDa, entryPointEn } from '../../../test/fixtures/api.js';

// Recorded from the widget API (widgets/scripts/record-fixtures.mjs): the front page's doors in Danish and English.
export { entryPointDa, entryPointEn } from '../../../test/fixtures/api.js';

const fallback = html`<ul>
  <li><a href="/demo/frivillig">Jeg vil være frivillig</a></li>
  <li><a href="/demo/hjaelp">Jeg søger hjælp</a></li>
  <li><a href="/demo/ide">Jeg har en idé</a></li>
</ul>`;

export const examples: WidgetExamples = {
  tag: 'samskab-entry-point',
  title: 'Entry point',
  examples: [
    {
      name: 'Front page',
      description: 'The three doors on the municipal front page, in Danish.',
      attributes: {},
      responses: { '/entry-point': { body: entryPointDa } },
      fallback,
    },
    {
      name: 'English',
      description: 'The same doors in English.',
      attributes: { lang: 'en' },
      responses: { '/entry-point': { body: entryPointEn } },
    },
    {
      name: 'API unavailable',
      description: 'The API cannot be reached: the three plain links stay.',
      attributes: {},
      responses: { '/entry-point': { status: 500, body: { error: { status: 500, code: 'internal', message: 'Internal error' } } } },
      fallback,
    },
  ],
};
