// Writes docs/widgets/<widget>.md from the custom-elements manifest (the JSDoc
// headers are the public API) plus a short hand-written intro and embed example
// per widget. Run after `npm run build -w widgets`: `npm run docs -w widgets`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const manifest = JSON.parse(readFileSync(here('../dist/custom-elements.json'), 'utf8'));
const outDir = here('../../docs/widgets/');
mkdirSync(outDir, { recursive: true });

const script = '<link rel="stylesheet" href="https://cms.example.dk/widgets/v1/samskab.css">\n<script type="module" src="https://cms.example.dk/widgets/v1/samskab.js"></script>';

/** What each widget shows, and how a site embeds it. */
const intro = {
  'samskab-recruitment-banner': {
    shows: `A volunteer recruitment banner for one campaign: the headline, the pitch, a rights-cleared photo with its credit, and the call to action. When the campaign's call to action is our sign-up form (\`cta.kind: "signup"\`), the banner fires \`samskab-signup-request\` (cancelable); unless a listener calls \`preventDefault()\`, the banner opens [\`<samskab-signup-form>\`](signup-form.md) in a modal dialog (loaded on demand; Escape or the close button closes it and focus returns to the button). The link itself goes to \`<api>/embed/signup-form?campaign=…&organisation=…\`, for a middle-click or a page without scripts. When it is an external link, the banner links there. \`layout="wide"\` puts the photo beside the text when the banner is at least 40rem wide; \`layout="compact"\` uses a small square photo.`,
    example: `<samskab-recruitment-banner campaign="frivillig-for-fremtiden" organisation="tranbjerg-skole" layout="wide">
  <a href="https://www.aarhus.dk/frivillig">Bliv frivillig i Aarhus Kommune</a>
</samskab-recruitment-banner>`,
    api: 'GET /api/widget/v1/campaigns/:campaign?locale',
  },
  'samskab-story-card': {
    shows: 'One good story: photo with credit, theme, title, summary, organisation and publish date. The full story (rich text from the API, rendered with Lit templates) opens under "Læs historien" / "Read the story", a native `<details>` disclosure. Inside `samskab-story-list` the card gets the summary from the list and loads the body only when opened.',
    example: `<samskab-story-card story="lektiecafeen-paa-tranbjerg-skole">
  <a href="https://www.aarhus.dk/frivillig/historier">Læs de gode historier</a>
</samskab-story-card>`,
    api: 'GET /api/widget/v1/stories/:story?locale',
  },
  'samskab-story-list': {
    shows: 'The newest good stories as a responsive grid of `samskab-story-card`s, optionally for one theme or one organisation. Shows a short message when there is nothing to show.',
    example: `<samskab-story-list organisation="tranbjerg-skole" limit="3">
  <a href="https://www.aarhus.dk/frivillig/historier">Læs de gode historier</a>
</samskab-story-list>`,
    api: 'GET /api/widget/v1/stories?locale&theme&organisation&page=1&pageSize=limit',
  },
  'samskab-offer-list': {
    shows: 'Social offers for children, young people and families (homework help, grief groups, someone to talk to, Christmas help, …) with a free-text search and filters built from the response facets: category, target group, age, district and mode. Paged, with a result count announced to screen readers (a `role="status"` live region) and an empty state. After a page change, focus moves to the count. The filter state lives in the page URL (`?offers-category=sorg&offers-page=2`, the prefix is the `param-prefix` attribute, else the element id, else `offers`), so a filtered list can be shared and is restored on load and by back/forward: each filter change is a step in the browser history. A filter the API refuses in a shared URL (an old category, a hand-edited value) is dropped, and a page past the end becomes the last page, so such a link still shows a list.',
    example: `<samskab-offer-list id="tilbud" category="sorg">
  <a href="https://www.aarhus.dk/tilbud">Se alle tilbud på aarhus.dk</a>
</samskab-offer-list>`,
    api: 'GET /api/widget/v1/offers?locale&q&category&audience&age&district&mode&organisation&page&pageSize',
  },
  'samskab-opportunity-list': {
    shows: 'The volunteer task bank: tasks with their commitment (episodic or regular), time needed, place, period, minimum age, whether a child-protection certificate (børneattest) is needed, and a contact. Free-text search and filters for commitment, organisation and district from the response facets; paged, with a live count and an empty state. The filter state lives in the page URL like the offer list (default prefix `tasks`).',
    example: `<samskab-opportunity-list commitment="episodic">
  <a href="https://www.aarhus.dk/frivillig/opgaver">Se alle frivillige opgaver</a>
</samskab-opportunity-list>`,
    api: 'GET /api/widget/v1/opportunities?locale&q&commitment&organisation&district&page&pageSize',
  },
  'samskab-entry-point': {
    shows: "The municipal front page's single entry: a heading, an introduction and three doors (I want to volunteer, I am looking for help, I have an idea), each a large link to where the CMS says it leads. Relative door links point to the API origin.",
    example: `<samskab-entry-point>
  <ul>
    <li><a href="https://www.aarhus.dk/frivillig">Jeg vil være frivillig</a></li>
    <li><a href="https://www.aarhus.dk/tilbud">Jeg søger hjælp</a></li>
    <li><a href="https://www.aarhus.dk/ide">Jeg har en idé</a></li>
  </ul>
</samskab-entry-point>`,
    api: 'GET /api/widget/v1/entry-point?locale',
  },
};

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') : '_None._';

const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
for (const d of declarations) {
  const info = intro[d.tagName];
  if (!info) continue;
  const attributes = (d.attributes ?? []).filter((a) => a.description && a.name !== 'status');
  const seen = new Set();
  const events = (d.events ?? []).filter((e) => e.name && e.description && !seen.has(e.name) && seen.add(e.name));
  const md = `# \`<${d.tagName}>\`

${info.shows}

## Embed

\`\`\`html
${script}

${info.example}
\`\`\`

The children are the fallback: they show while the widget loads and stay if the API cannot be reached
within 5 seconds. See [embedding.md](../embedding.md) for the script tag, the API origin, languages and theming.

Reads: \`${info.api}\`.

## Attributes

${table(['attribute', 'description'], attributes.map((a) => [`\`${a.name}\``, a.description]))}

## Events

All events bubble and are composed (they cross shadow roots).

${table(['event', 'description'], events.map((e) => [`\`${e.name}\``, e.description]))}

## Slots

${table(['slot', 'description'], (d.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]))}

## Parts

Style with \`${d.tagName}::part(name)\`.

${table(['part', 'description'], (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]))}

## CSS custom properties

Besides the global \`--samskab-*\` tokens (see [embedding.md](../embedding.md#theming)):

${table(['property', 'description'], (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description]))}

_Generated from the JSDoc header of \`${d.tagName.replace('samskab-', '')}.component.ts\` by \`npm run docs -w widgets\`._
`;
  writeFileSync(`${outDir}${d.tagName.replace('samskab-', '')}.md`, md);
  console.log(`docs/widgets/${d.tagName.replace('samskab-', '')}.md`);
}
