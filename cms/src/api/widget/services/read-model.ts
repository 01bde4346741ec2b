import type { Core, UID } from '@strapi/strapi';
import { notEnded } from '../../../lib/today';
import { label } from '../lib/labels';
import type { Locale } from '../lib/locale';
import { CARD_WIDTHS, fileAndRenditions, toImage, type Image, type PhotoAssetRecord } from '../lib/photos';
import { safeLink, toRichText } from '../lib/rich-text';
import type { WidgetCache } from './cache';

/**
 * The widget API's read model: published content turned into exactly what the
 * widgets show (see widgets/src/base/api-types.ts). Every query here asks for
 * `status: 'published'`; nothing a caller sends can change that. Campaigns and
 * tasks whose end date has passed are left out: nobody should sign up for them.
 * The cache drops these projections when the day turns (cache.ts).
 */
const PUBLISHED = { status: 'published' } as const;

const ORG = { fields: ['slug', 'name', 'kind', 'district'] };
const PHOTO = {
  fields: ['alt', 'credit', 'focalX', 'focalY', 'useWeb', 'usePrint', 'useSocial'],
  populate: { image: { fields: ['url', 'width', 'height', 'formats'] }, consents: { fields: ['expiresAt', 'withdrawn'] } },
};
const CONTACT = { fields: ['name', 'email', 'phone', 'url'] };

type Row = Record<string, any>;

const organisationRef = (org: Row | null | undefined) =>
  org ? { slug: org.slug, name: org.name, kind: org.kind, district: org.district ?? null } : null;

const contact = (c: Row | null | undefined) =>
  c ? { name: c.name ?? null, email: c.email ?? null, phone: c.phone ?? null, url: safeLink(c.url) } : null;

const num = (value: unknown) => (value === null || value === undefined || value === '' ? null : Number(value));

/** Resolves the images in rich text to photo-library images (or null: dropped). */
type Photos = (ref: string) => Image | null;

