import type { Core } from '@strapi/strapi';

/**
 * Strapi's stock CORS reflects any origin with credentials. Here it answers only
 * the origins in CORS_ORIGINS (none by default) and never with credentials; the
 * widget API's own, credential-free CORS is src/middlewares/cors.ts.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: { origin: () => env.array('CORS_ORIGINS', []), credentials: false },
  },
  'global::cors',
  'global::page-security',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'global::empty-body',
  'strapi::session',
  'strapi::favicon',
  'global::sites',
  'global::withheld-uploads',
  'strapi::public',
];
