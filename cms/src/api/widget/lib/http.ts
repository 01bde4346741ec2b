import { encode, etagFor, type CachedResponse } from './response-cache';
import { ApiError } from './errors';

/**
 * HTTP for the widget API: strong ETag and 304, brotli or gzip, and cache headers
 * that let a CDN serve the answer and revalidate it in the background.
 */
const CACHE_CONTROL = `public, max-age=${Number(process.env.WIDGET_MAX_AGE ?? 60)}, stale-while-revalidate=${Number(process.env.WIDGET_STALE_WHILE_REVALIDATE ?? 600)}`;

export interface HttpContext {
  method: string;
  status: number;
  body: unknown;
  type: string;
  get(name: string): string;
  set(name: string, value: string): void;
}

export function sendCached(ctx: HttpContext, response: CachedResponse, contentType = 'application/json; charset=utf-8') {
  const encoding = pickEncoding(ctx.get('Accept-Encoding'));
  ctx.set('ETag', etagFor(response, encoding));
  ctx.set('Cache-Control', CACHE_CONTROL);
  ctx.set('Vary', 'Accept-Encoding');
  if (matches(ctx.get('If-None-Match'), response.hash)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = 200;
  ctx.body = encoding ? encode(response, encoding) : response.json;
  ctx.type = contentType;
  if (encoding) ctx.set('Content-Encoding', encoding);
}

export function sendError(ctx: HttpContext, error: ApiError) {
  ctx.status = error.status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = error.toJSON();
}

/** Any of the client's tags for this content, whichever encoding it holds, is a match. */
function matches(header: string, hash: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value === `"${hash}"` || value === `"${hash}-br"` || value === `"${hash}-gzip"`;
  });
}

/** brotli when the client takes it, else gzip, else none; honours q=0. */
export function pickEncoding(header: string): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}
