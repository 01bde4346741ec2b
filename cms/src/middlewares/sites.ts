import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import send from 'koa-send';
import type { Core } from '@strapi/strapi';

/**
 * The CMS also serves the widget bundles and the pages built from them:
 *   /widgets/v1/  the embeddable bundles (widgets/dist); hashed chunks are immutable
 *   /demo/        the demo site: municipal front page, a school and a daycare
 *   /embed/       the embed-code page (index.html) and one iframe page per widget:
 *                 /embed/<widget> serves frame.html for each widget in sites/embed/widgets.json
 * Brotli and gzip siblings (.br, .gz) are sent when the client accepts them.
 */
interface Mount {
  prefix: string;
  root: string;
  cacheControl: (file: string) => string;
  /** The file that serves an extension-less path, when it is not `<path>.html` (one page for every slug). */
  page?: (file: string) => string | undefined;
  /** A page served for a name that does not exist, to explain it: sent with a 404. */
  unknown?: (file: string) => boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The widgets with an iframe page: the keys of sites/embed/widgets.json, re-read when the file changes. */
function embedWidgets(file: string): () => Set<string> {
  let cached: { mtimeMs: number; names: Set<string> } | undefined;
  return () => {
    try {
      const { mtimeMs } = statSync(file);
      if (cached?.mtimeMs !== mtimeMs) {
        const names = Object.keys(JSON.parse(readFileSync(file, 'utf8'))).filter((name) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name));
        cached = { mtimeMs, names: new Set(names) };
      }
      return cached.names;
    } catch {
      return new Set();
    }
  };
}

const HASHED = /-[A-Za-z0-9_-]{8,}\.(js|css)$/;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const appRoot = strapi.dirs.app.root;
  const embedRoot = path.join(appRoot, 'sites', 'embed');
  const isEmbedWidget = embedWidgets(path.join(embedRoot, 'widgets.json'));
  const mounts: Mount[] = [
    {
      prefix: '/widgets/v1/',
      root: process.env.WIDGETS_DIST ?? path.resolve(appRoot, '..', 'widgets', 'dist'),
      cacheControl: (file) => (HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=300, stale-while-revalidate=86400'),
    },
    { prefix: '/demo/', root: path.join(appRoot, 'sites', 'demo'), cacheControl: () => 'public, max-age=60' },
    {
      prefix: '/embed/',
      root: embedRoot,
      cacheControl: (file) => (file.endsWith('.html') ? 'public, max-age=60' : 'public, max-age=300, stale-while-revalidate=86400'),
      // Framing by any site is page-security.ts's business (EMBED_FRAME_ANCESTORS).
      // An unknown widget gets the iframe page too, which says so in words inside the iframe.
      page: (file) => (SLUG.test(file) ? 'frame.html' : undefined),
      unknown: (file) => SLUG.test(file) && !isEmbedWidget().has(file),
    },
    // The institution portal (staff log in; the page itself holds no data): see docs/portal.md.
    { prefix: '/portal/', root: path.join(appRoot, 'sites', 'portal'), cacheControl: () => 'no-cache' },
    // The podcast walk's page, the same for every walk (/walk/<slug>); its service worker /walk/sw.js has the scope /walk/.
    {
      prefix: '/walk/',
      root: path.join(appRoot, 'sites', 'walk'),
      cacheControl: (file) => (/\.(html|js|css)$/.test(file) ? 'no-cache' : 'public, max-age=300'),
      page: (file) => (SLUG.test(file) ? 'index.html' : undefined),
    },
  ];

  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path === '/' && ctx.method === 'GET') return ctx.redirect('/demo/');
    const mount = mounts.find((m) => ctx.path.startsWith(m.prefix) || ctx.path === m.prefix.slice(0, -1));
    if (!mount || !['GET', 'HEAD'].includes(ctx.method)) return next();
    if (ctx.path === mount.prefix.slice(0, -1)) return ctx.redirect(mount.prefix);

    let file = ctx.path.slice(mount.prefix.length) || 'index.html';
    // /embed/offer-list/ is /embed/offer-list (an iframe URL pasted with a slash too many).
    if (file.endsWith('/') && SLUG.test(file.slice(0, -1)) && !existsSync(path.join(mount.root, file))) {
      return ctx.redirect(`${ctx.path.slice(0, -1)}${ctx.search}`);
    }
    // Pretty URLs for pages: /demo/frivillig -> frivillig.html
    if (!path.extname(file) && existsSync(path.join(mount.root, `${file}.html`))) file = `${file}.html`;
    let unknown = false;
    if (!path.extname(file)) {
      unknown = mount.unknown?.(file) ?? false;
      file = mount.page?.(file) ?? file;
    }
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
      if (unknown) ctx.status = 404;
    } catch (error: any) {
      if (error.status === 404 || error.code === 'ENOENT') return next();
      throw error;
    }
  };
};
