import type { Core } from '@strapi/strapi';

/**
 * The order of a walk's stops. Editors drag the stops into order in the walk's
 * `stops` list in the admin; that order is the truth. Strapi keeps it per
 * language version in the relation, so the stops' shared `order` number is
 * kept equal to it here (the read model and the GPX export sort by `order`,
 * which is the same in every language):
 *
 * - saving a walk whose stops were touched renumbers the draft stops 1..n in
 *   the walk's order (the published stops keep their numbers, so a draft
 *   reordering never shows on the public walk early);
 * - publishing the walk copies the draft numbers to the published stops;
 * - a stop given a different number by hand is moved to that place in the
 *   walk's list (which renumbers the rest); a new stop without a number gets
 *   its place in the list.
 *
 * Numbers are written straight to the database, so renumbering never changes a
 * stop's draft/published status.
 */
export const WALK = 'api::walk.walk';
export const STOP = 'api::walk-stop.walk-stop';

type Row = Record<string, any>;

/** The draft stops of a walk in one language, in the walk's (dragged) order. */
export async function draftStops(strapi: Core.Strapi, walkDocumentId: string, locale: string): Promise<Row[]> {
  const walk = (await strapi.documents(WALK).findOne({
    documentId: walkDocumentId,
    locale,
    status: 'draft',
    populate: { stops: { fields: ['documentId', 'order', 'title'] } },
  } as any)) as Row | null;
  return walk?.stops ?? [];
}

/** Numbers the draft stops of a walk 1..n in the walk's order (in `locale`). */
export async function renumberDrafts(strapi: Core.Strapi, walkDocumentId: string, locale: string): Promise<boolean> {
  const stops = await draftStops(strapi, walkDocumentId, locale);
  let changed = false;
  for (const [index, stop] of stops.entries()) {
    if (stop.order === index + 1) continue;
    await strapi.db.query(STOP).updateMany({ where: { documentId: stop.documentId, publishedAt: null }, data: { order: index + 1 } });
    changed = true;
  }
  return changed;
}

/** After a walk is published: its published stops take the numbers of their drafts. */
export async function publishNumbers(strapi: Core.Strapi, walkDocumentId: string): Promise<void> {
  const published: Row[] = await strapi.db.query(WALK).findMany({
    where: { documentId: walkDocumentId, publishedAt: { $notNull: true } },
    populate: { stops: { select: ['documentId'] } },
  } as any);
  const ids = new Set(published.flatMap((walk) => (walk.stops ?? []).map((s: Row) => s.documentId as string)));
  for (const documentId of ids) {
    const draft: Row | null = await strapi.db.query(STOP).findOne({ where: { documentId, publishedAt: null }, select: ['order'] } as any);
    if (!draft || draft.order === null || draft.order === undefined) continue;
    await strapi.db.query(STOP).updateMany({
      where: { documentId, publishedAt: { $notNull: true }, $or: [{ order: { $ne: draft.order } }, { order: null }] },
      data: { order: draft.order },
    });
  }
}

/** Moves a stop to place `order` (1-based) in its walk's list in `locale`; the walk's save renumbers the rest. */
export async function moveStop(strapi: Core.Strapi, walkDocumentId: string, stopDocumentId: string, order: number, locale: string) {
  const others = (await draftStops(strapi, walkDocumentId, locale)).filter((s) => s.documentId !== stopDocumentId);
  const index = Math.max(0, Math.min(others.length, Math.round(order) - 1));
  const position = index < others.length ? { before: others[index].documentId, locale } : { end: true };
  await strapi.documents(WALK).update({
    documentId: walkDocumentId,
    locale,
    data: { stops: { connect: [{ documentId: stopDocumentId, locale, position }] } },
  } as any);
}
