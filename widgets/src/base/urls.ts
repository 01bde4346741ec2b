import type { Image } from './api-types.js';

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A link target that is safe to put in `href`: http(s), mailto and tel, or a
 * relative URL (resolved against `base` when given). Anything else (javascript:,
 * data:, ...) gives `undefined`, so the caller renders plain text.
 */
export function safeHref(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base ?? document.baseURI);
    return LINK_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An image source from the API: relative URLs are resolved against the API origin. */
export function imageSrc(src: string, apiOrigin: string): string | undefined {
  try {
    const url = new URL(src.trim(), apiOrigin);
    if (/^https?:$/.test(url.protocol)) return url.href;
    // Inline images (the pattern implies the data: scheme).
    if (/^data:image\/(png|jpeg|webp|avif|gif|svg\+xml)[;,]/i.test(src.trim())) return src.trim();
    return undefined;
  } catch {
    return undefined;
  }
}

/** Rewrites each candidate of a srcset with {@link imageSrc}; drops the ones that are not safe. */
export function imageSrcset(srcset: string, apiOrigin: string): string | undefined {
  if (!srcset) return undefined;
  const candidates = srcset
    .split(/,\s+/)
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      const resolved = url ? imageSrc(url, apiOrigin) : undefined;
      return resolved ? [resolved, ...descriptor].join(' ') : null;
    })
    .filter((c): c is string => c !== null);
  return candidates.length ? candidates.join(', ') : undefined;
}

/** `object-position` for a focal point. */
export function focalPosition(image: Pick<Image, 'focal'>): string {
  const clamp = (n: number) => Math.min(1, Math.max(0, Number.isFinite(n) ? n : 0.5));
  return `${Math.round(clamp(image.focal?.x ?? 0.5) * 100)}% ${Math.round(clamp(image.focal?.y ?? 0.5) * 100)}%`;
}
