import sharp from 'sharp';
import { brand } from '../brand.js';
import { croppedPhoto } from '../photo.js';
import { toSvg } from './svg.js';

/**
 * A layout as pixels: the nodes before the photo, the photo cropped around its
 * focal point, then the nodes after it, composed by sharp.
 *
 * Screen pieces are drawn 1:1. Print pieces are drawn at `dpi`, either the
 * trimmed piece (previews, snapshots) or with the bleed.
 *
 * @param {import('../index.js').Layout} layout
 * @param {import('../photo.js').DecodedPhoto} photo
 * @param {{ dpi?: number, bleed?: boolean }} [options]
 * @returns {Promise<{ data: Buffer, info: { width: number, height: number, channels: number } }>} raw RGB
 */
export async function rasterise(layout, photo, { dpi = 72, bleed = false } = {}) {
  const scale = layout.unit === 'pt' ? dpi / 72 : 1;
  const edge = bleed ? layout.bleed : 0;
  const width = Math.round((layout.width + 2 * edge) * scale);
  const height = Math.round((layout.height + 2 * edge) * scale);
  const view = { width, height, scale, dx: edge, dy: edge };

  const at = layout.nodes.findIndex((node) => node.type === 'photo');
  const before = at < 0 ? layout.nodes : layout.nodes.slice(0, at);
  const after = at < 0 ? [] : layout.nodes.slice(at + 1);
  const layers = [{ input: Buffer.from(toSvg(before, view)), left: 0, top: 0 }];
  if (at >= 0) {
    const box = layout.nodes[at];
    // Whole pixels, clipped to the canvas.
    const x0 = Math.max(0, Math.round((box.x + edge) * scale));
    const y0 = Math.max(0, Math.round((box.y + edge) * scale));
    const x1 = Math.min(width, Math.round((box.x + box.w + edge) * scale));
    const y1 = Math.min(height, Math.round((box.y + box.h + edge) * scale));
    if (x1 > x0 && y1 > y0) {
      const pixels = await croppedPhoto(photo, x1 - x0, y1 - y0).raw().toBuffer();
      layers.push({ input: pixels, raw: { width: x1 - x0, height: y1 - y0, channels: 3 }, left: x0, top: y0 });
    }
  }
  if (after.length) layers.push({ input: Buffer.from(toSvg(after, view)), left: 0, top: 0 });

  return sharp({ create: { width, height, channels: 3, background: brand.colors.paper } })
    .composite(layers)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
}

/** Encodes raw RGB as JPEG, WebP or PNG. */
export function encode(raw, type, quality) {
  const image = sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } });
  if (type === 'jpeg') return image.jpeg({ quality: quality ?? 86, mozjpeg: false, chromaSubsampling: '4:2:0' }).withMetadata({ density: 72 }).toBuffer();
  if (type === 'webp') return image.webp({ quality: quality ?? 82, effort: 3 }).toBuffer();
  return image.png({ compressionLevel: 9, palette: false }).toBuffer();
}
