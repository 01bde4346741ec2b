import { html } from 'lit';
import type { Campaign } from '../../base/api-types.js';
import { placeholderImage, type WidgetExamples } from '../../base/examples.js';

const organisations = [
  { slug: 'tranbjerg-skole', name: 'Tranbjerg Skole', kind: 'school', district: 'Tranbjerg' },
  { slug: 'stavtrup-dagtilbud', name: 'Stavtrup Dagtilbud', kind: 'daycare', district: 'Stavtrup' },
];

/** Recorded from GET /api/widget/v1/campaigns/frivillig-for-fremtiden?locale=da */
export const campaignDa: Campaign = {
  slug: 'frivillig-for-fremtiden',
  locale: 'da',
  headline: 'Frivillig for fremtiden',
  pitch: 'Giv en time om ugen til lektiehjælp, læsemakker eller fodbold efter skole. Vi klæder dig på, og du bestemmer selv hvor meget.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Børn og unge i Aarhus har brug for flere voksne.' }] }],
  cta: { kind: 'signup', label: 'Meld dig som frivillig', url: null },
  organisations,
  startsAt: '2026-01-15T00:00:00.000Z',
  endsAt: '2026-06-30T00:00:00.000Z',
  photo: placeholderImage('Lektiecaféen', 'En frivillig hjælper to elever med matematik ved et bord i skolens bibliotek', 200, 'Jens Hansen / Aarhus Kommune'),
  coordinator: { name: 'Mette Frivillig', email: 'frivillig@aarhus.dk', phone: '+45 89 40 00 00', url: null },
};

/** Recorded from GET /api/widget/v1/campaigns/frivillig-for-fremtiden?locale=en */
export const campaignEn: Campaign = {
  ...campaignDa,
  locale: 'en',
  headline: 'Volunteer for the future',
  pitch: 'Give an hour a week to homework help, reading buddies or football after school. We get you ready, and you decide how much.',
  cta: { kind: 'signup', label: 'Sign up as a volunteer', url: null },
  photo: placeholderImage('Homework café', 'A volunteer helps two pupils with maths at a table in the school library', 200, 'Jens Hansen / Aarhus Municipality'),
};

/** Recorded from GET /api/widget/v1/campaigns/laesemakker?locale=da (a campaign run by an association with its own sign-up page). */
export const campaignLink: Campaign = {
  ...campaignDa,
  slug: 'laesemakker',
  headline: 'Bliv læsemakker i dit lokalområde',
  pitch: 'Læs med et barn en halv time om ugen. Foreningen Læselyst står for tilmeldingen.',
  cta: { kind: 'link', label: 'Læs mere hos Læselyst', url: 'https://laeselyst.example.org/frivillig' },
  organisations: [{ slug: 'laeselyst', name: 'Foreningen Læselyst', kind: 'association', district: null }],
  photo: placeholderImage('Læsemakker', 'Et barn og en voksen læser sammen i en sofa', 30, 'Foreningen Læselyst'),
};

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
      attributes: { campaign: 'laesemakker' },
      responses: { '/campaigns/laesemakker': { body: campaignLink } },
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
