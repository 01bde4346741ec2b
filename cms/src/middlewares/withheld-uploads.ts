import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { consentLapse, fileAndRenditions, type PhotoAssetRecord } from '../api/widget/lib/photos';
import type { WidgetCache } from '../api/widget/services/cache';
import { today } from '../lib/today';

/**
 * A photo whose consent has been withdrawn or has run out is never served: the
 * widget API leaves it out (api/widget/lib/photos.ts), and this middleware
 * answers 404 for its files under /uploads/ (the original and every rendition),
 * so that a URL someone kept, a cached page or a search engine cannot show it either.
 *
 * The list of withheld files is kept with the widget API's projections, which
 * are made again after any content change (on every instance) and each new
 * day. Files on S3 or a CDN are not served by us; see docs/operations.md.
 */
interface UploadFile {
  url?: string | null;
  formats?: Record<string, UploadFile> | null;
}

/**
 * The local paths (/uploads/…) of every file of every photo whose consent has
 * lapsed on `today`, except files that a photo whose consents hold uses too:
 * the widget API shows that one, and its image must not break.
 */
export async function withheldUploads(strapi: Core.Strapi, today: string): Promise<Set<string>> {
  // Every locale's row: consents are not localised, but a row is a row.
  const photos = (await strapi.db.query('api::photo-asset.photo-asset').findMany({
    select: ['id'],
    populate: { consents: true, image: { select: ['url', 'formats'] } },
  })) as Array<PhotoAssetRecord & { image?: UploadFile | null }>;
  const lapsed = new Set<string>();
  const cleared = new Set<string>();
  for (const photo of photos) {
    const files = consentLapse(photo, today) ? lapsed : cleared;
    for (const file of fileAndRenditions(photo.image)) {
      if (file.url?.startsWith('/uploads/')) files.add(file.url);
    }
  }
  return new Set([...lapsed].filter((file) => !cleared.has(file)));
}

/** The path a request for /uploads/… reads, as koa-static resolves it (dot segments, doubled slashes, escapes). */
function uploadPath(requestPath: string): string | null {
  try {
    return path.posix.normalize(decodeURIComponent(requestPath));
  } catch {
    return null;
  }
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    if (!ctx.path.startsWith('/uploads/')) return next();
    const file = uploadPath(ctx.path);
    if (!file) {
      ctx.status = 400;
      return;
    }
    const day = today();
    const cache = strapi.service('api::widget.cache') as WidgetCache;
    const withheld = await cache.projection('withheld-uploads', () => withheldUploads(strapi, day));
    if (withheld.has(file)) {
      ctx.status = 404;
      ctx.set('Cache-Control', 'no-store');
      return;
    }
    return next();
  };
};
