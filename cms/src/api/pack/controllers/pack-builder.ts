import { readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { PackApiError, localeParam, photoParam, slugParam, textsParam } from '../lib/input';
import { isPackError, packs } from '../lib/library';
import type { Actor, PackBuilder } from '../services/builder';

/**
 * The pack API (routes/pack-builder.ts).
 *
 * /api/packs/v1/portal/...  institution staff (users-permissions JWT, the
 *   Institution staff role; the portal's policy puts their organisation in
 *   ctx.state.organisation, and nothing here reads another).
 * /api/packs/v1/staff/...   communication staff and the CLI (an API token).
 *
 * Errors are JSON: { error: { status, code, message, field?, details? } }, the
 * message in Danish, or in English with locale=en.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service('api::pack.builder') as unknown as PackBuilder;

  const handle = (answer: (ctx: any) => Promise<void>) => async (ctx: any) => {
    ctx.set('Cache-Control', 'no-store');
    const locale = localeParam(ctx.query?.locale ?? ctx.request?.body?.locale);
    try {
      await answer(ctx);
    } catch (error) {
      if (error instanceof PackApiError) return fail(ctx, error.status, error.code, locale === 'en' ? error.messageEn : error.message, error.field, error.details);
      if (isPackError(error)) return fail(ctx, error.status, error.code, locale === 'en' ? error.messageEn : error.message, error.field, error.details);
      throw error;
    }
  };

  function fail(ctx: any, status: number, code: string, message: string, field?: string, details?: Record<string, unknown>) {
    ctx.status = status;
    ctx.body = { error: { status, code, message, ...(field && { field }), ...(details && Object.keys(details).length && { details }) } };
  }

  const staffActor = (ctx: any): Actor => {
    const user = ctx.state.user;
    if (user?.username || user?.email) return { channel: 'portal', name: user.username ?? user.email, email: user.email ?? null };
    const token = ctx.state.auth?.credentials;
    return { channel: 'cli', name: token?.name ? `API-token "${token.name}"` : 'API-token', email: null };
  };
  const portalActor = (ctx: any): Actor => ({ channel: 'portal', name: ctx.state.user?.username ?? ctx.state.user?.email ?? 'portal', email: ctx.state.user?.email ?? null });

  /** The organisation of the logged-in staff member, as the builder service needs it. */
  const ownOrganisation = (ctx: any) => service().organisationBySlug(ctx.state.organisation.slug);

  /** The campaign, which the staff member's organisation must take part in. */
  async function portalCampaign(ctx: any, organisation: Record<string, any>, value: unknown) {
    const campaign = await service().campaignBySlug(slugParam(value, 'campaign'));
    if (!(campaign.organisations ?? []).some((o: { slug: string }) => o.slug === organisation.slug)) {
      throw new PackApiError(403, 'not_in_campaign', `${organisation.name} er ikke med i kampagnen "${campaign.headline}". Vælg en af jeres egne kampagner.`, `${organisation.name} does not take part in the campaign "${campaign.headline}". Choose one of your own campaigns.`, 'campaign');
    }
    return campaign;
  }

  const body = (ctx: any): Record<string, unknown> => {
    const b = ctx.request.body;
    if (!b || typeof b !== 'object' || Array.isArray(b)) throw new PackApiError(400, 'bad_body', 'Send et JSON-objekt med campaign, photo og texts.', 'Send a JSON object with campaign, photo and texts.');
    return b;
  };

  return {
    portalOptions: handle(async (ctx) => {
      ctx.body = await service().options(await ownOrganisation(ctx));
    }),

    portalPhotos: handle(async (ctx) => {
      const organisation = await ownOrganisation(ctx);
      const campaign = await portalCampaign(ctx, organisation, ctx.query.campaign);
      const { photos, unavailable } = await service().library(campaign, organisation);
      ctx.body = { campaign: { slug: campaign.slug, headline: campaign.headline }, photos, unavailable };
    }),

    portalPreview: handle(async (ctx) => {
      const b = body(ctx);
      const organisation = await ownOrganisation(ctx);
      const campaign = await portalCampaign(ctx, organisation, b.campaign);
      const photo = await service().pickPhoto(campaign, organisation, photoParam(b.photo));
      ctx.body = await service().preview(campaign, organisation, photo, textsParam(b.texts), ctx.origin);
    }),

    portalMake: handle(async (ctx) => {
      const b = body(ctx);
      const organisation = await ownOrganisation(ctx);
      const campaign = await portalCampaign(ctx, organisation, b.campaign);
      const photo = await service().pickPhoto(campaign, organisation, photoParam(b.photo));
      const pack = await service().make(campaign, organisation, photo, textsParam(b.texts), portalActor(ctx), ctx.origin);
      ctx.status = 201;
      ctx.body = { pack, download: `/api/packs/v1/portal/packs/${pack.id}/download` };
    }),

    portalDownload: handle(async (ctx) => {
      const id = String(ctx.params.id ?? '');
      if (!/^[a-z0-9]{10,40}$/.test(id)) throw new PackApiError(400, 'bad_parameter', 'Pakkens id er ikke gyldigt.', "The pack's id is not valid.", 'id');
      const file = await service().download(id, await ownOrganisation(ctx));
      ctx.set('Content-Disposition', `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`);
      ctx.type = 'application/zip';
      ctx.body = file.bytes;
    }),

    staffPhotos: handle(async (ctx) => {
      const organisation = await service().organisationBySlug(slugParam(ctx.query.organisation, 'organisation'));
      const campaign = await service().campaignBySlug(slugParam(ctx.query.campaign, 'campaign'));
      const { photos, unavailable } = await service().library(campaign, organisation);
      ctx.body = { organisation: { slug: organisation.slug, name: organisation.name }, campaign: { slug: campaign.slug, headline: campaign.headline }, photos, unavailable };
    }),

    staffSource: handle(async (ctx) => {
      const organisation = await service().organisationBySlug(slugParam(ctx.query.organisation, 'organisation'));
      const campaign = await service().campaignBySlug(slugParam(ctx.query.campaign, 'campaign'));
      const photo = await service().pickPhoto(campaign, organisation, photoParam(ctx.query.photo));
      ctx.body = await service().source(campaign, organisation, photo, staffActor(ctx), ctx.origin);
    }),

    staffRecord: handle(async (ctx) => {
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(String(ctx.request.body?.data ?? ''));
      } catch {
        throw new PackApiError(400, 'bad_body', 'Feltet "data" skal være JSON med campaign, organisation, photo og texts.', 'The field "data" must be JSON with campaign, organisation, photo and texts.', 'data');
      }
      const file = ctx.request.files?.['files.zip'] ?? ctx.request.files?.zip;
      const upload = Array.isArray(file) ? file[0] : file;
      if (!upload?.filepath) throw new PackApiError(400, 'missing_file', 'Send pakkens ZIP-fil i feltet "files.zip".', 'Send the pack\'s ZIP file in the field "files.zip".', 'files.zip');
      const zip = await readFile(upload.filepath);
      if (zip.length < 4 || zip.readUInt32LE(0) !== 0x04034b50) throw new PackApiError(400, 'bad_file', 'Filen er ikke en ZIP-fil.', 'The file is not a ZIP file.', 'files.zip');
      const organisation = await service().organisationBySlug(slugParam(data.organisation, 'organisation'));
      const campaign = await service().campaignBySlug(slugParam(data.campaign, 'campaign'));
      const photo = await service().pickPhoto(campaign, organisation, photoParam(data.photo));
      const own = textsParam(data.texts && typeof data.texts === 'object' ? Object.fromEntries(Object.entries(data.texts).filter(([k]) => ['name', 'headline', 'text', 'contact'].includes(k))) : {});
      // The texts on the pieces, re-derived here, so the record never holds what the client made up.
      const lib = await packs();
      const texts = lib.pieceTexts({ campaign: { slug: campaign.slug, headline: campaign.headline, pitch: campaign.pitch, packHeadline: campaign.packHeadline, packText: campaign.packText, ctaLabel: campaign.ctaLabel }, organisation: { slug: organisation.slug, name: organisation.name, contact: organisation.contact }, photo: { bytes: new Uint8Array(1), rights: {} }, texts: own, links: { cmsUrl: service().publicUrl(ctx.origin) } });
      const name = String(upload.originalFilename ?? 'pakke.zip').replace(/[^\w.-]/g, '_').slice(0, 120);
      const pack = await service().recordMade(campaign, organisation, photo, own, { ...texts }, zip, name.endsWith('.zip') ? name : `${name}.zip`, staffActor(ctx));
      ctx.status = 201;
      ctx.body = { pack };
    }),
  };
};
