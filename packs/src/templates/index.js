import { printLayout, printPhotoBox } from './print.js';
import { socialLayout } from './social.js';

/**
 * Every piece of a pack. Print pieces are PDFs with 3 mm bleed; screen pieces
 * are JPEG and WebP. `use` is the photo use the piece needs ('print' or 'social').
 *
 * @type {readonly import('../index.js').Format[]}
 */
export const FORMATS = Object.freeze([
  { id: 'poster-a3', kind: 'print', use: 'print', template: 'poster', trimMm: [297, 420], bleedMm: 3, file: 'plakat-A3', labelDa: 'plakaten (A3)', labelEn: 'the poster (A3)', titleDa: 'Plakat A3' },
  { id: 'poster-a4', kind: 'print', use: 'print', template: 'poster', trimMm: [210, 297], bleedMm: 3, file: 'plakat-A4', labelDa: 'plakaten (A4)', labelEn: 'the poster (A4)', titleDa: 'Plakat A4' },
  { id: 'flyer-a5', kind: 'print', use: 'print', template: 'flyer', trimMm: [148, 210], bleedMm: 3, file: 'flyer-A5', labelDa: 'flyeren (A5)', labelEn: 'the flyer (A5)', titleDa: 'Flyer A5' },
  { id: 'banner', kind: 'raster', use: 'social', template: 'banner', sizePx: [1200, 628], file: 'webbanner-1200x628', labelDa: 'webbanneret', labelEn: 'the web banner', titleDa: 'Webbanner 1200 × 628' },
  { id: 'square', kind: 'raster', use: 'social', template: 'square', sizePx: [1080, 1080], file: 'opslag-kvadrat-1080x1080', labelDa: 'det kvadratiske opslag', labelEn: 'the square post', titleDa: 'Opslag 1080 × 1080' },
  { id: 'story', kind: 'raster', use: 'social', template: 'story', sizePx: [1080, 1920], file: 'story-1080x1920', labelDa: 'storyen', labelEn: 'the story', titleDa: 'Story 1080 × 1920' },
].map((f) => Object.freeze(f)));

/** The format with `id`, or throws. */
export function format(id) {
  const found = FORMATS.find((f) => f.id === id);
  if (!found) throw new Error(`Unknown format "${id}". Known: ${FORMATS.map((f) => f.id).join(', ')}.`);
  return found;
}

/**
 * The layout of one piece: a pure function of the data and the format.
 * @param {import('../index.js').TemplateData} data
 * @param {import('../index.js').Format} f
 * @returns {import('../index.js').Layout}
 */
export function layout(data, f) {
  return f.kind === 'print' ? printLayout(data, f) : socialLayout(data, f);
}

/** The photo's box in the format's unit (print: points, with bleed). */
export function photoBox(f) {
  if (f.kind === 'print') return printPhotoBox(f);
  const l = layout({ texts: { name: 'x', headline: 'x', text: '', contact: '', cta: '' }, credit: '', qrUrl: 'https://x' }, f);
  const node = l.nodes.find((n) => n.type === 'photo');
  return { x: node.x, y: node.y, w: node.w, h: node.h };
}

/**
 * The photo's box in pixels: print at 300 dpi (the size the photo must have
 * at least), screens as they are.
 */
export function photoPixels(f, dpi = 300) {
  const box = photoBox(f);
  const scale = f.kind === 'print' ? dpi / 72 : 1;
  return { width: Math.round(box.w * scale), height: Math.round(box.h * scale) };
}
