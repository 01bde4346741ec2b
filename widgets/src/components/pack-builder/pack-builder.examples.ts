import { html } from 'lit';
import { placeholderImage, type ExampleResponse, type WidgetExample, type WidgetExamples } from '../../base/examples.js';
import type { PackCampaign, PackPhoto, PackPreview } from './pack-builder.component.js';

/**
 * Examples of the pack builder. Besides the widget API, the builder calls the
 * portal's pack API (`/api/packs/v1/portal/...`) with the portal's login, so
 * each example also carries that API's answers (`packApi`) and a `session`;
 * `stubPackApi` answers from them in tests and stories.
 */
export type PackApiAnswer = ExampleResponse | ((body: any) => ExampleResponse);

export interface PackBuilderExample extends WidgetExample {
  /** The login the portal would hand the builder (null: nobody logged in). */
  session: string | null;
  /** Answers by `METHOD /path` under /api/packs/v1/portal (query ignored). */
  packApi: Record<string, PackApiAnswer>;
}

const svg = (w: number, h: number, label: string, hue: number) =>
  'data:image/svg+xml,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
      `<rect width="${w}" height="${h}" fill="#005a8c"/><rect width="${w}" height="${Math.round(h * 0.45)}" fill="hsl(${hue},45%,70%)"/>` +
      `<rect x="${w * 0.08}" y="${h * 0.55}" width="${w * 0.6}" height="${h * 0.06}" fill="#ffd166"/>` +
      `<rect x="${w * 0.08}" y="${h * 0.65}" width="${w * 0.8}" height="${h * 0.1}" fill="#fff"/>` +
      `<text x="${w * 0.08}" y="${h * 0.92}" font-family="sans-serif" font-size="${Math.round(h * 0.05)}" fill="#fff">${label}</text></svg>`,
  );

export const previews: PackPreview[] = [
  { format: 'poster-a3', title: 'Plakat A3', width: 421, height: 595, src: svg(421, 595, 'A3', 30) },
  { format: 'poster-a4', title: 'Plakat A4', width: 298, height: 421, src: svg(298, 421, 'A4', 30) },
  { format: 'flyer-a5', title: 'Flyer A5', width: 210, height: 298, src: svg(210, 298, 'A5', 30) },
  { format: 'banner', title: 'Webbanner 1200 × 628', width: 480, height: 251, src: svg(480, 251, 'Banner', 30) },
  { format: 'square', title: 'Opslag 1080 × 1080', width: 480, height: 480, src: svg(480, 480, 'Opslag', 30) },
  { format: 'story', title: 'Story 1080 × 1920', width: 480, height: 853, src: svg(480, 853, 'Story', 30) },
];

export const campaigns: PackCampaign[] = [
  {
    slug: 'frivillig-for-fremtiden',
    headline: 'Bliv frivillig for fremtiden – for børn og unge i Aarhus',
    pitch: 'Læs højt i en børnehave, hjælp med lektier, tænd et bål eller vær voksenven.',
    endsAt: '2027-01-31',
    defaults: {
      name: 'Stavtrup Dagtilbud',
      headline: 'Bliv frivillig hos os',
      text: 'Har du et par timer til overs? Vi søger frivillige, der vil læse højt eller bare være en ekstra voksen. Scan koden og meld dig.',
      contact: 'Dagtilbudsleder · 87 13 31 01 · kontor@stavtrup-dagtilbud.example.dk',
    },
  },
  {
    slug: 'laeselyst',
    headline: 'Læselyst: læs højt for de mindste',
    pitch: 'Læs højt for børn i vuggestue og børnehave en formiddag om måneden.',
    endsAt: null,
    defaults: { name: 'Stavtrup Dagtilbud', headline: 'Læs højt for os', text: 'En formiddag om måneden.', contact: 'Dagtilbudsleder · 87 13 31 01' },
  },
];

const photo = (id: string, title: string, hue: number): PackPhoto => {
  const image = placeholderImage(title, `${title}: voksne og børn samlet om aktiviteten`, hue, 'Aarhus Kommune');
  return { id, title, alt: image.alt, credit: `Foto: ${image.credit}`, width: 3600, height: 2400, thumbnail: { url: image.url, width: 1200, height: 800 }, consentUntil: '2029-06-30' };
};
export const photos: PackPhoto[] = [photo('p1baal', 'Bål i Stavtrup', 30), photo('p2laes', 'Højtlæsning i Åbyhøj', 200)];

