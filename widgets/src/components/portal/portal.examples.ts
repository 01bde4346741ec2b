import { html } from 'lit';
import type { WidgetExamples } from '../../base/examples.js';
import type { PortalEmbed, PortalMe, PortalSignupPage } from './portal.component.js';

/** Recorded from GET /api/portal/me as the demo's Tranbjerg Skole staff. */
export const me: PortalMe = {
  user: { username: 'tranbjerg-skole', email: 'tranbjerg-skole@samskab.local' },
  organisation: { slug: 'tranbjerg-skole', name: 'Tranbjerg Skole', kind: 'school' },
};

/** Recorded from GET /api/portal/signups?status=open&page=1&pageSize=20 (the demo's sign-ups). */
export const signupsPage: PortalSignupPage = {
  items: [
    {
      id: 'k2d9x0a1b2c3d4e5f6g7h8i9',
      reference: 'FRV-7K3Q-9M2D',
      receivedAt: '2026-11-23T13:05:00.000Z',
      name: 'Birgitte Holm',
      email: 'birgitte.holm@example.dk',
      phone: null,
      availability: 'regular',
      message: 'Jeg er pensioneret matematiklærer og vil gerne hjælpe i lektiecaféen tirsdag og torsdag.',
      campaign: { slug: 'frivillig-for-fremtiden', title: 'Bliv frivillig for fremtiden – for børn og unge i Aarhus' },
      opportunity: null,
      sourceOrigin: 'https://tranbjerg-skole.example.dk',
      handled: false,
      handledAt: null,
    },
    {
      id: 'm4n5o6p7q8r9s0t1u2v3w4x5',
      reference: 'FRV-H4TW-3RPX',
      receivedAt: '2026-11-22T09:41:00.000Z',
      name: 'Omar Haddad',
      email: null,
      phone: '20 30 40 50',
      availability: 'episodic',
      message: 'Kan hjælpe til idrætsdagen og med at bære ting.',
      campaign: { slug: 'frivillig-for-fremtiden', title: 'Bliv frivillig for fremtiden – for børn og unge i Aarhus' },
      opportunity: null,
      sourceOrigin: null,
      handled: false,
      handledAt: null,
    },
  ],
  page: 1,
  pageSize: 20,
  total: 2,
  pageCount: 1,
  counts: { open: 2, handled: 1, all: 3 },
};

/** Recorded from GET /api/portal/embed (shortened to one campaign). */
export const embed: PortalEmbed = {
  organisation: { slug: 'tranbjerg-skole', name: 'Tranbjerg Skole' },
  embedPage: 'http://localhost:1337/embed/?organisation=tranbjerg-skole',
  script: '<script type="module" src="http://localhost:1337/widgets/v1/samskab.js" integrity="sha384-AbC" crossorigin="anonymous"></script>',
  items: [
    {
      kind: 'recruitment-banner',
      title: 'Bliv frivillig for fremtiden – for børn og unge i Aarhus',
      element:
        '<samskab-recruitment-banner campaign="frivillig-for-fremtiden" organisation="tranbjerg-skole">\n  <a href="http://localhost:1337/embed/signup-form?campaign=frivillig-for-fremtiden&amp;organisation=tranbjerg-skole">Bliv frivillig for fremtiden – for børn og unge i Aarhus</a>\n</samskab-recruitment-banner>',
      iframe:
        '<iframe src="http://localhost:1337/embed/recruitment-banner?campaign=frivillig-for-fremtiden&organisation=tranbjerg-skole" title="Bliv frivillig for fremtiden – for børn og unge i Aarhus" width="100%" height="480" style="border:0" loading="lazy"></iframe>',
    },
    {
      kind: 'signup-form',
      title: 'Bliv frivillig for fremtiden – for børn og unge i Aarhus',
      element:
        '<samskab-signup-form campaign="frivillig-for-fremtiden" organisation="tranbjerg-skole">\n  <a href="http://localhost:1337/embed/signup-form?campaign=frivillig-for-fremtiden&amp;organisation=tranbjerg-skole">Meld dig som frivillig</a>\n</samskab-signup-form>',
      iframe:
        '<iframe src="http://localhost:1337/embed/signup-form?campaign=frivillig-for-fremtiden&organisation=tranbjerg-skole" title="Bliv frivillig for fremtiden – for børn og unge i Aarhus" width="100%" height="900" style="border:0" loading="lazy"></iframe>',
    },
  ],
};

const fallback = html`<h1>Institutionsportalen</h1>
  <p>Portalen skal bruge JavaScript. Slå JavaScript til i din browser, og genindlæs siden.</p>`;

/**
 * The portal before login. Logged-in views need a login, which examples (attributes
 * and widget-API answers only) cannot give; portal.test.ts logs in against recorded
 * portal answers and runs axe on every tab.
 */
export const examples: WidgetExamples = {
  tag: 'samskab-portal',
  title: 'Institution portal',
  examples: [
    {
      name: 'Login',
      description: 'The login form, as staff first see it. It says that the login lasts until the page is closed or reloaded.',
      attributes: {},
      responses: {},
      fallback,
    },
    {
      name: 'Login in English',
      description: 'The same in English, from `lang="en"`.',
      attributes: { lang: 'en' },
      responses: {},
    },
  ],
};
