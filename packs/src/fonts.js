import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { brand } from './brand.js';

/**
 * Text is laid out here, with fontkit, from the font files in the brand config:
 * the same glyphs and the same positions on every machine, in the PDF and in
 * the rasters alike. Nothing asks the operating system for a font.
 */

/** @typedef {'regular' | 'bold'} Weight */

/** @type {Map<Weight, { bytes: Uint8Array, font: any }>} */
const loaded = new Map();

/** The font file and its parsed font for a weight (read once per process). */
export function font(weight) {
  let entry = loaded.get(weight);
  if (!entry) {
    const bytes = new Uint8Array(readFileSync(brand.fonts[weight]));
    entry = { bytes, font: fontkit.create(bytes) };
    loaded.set(weight, entry);
  }
  return entry;
}

/**
 * @typedef {object} ShapedGlyph
 * @property {any} glyph fontkit glyph (path, codePoints)
 * @property {number} x left edge of the glyph, in font units from the start of the run
 * @property {number} advance the kerned advance, in font units
 */

/** @type {Map<string, { glyphs: ShapedGlyph[], width: number }>} */
const shapes = new Map();

/**
 * Shapes one line of text: glyphs with their kerned positions (font units).
 * @param {Weight} weight
 * @param {string} text
 */
export function shape(weight, text) {
  const key = `${weight}\u0000${text}`;
  let shaped = shapes.get(key);
  if (!shaped) {
    const run = font(weight).font.layout(text);
    let x = 0;
    const glyphs = run.glyphs.map((glyph, i) => {
      const position = run.positions[i];
      const item = { glyph, x: x + position.xOffset, advance: position.xAdvance };
      x += position.xAdvance;
      return item;
    });
    shaped = { glyphs, width: x };
    if (shapes.size > 5000) shapes.clear();
    shapes.set(key, shaped);
  }
  return shaped;
}

/** Width of `text` at `size` (layout units). */
export function measure(weight, text, size) {
  return (shape(weight, text).width * size) / font(weight).font.unitsPerEm;
}

/** Metrics of a weight at `size`: ascent and descent (positive, below the baseline) and cap height. */
export function metrics(weight, size) {
  const f = font(weight).font;
  const scale = size / f.unitsPerEm;
  return { ascent: f.ascent * scale, descent: -f.descent * scale, capHeight: f.capHeight * scale };
}

/** Collapses runs of spaces and trims; keeps line breaks the writer typed. */
export function normalise(text) {
  return String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Breaks `text` into lines no wider than `width`. Words that are wider than a
 * line on their own are broken between letters with a hyphen. Returns every
 * line it needs: the caller decides whether that many fit.
 * @param {string} text normalised text
 * @param {Weight} weight
 * @param {number} size
 * @param {number} width
 * @returns {string[]}
 */
export function wrap(text, weight, size, width) {
  const lines = [];
  for (const paragraph of text.split('\n')) {
    if (!paragraph) {
      lines.push('');
      continue;
    }
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(weight, candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      // A word too long for a line of its own is broken with a hyphen.
      let rest = word;
      while (measure(weight, rest, size) > width) {
        const cut = Math.max(1, longestPrefix(weight, rest, size, width - measure(weight, '-', size)));
        lines.push(`${rest.slice(0, cut)}-`);
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** How many UTF-16 units of `text` fit in `width` (from one shaping, by the glyphs' advances). */
function longestPrefix(weight, text, size, width) {
  const { glyphs } = shape(weight, text);
  const scale = size / font(weight).font.unitsPerEm;
  let x = 0;
  let units = 0;
  for (const g of glyphs) {
    x += g.advance * scale;
    if (x > width) break;
    units += (g.glyph.codePoints ?? [0]).reduce((n, cp) => n + (cp > 0xffff ? 2 : 1), 0);
  }
  return Math.min(units, text.length - 1);
}
