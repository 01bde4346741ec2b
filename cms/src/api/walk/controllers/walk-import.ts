import type { Core } from '@strapi/strapi';
import { GpxError } from '../lib/gpx-import';
import type { ImportReport } from '../services/walk-import';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_BYTES = 2_000_000;
const XML_TYPES = ['application/gpx+xml', 'application/xml', 'text/xml', 'text/plain'];

/** The request body as text: koa-body parses text/* itself; GPX and XML types are read here, up to 2 MB. */
async function bodyText(ctx: any): Promise<string | null> {
  const parsed = ctx.request.body;
  if (typeof parsed === 'string') return parsed;
  if (parsed && typeof parsed === 'object' && typeof parsed.gpx === 'string') return parsed.gpx;
  if (!ctx.is(XML_TYPES)) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BYTES) throw new GpxError(`GPX-filen er større end ${MAX_BYTES / 1_000_000} MB.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** POST /api/walk-import?walk=<slug>&locale=da with a GPX file as the body (needs an API token). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async import(ctx: any) {
    const slug = ctx.query.walk;
    const locale = ctx.query.locale ?? 'da';
    if (typeof slug !== 'string' || slug.length > 120 || !SLUG.test(slug)) {
      return ctx.badRequest('Angiv gåturens slug i ?walk=, fx ?walk=frivillighed-i-oererne (små bogstaver, tal og bindestreger).');
    }
    if (locale !== 'da' && locale !== 'en') return ctx.badRequest('?locale= skal være da eller en.');
    try {
      const gpx = await bodyText(ctx);
      if (gpx === null) {
        return ctx.badRequest('Send GPX-filen som body med Content-Type: application/gpx+xml (eller JSON { "gpx": "<gpx …>" }).');
      }
      const service = strapi.service('api::walk.walk-import') as { importGpx(input: { slug: string; locale: string; gpx: string }): Promise<ImportReport> };
      ctx.body = await service.importGpx({ slug, locale, gpx });
    } catch (error) {
      if (error instanceof GpxError) return ctx.badRequest(error.message);
      throw error;
    }
  },
});
