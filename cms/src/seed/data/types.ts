/**
 * Seed record types for the Samskab demo content.
 *
 * Conventions:
 * - Field names match the Strapi schemas in src/api/<type>/content-types and
 *   src/components exactly.
 * - Localised content types are written as `{ ...shared, da: {...}, en: {...} }`.
 *   The `da`/`en` objects hold the attributes whose pluginOptions.i18n.localized
 *   is true in the schema; everything else is shared.
 *   Exception: photo-asset focalX/focalY, walk-stop lat/lng and walk distanceKm are
 *   marked localised in the schemas but are the same in every locale, so they are
 *   kept in the shared part; the seeder writes shared values into every locale.
 * - Relations are given by slug (organisation, story, campaign, offer, guide,
 *   contact point, walk) or by `key` (photo assets, walk stops).
 * - Seed-only fields (not in any schema): `draft`, photo `key` and `art`,
 *   walk-stop `key` and `audioSeed`.
 * - Dates are ISO 'YYYY-MM-DD'.
 * - The per-locale shapes are type aliases (not interfaces) so that they are
 *   assignable to Record<string, unknown>.
 */

export type Locale = 'da' | 'en';

/** A record of a localised content type: shared fields plus one object per locale. */
export type Localised<Shared, PerLocale> = Shared & { da: PerLocale; en: PerLocale };

/** Records of draft-and-publish types may be kept unpublished. */
export interface Publishable {
  /** Seed-only: when true the record is created as a draft and never published. */
  draft?: boolean;
}

/** ISO date, 'YYYY-MM-DD'. */
export type IsoDate = string;

// ---------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------

/** shared.contact */
export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  url?: string;
}

/** media.consent-record */
export interface ConsentRecord {
  personName: string;
  isMinor?: boolean;
  guardianName?: string;
  givenAt: IsoDate;
  expiresAt: IsoDate;
  withdrawn?: boolean;
  withdrawnAt?: IsoDate;
  note?: string;
}

/** entry.door */
export type DoorKind = 'volunteer' | 'help' | 'idea';
export interface Door {
  kind: DoorKind;
  title: string;
  text?: string;
  href: string;
}

/** guide.answer: `next` is a question key or an outcome key. */
export interface GuideAnswer {
  label: string;
  next: string;
  /** Comma-separated district names, for answers of a 'district' question. */
  districts?: string;
}

/** guide.question */
export type GuideQuestionKind = 'single' | 'multiple' | 'district';
export interface GuideQuestion {
  key: string;
  text: string;
  help?: string;
  kind: GuideQuestionKind;
  noneLabel?: string;
  answers: GuideAnswer[];
}

/** guide.outcome: contactPoints are contact-point slugs, offers are offer slugs. */
export interface GuideOutcome {
  key: string;
  title: string;
  text?: string;
  contactPoints: string[];
  offers: string[];
}

// ---------------------------------------------------------------------------
// Organisation (not localised)
// ---------------------------------------------------------------------------

export type OrganisationKind =
  | 'school'
  | 'daycare'
  | 'club'
  | 'local_centre'
  | 'association'
  | 'municipal_office';

export interface OrganisationSeed {
  name: string;
  slug: string;
  kind: OrganisationKind;
  district: string;
  address: string;
  lat: number;
  lng: number;
  website: string;
  description: string;
  contact: Contact;
  coordinatorEmail: string;
  /** Origins allowed to embed widgets for this organisation, one per line. */
  allowedOrigins?: string;
}

// ---------------------------------------------------------------------------
// Photo asset
// ---------------------------------------------------------------------------

export type Licence = 'own' | 'cc_by' | 'cc_by_sa' | 'purchased';
export type PhotoMotif = 'people' | 'hands' | 'table' | 'trees' | 'books' | 'city';

/** Seed-only: how the demo illustration standing in for the photo is drawn. */
export interface PhotoArt {
  /** Three hex colours, '#rrggbb'. */
  palette: [string, string, string];
  motif: PhotoMotif;
  /** Optional extra seed for the pseudo-random layout. */
  seed?: string;
}

export interface PhotoShared {
  /** Seed-only identifier, used by relations in the other seed files. */
  key: string;
  title: string;
  credit: string;
  licence: Licence;
  useWeb: boolean;
  usePrint: boolean;
  useSocial: boolean;
  focalX: number;
  focalY: number;
  organisation?: string;
  consents: ConsentRecord[];
  art: PhotoArt;
}

export type PhotoLocalised = {
  alt: string;
};

export type PhotoSeed = Localised<PhotoShared, PhotoLocalised>;

// ---------------------------------------------------------------------------
// Story
// ---------------------------------------------------------------------------

export type StoryTheme =
  | 'boern_og_unge'
  | 'sundhed'
  | 'faellesskab'
  | 'integration'
  | 'aeldre'
  | 'samskabelse';

