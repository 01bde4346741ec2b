/**
 * Geometry for the walk: distances and compass directions between stops, and
 * the Web Mercator projection that both the drawn outline and the tile map use.
 */
export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS = 6371008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres. */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from a to b, in degrees clockwise from north (0..360). */
export function bearingDegrees(a: LatLng, b: LatLng): number {
  const y = Math.sin(rad(b.lng - a.lng)) * Math.cos(rad(b.lat));
  const x = Math.cos(rad(a.lat)) * Math.sin(rad(b.lat)) - Math.sin(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.cos(rad(b.lng - a.lng));
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

/** The eight compass points, as an index: 0 north, 1 north-east, … 7 north-west. */
export function compassPoint(degrees: number): number {
  return Math.round((((degrees % 360) + 360) % 360) / 45) % 8;
}

/** The size of a map tile in pixels. */
export const TILE = 256;

/** Web Mercator pixel coordinates of a point at a zoom level (fractional zooms are fine). */
export function project(p: LatLng, zoom: number): { x: number; y: number } {
  const scale = TILE * 2 ** zoom;
  const lat = Math.max(-85.05112878, Math.min(85.05112878, p.lat));
  const sin = Math.sin(rad(lat));
  return { x: ((p.lng + 180) / 360) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale };
}

/** What the map shows: a zoom level and a window in that zoom level's pixel space. */
export interface Viewport {
  zoom: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest zoom (whole numbers for tiles) at which every point fits into a
 * `width` × `height` window with `padding` pixels to spare, centred on the points.
 */
export function fitViewport(points: LatLng[], width: number, height: number, padding: number, wholeZoom: boolean, maxZoom = 17): Viewport {
  const base = points.map((p) => project(p, 0));
  const xs = base.map((p) => p.x);
  const ys = base.map((p) => p.y);
  const spanX = Math.max(...xs) - Math.min(...xs);
  const spanY = Math.max(...ys) - Math.min(...ys);
  const fit = (span: number, room: number) => (span > 0 ? Math.log2((room - 2 * padding) / span) : maxZoom);
  let zoom = Math.min(maxZoom, fit(spanX, width), fit(spanY, height));
  if (wholeZoom) zoom = Math.floor(zoom);
  zoom = Math.max(1, zoom);
  const scale = 2 ** zoom;
  const cx = ((Math.max(...xs) + Math.min(...xs)) / 2) * scale;
  const cy = ((Math.max(...ys) + Math.min(...ys)) / 2) * scale;
  return { zoom, left: cx - width / 2, top: cy - height / 2, width, height };
}
