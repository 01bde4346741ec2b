import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { hasEnded, notEnded } from '../../../lib/today';
import { consentProblem, type PhotoAssetRecord } from '../../widget/lib/photos';
import { PackApiError, type OwnTexts } from '../lib/input';
import { loaderIntegrity, packs, type PackInput } from '../lib/library';

/**
 * Communication packs in the CMS: the photo library an organisation may use,
 * previews, making a pack and recording it (who, when, organisation, campaign,
 * photo, files), and taking packs down when a photo's consent ends.
 *
 * Three ways in, one set of rules: the institution portal (staff of one
 * organisation), the admin (communication staff create a Pack entry) and the
 * CLI (an API token). See docs/packs.md.
 */

type Row = Record<string, any>;

export interface Actor {
  channel: 'portal' | 'admin' | 'cli';
  name: string;
  email?: string | null;
}

const PACK = 'api::pack.pack';
const PHOTO = 'api::photo-asset.photo-asset';
const CAMPAIGN = 'api::campaign.campaign';
const ORGANISATION = 'api::organisation.organisation';

const PHOTO_QUERY = {
  fields: ['title', 'alt', 'credit', 'focalX', 'focalY', 'useWeb', 'usePrint', 'useSocial'],
  populate: {
    image: { fields: ['url', 'width', 'height', 'formats', 'mime', 'name'] },
    consents: { fields: ['expiresAt', 'withdrawn'] },
    organisation: { fields: ['slug'] },
  },
};
const CAMPAIGN_FIELDS = ['slug', 'headline', 'pitch', 'packHeadline', 'packText', 'ctaKind', 'ctaLabel', 'ctaUrl', 'startsAt', 'endsAt'];
const ORGANISATION_FIELDS = ['slug', 'name', 'kind', 'website'];

/** Pack documents this service writes itself: the admin hook leaves them alone. */
export const internalWrite = new AsyncLocalStorage<true>();

const firstExpiry = (photo: Row): string | null =>
  (photo.consents ?? [])
    .map((c: Row) => c.expiresAt as string | null)
    .filter(Boolean)
    .sort()[0] ?? null;

