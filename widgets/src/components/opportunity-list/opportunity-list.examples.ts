import { html } from 'lit';
import type { FacetValue, Opportunity, Page } from '../../base/api-types.js';
import type { WidgetExamples } from '../../base/examples.js';

const org = (slug: string, name: string, kind: string, district: string | null) => ({ slug, name, kind, district });
const tranbjergSkole = org('tranbjerg-skole', 'Tranbjerg Skole', 'school', 'Tranbjerg');
const stavtrup = org('stavtrup-dagtilbud', 'Stavtrup Dagtilbud', 'daycare', 'Stavtrup');
const tif = org('tranbjerg-if', 'Tranbjerg IF', 'club', 'Tranbjerg');
const rodeKors = org('roede-kors-aarhus', 'Røde Kors Aarhus', 'association', 'Midtbyen');

const commitmentLabels = { episodic: 'Enkeltstående', regular: 'Fast' } as const;

function task(slug: string, title: string, summary: string, commitment: 'episodic' | 'regular', extra: Partial<Opportunity>): Opportunity {
  return {
    slug,
    title,
    summary,
    organisation: null,
    commitment,
    commitmentLabel: commitmentLabels[commitment],
    timeNeeded: null,
    minAge: null,
    childCertificate: false,
    location: null,
    district: null,
    startsAt: null,
    endsAt: null,
    contact: null,
    ...extra,
  };
}

/** The published tasks, as the API returns them (locale da). */
export const opportunities: Opportunity[] = [
  task('lektiecafe-tirsdag', 'Lektiehjælper i lektiecaféen', 'Hjælp elever i 4.–9. klasse med lektierne. Du behøver ikke være lærer, bare tålmodig.', 'regular', {
    organisation: tranbjergSkole, timeNeeded: '2 timer om ugen', minAge: 18, childCertificate: true,
    location: 'Skolebiblioteket', district: 'Tranbjerg',
    contact: { name: 'Lene Holm', email: 'lektiecafe@tranbjerg.example.dk', phone: null, url: null },
  }),
  task('sommerfest-hjaelper', 'Hjælper til sommerfesten', 'Stil telte op, grill pølser eller hjælp ved hoppeborgen. Én lørdag i juni.', 'episodic', {
    organisation: stavtrup, timeNeeded: '4 timer, én gang', minAge: 15, location: 'Stavtrup Dagtilbud', district: 'Stavtrup',
    startsAt: '2026-06-13T08:00:00.000Z', endsAt: '2026-06-13T14:00:00.000Z',
    contact: { name: 'Anders Bak', email: null, phone: '+45 87 13 11 11', url: null },
  }),
  task('fodboldtraener-u10', 'Hjælpetræner for U10-drenge', 'Vær med til træning hver onsdag. Vi klæder dig på med et trænerkursus.', 'regular', {
    organisation: tif, timeNeeded: '1,5 time om ugen', minAge: 16, childCertificate: true, district: 'Tranbjerg',
    contact: { name: null, email: null, phone: null, url: 'https://tranbjerg-if.example.dk/frivillig' },
  }),
  task('julehjaelp-pakning', 'Pak julekurve', 'Hjælp med at pakke og køre julekurve ud til familier i december.', 'episodic', {
    organisation: rodeKors, timeNeeded: 'En aften', location: 'Røde Kors-butikken', district: 'Midtbyen',
    startsAt: '2026-12-18T16:00:00.000Z',
  }),
  task('laesemakker', 'Læsemakker i børnehaven', 'Læs højt for en lille gruppe børn en formiddag om ugen.', 'regular', {
    organisation: stavtrup, timeNeeded: '1 time om ugen', childCertificate: true, district: 'Stavtrup',
  }),
];

function count<K extends string>(values: K[], label: (v: K) => string): FacetValue[] {
  const counts = new Map<K, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, n]) => ({ value, label: label(value), count: n }));
}

/** What the API answers for `query` (filters, paging, facets). */
export function opportunitiesPage(query: URLSearchParams, all: Opportunity[] = opportunities): Page<Opportunity> {
  const q = query.get('q')?.toLowerCase();
  const items = all.filter(
    (o) =>
      (!q || `${o.title} ${o.summary}`.toLowerCase().includes(q)) &&
      (!query.get('commitment') || o.commitment === query.get('commitment')) &&
      (!query.get('organisation') || o.organisation?.slug === query.get('organisation')) &&
      (!query.get('district') || o.district === query.get('district')),
  );
  const pageSize = Number(query.get('pageSize') ?? 12);
  const page = Math.max(1, Number(query.get('page') ?? 1));
  const names = new Map(all.flatMap((o) => (o.organisation ? [[o.organisation.slug, o.organisation.name] as const] : [])));
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    total: items.length,
    pageCount: Math.ceil(items.length / pageSize),
    facets: {
      commitment: count(all.map((o) => o.commitment), (v) => commitmentLabels[v]),
      organisation: count(all.flatMap((o) => (o.organisation ? [o.organisation.slug] : [])), (v) => names.get(v) ?? v),
      district: count(all.flatMap((o) => (o.district ? [o.district] : [])), (v) => v),
    },
  };
}

const fallback = html`<p><a href="https://www.aarhus.dk/frivillig/opgaver">Se alle frivillige opgaver på aarhus.dk</a></p>`;

export const examples: WidgetExamples = {
  tag: 'samskab-opportunity-list',
  title: 'Opportunity list',
  examples: [
    {
      name: 'Task bank',
      description: 'Every task, filterable by commitment, organisation, district and free text.',
      attributes: { 'url-state': 'off' },
      responses: { '/opportunities': { body: opportunitiesPage(new URLSearchParams()) } },
      fallback,
    },
    {
      name: 'Episodic',
      description: 'Preset to one-off tasks, for people with little time.',
      attributes: { commitment: 'episodic', 'url-state': 'off' },
      responses: { '/opportunities': { body: opportunitiesPage(new URLSearchParams('commitment=episodic')) } },
      fallback,
    },
    {
      name: 'Daycare page',
      description: "A daycare's own tasks, one per page.",
      attributes: { organisation: 'stavtrup-dagtilbud', 'page-size': '1', 'url-state': 'off' },
      responses: { '/opportunities': { body: opportunitiesPage(new URLSearchParams('organisation=stavtrup-dagtilbud&pageSize=1')) } },
    },
    {
      name: 'API unavailable',
      description: 'The API cannot be reached: the fallback link stays.',
      attributes: { 'url-state': 'off' },
      responses: { '/opportunities': { status: 503, body: { error: { status: 503, code: 'unavailable', message: 'Service unavailable' } } } },
      fallback,
    },
  ],
};
