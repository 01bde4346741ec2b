import type { Core } from '@strapi/strapi';
import type { PackTakedown } from '../pack/services/takedown';

/**
 * When a photo asset is saved with a consent that is withdrawn (or has run
 * out), every pack that used the photo is taken down at once: its files are
 * deleted, the organisations' coordinators are emailed, and the photo's
 * "Takedown log" lists what was done (see pack/services/takedown.ts).
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(async (context, next) => {
      const result = await next();
      if (context.uid === 'api::photo-asset.photo-asset' && (context.action === 'update' || context.action === 'create')) {
        const documentId = (result as { documentId?: string } | null)?.documentId ?? (context.params as { documentId?: string }).documentId;
        if (documentId) {
          try {
            await (strapi.service('api::pack.takedown') as unknown as PackTakedown).forPhoto(documentId);
          } catch (error) {
            // Saving the photo must not fail because of this; the daily check tries again.
            strapi.log.error(`packs: could not take down the packs of photo ${documentId}: ${error}`);
          }
        }
      }
      return result;
    });
  },
};
