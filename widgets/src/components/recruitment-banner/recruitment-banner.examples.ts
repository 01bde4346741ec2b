import { html } from 'lit';
import type { WidgetExamples } from '../../base/examples.js';
import { campaignDa, campaignEn, campaignLinkDa } from '../../../test/fixtures/api.js';

// Recorded from the widget API (widgets/scripts/record-fixtures.mjs): frivillig-for-fremtiden in Danish
// and English, and julehjaelp-2026, a campaign whose call to action links to the associations' own page.
export { campaignDa, campaignEn, campaignLinkDa as campaignLink } from '../../../test/fixtures/api.js';

const fallback = html`<p>
  <a href="https://www.aarhus.dk/frivillig">Bliv frivillig i Aarhus Kommune</a>
</p>`;

export const examples: WidgetExamples = {
  tag: 'samskab-recruitment-banner',
  title: 'Recruitment banner',
  examples: [
    {
      name: 'Wide',
      description: 'The wide layout on a school page: the school is named above the headline and the sign-up goes to our form.',
      attributes: { campaign: 'frivillig-for-fremtiden', organisation: 'tranbjerg-skole', layout: 'wide' },
      responses: { '/campaigns/frivillig-for-fremtiden': { body: campaignDa } },
      fallback,
    },
    {
      name: 'Compact',
      description: 'The compact layout for a sidebar or a daycare newsletter page.',
      attributes: { campaign: 'frivillig-for-fremtiden', organisation: 'stavtrup-dagtilbud', layout: 'compact' },
      responses: { '/campaigns/frivillig-for-fremtiden': { body: campaignDa } },
      fallback,
    },
    {
      name: 'English',
      description: 'The same campaign in English, from `lang="en"`.',
      attributes: { campaign: 'frivillig-for-fremtiden', lang: 'en' },
      responses: { '/campaigns/frivillig-for-fremtiden': { body: campaignEn } },
    },
    {
      name: 'External link',
      description: 'A campaign whose call to action is a link to the association’s own page.',
      attributes: { campaign: 'julehjaelp-2026' },
      responses: { '/campaigns/julehjaelp-2026': { body: campaignLinkDa } },
    },
    {
      name: 'API unavailable',
      description: 'The API answers 503: the light-DOM fallback stays.',
      attributes: { campaign: 'frivillig-for-fremtiden' },
      responses: {
        '/campaigns/frivillig-for-fremtiden': {
          status: 503,
          body: { error: { status: 503, code: 'unavailable', message: 'Service unavailable' } },
        },
      },
      fallback,
    },
  ],
};
