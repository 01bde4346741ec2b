import { font, shape } from '../fonts.js';
import { qrPath } from '../qr.js';

/**
 * A layout as SVG, for the rasters. Text is drawn as the fonts' glyph outlines
 * (no <text>, so the rasteriser needs no font of its own and the result does
 * not depend on the machine). The photo is not in the SVG: the raster renderer
 * puts it between the nodes before and after it.
 */

const n = (v) => (Math.round(v * 100) / 100).toString();
/** Scale factors need more digits than positions. */
const e = (v) => Number(v.toPrecision(6)).toString();

/** Escapes a colour or other attribute value (they come from the brand config, but still). */
const attr = (v) => String(v).replace(/[&<>"']/g, '');

/**
 * @param {object[]} nodes layout nodes (no photo)
 * @param {{ width: number, height: number, scale: number, dx: number, dy: number }} view
 *   the canvas in pixels and how layout units map to it: px = (unit + dx) * scale
 */
export function toSvg(nodes, view) {
  const defs = new Map();
  const body = [];
  const { scale: k, dx, dy } = view;
  const X = (v) => n((v + dx) * k);
  const Y = (v) => n((v + dy) * k);
  const L = (v) => n(v * k);
  const opacity = (node) => (node.opacity !== undefined && node.opacity < 1 ? ` fill-opacity="${n(node.opacity)}"` : '');

  for (const node of nodes) {
    switch (node.type) {
      case 'rect':
        body.push(`<rect x="${X(node.x)}" y="${Y(node.y)}" width="${L(node.w)}" height="${L(node.h)}"${node.rx ? ` rx="${L(node.rx)}"` : ''} fill="${attr(node.fill)}"${opacity(node)}/>`);
        break;
      case 'circle':
        body.push(`<circle cx="${X(node.cx)}" cy="${Y(node.cy)}" r="${L(node.r)}" fill="${attr(node.fill)}"${opacity(node)}/>`);
        break;
      case 'qr': {
        const { size, path } = qrPath(node.url);
        const quiet = node.quietZone ?? 0;
        const m = (node.size * k) / (size + 2 * quiet);
        const ox = (node.x + dx) * k + quiet * m;
        const oy = (node.y + dy) * k + quiet * m;
        body.push(`<path transform="matrix(${e(m)} 0 0 ${e(m)} ${n(ox)} ${n(oy)})" d="${path}" fill="${attr(node.fill)}" shape-rendering="crispEdges"/>`);
        break;
      }
      case 'text': {
        const f = font(node.weight).font;
        const s = (node.size * k) / f.unitsPerEm;
        const uses = [];
        for (const line of node.lines) {
          for (const g of shape(node.weight, line.text).glyphs) {
            const id = `${node.weight[0]}${g.glyph.id}`;
            if (!defs.has(id)) defs.set(id, g.glyph.path.toSVG());
            if (!defs.get(id)) continue; // a space has no outline
            uses.push(`<use href="#${id}" transform="matrix(${e(s)} 0 0 ${e(-s)} ${n((line.x + dx) * k + g.x * s)} ${n((line.y + dy) * k)})"/>`);
          }
        }
        body.push(`<g fill="${attr(node.color)}">${uses.join('')}</g>`);
        break;
      }
      default:
        throw new Error(`toSvg: unknown node type "${node.type}"`);
    }
  }
  const glyphs = [...defs].filter(([, d]) => d).map(([id, d]) => `<path id="${id}" d="${d}"/>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${view.width}" height="${view.height}" viewBox="0 0 ${view.width} ${view.height}">` +
    (glyphs.length ? `<defs>${glyphs.join('')}</defs>` : '') +
    body.join('') +
    `</svg>`
  );
}