const builder = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (uid: string) => strapi.documents(uid as never) as any;
  const publicDir = () => strapi.dirs.static.public;

  const notFound = (code: string, da: string, en: string, field: string) => new PackApiError(404, code, da, en, field);

  async function organisationBySlug(slug: string): Promise<Row> {
    const row = await docs(ORGANISATION).findFirst({ filters: { slug }, fields: ORGANISATION_FIELDS, populate: { contact: true } });
    if (!row) throw notFound('unknown_organisation', `Der er ingen institution med slug "${slug}". Tjek stavningen.`, `There is no organisation with the slug "${slug}". Check the spelling.`, 'organisation');
    return row;
  }

  async function campaignBySlug(slug: string): Promise<Row> {
    const row = await docs(CAMPAIGN).findFirst({
      status: 'published',
      locale: 'da',
      filters: { slug },
      fields: CAMPAIGN_FIELDS,
      populate: { organisations: { fields: ['slug', 'name'] }, photos: PHOTO_QUERY },
    });
    if (!row) throw notFound('unknown_campaign', `Der er ingen udgivet kampagne med slug "${slug}". Tjek stavningen, eller udgiv kampagnen først.`, `There is no published campaign with the slug "${slug}". Check the spelling, or publish the campaign first.`, 'campaign');
    // Its sign-up is closed, so a poster's QR code would lead nowhere.
    if (hasEnded(row.endsAt)) throw new PackApiError(409, 'campaign_ended', `Kampagnen "${row.headline}" sluttede ${row.endsAt}. Vælg en kampagne, der stadig kører.`, `The campaign "${row.headline}" ended on ${row.endsAt}. Choose a campaign that is still running.`, 'campaign');
    return row;
  }

  /** The campaigns an organisation takes part in (published, not ended, Danish). */
  async function campaignsOf(organisation: Row): Promise<Row[]> {
    return docs(CAMPAIGN).findMany({
      status: 'published',
      locale: 'da',
      filters: { organisations: { slug: organisation.slug }, ...notEnded() },
      fields: CAMPAIGN_FIELDS,
      sort: ['startsAt:desc', 'headline:asc'],
    });
  }

  /** Why a photo cannot go in a pack (Danish and English), or null. */
  async function photoProblem(photo: Row): Promise<{ code: string; message: string; messageEn: string } | null> {
    const lib = await packs();
    for (const use of ['print', 'social'] as const) {
      const problem = consentProblem(photo as PhotoAssetRecord, use);
      if (problem) {
        const error = lib.rightsError(photo.title, problem);
        return { code: problem, message: error.message, messageEn: error.messageEn };
      }
    }
    if (!photo.image?.url) return { code: 'photo_missing', message: `Fotoet "${photo.title}" har ingen billedfil.`, messageEn: `The photo "${photo.title}" has no image file.` };
    try {
      lib.checkPhotoSize({ width: Number(photo.image.width) || 0, height: Number(photo.image.height) || 0 }, photo.title);
    } catch (error: any) {
      return { code: error.code, message: error.message, messageEn: error.messageEn };
    }
    return null;
  }

  const photoItem = (photo: Row) => {
    const formats = photo.image?.formats ?? {};
    const thumb = formats.small ?? formats.thumbnail ?? formats.medium ?? photo.image;
    return {
      id: photo.documentId as string,
      title: photo.title as string,
      alt: (photo.alt ?? '') as string,
      credit: (photo.credit ?? '') as string,
      width: Number(photo.image?.width) || 0,
      height: Number(photo.image?.height) || 0,
      focal: { x: Number(photo.focalX ?? 0.5), y: Number(photo.focalY ?? 0.5) },
      thumbnail: thumb?.url ? { url: thumb.url as string, width: Number(thumb.width) || null, height: Number(thumb.height) || null } : null,
      consentUntil: firstExpiry(photo),
    };
  };

  /** The campaign's photos and the organisation's own, each allowed or not (with why). */
  async function library(campaign: Row, organisation: Row) {
    const own = await docs(PHOTO).findMany({ locale: 'da', filters: { organisation: { slug: organisation.slug } }, ...PHOTO_QUERY });
    const seen = new Set<string>();
    const candidates = [...(campaign.photos ?? []), ...own].filter((p: Row) => !seen.has(p.documentId) && seen.add(p.documentId));
    const photos = [];
    const unavailable = [];
    for (const photo of candidates) {
      const problem = await photoProblem(photo);
      if (problem) unavailable.push({ id: photo.documentId, title: photo.title, code: problem.code, reason: problem.message, reasonEn: problem.messageEn });
      else photos.push(photoItem(photo));
    }
    return { photos, unavailable, rows: candidates as Row[] };
  }

  /** The photo the caller picked: by documentId or title, from the organisation's library, allowed. */
  async function pickPhoto(campaign: Row, organisation: Row, idOrTitle: string): Promise<Row> {
    const { rows } = await library(campaign, organisation);
    const photo = rows.find((p) => p.documentId === idOrTitle) ?? rows.find((p) => p.title?.toLowerCase() === idOrTitle.toLowerCase());
    if (!photo) {
      const exists = await docs(PHOTO).findFirst({ locale: 'da', filters: { $or: [{ documentId: idOrTitle }, { title: idOrTitle }] }, fields: ['title'] });
      if (exists) {
        throw new PackApiError(403, 'photo_not_in_library', `Fotoet "${exists.title}" er ikke i biblioteket for ${organisation.name} og kampagnen. Vælg et af kampagnens eller institutionens egne fotos.`, `The photo "${exists.title}" is not in the library for ${organisation.name} and the campaign. Choose one of the campaign's or the organisation's own photos.`, 'photo');
      }
      throw notFound('missing_photo', `Der er intet foto med id eller titel "${idOrTitle}". Se listen over fotos, I må bruge.`, `There is no photo with the id or title "${idOrTitle}". See the list of photos you may use.`, 'photo');
    }
    const problem = await photoProblem(photo);
    if (problem) throw new PackApiError(422, problem.code, problem.message, problem.messageEn, 'photo');
    return photo;
  }

  /** The bytes of an upload: from the local uploads folder, or its URL (S3, CDN). */
  async function uploadBytes(file: Row, preferWidth?: number): Promise<Buffer> {
    let chosen = file;
    if (preferWidth) {
      const formats = Object.values(file.formats ?? {}) as Row[];
      chosen = formats.filter((f) => f.width >= preferWidth).sort((a, b) => a.width - b.width)[0] ?? file;
    }
    const url: string = chosen.url;
    if (url.startsWith('/')) {
      const full = path.join(publicDir(), decodeURIComponent(url));
      if (!full.startsWith(path.resolve(publicDir()))) throw new Error('upload path outside the public folder');
      return readFile(full);
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the upload ${url} answered ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  function publicUrl(origin?: string): string {
    const configured = String(strapi.config.get('server.url') ?? '');
    if (/^https?:\/\//.test(configured)) return configured.replace(/\/+$/, '');
    if (origin && /^https?:\/\//.test(origin)) return origin;
    return `http://localhost:${strapi.config.get('server.port', 1337)}`;
  }

  function packInput(campaign: Row, organisation: Row, photo: Row, bytes: Uint8Array, texts: OwnTexts, origin: string | undefined, madeBy: string | null): PackInput {
    return {
      campaign: {
        slug: campaign.slug,
        headline: campaign.headline,
        pitch: campaign.pitch,
        packHeadline: campaign.packHeadline,
        packText: campaign.packText,
        ctaKind: campaign.ctaKind,
        ctaLabel: campaign.ctaLabel,
        ctaUrl: campaign.ctaUrl,
      },
      organisation: { slug: organisation.slug, name: organisation.name, contact: organisation.contact ?? null },
      photo: {
        bytes,
        title: photo.title,
        credit: photo.credit,
        focal: { x: Number(photo.focalX ?? 0.5), y: Number(photo.focalY ?? 0.5) },
        rights: { print: consentProblem(photo as PhotoAssetRecord, 'print'), social: consentProblem(photo as PhotoAssetRecord, 'social') },
        consentUntil: firstExpiry(photo),
      },
      texts,
      links: { cmsUrl: publicUrl(origin), integrity: loaderIntegrity(strapi.dirs.app.root) },
      madeBy,
    };
  }

  /** Uploads the pack's files and creates its record; removes the uploads again if that fails. */
  async function record(args: {
    campaign: Row;
    organisation: Row;
    photo: Row;
    own: OwnTexts;
    texts: Record<string, string>;
    actor: Actor;
    zip: Uint8Array;
    zipName: string;
    preview?: { name: string; bytes: Uint8Array } | null;
  }) {
    const workdir = await mkdtemp(path.join(tmpdir(), 'samskab-pack-'));
    const uploaded: Row[] = [];
    try {
      const upload = async (name: string, mimetype: string, bytes: Uint8Array, alternativeText: string) => {
        const filepath = path.join(workdir, name);
        await writeFile(filepath, bytes);
        const [file] = await strapi
          .plugin('upload')
          .service('upload')
          .upload({ data: { fileInfo: { name, alternativeText, caption: args.organisation.name } }, files: { filepath, originalFilename: name, mimetype, size: bytes.length } });
        uploaded.push(file);
        return file;
      };
      await upload(args.zipName, 'application/zip', args.zip, `Kommunikationspakke til ${args.organisation.name}`);
      if (args.preview) await upload(args.preview.name, 'image/jpeg', args.preview.bytes, `Webbanner: ${args.texts.headline} (${args.organisation.name})`);
      const created = await internalWrite.run(true, () =>
        docs(PACK).create({
          data: {
            organisation: args.organisation.documentId,
            campaign: args.campaign.documentId,
            photos: { connect: [{ documentId: args.photo.documentId, locale: 'da' }] },
            createdByName: args.actor.name.slice(0, 250),
            createdByEmail: args.actor.email ?? null,
            channel: args.actor.channel,
            institutionName: args.own.name ?? null,
            headline: args.own.headline ?? null,
            text: args.own.text ?? null,
            contact: args.own.contact ?? null,
            texts: args.texts,
            files: uploaded.map((f) => f.id),
          },
          populate: { files: { fields: ['url', 'name', 'size', 'mime'] } },
        }),
      );
      return created as Row;
    } catch (error) {
      for (const file of uploaded) await strapi.plugin('upload').service('upload').remove(file).catch(() => {});
      throw error;
    } finally {
      await rm(workdir, { recursive: true, force: true });
    }
  }

  const summary = (pack: Row, organisation: Row, campaign: Row, photo: Row) => {
    const zip = (pack.files ?? []).find((f: Row) => f.mime === 'application/zip' || String(f.name).endsWith('.zip'));
    return {
      id: pack.documentId as string,
      createdAt: new Date(pack.createdAt).toISOString(),
      organisation: { slug: organisation.slug, name: organisation.name },
      campaign: { slug: campaign.slug, headline: campaign.headline },
      photo: { id: photo.documentId, title: photo.title },
      texts: pack.texts,
      file: zip ? { name: zip.name as string, size: Math.round(Number(zip.size) * 1000) } : null,
    };
  };

  return {
    organisationBySlug,
    campaignBySlug,
    campaignsOf,
    library,
    pickPhoto,
    publicUrl,

    /** What the portal's pack builder starts from: the organisation and its campaigns with their default texts. */
    async options(organisation: Row) {
      const lib = await packs();
      const campaigns = await campaignsOf(organisation);
      return {
        organisation: { slug: organisation.slug, name: organisation.name },
        campaigns: campaigns.map((c) => ({
          slug: c.slug,
          headline: c.headline,
          pitch: c.pitch,
          endsAt: c.endsAt ?? null,
          defaults: {
            name: organisation.name,
            headline: c.packHeadline || c.headline,
            text: c.packText || c.pitch,
            contact: lib.defaultContact({ slug: organisation.slug, name: organisation.name, contact: organisation.contact }),
          },
        })),
        formats: lib.FORMATS.map((f) => ({ id: f.id, title: f.titleDa, kind: f.kind })),
      };
    },

    /** Previews of every piece, as WebP data URLs; text problems as a 400 naming each field. */
    async preview(campaign: Row, organisation: Row, photo: Row, own: OwnTexts, origin?: string) {
      const lib = await packs();
      const bytes = await uploadBytes(photo.image, 1000);
      const result = await lib.previewPack(packInput(campaign, organisation, photo, bytes, own, origin, null));
      return {
        texts: result.texts,
        signupUrl: result.signupUrl,
        previews: result.previews.map((p) => ({ format: p.format, title: p.title, width: p.width, height: p.height, src: `data:image/webp;base64,${p.webp.toString('base64')}` })),
      };
    },

    /** Makes the pack on the server and records it. */
    async make(campaign: Row, organisation: Row, photo: Row, own: OwnTexts, actor: Actor, origin?: string) {
      const lib = await packs();
      const bytes = await uploadBytes(photo.image);
      const pack = await lib.makePack({ ...packInput(campaign, organisation, photo, bytes, own, origin, actor.name), date: new Date() });
      const banner = pack.files.find((f) => f.name.endsWith('.jpg'));
      const created = await record({
        campaign,
        organisation,
        photo,
        own,
        texts: { ...pack.texts, signupUrl: pack.signupUrl },
        actor,
        zip: pack.zip,
        zipName: pack.zipName,
        preview: banner ? { name: `${pack.name}-${banner.name}`, bytes: banner.bytes } : null,
      });
      return summary(created, organisation, campaign, photo);
    },

    /** What the CLI needs to make a pack itself. */
    async source(campaign: Row, organisation: Row, photo: Row, actor: Actor, origin?: string) {
      const input = packInput(campaign, organisation, photo, new Uint8Array(), {}, origin, actor.name);
      const { bytes, ...photoInfo } = input.photo;
      void bytes;
      return {
        campaign: input.campaign,
        organisation: input.organisation,
        photo: { id: photo.documentId, ...photoInfo, url: photo.image.url, width: Number(photo.image.width), height: Number(photo.image.height) },
        links: input.links,
        madeBy: actor.name,
      };
    },

    /** Records a pack the CLI made (the ZIP it sends), after checking the same rules again. */
    async recordMade(campaign: Row, organisation: Row, photo: Row, own: OwnTexts, texts: Record<string, string>, zip: Uint8Array, zipName: string, actor: Actor) {
      const created = await record({ campaign, organisation, photo, own, texts, actor, zip, zipName, preview: null });
      return summary(created, organisation, campaign, photo);
    },

    /** The ZIP of a pack, if it belongs to `organisation` (when given) and has not been taken down. */
    async download(documentId: string, organisation?: Row | null) {
      const pack = await docs(PACK).findOne({ documentId, populate: { organisation: { fields: ['slug'] }, files: { fields: ['url', 'name', 'mime', 'size', 'formats', 'width'] } } });
      if (!pack || (organisation && pack.organisation?.slug !== organisation.slug)) {
        throw notFound('unknown_pack', 'Pakken findes ikke, eller den tilhører en anden institution.', 'The pack does not exist, or it belongs to another organisation.', 'id');
      }
      const zip = (pack.files ?? []).find((f: Row) => f.mime === 'application/zip' || String(f.name).endsWith('.zip'));
      if (!zip) {
        throw new PackApiError(410, 'pack_taken_down', 'Pakken er slettet, fordi samtykket til fotoet er ophørt. Lav en ny pakke med et andet foto.', "The pack was deleted because the photo's consent ended. Make a new pack with another photo.", 'id');
      }
      return { name: zip.name as string, bytes: await uploadBytes(zip) };
    },

    /** Makes the files for a Pack entry that communication staff created in the admin. */
    async forAdminEntry(data: Row, actor: Actor) {
      const lib = await packs();
      const organisationId = await relationDocumentId(ORGANISATION, data.organisation);
      const campaignId = await relationDocumentId(CAMPAIGN, data.campaign);
      const photoIds = await relationDocumentIds(PHOTO, data.photos);
      const fail = (code: string, da: string, en: string, field: string) => new PackApiError(400, code, da, en, field);
      if (!organisationId) throw fail('unknown_organisation', 'Vælg den institution, pakken er til (Organisation).', 'Choose the organisation the pack is for.', 'organisation');
      if (!campaignId) throw fail('unknown_campaign', 'Vælg en kampagne (Campaign).', 'Choose a campaign.', 'campaign');
      if (photoIds.length !== 1) throw fail('missing_photo', 'Vælg præcis ét foto (Photos).', 'Choose exactly one photo.', 'photo');
      const organisation = await docs(ORGANISATION).findOne({ documentId: organisationId, fields: ORGANISATION_FIELDS, populate: { contact: true } });
      const campaignRef = await docs(CAMPAIGN).findOne({ documentId: campaignId, locale: 'da', fields: ['slug'] });
      if (!organisation) throw fail('unknown_organisation', 'Institutionen findes ikke.', 'The organisation does not exist.', 'organisation');
      if (!campaignRef) throw fail('unknown_campaign', 'Kampagnen findes ikke på dansk.', 'The campaign has no Danish version.', 'campaign');
      const campaign = await campaignBySlug(campaignRef.slug);
      const photo = await pickPhoto(campaign, organisation, photoIds[0]);
      const own: OwnTexts = {};
      for (const [key, field] of [['name', 'institutionName'], ['headline', 'headline'], ['text', 'text'], ['contact', 'contact']] as const) {
        if (typeof data[field] === 'string' && data[field].trim()) own[key] = data[field];
      }
      const bytes = await uploadBytes(photo.image);
      const pack = await lib.makePack({ ...packInput(campaign, organisation, photo, bytes, own, undefined, actor.name), date: new Date() });
      const workdir = await mkdtemp(path.join(tmpdir(), 'samskab-pack-'));
      const uploaded: Row[] = [];
      try {
        for (const file of [{ name: pack.zipName, bytes: pack.zip, mime: 'application/zip' }, ...pack.files.filter((f) => f.name.startsWith('webbanner') && f.name.endsWith('.jpg')).map((f) => ({ name: `${pack.name}-${f.name}`, bytes: f.bytes, mime: 'image/jpeg' }))]) {
          const filepath = path.join(workdir, file.name);
          await writeFile(filepath, file.bytes);
          const [saved] = await strapi
            .plugin('upload')
            .service('upload')
            .upload({ data: { fileInfo: { name: file.name, alternativeText: `Kommunikationspakke til ${organisation.name}`, caption: organisation.name } }, files: { filepath, originalFilename: file.name, mimetype: file.mime, size: file.bytes.length } });
          uploaded.push(saved);
        }
      } catch (error) {
        for (const file of uploaded) await strapi.plugin('upload').service('upload').remove(file).catch(() => {});
        throw error;
      } finally {
        await rm(workdir, { recursive: true, force: true });
      }
      return {
        data: {
          ...data,
          organisation: organisation.documentId,
          campaign: campaign.documentId,
          photos: { connect: [{ documentId: photo.documentId, locale: 'da' }] },
          createdByName: data.createdByName || actor.name,
          createdByEmail: actor.email ?? null,
          channel: 'admin',
          texts: { ...pack.texts, signupUrl: pack.signupUrl },
          files: uploaded.map((f) => f.id),
        },
        cleanup: async () => {
          for (const file of uploaded) await strapi.plugin('upload').service('upload').remove(file).catch(() => {});
        },
      };
    },
  };

  /** The documentId a relation value in a document-service `data` points at. */
  async function relationDocumentId(uid: string, value: unknown): Promise<string | null> {
    return (await relationDocumentIds(uid, value))[0] ?? null;
  }

  async function relationDocumentIds(uid: string, value: unknown): Promise<string[]> {
    const out: string[] = [];
    const visit = async (v: unknown): Promise<void> => {
      if (v === null || v === undefined) return;
      if (Array.isArray(v)) {
        for (const item of v) await visit(item);
        return;
      }
      if (typeof v === 'string') {
        out.push(v);
        return;
      }
      if (typeof v === 'number') {
        const row = (await strapi.db.query(uid as never).findOne({ where: { id: v }, select: ['documentId'] } as never)) as Row | null;
        if (row?.documentId) out.push(row.documentId);
        return;
      }
      if (typeof v === 'object') {
        const o = v as Row;
        if (o.set !== undefined) return visit(o.set);
        if (o.connect !== undefined) return visit(o.connect);
        if (typeof o.documentId === 'string') out.push(o.documentId);
        else if (typeof o.id === 'number' || typeof o.id === 'string') await visit(Number(o.id));
      }
    };
    await visit(value);
    return [...new Set(out)];
  }
};

export default builder;
export type PackBuilder = ReturnType<typeof builder>;
