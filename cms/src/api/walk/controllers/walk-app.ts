import type { Core } from '@strapi/strapi';
import type { ReadModel } from '../../widget/services/read-model';
import { appIcon, ICON_SIZES } from '../lib/app-icon';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ICON = /^(maskable-)?(\d+)\.png$/;

const notFound = (ctx: any, message: string) => {
  ctx.status = 404;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { error: { status: 404, code: 'not_found', message } };
};

/**
 * What makes /walk/<slug> installable: its web app manifest (named after the
 * published walk, in Danish or English) and the home-screen icons.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async manifest(ctx: any) {
    const slug = ctx.params.slug;
    const locale = ctx.query.locale === 'en' ? 'en' : 'da';
    if (typeof slug !== 'string' || slug.length > 120 || !SLUG.test(slug)) return notFound(ctx, 'The walk in the address is not a valid slug.');
    const walk = await (strapi.service('api::widget.read-model') as ReadModel).walk(slug, locale);
    if (!walk) return notFound(ctx, `No published walk with the slug "${slug}".`);
    const start = `/walk/${slug}${locale === 'en' ? '?lang=en' : ''}`;
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.type = 'application/manifest+json; charset=utf-8';
    ctx.body = JSON.stringify({
      id: `/walk/${slug}`,
      name: walk.title,
      short_name: walk.title.length <= 14 ? walk.title : locale === 'en' ? 'Walk' : 'Gåtur',
      description: walk.intro ?? undefined,
      lang: locale,
      dir: 'ltr',
      start_url: start,
      scope: '/walk/',
      display: 'standalone',
      orientation: 'portrait',
      background_color: '#ffffff',
      theme_color: '#005a8c',
      categories: ['travel', 'education'],
      icons: [
        ...ICON_SIZES.map((size) => ({ src: `/api/walk-app/icons/${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
        { src: '/api/walk-app/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    });
  },

  async icon(ctx: any) {
    const match = ICON.exec(String(ctx.params.file ?? ''));
    const size = match ? Number(match[2]) : NaN;
    if (!match || !(ICON_SIZES as readonly number[]).includes(size)) {
      return notFound(ctx, `No such icon. There are ${ICON_SIZES.map((s) => `${s}.png`).join(', ')} and maskable-512.png.`);
    }
    ctx.set('Cache-Control', 'public, max-age=86400');
    ctx.type = 'image/png';
    ctx.body = await appIcon(size, !!match[1]);
  },
});
