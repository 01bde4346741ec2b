import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from './lib/production-secrets';
import { closePublicRegistration } from './lib/users-permissions';
import { seed } from './seed';

/**
 * App-wide hooks. Each API keeps its own in src/api/<name>/index.ts
 * (the widget API's cache invalidation, for one).
 */
export default {
  register() {
    assertProductionSecrets();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    keepConnectionsLongerThanClients(strapi);
    await closePublicRegistration(strapi);
    if (process.env.SEED !== 'false') await seed(strapi);
  },
};

/**
 * Node closes an idle keep-alive connection after 5 s, about when clients
 * (undici: 4 s) and load balancers (often 60 s) reuse it, and the request sent
 * on it fails with ECONNRESET. The server should be the last to close.
 */
function keepConnectionsLongerThanClients(strapi: Core.Strapi) {
  const server = strapi.server?.httpServer;
  if (!server) return;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
