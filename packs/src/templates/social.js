import { brand } from '../brand.js';
import { logo, textBlock } from './blocks.js';

/**
 * Screen pieces, in pixels: the web banner (1200 x 628, photo left, text
 * right), the social square (1080 x 1080) and the story (1080 x 1920), both
 * with the photo on top. No QR code on screens: the call to action is a button
 * look-alike with the campaign's label, and the post's text carries the link.
 *
 * Pure: the same data gives the same layout.
 */

const SPECS = {
  banner: {
    photo: (W, H) => ({ x: 0, y: 0, w: 660, h: H }),
    band: (W, H) => ({ x: 660, y: 0, w: W - 660, h: H }),
    pad: 44,
    name: { weight: 'bold', size: 26, maxLines: 2, lineHeight: 1.2 },
    headline: { weight: 'bold', size: 44, maxLines: 3, lineHeight: 1.1 },
    cta: 24,
    mark: 40,
  },
  square: {
    photo: (W) => ({ x: 0, y: 0, w: W, h: 600 }),
    band: (W, H) => ({ x: 0, y: 600, w: W, h: H - 600 }),
    pad: 64,
    name: { weight: 'bold', size: 34, maxLines: 1, lineHeight: 1.2 },
    headline: { weight: 'bold', size: 60, maxLines: 2, lineHeight: 1.08 },
    cta: 0,
    mark: 48,
  },
  story: {
    // Instagram and Facebook cover about the top and bottom 200 px of a story with their own controls.
    photo: (W) => ({ x: 0, y: 0, w: W, h: 900 }),
    band: (W, H) => ({ x: 0, y: 900, w: W, h: H - 900 }),
    pad: 64,
    name: { weight: 'bold', size: 48, maxLines: 2, lineHeight: 1.2 },
    headline: { weight: 'bold', size: 92, maxLines: 3, lineHeight: 1.08 },
    cta: 42,
    mark: 60,
    bottomSafe: 200,
  },
};

/**
 * @param {import('../index.js').TemplateData} data
 * @param {import('../index.js').Format} format
 */
export function socialLayout(data, format) {
  const spec = SPECS[/** @type {keyof typeof SPECS} */ (format.template)];
  const [W, H] = format.sizePx;
  const c = brand.colors;
  const piece = { da: format.labelDa, en: format.labelEn };
  const photo = spec.photo(W, H);
  const band = spec.band(W, H);
  const p = spec.pad;
  const inner = band.w - 2 * p;
  const nodes = [
    { type: 'rect', x: 0, y: 0, w: W, h: H, fill: c.primary },
    { type: 'photo', ...photo },
  ];

  if (data.credit) {
    const size = format.template === 'banner' ? 14 : 20;
    const credit = textBlock({
      field: 'credit',
      text: data.credit,
      box: { weight: 'regular', size, width: photo.w - 24, maxLines: 1, lineHeight: 1.5 },
      x: photo.x + 12,
      top: photo.y + photo.h - size * 1.5 - 10,
      color: c.paper,
      piece,
    });
    const width = Math.max(...credit.node.lines.map((l) => l.width));
    nodes.push({ type: 'rect', x: photo.x + 6, y: photo.y + photo.h - size * 1.5 - 14, w: width + 12, h: size * 1.5 + 8, fill: c.ink, opacity: 0.6, rx: 4 });
    nodes.push(credit.node);
  }

  let y = band.y + p;
  const name = textBlock({ field: 'name', text: data.texts.name, box: { ...spec.name, width: inner }, x: band.x + p, top: y, color: c.accent, piece });
  nodes.push(name.node);
  y = name.bottom + 6;
  const headline = textBlock({ field: 'headline', text: data.texts.headline, box: { ...spec.headline, width: inner }, x: band.x + p, top: y, color: c.paper, piece });
  nodes.push(headline.node);
  y = headline.bottom + spec.headline.size * 0.5;

  if (spec.cta && data.texts.cta) {
    const size = spec.cta;
    const label = textBlock({
      field: 'cta',
      text: data.texts.cta,
      box: { weight: 'bold', size, width: inner - size * 1.6, maxLines: 1, lineHeight: 1 },
      x: band.x + p + size * 0.8,
      top: y + size * 0.55,
      color: c.onAccent,
      piece,
    });
    const w = label.node.lines[0].width + size * 1.6;
    nodes.push({ type: 'rect', x: band.x + p, y, w, h: size * 2.1, fill: c.accent, rx: size * 1.05 });
    nodes.push(label.node);
  }

  const bottom = band.y + band.h - p - (spec.bottomSafe ?? 0);
  nodes.push(...logo({ x: band.x + p, y: bottom - spec.mark, size: spec.mark, color: c.paper, textColor: c.paper, piece }).nodes);
  return { unit: 'px', width: W, height: H, bleed: 0, nodes };
}
