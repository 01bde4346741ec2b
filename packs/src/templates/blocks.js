import { PackError, FIELD_NAMES } from '../errors.js';
import { measure, metrics, wrap } from '../fonts.js';
import { brand } from '../brand.js';

/**
 * Building blocks for the templates. A layout is plain data: rectangles,
 * circles, the photo's box, lines of text with their baselines, the QR code's
 * box. Coordinates are in the format's unit (pt for print, px for screens),
 * from the top left of the trimmed piece; print nodes may reach into the bleed.
 */

/**
 * @typedef {{ weight: 'regular' | 'bold', size: number, width: number, maxLines: number, lineHeight: number }} Box
 */

/** Whether `text` fits `box`. */
export function fits(text, box) {
  return wrap(text, box.weight, box.size, box.width).length <= box.maxLines;
}

/** The longest prefix of `text` (in characters) that fits `box`. */
export function charsThatFit(text, box) {
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(chars.slice(0, mid).join('').trimEnd(), box)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The refusal for a text that does not fit, with how many characters fit,
 * measured with the font on this piece.
 */
export function tooLong(field, text, box, pieceDa, pieceEn) {
  return tooLongError(field, charsThatFit(text, box), Array.from(text).length, { maxLines: box.maxLines, pieceDa, pieceEn });
}

/** The refusal itself, from the numbers. */
export function tooLongError(field, fit, have, { maxLines, pieceDa, pieceEn }) {
  const name = FIELD_NAMES[/** @type {keyof typeof FIELD_NAMES} */ (field)] ?? { da: field, en: field };
  return new PackError(
    'text_too_long',
    `${name.da} er for lang til ${pieceDa}: der er plads til ${fit} tegn, og den har ${have}. Gør den kortere.`,
    {
      field,
      messageEn: `${name.en} is too long for ${pieceEn}: ${fit} characters fit, and it has ${have}. Please shorten it.`,
      details: { fits: fit, length: have, maxLines, piece: pieceDa, pieceEn },
    },
  );
}

/**
 * Lays `text` out in `box` from the top edge `top` (not the baseline).
 * Throws when it does not fit: text is never cut off silently.
 * @returns {{ node: object, bottom: number, lines: string[] }}
 */
export function textBlock({ field, text, box, x, top, color, align = 'left', piece }) {
  const lines = wrap(text, box.weight, box.size, box.width);
  if (lines.length > box.maxLines) throw tooLong(field, text, box, piece.da, piece.en);
  const { capHeight } = metrics(box.weight, box.size);
  const step = box.size * box.lineHeight;
  // Each line is a box `step` high with the capitals centred in it, so that
  // `top` is close to where the letters visibly start.
  const nodeLines = lines.map((line, i) => {
    const width = measure(box.weight, line, box.size);
    const dx = align === 'right' ? box.width - width : align === 'center' ? (box.width - width) / 2 : 0;
    return { text: line, x: x + dx, y: top + i * step + (step + capHeight) / 2, width };
  });
  return {
    node: { type: 'text', field, weight: box.weight, size: box.size, color, lines: nodeLines },
    bottom: top + lines.length * step,
    lines,
  };
}

/**
 * The logo: three circles and the sender's name. `size` is the height of the mark.
 * @returns {{ nodes: object[], width: number }}
 */
export function logo({ x, y, size, color, textColor, piece }) {
  const scale = size / 100;
  const nodes = brand.logo.circles.map((c, i) => ({
    type: 'circle',
    cx: x + c.cx * scale,
    cy: y + c.cy * scale,
    r: c.r * scale,
    fill: color,
    opacity: [0.95, 0.75, 0.55][i],
  }));
  const textSize = size * 0.42;
  const box = { weight: /** @type {const} */ ('bold'), size: textSize, width: 10000, maxLines: 1, lineHeight: 1 };
  const label = textBlock({ field: 'logo', text: brand.sender, box, x: x + size * 1.08, top: y + (size - metrics('bold', textSize).capHeight) / 2, color: textColor, piece });
  return { nodes: [...nodes, label.node], width: size * 1.08 + label.node.lines[0].width };
}
