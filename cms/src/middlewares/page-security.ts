/**
 * Security headers for what Strapi's own `strapi::security` does not know about:
 *
 * - our pages (/demo, /embed, /portal, /walk): a strict Content Security Policy
 *   with Trusted Types required, so no HTML string can ever reach a DOM sink;
 *   the iframe pages (/embed) may be framed by any site (EMBED_FRAME_ANCESTORS),
 *   the others only by the CMS itself;
 * - uploads: never rendered as a page (sandboxed, downloaded unless media).
 */
const PAGES = ['/demo', '/embed', '/portal', '/walk'];
const MEDIA = /\.(jpe?g|png|webp|avif|gif|mp3|m4a|ogg|oga|wav)$/i;

export function pagePolicy(frameAncestors: string, tileOrigins: string[], uploadOrigins: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Widgets set a few style attributes (focal points, progress); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...uploadOrigins, ...tileOrigins].join(' '),
    ["media-src 'self' blob:", ...uploadOrigins].join(' '),
    "connect-src 'self'",
    "font-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    "require-trusted-types-for 'script'",
    "trusted-types lit-html samskab 'allow-duplicates'",
  ].join('; ');
}

export default () => {
  const list = (value = '') => value.split(/[\s,]+/).filter(Boolean);
  const tiles = list(process.env.MAP_TILE_ORIGINS);
  // Uploads on S3 or a CDN come from their own origin.
  const uploads = list(process.env.S3_PUBLIC_URL && new URL(process.env.S3_PUBLIC_URL).origin);
  const embedAncestors = process.env.EMBED_FRAME_ANCESTORS || '*';
  const ownPages = pagePolicy("'self'", tiles, uploads);
  const embedPages = pagePolicy(embedAncestors, tiles, uploads);

  return async (ctx: any, next: () => Promise<void>) => {
    await next();
    const path: string = ctx.path;
    if (PAGES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) {
      const embed = path === '/embed' || path.startsWith('/embed/');
      ctx.set('Content-Security-Policy', embed ? embedPages : ownPages);
      ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
      // frame-ancestors decides framing; X-Frame-Options would forbid the iframe pages.
      if (embed) ctx.remove('X-Frame-Options');
    } else if (path.startsWith('/uploads/')) {
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
      ctx.set('Content-Disposition', MEDIA.test(path) ? 'inline' : 'attachment');
      ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
    }
  };
};
