import { existsSync } from 'node:fs';
import path from 'node:path';
import send from 'koa-send';
import type { Core } from '@strapi/strapi';

/**
 * The CMS also serves the widget bundles and the pages built from them:
 *   /widgets/v1/  the embeddable bundles (widgets/dist); hashed chunks are immutable
 *   /demo/        the demo site: municipal front page, a school and a daycare
 *   /embed/       the iframe pages and the embed-code page
 * Brotli and gzip siblings (.br, .gz) are sent when the client accepts them.
 */
interface Mount {
  prefix: string;
  root: string;
  cacheControl: (file: string) => string;
}

const HASHED = /-[A-Za-z0-9_-]{8,}\.js$/;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const appRoot = strapi.dirs.app.root;
  const mounts: Mount[] = [
    {
      prefix: '/widgets/v1/',
      root: process.env.WIDGETS_DIST ?? path.resolve(appRoot, '..', 'widgets', 'dist'),
      cacheControl: (file) => (HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=300, stale-while-revalidate=86400'),
    },
    { prefix: '/demo/', root: path.join(appRoot, 'sites', 'demo'), cacheControl: () => 'public, max-age=60' },
    { prefix: '/embed/', root: path.join(appRoot, 'sites', 'embed'), cacheControl: () => 'public, max-age=60' },
  ];

  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path === '/' && ctx.method === 'GET') return ctx.redirect('/demo/');
    const mount = mounts.find((m) => ctx.path.startsWith(m.prefix) || ctx.path === m.prefix.slice(0, -1));
    if (!mount || !['GET', 'HEAD'].includes(ctx.method)) return next();
    if (ctx.path === mount.prefix.slice(0, -1)) return ctx.redirect(mount.prefix);

    let file = ctx.path.slice(mount.prefix.length) || 'index.html';
    // Pretty URLs for pages: /demo/frivillig -> frivillig.html
    if (!path.extname(file) && existsSync(path.join(mount.root, `${file}.html`))) file = `${file}.html`;
    try {
      await send(ctx, file, {
        root: mount.root,
        brotli: true,
        gzip: true,
        index: 'index.html',
        setHeaders: (res) => {
          res.setHeader('Cache-Control', mount.cacheControl(file));
          res.setHeader('X-Content-Type-Options', 'nosniff');
        },
      });
    } catch (error: any) {
      if (error.status === 404 || error.code === 'ENOENT') return next();
      throw error;
    }
  };
};
