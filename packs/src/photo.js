import sharp from 'sharp';
import { PackError } from './errors.js';

/**
 * The photo: decoded once per pack (upright, sRGB), then cropped around its
 * focal point for each piece. Never enlarged: a photo too small for a piece at
 * 300 dpi is refused with the size it needs.
 */

sharp.cache({ memory: 64, items: 20, files: 0 });

/**
 * @typedef {object} DecodedPhoto
 * @property {Buffer} data raw RGB pixels
 * @property {number} width
 * @property {number} height
 * @property {{ x: number, y: number }} focal 0..1 from the top left
 */

/**
 * @param {Uint8Array} bytes an image file (JPEG, PNG, WebP, ...)
 * @param {{ x: number, y: number }} focal
 * @param {number} [maxSide] decode smaller than this (previews)
 * @returns {Promise<DecodedPhoto>}
 */
export async function decodePhoto(bytes, focal, maxSide) {
  let pipeline = sharp(bytes, { failOn: 'error' }).rotate();
  if (maxSide) pipeline = pipeline.resize(maxSide, maxSide, { fit: 'inside', withoutEnlargement: true });
  try {
    const { data, info } = await pipeline.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, focal: { x: clamp01(focal?.x), y: clamp01(focal?.y) } };
  } catch (error) {
    throw unreadable(error);
  }
}

/** The size of an image file without decoding its pixels (upright). */
export async function photoSize(bytes) {
  let meta;
  try {
    meta = await sharp(bytes).metadata();
  } catch (error) {
    throw unreadable(error);
  }
  const turned = (meta.orientation ?? 1) >= 5;
  return { width: (turned ? meta.height : meta.width) ?? 0, height: (turned ? meta.width : meta.height) ?? 0 };
}

function unreadable(error) {
  return new PackError('photo_unreadable', 'Fotoet kunne ikke læses som et billede. Vælg et andet foto, eller bed kommunikationsafdelingen tjekke filen.', {
    field: 'photo',
    messageEn: 'The photo could not be read as an image. Choose another photo, or ask the communication team to check the file.',
    status: 422,
    details: { cause: String(error?.message ?? error) },
  });
}

/**
 * The region of the photo to use for a box of `width` x `height` pixels: the
 * largest region of the box's shape, centred on the focal point as far as the
 * edges allow. `scale` is how much it is enlarged (> 1 means too small).
 */
export function cropRegion(photo, width, height) {
  const scale = Math.max(width / photo.width, height / photo.height);
  const w = Math.min(photo.width, Math.round(width / scale));
  const h = Math.min(photo.height, Math.round(height / scale));
  const left = Math.round(Math.min(photo.width - w, Math.max(0, photo.focal.x * photo.width - w / 2)));
  const top = Math.round(Math.min(photo.height - h, Math.max(0, photo.focal.y * photo.height - h / 2)));
  return { left, top, width: w, height: h, scale };
}

/** A sharp pipeline with the photo cropped around its focal point and sized to `width` x `height`. */
export function croppedPhoto(photo, width, height) {
  const region = cropRegion(photo, width, height);
  return sharp(photo.data, { raw: { width: photo.width, height: photo.height, channels: 3 } })
    .extract(region)
    .resize(width, height, { fit: 'fill', kernel: 'lanczos3' });
}

function clamp01(value) {
  const v = Number(value ?? 0.5);
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.5;
}
