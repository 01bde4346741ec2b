import type { Core } from '@strapi/strapi';
import { parseGpx, type GpxStop } from '../lib/gpx-import';
import { draftStops, STOP, WALK } from '../lib/stop-order';

type Row = Record<string, any>;

export interface ImportedStop {
  order: number;
  title: string;
  action: 'created' | 'updated' | 'unchanged';
}

export interface ImportReport {
  walk: { slug: string; documentId: string; created: boolean };
  locale: string;
  stops: ImportedStop[];
  /** Stops of the walk that the file did not mention: left as they were, after the imported ones. */
  untouched: { order: number; title: string }[];
  message: string;
}

const same = (a: unknown, b: unknown) => (a === null || a === undefined ? null : String(a)) === (b === null || b === undefined ? null : String(b));
const sameCoordinate = (a: unknown, b: number) => a !== null && a !== undefined && Math.abs(Number(a) - b) < 5e-7;
const normal = (title: string) => title.normalize('NFC').trim().toLowerCase();

/**
 * GPX import: creates or updates a walk's stops from the waypoints of a GPX file,
 * as drafts in one language. A waypoint matches an existing stop by title, else
 * by its number; unmatched waypoints become new draft stops (an editor adds the
 * transcript and audio, then publishes). The walk's list of stops takes the
 * file's order, followed by any stops the file did not mention. A walk that does
 * not exist yet is created as a draft.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async importGpx({ slug, locale, gpx }: { slug: string; locale: string; gpx: string }): Promise<ImportReport> {
    // The whole file is checked before anything is written.
    const route = parseGpx(gpx);
    const walks = strapi.documents(WALK) as any;
    const stops = strapi.documents(STOP) as any;

    const anyVersion: Row | null = await strapi.db.query(WALK).findOne({ where: { slug }, select: ['documentId'] } as any);
    let walkId: string = anyVersion?.documentId;
    let createdWalk = false;
    if (!walkId) {
      walkId = (await walks.create({ locale, data: { slug, title: route.name ?? slug } })).documentId;
      createdWalk = true;
    } else if (!(await walks.findOne({ documentId: walkId, locale, status: 'draft' }))) {
      await walks.update({ documentId: walkId, locale, data: { slug, title: route.name ?? slug } });
    }

    const existing = await draftStops(strapi, walkId, locale);
    const full = new Map<string, Row>();
    for (const stop of existing) {
      full.set(stop.documentId, await stops.findOne({ documentId: stop.documentId, locale, status: 'draft', fields: ['title', 'lat', 'lng', 'directions', 'order'] }));
    }
    const free = new Set(existing.map((s) => s.documentId as string));
    const matchOf = (point: GpxStop): string | undefined => {
      const byTitle = [...free].find((id) => normal(full.get(id)?.title ?? '') === normal(point.title));
      if (byTitle) return byTitle;
      return point.number === null ? undefined : [...free].find((id) => full.get(id)?.order === point.number);
    };

    const report: ImportedStop[] = [];
    const orderedIds: string[] = [];
    for (const [index, point] of route.stops.entries()) {
      const match = matchOf(point);
      const data: Row = { title: point.title, lat: point.lat, lng: point.lng, ...(point.directions !== null && { directions: point.directions }) };
      if (match) {
        free.delete(match);
        const current = full.get(match)!;
        const unchanged =
          same(current.title, point.title) &&
          sameCoordinate(current.lat, point.lat) &&
          sameCoordinate(current.lng, point.lng) &&
          (point.directions === null || same(current.directions, point.directions));
        if (!unchanged) await stops.update({ documentId: match, locale, data });
        orderedIds.push(match);
        report.push({ order: index + 1, title: point.title, action: unchanged ? 'unchanged' : 'updated' });
      } else {
        const created = await stops.create({ locale, data: { ...data, order: index + 1, walk: walkId } });
        orderedIds.push(created.documentId);
        report.push({ order: index + 1, title: point.title, action: 'created' });
      }
    }
    const leftOver = existing.filter((s) => free.has(s.documentId));
    const wanted = [...orderedIds, ...leftOver.map((s) => s.documentId as string)];
    const now = (await draftStops(strapi, walkId, locale)).map((s) => s.documentId as string);
    if (now.join() !== wanted.join()) {
      await walks.update({ documentId: walkId, locale, data: { stops: { set: wanted.map((documentId) => ({ documentId, locale })) } } });
    }
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const stop of report) counts[stop.action] += 1;
    return {
      walk: { slug, documentId: walkId, created: createdWalk },
      locale,
      stops: report,
      untouched: leftOver.map((s, i) => ({ order: orderedIds.length + i + 1, title: full.get(s.documentId)?.title ?? s.title })),
      message:
        `Importerede ${route.stops.length} stop: ${counts.created} nye, ${counts.updated} ændrede, ${counts.unchanged} uændrede. ` +
        'Ændringerne er kladder: tilføj udskrift og lyd til nye stop, og udgiv stoppene og gåturen i admin.',
    };
  },
});
