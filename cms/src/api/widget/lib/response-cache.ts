import { createHash } from 'node:crypto';
import { brotliCompress, brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Serialised widget API responses, kept until the content changes. Each entry
 * holds the JSON once and its brotli and gzip forms, made on first demand, so
 * a cache hit costs no serialisation and no compression. The first brotli is a
 * fast one; the best (slow) one is made off the event loop and replaces it for
 * every later request.
 */
export interface CachedResponse {
  json: Buffer;
  /** Of the JSON; each encoding's ETag adds its own suffix (see etagFor). */
  hash: string;
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
  /** True while `encoded.br` is still the fast brotli: other bytes, so another ETag. */
  fastBrotli?: boolean;
}

export type Encoding = 'br' | 'gzip' | null;

/** JSON for any value; a string is taken as the finished body (GPX, for one). */
export function toResponse(value: unknown): CachedResponse {
  const json = Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 27);
  return { json, hash, encoded: {} };
}

/**
 * A strong ETag per representation: the same bytes always have the same tag.
 * The content's hash comes first, so that any of its tags revalidates (see http.ts).
 */
export function etagFor(response: CachedResponse, encoding: Encoding): string {
  const suffix = encoding === 'br' && response.fastBrotli ? '-br-fast' : encoding ? `-${encoding}` : '';
  return `"${response.hash}${suffix}"`;
}

const brotliParams = (quality: number, size: number) => ({ params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: size } });

export function encode(response: CachedResponse, encoding: 'br' | 'gzip'): Buffer {
  const ready = response.encoded[encoding];
  if (ready) return ready;
  if (encoding === 'gzip') return (response.encoded.gzip = gzipSync(response.json, { level: 6 }));
  response.encoded.br = brotliCompressSync(response.json, brotliParams(4, response.json.length));
  response.fastBrotli = true;
  brotliCompress(response.json, brotliParams(11, response.json.length), (error, best) => {
    if (error) return;
    response.encoded.br = best;
    response.fastBrotli = false;
  });
  return response.encoded.br;
}

/** A small map that forgets its oldest entries beyond `limit`, and everything on `clear`. */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
