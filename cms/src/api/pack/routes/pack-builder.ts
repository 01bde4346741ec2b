/**
 * The pack API. Portal routes: a users-permissions JWT of Institution staff
 * (the role gets these actions in pack/index.ts; the portal's policy limits
 * them to the user's organisation). Staff routes: an API token ("Full access",
 * or "Custom" with these actions) or an account whose role has them.
 * The generic REST routes for packs (routes/pack.ts) have no public permissions.
 */
const portal = { policies: ['api::portal.is-institution-staff'] };
const route = (method: string, path: string, handler: string, config = {}) => ({ method, path: `/packs/v1${path}`, handler: `pack-builder.${handler}`, config });

export default {
  routes: [
    route('GET', '/portal/options', 'portalOptions', portal),
    route('GET', '/portal/photos', 'portalPhotos', portal),
    route('POST', '/portal/preview', 'portalPreview', portal),
    route('POST', '/portal/packs', 'portalMake', portal),
    route('GET', '/portal/packs/:id/download', 'portalDownload', portal),
    route('GET', '/staff/photos', 'staffPhotos'),
    route('GET', '/staff/source', 'staffSource'),
    route('POST', '/staff/records', 'staffRecord'),
  ],
};