export interface StoryShared extends Publishable {
  slug: string;
  theme: StoryTheme;
  organisation?: string;
  campaign?: string;
  /** Photo key. */
  hero?: string;
  publishDate: IsoDate;
}

export type StoryLocalised = {
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
};

export type StorySeed = Localised<StoryShared, StoryLocalised>;

// ---------------------------------------------------------------------------
// Campaign
// ---------------------------------------------------------------------------

export type CtaKind = 'signup' | 'link';

export interface CampaignShared extends Publishable {
  slug: string;
  ctaKind: CtaKind;
  ctaUrl?: string;
  organisations: string[];
  startsAt: IsoDate;
  endsAt: IsoDate;
  /** Photo keys. */
  photos: string[];
  coordinator: Contact;
}

export type CampaignLocalised = {
  headline: string;
  pitch: string;
  /** Markdown. */
  body: string;
  ctaLabel: string;
  packHeadline: string;
  packText: string;
};

export type CampaignSeed = Localised<CampaignShared, CampaignLocalised>;

// ---------------------------------------------------------------------------
// Opportunity
// ---------------------------------------------------------------------------

export type Commitment = 'episodic' | 'regular';

export interface OpportunityShared extends Publishable {
  slug: string;
  organisation: string;
  commitment: Commitment;
  minAge: number;
  childCertificate: boolean;
  district: string;
  startsAt?: IsoDate;
  endsAt?: IsoDate;
  contact: Contact;
  campaign?: string;
}

export type OpportunityLocalised = {
  title: string;
  summary: string;
  timeNeeded: string;
  location: string;
};

export type OpportunitySeed = Localised<OpportunityShared, OpportunityLocalised>;

// ---------------------------------------------------------------------------
// Offer
// ---------------------------------------------------------------------------

export type OfferCategory =
  | 'nogen_at_tale_med'
  | 'sorg'
  | 'lektiehjaelp'
  | 'ferie'
  | 'julehjaelp'
  | 'faellesskab'
  | 'familie'
  | 'raadgivning'
  | 'fritid'
  | 'sundhed';

export type OfferAudience = 'boern' | 'unge' | 'familier' | 'voksne' | 'aeldre';
export type OfferMode = 'fremmoede' | 'telefon' | 'online';

export interface OfferShared extends Publishable {
  slug: string;
  /** Organisation slug. */
  provider: string;
  category: OfferCategory;
  audience: OfferAudience;
  minAge?: number;
  maxAge?: number;
  /** Omitted when the offer covers the whole municipality. */
  district?: string;
  mode: OfferMode;
  referralNeeded: boolean;
  contact: Contact;
}

export type OfferLocalised = {
  title: string;
  summary: string;
  price: string;
};

export type OfferSeed = Localised<OfferShared, OfferLocalised>;

// ---------------------------------------------------------------------------
// Walk and walk stops
// ---------------------------------------------------------------------------

export interface WalkShared extends Publishable {
  slug: string;
  distanceKm: number;
  durationMinutes: number;
}

export type WalkLocalised = {
  title: string;
  intro: string;
};

export type WalkSeed = Localised<WalkShared, WalkLocalised>;

export interface WalkStopShared extends Publishable {
  /** Seed-only identifier. */
  key: string;
  /** Walk slug. */
  walk: string;
  order: number;
  lat: number;
  lng: number;
  radiusMeters: number;
  /** Length of the generated audio; pass it to renderChime(). */
  durationSeconds: number;
  /** Seed-only: seed string for renderChime(). */
  audioSeed: string;
  /** Photo key. */
  photo?: string;
  /** Story slug. */
  story?: string;
}

export type WalkStopLocalised = {
  title: string;
  /** Markdown. */
  transcript: string;
  directions: string;
};

export type WalkStopSeed = Localised<WalkStopShared, WalkStopLocalised>;

// ---------------------------------------------------------------------------
// Contact point (not localised), guide, entry point
// ---------------------------------------------------------------------------

export interface ContactPointSeed {
  slug: string;
  name: string;
  role: string;
  helpsWith: string;
  phone: string;
  email?: string;
  hours: string;
  url: string;
}

export interface GuideShared extends Publishable {
  slug: string;
  sensitive: boolean;
  /** Key of the first question. */
  startQuestion: string;
}

export type GuideLocalised = {
  title: string;
  intro: string;
  questions: GuideQuestion[];
  outcomes: GuideOutcome[];
};

export type GuideSeed = Localised<GuideShared, GuideLocalised>;

export type EntryPointLocalised = {
  heading: string;
  intro: string;
  doors: Door[];
};

export type EntryPointSeed = Localised<Publishable, EntryPointLocalised>;

// ---------------------------------------------------------------------------
// Helpers for writing the data files
// ---------------------------------------------------------------------------

/**
 * Tagged template for markdown in the data files: drops the first newline and
 * the trailing whitespace, and removes the common indentation.
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => (/^ */.exec(l) ?? [''])[0].length);
  const indent = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(indent).trimEnd()).join('\n');
}
