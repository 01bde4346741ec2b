/**
 * The wire format of the widget API (`/api/widget/v1/`). The CMS builds these
 * shapes in cms/src/api/widget/services/*; the CMS tests check them.
 */

export type Locale = 'da' | 'en';

/** A rights-cleared photo. `srcset` lists the formats Strapi made. */
export interface Image {
  url: string;
  alt: string;
  credit: string;
  width: number;
  height: number;
  /** Focal point, 0..1 from the top left; use for `object-position`. */
  focal: { x: number; y: number };
  srcset: string;
}

/** Restricted rich text made on the server from markdown. No HTML anywhere. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'quote'; children: Block[] }
  | { type: 'image'; image: Image };

export type RichText = Block[];

export interface OrganisationRef {
  slug: string;
  name: string;
  kind: string;
  district: string | null;
}

export interface Contact {
  name: string | null;
  email: string | null;
  phone: string | null;
  url: string | null;
}

/** A value the list can be filtered by, with its label in the asked locale. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
  /** Filter values that exist in the published content (for building filter controls). */
  facets: Record<string, FacetValue[]>;
}

export interface Campaign {
  slug: string;
  locale: Locale;
  headline: string;
  pitch: string;
  body: RichText;
  cta: { kind: 'signup' | 'link'; label: string; url: string | null };
  organisations: OrganisationRef[];
  startsAt: string | null;
  endsAt: string | null;
  photo: Image | null;
  coordinator: Contact | null;
}

/** A story as the story list sends it: what a card shows, nothing more. */
export interface StorySummary {
  slug: string;
  title: string;
  summary: string;
  themeLabel: string | null;
  publishDate: string | null;
  hero: Image | null;
  organisation: Pick<OrganisationRef, 'slug' | 'name'> | null;
}

export interface Story extends StorySummary {
  locale: Locale;
  theme: string | null;
  organisation: OrganisationRef | null;
  body: RichText;
  campaign: { slug: string; headline: string } | null;
}

export interface Offer {
  slug: string;
  title: string;
  summary: string;
  provider: OrganisationRef | null;
  category: string;
  categoryLabel: string;
  audience: string;
  audienceLabel: string;
  minAge: number | null;
  maxAge: number | null;
  district: string | null;
  mode: string;
  modeLabel: string;
  price: string | null;
  referralNeeded: boolean;
  contact: Contact | null;
}

export interface Opportunity {
  slug: string;
  title: string;
  summary: string;
  organisation: OrganisationRef | null;
  commitment: 'episodic' | 'regular';
  commitmentLabel: string;
  timeNeeded: string | null;
  minAge: number | null;
  childCertificate: boolean;
  location: string | null;
  district: string | null;
  startsAt: string | null;
  endsAt: string | null;
  contact: Contact | null;
}

export interface WalkStop {
  order: number;
  title: string;
  lat: number;
  lng: number;
  radiusMeters: number;
  audio: { url: string; mime: string; size: number; durationSeconds: number | null } | null;
  transcript: RichText;
  photo: Image | null;
  story: { slug: string; title: string } | null;
  directions: string | null;
}

export interface Walk {
  slug: string;
  locale: Locale;
  title: string;
  intro: string | null;
  distanceKm: number | null;
  durationMinutes: number | null;
  stops: WalkStop[];
}

export interface ContactPoint {
  slug: string;
  name: string;
  role: string | null;
  helpsWith: string | null;
  phone: string | null;
  email: string | null;
  hours: string | null;
  url: string | null;
}

export interface GuideQuestion {
  key: string;
  text: string;
  help: string | null;
  kind: 'single' | 'multiple' | 'district';
  /** `none` marks the "none of these" answer, chosen on its own; `districts` lists district names and postcodes. */
  answers: { label: string; next: string; none: boolean; districts: string[] }[];
}

export interface GuideOutcome {
  key: string;
  title: string;
  text: string | null;
  contactPoints: ContactPoint[];
  offers: Offer[];
}

export interface Guide {
  slug: string;
  locale: Locale;
  title: string;
  intro: string | null;
  sensitive: boolean;
  start: string;
  questions: GuideQuestion[];
  outcomes: GuideOutcome[];
}

export interface EntryPoint {
  locale: Locale;
  heading: string;
  intro: string | null;
  doors: { kind: 'volunteer' | 'help' | 'idea'; title: string; text: string | null; href: string }[];
}

/** Every error the API returns. `parameter` names the query parameter or field at fault. */
export interface ApiError {
  error: { status: number; code: string; message: string; parameter?: string; accepts?: string };
}
