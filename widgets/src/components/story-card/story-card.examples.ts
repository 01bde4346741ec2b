import { html } from 'lit';
import type { Story, StorySummary } from '../../base/api-types.js';
import { placeholderImage, type WidgetExamples } from '../../base/examples.js';

const tranbjerg = { slug: 'tranbjerg-skole', name: 'Tranbjerg Skole', kind: 'school', district: 'Tranbjerg' };
const stavtrup = { slug: 'stavtrup-dagtilbud', name: 'Stavtrup Dagtilbud', kind: 'daycare', district: 'Stavtrup' };
const idraet = { slug: 'tranbjerg-if', name: 'Tranbjerg IF', kind: 'club', district: 'Tranbjerg' };

/** Recorded from GET /api/widget/v1/stories/lektiecafeen-paa-tranbjerg-skole?locale=da */
export const storyLektiecafe: Story = {
  slug: 'lektiecafeen-paa-tranbjerg-skole',
  locale: 'da',
  title: 'Lektiecaféen, hvor pensionister og elever mødes',
  summary: 'Hver tirsdag sidder seks pensionister klar i skolens bibliotek. Nu vil eleverne have en café mere.',
  theme: 'boern_og_unge',
  themeLabel: 'Børn og unge',
  publishDate: '2026-02-03T09:00:00.000Z',
  hero: placeholderImage('Lektiecaféen', 'En pensionist og en elev i 5. klasse regner opgaver sammen', 200, 'Jens Hansen / Aarhus Kommune'),
  organisation: tranbjerg,
  campaign: { slug: 'frivillig-for-fremtiden', headline: 'Frivillig for fremtiden' },
  body: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Det begyndte med ' },
        { type: 'strong', children: [{ type: 'text', text: 'én' }] },
        { type: 'text', text: ' pensionist og en termokande kaffe. I dag kommer ' },
        { type: 'em', children: [{ type: 'text', text: 'seks' }] },
        { type: 'text', text: ' frivillige hver tirsdag.' },
      ],
    },
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Hvad laver de frivillige?' }] },
    {
      type: 'list',
      ordered: false,
      items: [
        [{ type: 'text', text: 'Hjælper med matematik og dansk' }],
        [{ type: 'text', text: 'Læser højt for de yngste' }],
        [{ type: 'text', text: 'Lytter, når dagen har været svær' }],
      ],
    },
    {
      type: 'quote',
      children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Jeg får mere, end jeg giver. – Grethe, 71' }] }],
    },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Vil du være med? Skriv til ' },
        { type: 'link', href: 'mailto:frivillig@aarhus.dk', children: [{ type: 'text', text: 'frivillig@aarhus.dk' }] },
        { type: 'text', text: ' eller læs mere på ' },
        { type: 'link', href: 'https://www.aarhus.dk/frivillig', children: [{ type: 'text', text: 'aarhus.dk/frivillig' }] },
        { type: 'text', text: '.' },
      ],
    },
  ],
};

/** Recorded from GET /api/widget/v1/stories/lektiecafeen-paa-tranbjerg-skole?locale=en */
export const storyLektiecafeEn: Story = {
  ...storyLektiecafe,
  locale: 'en',
  title: 'The homework café where pensioners and pupils meet',
  summary: 'Every Tuesday six pensioners are ready in the school library. Now the pupils want another café.',
  themeLabel: 'Children and young people',
  hero: placeholderImage('Homework café', 'A pensioner and a fifth-grade pupil doing sums together', 200, 'Jens Hansen / Aarhus Municipality'),
  campaign: { slug: 'frivillig-for-fremtiden', headline: 'Volunteer for the future' },
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'It began with one pensioner and a thermos of coffee.' }] }],
};

export const summaries: StorySummary[] = [
  (({ body: _b, campaign: _c, ...summary }) => summary)(storyLektiecafe),
  {
    slug: 'bedsteforaeldre-i-boernehaven',
    locale: 'da',
    title: 'Bedsteforældre i børnehaven',
    summary: 'I Stavtrup kommer tre "låne-bedsteforældre" hver uge og bager, synger og hører om dagens store og små ting.',
    theme: 'aeldre',
    themeLabel: 'Ældre',
    publishDate: '2026-01-20T09:00:00.000Z',
    hero: placeholderImage('Bagedag', 'En ældre mand og tre børn ruller dej ved et lavt bord', 30, 'Stavtrup Dagtilbud'),
    organisation: stavtrup,
  },
  {
    slug: 'fodbold-for-alle',
    locale: 'da',
    title: 'Fodbold for alle – også dem, der aldrig har spillet',
    summary: 'Tranbjerg IF har fået 14 nye trænere, siden klubben begyndte at spørge forældrene direkte.',
    theme: 'faellesskab',
    themeLabel: 'Fællesskab',
    publishDate: '2025-11-11T09:00:00.000Z',
    hero: null,
    organisation: idraet,
  },
];

export const storiesByTheme = (theme: string) => summaries.filter((s) => s.theme === theme);

const fallback = html`<p><a href="https://www.aarhus.dk/frivillig/historier">Læs de gode historier på aarhus.dk</a></p>`;

export const examples: WidgetExamples = {
  tag: 'samskab-story-card',
  title: 'Story card',
  examples: [
    {
      name: 'Story',
      description: 'One story by its slug; the full story opens under "Læs historien".',
      attributes: { story: 'lektiecafeen-paa-tranbjerg-skole' },
      responses: { '/stories/lektiecafeen-paa-tranbjerg-skole': { body: storyLektiecafe } },
      fallback,
    },
    {
      name: 'Open',
      description: 'The full story shown from the start, with headings, a list, a quote and links from the rich-text tree.',
      attributes: { story: 'lektiecafeen-paa-tranbjerg-skole', open: true, 'heading-level': '2' },
      responses: { '/stories/lektiecafeen-paa-tranbjerg-skole': { body: storyLektiecafe } },
    },
    {
      name: 'English',
      description: 'The story in English.',
      attributes: { story: 'lektiecafeen-paa-tranbjerg-skole', lang: 'en', open: true },
      responses: { '/stories/lektiecafeen-paa-tranbjerg-skole': { body: storyLektiecafeEn } },
    },
    {
      name: 'Not found',
      description: 'An unknown slug: the API answers 404 and the fallback stays.',
      attributes: { story: 'findes-ikke' },
      responses: {
        '/stories/findes-ikke': { status: 404, body: { error: { status: 404, code: 'not_found', message: 'No story with that slug' } } },
      },
      fallback,
    },
  ],
};
