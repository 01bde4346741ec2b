import type { Core } from '@strapi/strapi';

/**
 * CORS for the whole server. The widget API is readable from any origin, but
 * never with credentials, so no origin is ever reflected; the sign-up POST
 * is allowed from any origin too (it needs no cookies). Everything else
 * (admin, portal, Strapi's generic REST API) is same-origin only: no CORS headers.
 */
const WIDGET_API = '/api/widget/';

export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    if (!ctx.path.startsWith(WIDGET_API) && !ctx.path.startsWith('/widgets/')) return next();

    ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', 'GET, HEAD, POST, OPTIONS');
      ctx.set('Access-Control-Allow-Headers', 'Content-Type, Accept, If-None-Match');
      ctx.set('Access-Control-Max-Age', '86400');
      ctx.status = 204;
      return;
    }
    ctx.set('Access-Control-Expose-Headers', 'ETag, Retry-After');
    await next();
  };
};
