import { svg, type SVGTemplateResult } from 'lit';
import { TILE, type Viewport } from './walk-geo.js';

/**
 * The map background: raster tiles from the tile URL the host configured
 * (`tiles="https://tiles.example/{z}/{x}/{y}.png"`), drawn as SVG images under
 * the route. This module is loaded only when the `tiles` attribute is set, so
 * a walk without a map never downloads it.
 */

/** A tile URL template that is safe to use: http(s), with {z}, {x} and {y}; relative URLs resolve against the page. */
export function tileTemplate(value: string | null | undefined): string | null {
  if (!value || !/\{z\}/.test(value) || !/\{x\}/.test(value) || !/\{y\}/.test(value)) return null;
  try {
    const url = new URL(value.replace(/\{([zxy])\}/g, '0'), document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return new URL(value.trim(), document.baseURI).href.replace(/%7B([zxy])%7D/gi, '{$1}');
  } catch {
    return null;
  }
}

/**
 * The tiles that cover the viewport. Each tile is an SVG pattern painted into a
 * rectangle cut to the viewport, so nothing is drawn (or measured) outside the map.
 */
export function renderTiles(template: string, view: Viewport, onError: () => void, onLoad: () => void): SVGTemplateResult {
  const z = view.zoom;
  const count = 2 ** z;
  const right = view.left + view.width;
  const bottom = view.top + view.height;
  const patterns: SVGTemplateResult[] = [];
  const rects: SVGTemplateResult[] = [];
  for (let ty = Math.floor(view.top / TILE); ty * TILE < bottom; ty++) {
    if (ty < 0 || ty >= count) continue;
    for (let tx = Math.floor(view.left / TILE); tx * TILE < right; tx++) {
      const x = ((tx % count) + count) % count;
      const href = template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(ty));
      const id = `tile-${tx}-${ty}`;
      const x0 = Math.max(view.left, tx * TILE);
      const y0 = Math.max(view.top, ty * TILE);
      patterns.push(
        svg`<pattern id=${id} patternUnits="userSpaceOnUse" x=${tx * TILE} y=${ty * TILE} width=${TILE} height=${TILE}><image href=${href} width=${TILE} height=${TILE} @error=${onError} @load=${onLoad}></image></pattern>`,
      );
      rects.push(svg`<rect class="tile" x=${x0} y=${y0} width=${Math.min(right, (tx + 1) * TILE) - x0} height=${Math.min(bottom, (ty + 1) * TILE) - y0} fill="url(#${id})"></rect>`);
    }
  }
  return svg`<defs>${patterns}</defs>${rects}`;
}
