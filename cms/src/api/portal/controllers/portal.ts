import type { Core } from '@strapi/strapi';
import { ApiError } from '../../widget/lib/errors';
import { sendError } from '../../widget/lib/http';
import type { Portal, StaffOrganisation } from '../services/portal';

/**
 * The institution portal's API (routes/portal.ts). The policy has put the
 * user's organisation in `ctx.state.organisation`; nothing here reads another.
 * Answers hold personal data, so none of them may be stored by a cache.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const portal = () => strapi.service('api::portal.portal') as unknown as Portal;
  const handle = (answer: (ctx: any, organisation: StaffOrganisation) => Promise<void>) => async (ctx: any) => {
    ctx.set('Cache-Control', 'no-store');
    try {
      await answer(ctx, ctx.state.organisation as StaffOrganisation);
    } catch (error) {
      if (error instanceof ApiError) return sendError(ctx, error);
      throw error;
    }
  };

  return {
    me: handle(async (ctx, organisation) => {
      const { username, email } = ctx.state.user as { username: string; email: string };
      ctx.body = { user: { username, email }, organisation: { slug: organisation.slug, name: organisation.name, kind: organisation.kind } };
    }),
    signups: handle(async (ctx, organisation) => {
      ctx.body = await portal().list(organisation, ctx.query);
    }),
    updateSignup: handle(async (ctx, organisation) => {
      ctx.body = await portal().update(organisation, ctx.params.id, ctx.request.body);
    }),
    exportSignups: handle(async (ctx, organisation) => {
      const { filename, csv } = await portal().exportCsv(organisation, ctx.query);
      ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = csv;
    }),
    embed: handle(async (ctx, organisation) => {
      ctx.body = await portal().embed(organisation, ctx.origin);
    }),
  };
};
