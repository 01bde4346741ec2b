import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ensureStaffRole } from '../../seed/staff';
import { PackApiError } from './lib/input';
import { isPackError } from './lib/library';
import { internalWrite, type PackBuilder } from './services/builder';
import type { PackTakedown } from './services/takedown';

/**
 * The packs' hooks:
 * - a Pack entry that communication staff create in the admin is made into a
 *   pack: its files are generated and attached before it is saved, and a pack
 *   that breaks a rule is refused with the reason (shown in the admin);
 * - Institution staff may call the portal's pack routes;
 * - once a day, packs whose photo's consent has run out are taken down
 *   (withdrawals are handled at once, in photo-asset/index.ts).
 */
const PORTAL_PACK_ACTIONS = ['portalOptions', 'portalPhotos', 'portalPreview', 'portalMake', 'portalDownload'].map((a) => `api::pack.pack-builder.${a}`);

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(async (context, next) => {
      if (context.uid !== 'api::pack.pack' || context.action !== 'create' || internalWrite.getStore()) return next();
      const params = context.params as { data?: Record<string, any> };
      const user = strapi.requestContext.get()?.state?.user as { firstname?: string; lastname?: string; email?: string; username?: string } | undefined;
      const name = [user?.firstname, user?.lastname].filter(Boolean).join(' ') || user?.username || user?.email || 'administrator';
      let made: Awaited<ReturnType<PackBuilder['forAdminEntry']>>;
      try {
        made = await (strapi.service('api::pack.builder') as unknown as PackBuilder).forAdminEntry(params.data ?? {}, { channel: 'admin', name, email: user?.email ?? null });
      } catch (error) {
        if (error instanceof PackApiError || isPackError(error)) {
          const field = (error as { field?: string }).field;
          throw new errors.ValidationError(error.message, field ? { errors: [{ path: [field], message: error.message, name: 'ValidationError' }] } : undefined);
        }
        throw error;
      }
      params.data = made.data;
      try {
        return await next();
      } catch (error) {
        await made.cleanup();
        throw error;
      }
    });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const roleId = await ensureStaffRole(strapi);
    const permissions = strapi.db.query('plugin::users-permissions.permission' as never);
    const granted = new Set(((await permissions.findMany({ where: { role: roleId }, select: ['action'] } as never)) as { action: string }[]).map((p) => p.action));
    for (const action of PORTAL_PACK_ACTIONS) {
      if (!granted.has(action)) await permissions.create({ data: { action, role: roleId } } as never);
    }

    strapi.cron.add({
      'pack-consent-check': {
        task: async () => {
          try {
            await (strapi.service('api::pack.takedown') as unknown as PackTakedown).checkAll();
          } catch (error) {
            strapi.log.error(`packs: the daily consent check failed: ${error}`);
          }
        },
        options: { rule: process.env.PACK_CONSENT_CHECK_CRON ?? '15 3 * * *', tz: 'Europe/Copenhagen' },
      },
    });
  },
};
