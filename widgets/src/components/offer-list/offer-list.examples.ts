import { html } from 'lit';
import type { FacetValue, Offer, Page } from '../../base/api-types.js';
import type { WidgetExamples } from '../../base/examples.js';

const org = (slug: string, name: string, kind: string, district: string | null) => ({ slug, name, kind, district });
const ventilen = org('ventilen-aarhus', 'Ventilen Aarhus', 'association', null);
const boernsVilkaar = org('boerns-vilkaar', 'Børns Vilkår', 'association', null);
const rodeKors = org('roede-kors-aarhus', 'Røde Kors Aarhus', 'association', 'Midtbyen');
const tranbjerg = org('tranbjerg-skole', 'Tranbjerg Skole', 'school', 'Tranbjerg');
const sorggruppe = org('det-nationale-sorgcenter', 'Det Nationale Sorgcenter', 'association', 'Midtbyen');

const labels = {
  category: { lektiehjaelp: 'Lektiehjælp', sorg: 'Sorg og svær sygdom', nogen_at_tale_med: 'Nogen at tale med', julehjaelp: 'Julehjælp', ferie: 'Ferie' },
  audience: { boern: 'Børn', unge: 'Unge', familier: 'Familier', voksne: 'Voksne' },
  mode: { fremmoede: 'Fremmøde', telefon: 'Telefon', online: 'Online' },
} as const;

function offer(
  slug: string,
  title: string,
  summary: string,
  category: keyof typeof labels.category,
  audience: keyof typeof labels.audience,
  mode: keyof typeof labels.mode,
  extra: Partial<Offer> = {},
): Offer {
  return {
    slug,
    title,
    summary,
    provider: null,
    category,
    categoryLabel: labels.category[category],
    audience,
    audienceLabel: labels.audience[audience],
    minAge: null,
    maxAge: null,
    district: null,
    mode,
    modeLabel: labels.mode[mode],
    price: null,
    referralNeeded: false,
    contact: null,
    ...extra,
  };
}

/** The published offers, as the API returns them (locale da). */
export const offers: Offer[] = [
  offer('lektiecafe-tranbjerg', 'Lektiecafé på Tranbjerg Skole', 'Frivillige hjælper med lektier hver tirsdag og torsdag efter skole.', 'lektiehjaelp', 'boern', 'fremmoede', {
    provider: tranbjerg, minAge: 9, maxAge: 16, district: 'Tranbjerg',
    contact: { name: 'Lene Holm', email: 'lektiecafe@tranbjerg.example.dk', phone: '+45 87 13 00 00', url: null },
  }),
  offer('online-lektiehjaelp', 'Online lektiehjælp', 'Få hjælp til matematik, dansk og engelsk over video fra en frivillig studerende.', 'lektiehjaelp', 'unge', 'online', {
    provider: rodeKors, minAge: 12, maxAge: 19,
    contact: { name: null, email: null, phone: null, url: 'https://www.rodekors.dk/lektiehjaelp' },
  }),
  offer('sorggruppe-boern', 'Sorggruppe for børn', 'For børn, der har mistet en forælder eller en søskende. Vi mødes hver anden onsdag.', 'sorg', 'boern', 'fremmoede', {
    provider: sorggruppe, minAge: 7, maxAge: 12, district: 'Midtbyen', referralNeeded: true,
    contact: { name: 'Sorgcentret', email: 'aarhus@sorg.example.dk', phone: '+45 70 70 00 00', url: null },
  }),
  offer('sorggruppe-unge', 'Sorggruppe for unge', 'Et fællesskab for unge, der har mistet. Samtaler med en uddannet frivillig.', 'sorg', 'unge', 'fremmoede', {
    provider: sorggruppe, minAge: 13, maxAge: 24, district: 'Midtbyen',
  }),
  offer('boernetelefonen', 'BørneTelefonen', 'Ring eller skriv anonymt om alt, hvad der fylder. Åben hver dag.', 'nogen_at_tale_med', 'boern', 'telefon', {
    provider: boernsVilkaar, minAge: 6, maxAge: 18,
    contact: { name: null, email: null, phone: '116 111', url: 'https://bornetelefonen.dk' },
  }),
  offer('ventilen-samtale', 'Nogen at tale med', 'For unge, der føler sig ensomme. Mød andre unge og en frivillig voksen.', 'nogen_at_tale_med', 'unge', 'fremmoede', {
    provider: ventilen, minAge: 15, maxAge: 25, district: 'Midtbyen',
  }),
  offer('julehjaelp', 'Julehjælp til familier', 'Familier med et stramt budget kan søge om et gavekort til julemaden.', 'julehjaelp', 'familier', 'online', {
    provider: rodeKors, price: null,
    contact: { name: null, email: 'jul@rodekors.example.dk', phone: null, url: null },
  }),
  offer('sommerlejr', 'Sommerlejr for børn', 'En uge på lejr med bål, badning og nye venner. Egenbetaling 200 kr.', 'ferie', 'boern', 'fremmoede', {
    provider: rodeKors, minAge: 8, maxAge: 12, district: 'Tranbjerg', price: '200 kr.',
  }),
  offer('foraeldresamtale', 'Forældrerådgivning', 'Gratis og anonym rådgivning til forældre om børn og unge.', 'nogen_at_tale_med', 'voksne', 'telefon', {
    provider: boernsVilkaar,
    contact: { name: null, email: null, phone: '35 55 55 57', url: null },
  }),
];

