import { PackError } from './errors.js';
import { normalise } from './fonts.js';

/**
 * The pack's words: the texts on the pieces (the campaign's by default, the
 * institution's own where it wrote them), and the ready texts that come with
 * the pack (a newsletter post, a short version, the embed snippet, a read-me).
 */

/** The fields an institution may write, with a hard cap before any measuring. */
export const TEXT_FIELDS = Object.freeze({ name: 200, headline: 300, text: 1500, contact: 400 });

/**
 * The texts on the pieces: the institution's own where given, else the defaults.
 * @param {import('./index.js').PackInput} input
 * @returns {import('./index.js').PieceTexts}
 */
export function pieceTexts(input) {
  const own = input.texts ?? {};
  for (const [field, value] of Object.entries(own)) {
    if (!(field in TEXT_FIELDS)) {
      throw new PackError('unknown_field', `Feltet "${field}" findes ikke. Institutionen kan skrive: ${Object.keys(TEXT_FIELDS).join(', ')}.`, {
        field,
        messageEn: `There is no field "${field}". An institution can write: ${Object.keys(TEXT_FIELDS).join(', ')}.`,
      });
    }
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw new PackError('bad_text', `Feltet "${field}" skal være tekst.`, { field, messageEn: `The field "${field}" must be text.` });
    }
  }
  const pick = (field, fallback) => {
    const value = own[field];
    return value !== undefined && value !== null && normalise(value) !== '' ? normalise(value) : normalise(fallback ?? '');
  };
  const texts = {
    name: pick('name', input.organisation.name),
    headline: pick('headline', input.campaign.packHeadline || input.campaign.headline),
    text: pick('text', input.campaign.packText || input.campaign.pitch),
    contact: pick('contact', defaultContact(input.organisation)),
    cta: normalise(input.campaign.ctaLabel || 'Meld dig som frivillig'),
  };
  if (!texts.name) throw new PackError('missing_text', 'Skriv institutionens navn.', { field: 'name', messageEn: "Write the institution's name." });
  if (!texts.headline) throw new PackError('missing_text', 'Skriv en overskrift.', { field: 'headline', messageEn: 'Write a headline.' });
  return texts;
}

/** "Name · phone · email" from the organisation's public contact. */
export function defaultContact(organisation) {
  const c = organisation.contact ?? {};
  return [c.name, c.phone, c.email].filter((v) => typeof v === 'string' && v.trim()).join(' · ');
}

/** The sign-up page for the QR code: the campaign's form with the organisation as the source. */
export function signupUrl(campaign, organisation, publicUrl) {
  if (campaign.ctaKind === 'link' && campaign.ctaUrl && /^https?:\/\//i.test(campaign.ctaUrl)) return campaign.ctaUrl;
  const url = new URL('/embed/signup-form', publicUrl);
  url.searchParams.set('campaign', campaign.slug);
  url.searchParams.set('organisation', organisation.slug);
  return url.href;
}

const html = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const day = (date) => date.toISOString().slice(0, 10);
const danishDate = (iso) => {
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
};

/**
 * The ready texts and the read-me.
 * @param {import('./index.js').PackInput} input
 * @param {import('./index.js').PieceTexts} texts
 * @param {{ signup: string, files: string[] }} extra
 */
export function readyTexts(input, texts, { signup, files }) {
  const credit = input.photo.credit ? `${input.photo.credit}` : '';
  const newsletter = [
    texts.headline,
    '',
    `${texts.name} søger frivillige.`,
    '',
    texts.text,
    '',
    input.campaign.pitch && input.campaign.pitch !== texts.text ? `${normalise(input.campaign.pitch)}\n` : null,
    `Meld dig her: ${signup}`,
    texts.contact ? `\nSpørgsmål? Kontakt os: ${texts.contact}` : null,
    credit ? `\n(${credit})` : null,
    '',
  ]
    .filter((line) => line !== null)
    .join('\n');

  let short = `${texts.name} søger frivillige: ${texts.headline.replace(/[.!?]$/, '')}. Meld dig her: ${signup}`;
  if (Array.from(short).length > 280) short = `${texts.headline.replace(/[.!?]$/, '')}. Meld dig her: ${signup}`;

  const cms = input.links.cmsUrl.replace(/\/+$/, '');
  const integrity = input.links.integrity ? ` integrity="${html(input.links.integrity)}" crossorigin="anonymous"` : '';
  const embed = [
    `<!-- Samskab: rekrutteringsbanner for "${html(input.campaign.headline)}" (${html(texts.name)}). Indsæt det på jeres hjemmeside, hvor banneret skal vises. -->`,
    `<script type="module" src="${html(cms)}/widgets/v1/samskab.js"${integrity}></script>`,
    `<samskab-recruitment-banner campaign="${html(input.campaign.slug)}" organisation="${html(input.organisation.slug)}">`,
    `  <a href="${html(signup)}">${html(texts.cta)}: ${html(texts.headline)}</a>`,
    `</samskab-recruitment-banner>`,
    '',
  ].join('\n');

  const until = input.photo.consentUntil
    ? `Samtykket fra de personer, der er på fotoet, gælder til og med ${danishDate(input.photo.consentUntil)}. Tag plakater, flyers og opslag ned senest den dag.`
    : 'Fotoet har ikke samtykker med udløbsdato.';
  const readme = [
    `KOMMUNIKATIONSPAKKE: ${texts.headline}`,
    `${texts.name} · kampagnen "${input.campaign.headline}"`,
    `Lavet ${danishDate(day(input.date))}${input.madeBy ? ` af ${input.madeBy}` : ''} med Samskab.`,
    '',
    'INDHOLD',
    ...files.map((f) => `  ${f}`),
    '',
    'TRYK',
    '  PDF-filerne er klar til tryk: 3 mm beskæring (bleed) hele vejen rundt, skæremærker og',
    '  fotoet i 300 dpi. Giv filen til trykkeriet, som den er. Printer I selv, så vælg',
    '  "faktisk størrelse" (100 %) - så bliver skæremærkerne skåret fra eller kan ignoreres.',
    '  QR-koden fører til kampagnens tilmelding med jeres institution som afsender:',
    `  ${signup}`,
    '',
    'SKÆRM OG SOCIALE MEDIER',
    '  webbanner-1200x628: til hjemmesiden eller nyhedsbrevet.',
    '  opslag-kvadrat-1080x1080: til Facebook og Instagram.',
    '  story-1080x1920: til stories (tekst og logo holder sig fri af appens knapper).',
    '  Hver findes som JPEG (virker overalt) og WebP (mindre fil).',
    '',
    'TEKSTER',
    '  tekst-nyhedsbrev.txt: et opslag til nyhedsbrevet eller forældreintra.',
    '  tekst-kort.txt: en kort udgave til sociale medier (under 280 tegn).',
    '  indlejring.html: koden, der viser kampagnens banner på jeres hjemmeside.',
    '',
    'RETTIGHEDER',
    `  Foto: "${input.photo.title}"${credit ? `, ${credit}` : ''}. Krediteringen skal blive stående.`,
    `  ${until}`,
    '  Trækker en person sit samtykke tilbage, får jeres koordinator en e-mail: tag så',
    '  materialet ned med det samme, og lav en ny pakke med et andet foto.',
    '  Farver, logo og skrifttype (Atkinson Hyperlegible, SIL Open Font License) er kommunens',
    '  og må ikke ændres.',
    '',
  ].join('\n');

  return { newsletter, short: `${short}\n`, embed, readme };
}
