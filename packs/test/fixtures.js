import sharp from 'sharp';

/**
 * Test input: a generated "photo" (plain shapes, the same bytes every time)
 * and the seeded campaign and daycare, as the CMS hands them to the library.
 */
let photos = new Map();

/** A JPEG of `width` x `height`: sky, sun, hills and a figure, so crops are easy to see. */
export function photoBytes(width = 3600, height = 2400) {
  const key = `${width}x${height}`;
  if (!photos.has(key)) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 3600 2400" preserveAspectRatio="none">` +
      `<rect width="3600" height="2400" fill="#9ccfd8"/>` +
      `<circle cx="2500" cy="700" r="380" fill="#f6bd60"/>` +
      `<path d="M0 1700 Q900 1300 1800 1650 T3600 1550 V2400 H0 Z" fill="#84a59d"/>` +
      `<rect x="1500" y="1250" width="260" height="700" rx="120" fill="#f28482"/>` +
      `<circle cx="1630" cy="1120" r="150" fill="#d9a27e"/>` +
      `</svg>`;
    photos.set(key, sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer());
  }
  return photos.get(key);
}

export const campaign = {
  slug: 'frivillig-for-fremtiden',
  headline: 'Bliv frivillig for fremtiden – for børn og unge i Aarhus',
  pitch: 'Læs højt i en børnehave, hjælp med lektier, tænd et bål eller vær voksenven.',
  packHeadline: 'Bliv frivillig hos os',
  packText:
    'Har du et par timer til overs? Vi søger frivillige, der vil læse højt, hjælpe med lektier eller bare være en ekstra voksen. Du bestemmer selv, hvor meget tid du giver. Scan koden og meld dig – vi kontakter dig.',
  ctaKind: 'signup',
  ctaLabel: 'Meld dig som frivillig',
  ctaUrl: null,
};

export const organisation = {
  slug: 'stavtrup-dagtilbud',
  name: 'Stavtrup Dagtilbud',
  contact: { name: 'Dagtilbudsleder', email: 'kontor@stavtrup-dagtilbud.example.dk', phone: '87 13 31 01' },
};

export const SIGNUP = 'https://cms.example.dk/embed/signup-form?campaign=frivillig-for-fremtiden&organisation=stavtrup-dagtilbud';

/** A whole pack input; `overrides` replace top-level parts, `photo` parts merge. */
export async function input(overrides = {}, photo = {}) {
  return {
    campaign,
    organisation,
    photo: {
      bytes: await photoBytes(),
      title: 'Bål i Stavtrup',
      credit: 'Foto: Aarhus Kommune, Børn og Unge',
      focal: { x: 0.45, y: 0.5 },
      rights: { print: null, social: null },
      consentUntil: '2029-06-30',
      ...photo,
    },
    texts: {},
    links: { cmsUrl: 'https://cms.example.dk' },
    madeBy: 'Test',
    date: new Date('2026-11-23T10:00:00Z'),
    ...overrides,
  };
}
