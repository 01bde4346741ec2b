import { html } from 'lit';
import type { EntryPoint } from '../../base/api-types.js';
import type { WidgetExamples } from '../../base/examples.js';

/** Recorded from GET /api/widget/v1/entry-point?locale=da */
export const entryPointDa: EntryPoint = {
  locale: 'da',
  heading: 'Fællesskab i Aarhus',
  intro: 'Vil du give en hånd, har du brug for en, eller har du en idé? Start her.',
  doors: [
    {
      kind: 'volunteer',
      title: 'Jeg vil være frivillig',
      text: 'Find en opgave, der passer til din tid: en enkelt dag eller hver uge.',
      href: 'https://www.aarhus.dk/frivillig',
    },
    {
      kind: 'help',
      title: 'Jeg søger hjælp',
      text: 'Lektiehjælp, sorggrupper, nogen at tale med og hjælp til jul.',
      href: 'https://www.aarhus.dk/tilbud',
    },
    {
      kind: 'idea',
      title: 'Jeg har en idé',
      text: 'Fortæl os om din idé, så finder vi ud af, hvem du skal tale med.',
      href: 'https://www.aarhus.dk/ide',
    },
  ],
};

/** Recorded from GET /api/widget/v1/entry-point?locale=en */
export const entryPointEn: EntryPoint = {
  locale: 'en',
  heading: 'Community in Aarhus',
  intro: 'Want to lend a hand, need one, or have an idea? Start here.',
  doors: [
    { kind: 'volunteer', title: 'I want to volunteer', text: 'Find a task that fits your time: a single day or every week.', href: 'https://www.aarhus.dk/en/volunteer' },
    { kind: 'help', title: 'I am looking for help', text: 'Homework help, grief groups, someone to talk to and help at Christmas.', href: 'https://www.aarhus.dk/en/offers' },
    { kind: 'idea', title: 'I have an idea', text: 'Tell us about your idea and we will find out who you should talk to.', href: 'https://www.aarhus.dk/en/idea' },
  ],
};

const fallback = html`<ul>
  <li><a href="https://www.aarhus.dk/frivillig">Jeg vil være frivillig</a></li>
  <li><a href="https://www.aarhus.dk/tilbud">Jeg søger hjælp</a></li>
  <li><a href="https://www.aarhus.dk/ide">Jeg har en idé</a></li>
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