/** The server's rule, as in the examples: a headline over 40 characters does not fit. */
const preview = (body: any): ExampleResponse => {
  const headline: string = body?.texts?.headline ?? '';
  if (headline.length > 40) {
    const message = `Overskriften er for lang til plakaten (A3): der er plads til 40 tegn, og den har ${headline.length}. Gør den kortere.`;
    return { status: 400, body: { error: { status: 400, code: 'text_too_long', field: 'headline', message, details: { fits: 40, length: headline.length, problems: [{ status: 400, code: 'text_too_long', field: 'headline', message, details: { fits: 40 } }] } } } };
  }
  return { body: { texts: body.texts, signupUrl: 'https://cms.example.dk/embed/signup-form?campaign=frivillig-for-fremtiden&organisation=stavtrup-dagtilbud', previews } };
};

/** A tiny but real ZIP (one empty file), as the download answers. */
export const zipBytes = new Uint8Array([
  0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
]);

const packApi = (organisation = { slug: 'stavtrup-dagtilbud', name: 'Stavtrup Dagtilbud' }, list = campaigns): Record<string, PackApiAnswer> => ({
  'GET /options': { body: { organisation, campaigns: list, formats: previews.map((p) => ({ id: p.format, title: p.title })) } },
  'GET /photos': { body: { campaign: { slug: list[0]?.slug, headline: list[0]?.headline }, photos, unavailable: [{ id: 'p3', title: 'Strikkecafé', code: 'consent_withdrawn', reason: 'Fotoet "Strikkecafé" kan ikke bruges: en af de afbildede personer har trukket sit samtykke tilbage. Vælg et andet foto fra biblioteket.' }] } },
  'POST /preview': preview,
  'POST /packs': { status: 201, body: { pack: { id: 'pk1abcdefghij', createdAt: '2026-11-23T10:00:00.000Z', file: { name: 'samskab-stavtrup-dagtilbud-frivillig-for-fremtiden-2026-11-23.zip', size: 6_400_000 } }, download: '/api/packs/v1/portal/packs/pk1abcdefghij/download' } },
  'GET /packs/pk1abcdefghij/download': { body: zipBytes },
});

const fallback = html`<p>Log ind i portalen for at lave plakater og bannere. Brug for hjælp? Skriv til <a href="mailto:frivillig@samskab.example.dk">frivillig@samskab.example.dk</a>.</p>`;

export const examples: Omit<WidgetExamples, 'examples'> & { examples: PackBuilderExample[] } = {
  tag: 'samskab-pack-builder',
  title: 'Pack builder',
  examples: [
    {
      name: 'Choose a campaign',
      description: 'A member of staff of Stavtrup Dagtilbud is logged in: step 1 of 3, the campaigns the daycare takes part in.',
      attributes: { organisation: 'stavtrup-dagtilbud' },
      responses: {},
      session: 'example-jwt',
      packApi: packApi(),
      fallback,
    },
    {
      name: 'English',
      description: 'The same in English (lang="en"); the one campaign is chosen already.',
      attributes: { organisation: 'stavtrup-dagtilbud', lang: 'en' },
      responses: {},
      session: 'example-jwt',
      packApi: packApi(undefined, [campaigns[0]!]),
      fallback,
    },
    {
      name: 'Not logged in',
      description: 'No login yet: the fallback content stays.',
      attributes: { organisation: 'stavtrup-dagtilbud' },
      responses: {},
      session: null,
      packApi: packApi(),
      fallback,
    },
    {
      name: 'Pack API unavailable',
      description: 'The pack API answers 503: the fallback content stays and samskab-error fires.',
      attributes: { organisation: 'stavtrup-dagtilbud' },
      responses: {},
      session: 'example-jwt',
      packApi: { 'GET /options': { status: 503, body: { error: { status: 503, code: 'unavailable', message: 'Samskab er nede lige nu.' } } } },
      fallback,
    },
  ],
};

const PREFIX = '/api/packs/v1/portal';

/**
 * Answers requests to the pack API from `answers` (every other request goes on
 * to the fetch in place before); returns a function that restores that fetch.
 * `seen` records each request with its parsed JSON body.
 */
export function stubPackApi(answers: Record<string, PackApiAnswer>, seen: { method: string; path: string; url: URL; init?: RequestInit; body: any }[] = []): () => void {
  const before = globalThis.fetch;
  const stub = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(PREFIX)) return before(input, init);
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.pathname.slice(PREFIX.length);
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : null;
    seen.push({ method, path, url, init, body });
    const entry = answers[`${method} ${path}`];
    const answer = typeof entry === 'function' ? entry(body) : entry;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!answer) return new Response(JSON.stringify({ error: { status: 404, code: 'not_found', message: `No example answer for ${method} ${path}` } }), { status: 404, headers: { 'content-type': 'application/json' } });
    if (answer.body instanceof Uint8Array) return new Response(new Blob([answer.body as Uint8Array<ArrayBuffer>]), { status: answer.status ?? 200, headers: { 'content-type': 'application/zip' } });
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  };
  globalThis.fetch = stub as typeof fetch;
  return () => {
    if (globalThis.fetch === stub) globalThis.fetch = before;
  };
}
