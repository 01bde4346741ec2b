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
  ctx.set('Cache-Control', CACHE_CONTROL);
  ctx.set('Vary', 'Accept-Encoding');
  if (matches(ctx.get('If-None-Match'), response.hash)) {
    ctx.set('ETag', etagFor(response, encoding));
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = 200;
  ctx.body = encoding ? encode(response, encoding) : response.json;
  // After encoding: the tag names the bytes that are sent.
  ctx.set('ETag', etagFor(response, encoding));
  ctx.type = contentType;
  if (encoding) ctx.set('Content-Encoding', encoding);
}

export function sendError(ctx: HttpContext, error: ApiError) {
  ctx.status = error.status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = error.toJSON();
}

/**
 * Any of the client's tags for this content, whichever encoding it holds, is a
 * match. If-None-Match compares weakly (RFC 9110, 13.1.2): a `W/` tag, as a
 * proxy that recompresses writes it, matches too.
 */
export function matches(header: string, hash: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === `"${hash}"` || (value.startsWith(`"${hash}-`) && value.endsWith('"'));
  });
}

/** The encoding the client weighs highest, brotli on a tie; none when both are refused (q=0). */
export function pickEncoding(header: string): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    accepted.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return null;
}
