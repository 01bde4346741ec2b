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
 * Node closes an idle keep-alive connection after 5 s. Clients that read its
 * Keep-Alive hint (undici) stop reusing it 1 s before, a margin a busy machine
 * loses (ECONNRESET), and load balancers, often idle for 60 s, do not read it.
 * Idle gaps of a minute are rare, so the server is the last to close.
 */
function keepConnectionsLongerThanClients(strapi: Core.Strapi) {
  const server = strapi.server?.httpServer;
  if (server) server.keepAliveTimeout = 65_000;
}