function facet(key: 'category' | 'audience' | 'mode', items: Offer[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const o of items) counts.set(o[key], (counts.get(o[key]) ?? 0) + 1);
  const names = labels[key] as Record<string, string>;
  return [...counts].map(([value, count]) => ({ value, label: names[value] ?? value, count }));
}

/**
 * What the API answers for `query`: filters, pages and facets the way the CMS does
 * (facets count the published offers; free text matches title and summary).
 */
export function offersPage(query: URLSearchParams, all: Offer[] = offers): Page<Offer> {
  const q = query.get('q')?.toLowerCase();
  const age = query.has('age') ? Number(query.get('age')) : null;
  const items = all.filter(
    (o) =>
      (!q || `${o.title} ${o.summary}`.toLowerCase().includes(q)) &&
      (!query.get('category') || o.category === query.get('category')) &&
      (!query.get('audience') || o.audience === query.get('audience')) &&
      (!query.get('mode') || o.mode === query.get('mode')) &&
      (!query.get('district') || o.district === query.get('district')) &&
      (!query.get('organisation') || o.provider?.slug === query.get('organisation')) &&
      (age === null || ((o.minAge ?? 0) <= age && age <= (o.maxAge ?? 200))),
  );
  const pageSize = Number(query.get('pageSize') ?? 12);
  const pageCount = Math.ceil(items.length / pageSize);
  const page = Math.max(1, Number(query.get('page') ?? 1));
  const districts = new Map<string, number>();
  for (const o of all) if (o.district) districts.set(o.district, (districts.get(o.district) ?? 0) + 1);
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    total: items.length,
    pageCount,
    facets: {
      category: facet('category', all),
      audience: facet('audience', all),
      district: [...districts].map(([value, count]) => ({ value, label: value, count })),
      mode: facet('mode', all),
    },
  };
}

const fallback = html`<p>
  <a href="https://www.aarhus.dk/tilbud">Se alle tilbud til børn, unge og familier på aarhus.dk</a>
</p>`;

export const examples: WidgetExamples = {
  tag: 'samskab-offer-list',
  title: 'Offer list',
  examples: [
    {
      name: 'All offers',
      description: 'Every offer, with search, filters from the facets and paging (4 per page).',
      attributes: { 'page-size': '4', 'url-state': 'off' },
      responses: { '/offers': { body: offersPage(new URLSearchParams('pageSize=4')) } },
      fallback,
    },
    {
      name: 'Grief',
      description: 'Preset to the grief category, for a school counsellor’s page.',
      attributes: { category: 'sorg', 'url-state': 'off' },
      responses: { '/offers': { body: offersPage(new URLSearchParams('category=sorg')) } },
      fallback,
    },
    {
      name: 'Empty',
      description: 'Nothing matches: the count says 0 and a message suggests fewer filters.',
      attributes: { q: 'skak', 'url-state': 'off' },
      responses: { '/offers': { body: offersPage(new URLSearchParams('q=skak')) } },
    },
    {
      name: 'English',
      description: 'The offer list in English (labels from the API are in the asked locale).',
      attributes: { lang: 'en', 'page-size': '3', 'url-state': 'off' },
      responses: { '/offers': { body: offersPage(new URLSearchParams('pageSize=3')) } },
    },
    {
      name: 'API unavailable',
      description: 'The API cannot be reached: the fallback link stays.',
      attributes: { 'url-state': 'off' },
      responses: { '/offers': { status: 503, body: { error: { status: 503, code: 'unavailable', message: 'Service unavailable' } } } },
      fallback,
    },
  ],
};
