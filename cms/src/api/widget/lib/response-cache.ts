import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Serialised widget API responses, kept until the content changes. Each entry
 * holds the JSON once and its brotli and gzip forms, made on first demand, so
 * a cache hit costs no serialisation and no compression; that is also why
 * brotli can run at its best (slowest) quality.
 */
export interface CachedResponse {
  json: Buffer;
  etag: string;
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
}

/** JSON for any value; a string is taken as the finished body (GPX, for one). */
export function toResponse(value: unknown): CachedResponse {
  const json = Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
  return { json, etag, encoded: {} };
}

export function encode(response: CachedResponse, encoding: 'br' | 'gzip'): Buffer {
  return (response.encoded[encoding] ??=
    encoding === 'br'
      ? brotliCompressSync(response.json, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: response.json.length } })
      : gzipSync(response.json, { level: 9 }));
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