const readModel = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (uid: UID.ContentType) => strapi.documents(uid);

  /**
   * Images in rich text come from the photo library only, with its alt text,
   * credit and consent rules: `![…](photo:<documentId>)`, or the URL of one of
   * its files, which is what the admin's editor inserts from the media library.
   * Loaded once per content version and locale: campaigns and stories share it.
   */
  function photoLibrary(locale: Locale): Promise<Photos> {
    const cache = strapi.service('api::widget.cache') as WidgetCache;
    return cache.projection(`photo-library:${locale}`, () => loadPhotoLibrary(locale));
  }

  async function loadPhotoLibrary(locale: Locale): Promise<Photos> {
    const rows = await docs('api::photo-asset.photo-asset').findMany({ locale, ...PHOTO } as any);
    const byRef = new Map<string, Row>();
    for (const row of rows as Row[]) {
      byRef.set(`photo:${row.documentId}`, row);
      for (const file of fileAndRenditions<Row>(row.image)) {
        if (file?.url) byRef.set(file.url, row);
      }
    }
    const base = (strapi.config.get('server.url') as string | undefined)?.replace(/\/+$/, '');
    return (ref) => {
      const local = base && ref.startsWith(`${base}/`) ? ref.slice(base.length) : ref;
      return toImage(byRef.get(local) as PhotoAssetRecord | undefined);
    };
  }

  const campaign = (c: Row, locale: Locale, photos: Photos) => ({
    slug: c.slug,
    locale,
    headline: c.headline,
    pitch: c.pitch,
    body: toRichText(c.body, photos),
    cta: { kind: c.ctaKind, label: c.ctaLabel || (locale === 'da' ? 'Meld dig som frivillig' : 'Sign up as a volunteer'), url: c.ctaKind === 'link' ? safeLink(c.ctaUrl) : null },
    organisations: (c.organisations ?? []).map(organisationRef),
    startsAt: c.startsAt ?? null,
    endsAt: c.endsAt ?? null,
    photo: (c.photos ?? []).map((p: PhotoAssetRecord) => toImage(p)).find(Boolean) ?? null,
    coordinator: contact(c.coordinator),
  });

  const story = (s: Row, locale: Locale, photos: Photos) => ({
    slug: s.slug,
    locale,
    title: s.title,
    summary: s.summary,
    theme: s.theme ?? null,
    themeLabel: s.theme ? label('theme', s.theme, locale) : null,
    publishDate: s.publishDate ?? null,
    hero: toImage(s.hero),
    // The list sends this smaller set of renditions instead (lists.ts).
    cardHero: toImage(s.hero, undefined, CARD_WIDTHS),
    organisation: organisationRef(s.organisation),
    body: toRichText(s.body, photos),
    campaign: s.campaign ? { slug: s.campaign.slug, headline: s.campaign.headline } : null,
  });

  const offer = (o: Row, locale: Locale) => ({
    slug: o.slug,
    title: o.title,
    summary: o.summary,
    provider: organisationRef(o.provider),
    category: o.category,
    categoryLabel: label('category', o.category, locale),
    audience: o.audience,
    audienceLabel: label('audience', o.audience, locale),
    minAge: o.minAge ?? null,
    maxAge: o.maxAge ?? null,
    district: o.district ?? null,
    mode: o.mode,
    modeLabel: label('mode', o.mode, locale),
    price: o.price ?? null,
    referralNeeded: !!o.referralNeeded,
    contact: contact(o.contact),
  });
  const OFFER = {
    fields: ['slug', 'title', 'summary', 'category', 'audience', 'minAge', 'maxAge', 'district', 'mode', 'price', 'referralNeeded', 'publishedAt'],
    populate: { provider: ORG, contact: CONTACT },
  };

  const opportunity = (o: Row, locale: Locale) => ({
    slug: o.slug,
    title: o.title,
    summary: o.summary,
    organisation: organisationRef(o.organisation),
    commitment: o.commitment,
    commitmentLabel: label('commitment', o.commitment, locale),
    timeNeeded: o.timeNeeded ?? null,
    minAge: o.minAge ?? null,
    childCertificate: !!o.childCertificate,
    location: o.location ?? null,
    district: o.district ?? null,
    startsAt: o.startsAt ?? null,
    endsAt: o.endsAt ?? null,
    contact: contact(o.contact),
  });

  const contactPoint = (c: Row) => ({
    slug: c.slug,
    name: c.name,
    role: c.role ?? null,
    helpsWith: c.helpsWith ?? null,
    phone: c.phone ?? null,
    email: c.email ?? null,
    hours: c.hours ?? null,
    url: safeLink(c.url),
  });

  return {
    async campaigns(locale: Locale) {
      const rows = await docs('api::campaign.campaign').findMany({
        ...PUBLISHED,
        locale,
        filters: notEnded(),
        fields: ['slug', 'headline', 'pitch', 'body', 'ctaKind', 'ctaLabel', 'ctaUrl', 'startsAt', 'endsAt'],
        populate: { organisations: ORG, photos: PHOTO, coordinator: CONTACT },
        sort: ['startsAt:desc', 'headline:asc'],
      } as any);
      const photos = await photoLibrary(locale);
      return rows.map((row: Row) => campaign(row, locale, photos));
    },

    async stories(locale: Locale) {
      const rows = await docs('api::story.story').findMany({
        ...PUBLISHED,
        locale,
        fields: ['slug', 'title', 'summary', 'body', 'theme', 'publishDate'],
        populate: { hero: PHOTO, organisation: ORG, campaign: { fields: ['slug', 'headline'] } },
        sort: ['publishDate:desc', 'title:asc'],
      } as any);
      const photos = await photoLibrary(locale);
      return rows.map((row: Row) => story(row, locale, photos));
    },

    async offers(locale: Locale) {
      const rows = await docs('api::offer.offer').findMany({ ...PUBLISHED, locale, ...OFFER, sort: ['title:asc'] } as any);
      return rows.map((row: Row) => offer(row, locale));
    },

    async opportunities(locale: Locale) {
      const rows = await docs('api::opportunity.opportunity').findMany({
        ...PUBLISHED,
        locale,
        filters: notEnded(),
        fields: ['slug', 'title', 'summary', 'commitment', 'timeNeeded', 'minAge', 'childCertificate', 'location', 'district', 'startsAt', 'endsAt'],
        populate: { organisation: ORG, contact: CONTACT },
        sort: ['startsAt:asc', 'title:asc'],
      } as any);
      return rows.map((row: Row) => opportunity(row, locale));
    },

    async walk(slug: string, locale: Locale) {
      const w: Row | null = await docs('api::walk.walk').findFirst({
        ...PUBLISHED,
        locale,
        filters: { slug },
        fields: ['slug', 'title', 'intro', 'distanceKm', 'durationMinutes'],
        populate: {
          stops: {
            fields: ['order', 'title', 'lat', 'lng', 'radiusMeters', 'durationSeconds', 'transcript', 'directions'],
            populate: { audio: { fields: ['url', 'mime', 'size'] }, photo: PHOTO, story: { fields: ['slug', 'title'] } },
          },
        },
      } as any);
      if (!w) return null;
      const stops = [...(w.stops ?? [])].sort((a: Row, b: Row) => a.order - b.order);
      return {
        slug: w.slug,
        locale,
        title: w.title,
        intro: w.intro ?? null,
        distanceKm: num(w.distanceKm),
        durationMinutes: w.durationMinutes ?? null,
        // Places 1..n in the walk, whatever gaps the stored numbers have (see api/walk/lib/stop-order.ts).
        stops: stops.map((s: Row, index: number) => ({
          order: index + 1,
          title: s.title,
          lat: Number(s.lat),
          lng: Number(s.lng),
          radiusMeters: s.radiusMeters ?? 40,
          // Strapi stores file sizes in kB.
          audio: s.audio ? { url: s.audio.url, mime: s.audio.mime, size: Math.round(Number(s.audio.size) * 1000), durationSeconds: s.durationSeconds ?? null } : null,
          transcript: toRichText(s.transcript),
          photo: toImage(s.photo),
          story: s.story ? { slug: s.story.slug, title: s.story.title } : null,
          directions: s.directions ?? null,
        })),
      };
    },

    async guide(slug: string, locale: Locale) {
      const g: Row | null = await docs('api::guide.guide').findFirst({
        ...PUBLISHED,
        locale,
        filters: { slug },
        fields: ['slug', 'title', 'intro', 'sensitive', 'startQuestion'],
        populate: {
          questions: { populate: { answers: true } },
          outcomes: { populate: { contactPoints: true, offers: OFFER } },
        },
      } as any);
      if (!g) return null;
      return {
        slug: g.slug,
        locale,
        title: g.title,
        intro: g.intro ?? null,
        sensitive: !!g.sensitive,
        start: g.startQuestion,
        questions: (g.questions ?? []).map((q: Row) => ({
          key: q.key,
          text: q.text,
          help: q.help ?? null,
          kind: q.kind,
          answers: (q.answers ?? []).map((a: Row) => ({
            label: a.label,
            next: a.next,
            none: !!a.none,
            districts: String(a.districts ?? '').split(/[,\n]/).map((d) => d.trim()).filter(Boolean),
          })),
        })),
        outcomes: (g.outcomes ?? []).map((o: Row) => ({
          key: o.key,
          title: o.title,
          text: o.text ?? null,
          contactPoints: (o.contactPoints ?? []).map(contactPoint),
          // Offers that are unpublished in this locale drop out here.
          offers: (o.offers ?? []).filter((x: Row) => x.publishedAt !== null).map((x: Row) => offer(x, locale)),
        })),
      };
    },

    async entryPoint(locale: Locale) {
      const e: Row | null = await docs('api::entry-point.entry-point').findFirst({
        ...PUBLISHED,
        locale,
        fields: ['heading', 'intro'],
        populate: { doors: true },
      } as any);
      if (!e) return null;
      return {
        locale,
        heading: e.heading,
        intro: e.intro ?? null,
        doors: (e.doors ?? []).map((d: Row) => ({ kind: d.kind, title: d.title, text: d.text ?? null, href: safeLink(d.href) })),
      };
    },
  };
};

export default readModel;
export type ReadModel = ReturnType<typeof readModel>;
