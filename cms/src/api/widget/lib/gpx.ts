/** A walk as GPX 1.1: the stops as waypoints and, in order, as the route. */
export interface GpxWalk {
  slug: string;
  title: string;
  intro: string | null;
  stops: { order: number; title: string; lat: number; lng: number; directions: string | null }[];
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);

const point = (tag: string, stop: GpxWalk['stops'][number], indent: string) =>
  `${indent}<${tag} lat="${stop.lat.toFixed(6)}" lon="${stop.lng.toFixed(6)}">\n` +
  `${indent}  <name>${escapeXml(`${stop.order}. ${stop.title}`)}</name>\n` +
  (stop.directions ? `${indent}  <desc>${escapeXml(stop.directions)}</desc>\n` : '') +
  `${indent}</${tag}>\n`;

export function toGpx(walk: GpxWalk): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gpx version="1.1" creator="Samskab" xmlns="http://www.topografix.com/GPX/1/1">\n' +
    `  <metadata>\n    <name>${escapeXml(walk.title)}</name>\n` +
    (walk.intro ? `    <desc>${escapeXml(walk.intro)}</desc>\n` : '') +
    '  </metadata>\n' +
    walk.stops.map((stop) => point('wpt', stop, '  ')).join('') +
    `  <rte>\n    <name>${escapeXml(walk.title)}</name>\n` +
    walk.stops.map((stop) => point('rtept', stop, '    ')).join('') +
    '  </rte>\n' +
    '</gpx>\n'
  );
}
