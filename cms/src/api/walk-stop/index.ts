import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actionLocale } from '../walk/index';
import { moveStop, renumberDrafts, STOP } from '../walk/lib/stop-order';
import { audioMaxBytes, audioProblem, publishProblems } from './lib/rules';

type Row = Record<string, any>;
type Problem = { path: string; message: string };

const fail = (lead: string, problems: Problem[]): never => {
  throw new errors.ValidationError(`${lead} ${problems.map((p) => p.message).join(' ')}`.trim(), {
    errors: problems.map((p) => ({ path: [p.path], message: p.message, name: 'ValidationError' })),
  });
};

/** The stored versions of a stop: drafts or published ones, in one language or all. */
async function versions(strapi: Core.Strapi, documentId: string, status: 'draft' | 'published', locale?: string): Promise<Row[]> {
  return strapi.db.query(STOP).findMany({
    where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true }, ...(locale && { locale }) },
    populate: { audio: true, walk: { select: ['documentId'] } },
  } as any);
}

/** Refuses a stop version whose audio is not an allowed audio file within the size limit. */
function checkAudio(rows: Row[], lead: string) {
  const maxBytes = audioMaxBytes();
  for (const row of rows) {
    const problem = row.audio ? audioProblem(row.audio, maxBytes) : null;
    if (problem) fail(lead, [{ path: 'audio', message: problem }]);
  }
}

/**
 * The walk stop's hooks (see lib/rules.ts):
 * - before a publish: every version about to be published has a transcript and a walk;
 * - after a save or publish, inside the same transaction: the stored audio is an
 *   allowed type and size, else the write is rolled back with the reason;
 * - after a save: the stop's `order` follows its place in the walk (see ../walk/lib/stop-order.ts).
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(async (context, next) => {
      if (context.uid !== STOP || !['create', 'update', 'publish'].includes(context.action)) return next();
      const params = (context.params ?? {}) as Row;
      const publishing = context.action === 'publish' || params.status === 'published';
      const locale = await actionLocale(strapi, params.locale);
      const lead = publishing ? 'Stoppet kan ikke udgives.' : 'Stoppet kan ikke gemmes.';

      if (context.action === 'publish' && params.documentId) {
        const drafts = await versions(strapi, params.documentId, 'draft', params.locale === '*' ? undefined : locale);
        const problems = drafts.flatMap((row) => publishProblems({ title: row.title, locale: row.locale, transcript: row.transcript, hasWalk: !!row.walk }));
        if (problems.length) fail('', problems);
      } else if (publishing && params.data && 'transcript' in params.data) {
        const problems = publishProblems({ title: params.data.title, locale, transcript: params.data.transcript, hasWalk: true });
        if (problems.length) fail('', problems);
      }

      const before = context.action === 'update' && params.documentId ? (await versions(strapi, params.documentId, 'draft', locale))[0] : undefined;
      // The write and the audio check in one transaction: a refused file rolls the write back.
      const result = await strapi.db.transaction(async () => {
        const written = await next();
        const documentId: string | undefined = params.documentId ?? (written as Row | null)?.documentId;
        if (documentId) {
          checkAudio(await versions(strapi, documentId, 'draft'), lead);
          if (publishing) checkAudio(await versions(strapi, documentId, 'published'), lead);
        }
        return written;
      });

      // The stop's place in its walk, after the write is committed (see ../walk/lib/stop-order.ts).
      const documentId: string | undefined = params.documentId ?? (result as Row | null)?.documentId;
      if (documentId && context.action !== 'publish') {
        const draft = (await versions(strapi, documentId, 'draft', locale))[0];
        const walkId: string | undefined = draft?.walk?.documentId;
        const typed = params.data?.order;
        if (walkId && draft.order == null) {
          await renumberDrafts(strapi, walkId, locale);
        } else if (walkId && before && typed != null && Number(typed) !== before.order) {
          await moveStop(strapi, walkId, documentId, Number(typed), locale);
        }
      }
      return result;
    });
  },
};
