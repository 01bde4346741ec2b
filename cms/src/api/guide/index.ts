import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { summarise, validateFlow, type Flow, type FlowProblem } from './lib/validate-flow';

const UID = 'api::guide.guide';
/** Actions that write a guide version a citizen could end up seeing. */
const CHECKED = new Set(['create', 'update', 'clone', 'publish']);
const LOCALE_NAMES: Record<string, string> = { da: 'den danske udgave', en: 'den engelske udgave' };

type Row = Record<string, any>;

const POPULATE = {
  questions: { populate: { answers: true } },
  outcomes: { populate: { contactPoints: { select: ['id'] }, offers: { select: ['id'] } } },
};

/** A stored guide version as the validator sees it. */
export function toFlow(row: Row): Flow {
  return {
    start: row.startQuestion,
    questions: (row.questions ?? []).map((question: Row) => ({
      key: question.key,
      text: question.text,
      kind: question.kind,
      answers: (question.answers ?? []).map((a: Row) => ({ label: a.label, next: a.next, none: a.none, districts: a.districts })),
    })),
    outcomes: (row.outcomes ?? []).map((o: Row) => ({
      key: o.key,
      title: o.title,
      targets: (o.contactPoints?.length ?? 0) + (o.offers?.length ?? 0),
    })),
  };
}

/**
 * Refuses to save or publish a guide whose flow is broken (see lib/validate-flow.ts).
 *
 * The check runs on what was actually stored: the write happens inside a
 * transaction, the stored versions are read back (so partial updates, relation
 * changes and the locales that share the non-localised `startQuestion` are all
 * seen) and the transaction is rolled back with a ValidationError when any
 * version is invalid. The admin shows the message as a notification and the
 * `details.errors` paths next to the fields. Events (webhooks, cache) are only
 * sent when the transaction commits.
 */
async function checkStored(strapi: Core.Strapi, context: { action: string; params: Row }, result: Row | null): Promise<void> {
  // A clone is a new document: check the copy, not its source.
  const documentId: string | undefined = context.action === 'clone' ? result?.documentId : (context.params?.documentId ?? result?.documentId);
  if (!documentId) return;
  const publishing = context.action === 'publish' || context.params?.status === 'published';
  const statuses: ('draft' | 'published')[] = context.action === 'publish' ? ['published'] : publishing ? ['draft', 'published'] : ['draft'];

  const problems: (FlowProblem & { locale: string; status: string })[] = [];
  for (const status of statuses) {
    const rows: Row[] = await strapi.db.query(UID).findMany({
      where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true } },
      populate: POPULATE,
    } as any);
    for (const row of rows) {
      for (const problem of validateFlow(toFlow(row), { publishing: status === 'published' })) {
        problems.push({ ...problem, locale: row.locale ?? 'da', status });
      }
    }
  }
  if (problems.length === 0) return;

  const locales = [...new Set(problems.map((p) => p.locale))];
  const where = locales.length === 1 && locales[0] !== 'da' ? ` (i ${LOCALE_NAMES[locales[0]] ?? `udgaven ${locales[0]}`})` : '';
  const unique = problems.filter((p, i) => problems.findIndex((o) => o.message === p.message && o.locale === p.locale) === i);
  const labelled = unique.map((p) => ({ ...p, message: locales.length > 1 ? `[${p.locale}] ${p.message}` : p.message }));
  const lead = context.action === 'publish' ? `Guiden kan ikke udgives${where}.` : `Guiden kan ikke gemmes${where}.`;
  throw new errors.ValidationError(summarise(labelled, lead), {
    errors: labelled.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError', value: p.code })),
  });
}

/** The guide API's hooks: the flow check on every save and publish. */
export default {
  /**
   * Registered at bootstrap (still before the seed runs), so it sits inside the
   * middlewares registered earlier, such as the widget cache's: they see a
   * refused write as an error, and never run inside this transaction.
   */
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(async (context, next) => {
      if (context.uid !== UID || !CHECKED.has(context.action)) return next();
      return strapi.db.transaction(async () => {
        const result = await next();
        await checkStored(strapi, context as unknown as { action: string; params: Row }, result as Row | null);
        return result;
      });
    });
  },
};
