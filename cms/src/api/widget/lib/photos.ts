import { today as todayInDenmark } from '../../../lib/today';

/**
 * Photo assets as the widgets get them. A photo whose consent has expired or
 * been withdrawn is never served: `toImage` returns null and the widget shows no photo.
 */
export interface Image {
  url: string;
  alt: string;
  credit: string;
  width: number;
  height: number;
  focal: { x: number; y: number };
  srcset: string;
}

export interface ConsentRecord {
  expiresAt?: string | null;
  withdrawn?: boolean | null;
}

interface UploadFormat {
  url: string;
  width: number;
  height: number;
}

export interface PhotoAssetRecord {
  alt?: string | null;
  credit?: string | null;
  focalX?: number | string | null;
  focalY?: number | string | null;
  consents?: ConsentRecord[] | null;
  useWeb?: boolean | null;
  usePrint?: boolean | null;
  useSocial?: boolean | null;
  image?: (UploadFormat & { formats?: Record<string, UploadFormat> | null }) | null;
}

export type PhotoUse = 'web' | 'print' | 'social';

/** An upload and every rendition Strapi made of it (`formats`). */
export function fileAndRenditions<F extends { formats?: Record<string, F> | null }>(file: F | null | undefined): F[] {
  return file ? [file, ...Object.values(file.formats ?? {})] : [];
}

/** Whether one of the photo's consents has been withdrawn or has run out: then it may not be used at all. Dates compare as ISO days. */
export function consentLapse(photo: PhotoAssetRecord, today = todayInDenmark()): 'consent_withdrawn' | 'consent_expired' | null {
  for (const consent of photo.consents ?? []) {
    if (consent.withdrawn) return 'consent_withdrawn';
    if (!consent.expiresAt || consent.expiresAt < today) return 'consent_expired';
  }
  return null;
}

/** Why a photo may not be used for `use`, or null when it may. */
export function consentProblem(photo: PhotoAssetRecord, use: PhotoUse, today = todayInDenmark()): string | null {
  const lapse = consentLapse(photo, today);
  if (lapse) return lapse;
  const allowed = { web: photo.useWeb, print: photo.usePrint, social: photo.useSocial }[use];
  return allowed ? null : `not_allowed_for_${use}`;
}

/** Renditions a widget may need; bigger originals stay on the server for print. */
export const HERO_WIDTHS = { min: 200, max: 2000 };
/** A card is at most about 500 CSS px wide: 500 to 1000 px covers 1x and 2x screens. */
export const CARD_WIDTHS = { min: 500, max: 1000 };

export function toImage(photo: PhotoAssetRecord | null | undefined, today?: string, widths = HERO_WIDTHS): Image | null {
  const file = photo?.image;
  if (!photo || !file || consentProblem(photo, 'web', today)) return null;
  const renditions = fileAndRenditions(file)
    .filter((format) => format.url && format.width && format.width >= widths.min && format.width <= widths.max)
    .sort((a, b) => a.width - b.width);
  // Only a huge original with no smaller rendition is served as it is.
  const largest = renditions[renditions.length - 1] ?? file;
  return {
    url: largest.url,
    alt: photo.alt ?? '',
    credit: creditName(photo.credit),
    width: largest.width,
    height: largest.height,
    focal: { x: clamp01(photo.focalX), y: clamp01(photo.focalY) },
    srcset: renditions.map((format) => `${format.url} ${format.width}w`).join(', '),
  };
}

/** Editors often write "Foto: …"; widgets add the label in the reader's language, so it goes here. */
export function creditName(credit: string | null | undefined): string {
  return (credit ?? '').replace(/^\s*(foto|photo|fotograf|photographer)\s*:\s*/i, '').trim();
}

function clamp01(value: number | string | null | undefined): number {
  const n = Number(value ?? 0.5);
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0.5;
}
