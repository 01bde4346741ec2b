import { DOMParser } from '@xmldom/xmldom';

/**
 * Reads the stops of a walk from a GPX file (1.0 or 1.1): each `<wpt>` is a stop
 * in document order (a file without waypoints may give its `<rtept>`s instead).
 * A waypoint's `<name>` is the stop's title; a leading number ("3. Bazar Vest",
 * as our export writes it) is the stop's place in the walk. Its `<desc>` (else
 * `<cmt>`) is the directions to the next stop.
 *
 * The XML parser does not load external entities or DTDs. Errors are thrown as
 * {@link GpxError} with a Danish message that says what to fix.
 */
export interface GpxStop {
  /** The number in front of the name, when there is one. */
  number: number | null;
  title: string;
  lat: number;
  lng: number;
  directions: string | null;
}

export interface GpxRoute {
  name: string | null;
  stops: GpxStop[];
}

export class GpxError extends Error {
  override readonly name = 'GpxError';
}

export const MAX_STOPS = 100;
const TITLE_MAX = 255;
const DIRECTIONS_MAX = 500;
const NUMBERED = /^\s*(\d{1,3})\s*[.):-]\s*(.+)$/s;

type El = { localName: string; textContent: string | null; getAttribute(name: string): string | null; childNodes: ArrayLike<any> };

const children = (el: El, name: string): El[] =>
  Array.from(el.childNodes as ArrayLike<any>).filter((n: any) => n.nodeType === 1 && n.localName === name) as El[];
const text = (el: El, name: string): string | null => {
  const value = children(el, name)[0]?.textContent?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
};

function descendants(root: any, name: string): El[] {
  const out: El[] = [];
  const walk = (node: any) => {
    for (const child of Array.from(node.childNodes as ArrayLike<any>)) {
      if (child.nodeType !== 1) continue;
      if (child.localName === name) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

function coordinate(el: El, attribute: 'lat' | 'lon', where: string): number {
  const raw = el.getAttribute(attribute);
  const value = raw === null || raw.trim() === '' ? NaN : Number(raw);
  const limit = attribute === 'lat' ? 90 : 180;
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    throw new GpxError(`${where} har ${raw === null ? `ingen ${attribute}-attribut` : `${attribute}="${raw}"`}. Angiv ${attribute} som et decimaltal mellem -${limit} og ${limit}.`);
  }
  return value;
}

export function parseGpx(xml: string): GpxRoute {
  if (!xml || !xml.trim()) throw new GpxError('Filen er tom. Send indholdet af en GPX-fil.');
  if (/<!DOCTYPE/i.test(xml)) throw new GpxError('GPX-filen indeholder en DOCTYPE-erklæring. Fjern den og prøv igen.');
  let doc: any;
  const problems: string[] = [];
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') problems.push(message);
      },
    }).parseFromString(xml, 'application/xml');
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (problems.length || !doc?.documentElement) {
    throw new GpxError(`Filen er ikke gyldig XML (${(problems[0] ?? 'ukendt fejl').split('\n')[0]}). Gem ruten som GPX igen fra dit kortprogram.`);
  }
  const root = doc.documentElement as El;
  if (root.localName !== 'gpx') throw new GpxError(`Filen er ikke en GPX-fil: den begynder med <${root.localName}> i stedet for <gpx>.`);

  let points = descendants(root, 'wpt');
  let kind = 'wpt';
  if (points.length === 0) {
    points = descendants(root, 'rtept');
    kind = 'rtept';
  }
  if (points.length === 0) {
    throw new GpxError('GPX-filen har ingen stop. Hvert stop skal være et <wpt>-punkt (waypoint) med lat, lon og et navn.');
  }
  if (points.length > MAX_STOPS) throw new GpxError(`GPX-filen har ${points.length} punkter; en gåtur kan have højst ${MAX_STOPS} stop.`);

  const metadata = children(root, 'metadata')[0];
  const name = (metadata && text(metadata, 'name')) ?? text(root, 'name') ?? (children(root, 'rte')[0] && text(children(root, 'rte')[0], 'name'));

  const stops = points.map((point, index): GpxStop => {
    const where = `Punkt ${index + 1} (<${kind}>)`;
    const lat = coordinate(point, 'lat', where);
    const lng = coordinate(point, 'lon', where);
    const rawName = text(point, 'name') ?? `Stop ${index + 1}`;
    const numbered = NUMBERED.exec(rawName);
    const title = (numbered ? numbered[2] : rawName).trim();
    if (title.length > TITLE_MAX) throw new GpxError(`${where} har et navn på ${title.length} tegn; et stops titel må højst have ${TITLE_MAX}.`);
    const directions = text(point, 'desc') ?? text(point, 'cmt');
    if (directions && directions.length > DIRECTIONS_MAX) {
      throw new GpxError(`${where} («${title}») har en beskrivelse på ${directions.length} tegn; vejvisningen må højst have ${DIRECTIONS_MAX}. Forkort <desc>.`);
    }
    return { number: numbered ? Number(numbered[1]) : null, title, lat, lng, directions };
  });
  return { name: name ?? null, stops };
}
