import { MM, brand } from '../brand.js';
import { wrap } from '../fonts.js';
import { logo, textBlock } from './blocks.js';

/**
 * Poster (A3, A4) and flyer (A5): the photo across the top half, bled off
 * three edges; below it the brand's blue band with the institution's name,
 * the headline, the text, the contact line, the QR code to the sign-up form
 * and the logo. Every size scales from A4, so the pieces look alike.
 *
 * Pure: the same data gives the same layout, in points from the trim's top left.
 */

/** Share of the trimmed height that the photo takes. At 300 dpi on A3 that is 3579 x 2284 px with bleed. */
export const PHOTO_SHARE = 0.44;

/** The text boxes of a print piece, for laying out and for checking limits. */
export function printBoxes(format) {
  const { width: W } = trimPt(format);
  const s = W / (210 * MM);
  const m = 36 * s;
  const q = 104 * s;
  const flyer = format.template === 'flyer';
  return {
    name: { weight: 'bold', size: 21 * s, width: W - 2 * m, maxLines: 2, lineHeight: 1.2 },
    headline: { weight: 'bold', size: (flyer ? 44 : 52) * s, width: W - 2 * m, maxLines: 3, lineHeight: 1.08 },
    text: { weight: 'regular', size: (flyer ? 15.5 : 17) * s, width: W - 2 * m - q - 22 * s, maxLines: flyer ? 7 : 6, lineHeight: 1.3 },
    contact: { weight: 'regular', size: (flyer ? 11.5 : 12.5) * s, width: W - 2 * m - q - 22 * s, maxLines: 2, lineHeight: 1.3 },
  };
}

/** The trimmed size in points. */
export function trimPt(format) {
  return { width: format.trimMm[0] * MM, height: format.trimMm[1] * MM, bleed: format.bleedMm * MM };
}

/** The photo's box (with bleed) in points. */
export function printPhotoBox(format) {
  const { width: W, height: H, bleed: b } = trimPt(format);
  return { x: -b, y: -b, w: W + 2 * b, h: H * PHOTO_SHARE + b };
}

/**
 * @param {import('../index.js').TemplateData} data
 * @param {import('../index.js').Format} format
 */
export function printLayout(data, format) {
  const { width: W, height: H, bleed: b } = trimPt(format);
  const s = W / (210 * MM);
  const m = 36 * s;
  const q = 104 * s;
  const boxes = printBoxes(format);
  const piece = { da: format.labelDa, en: format.labelEn };
  const c = brand.colors;
  const photo = printPhotoBox(format);
  const bandTop = photo.y + photo.h;
  const nodes = [
    { type: 'rect', x: -b, y: -b, w: W + 2 * b, h: H + 2 * b, fill: c.primary },
    { type: 'photo', ...photo },
  ];

  const creditSize = Math.max(6, 7 * s);
  if (data.credit) {
    const credit = textBlock({
      field: 'credit',
      text: data.credit,
      box: { weight: 'regular', size: creditSize, width: W - 2 * m, maxLines: 1, lineHeight: 1.2 },
      x: m,
      top: bandTop + 5 * s,
      color: c.paper,
      align: 'right',
      piece,
    });
    nodes.push(credit.node);
  }

  let y = bandTop + 26 * s;
  const name = textBlock({ field: 'name', text: data.texts.name, box: boxes.name, x: m, top: y, color: c.accent, piece });
  nodes.push(name.node);
  y = name.bottom + 4 * s;
  const headline = textBlock({ field: 'headline', text: data.texts.headline, box: boxes.headline, x: m, top: y, color: c.paper, piece });
  nodes.push(headline.node);
  y = headline.bottom + 14 * s;

  // Two columns: text and contact on the left, the QR code on the right, set
  // on the logo's line from below; the text gets the lines that are left.
  const mark = 30 * s;
  const columnBottom = H - m - mark - 14 * s;
  const earliest = y;
  const contactStep = boxes.contact.size * boxes.contact.lineHeight;
  const textStep = boxes.text.size * boxes.text.lineHeight;
  const contactLines = data.texts.contact ? Math.min(boxes.contact.maxLines, wrap(data.texts.contact, boxes.contact.weight, boxes.contact.size, boxes.contact.width).length) : 0;
  const contactHeight = contactLines ? contactLines * contactStep + 10 * s : 0;
  const textBox = { ...boxes.text, maxLines: Math.max(0, Math.min(boxes.text.maxLines, Math.floor((columnBottom - earliest - contactHeight) / textStep + 1e-6))) };
  const textLines = data.texts.text ? Math.min(textBox.maxLines, wrap(data.texts.text, textBox.weight, textBox.size, textBox.width).length) : 0;
  const qrHeight = q + 24 * s;
  const columnTop = Math.max(earliest, columnBottom - Math.max(qrHeight, textLines * textStep + contactHeight));
  y = columnTop;
  if (data.texts.text) {
    const text = textBlock({ field: 'text', text: data.texts.text, box: textBox, x: m, top: y, color: c.paper, piece });
    nodes.push(text.node);
    y = text.bottom + 10 * s;
  }
  if (data.texts.contact) {
    const contact = textBlock({ field: 'contact', text: data.texts.contact, box: boxes.contact, x: m, top: y, color: c.accent, piece });
    nodes.push(contact.node);
  }

  // The QR code with its quiet zone on a white square.
  const qrX = W - m - q;
  nodes.push({ type: 'rect', x: qrX, y: columnTop, w: q, h: q, fill: c.paper, rx: 3 * s });
  nodes.push({ type: 'qr', x: qrX, y: columnTop, size: q, url: data.qrUrl, fill: c.ink, quietZone: 4 });
  const caption = textBlock({
    field: 'cta',
    text: 'Scan og meld dig',
    box: { weight: 'bold', size: 11.5 * s, width: q + 20 * s, maxLines: 1, lineHeight: 1.3 },
    x: qrX - 10 * s,
    top: columnTop + q + 5 * s,
    color: c.paper,
    align: 'center',
    piece,
  });
  nodes.push(caption.node);

  nodes.push(...logo({ x: m, y: H - m - mark, size: mark, color: c.paper, textColor: c.paper, piece }).nodes);

  return { unit: 'pt', width: W, height: H, bleed: b, nodes };
}
