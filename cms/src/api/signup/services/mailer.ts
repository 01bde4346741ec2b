import type { Core } from '@strapi/strapi';
import type { SignupConfig } from '../lib/config';
import { composeMail, recipientOf, type MailSignup } from '../lib/mail';

/**
 * Tells the coordinator about each sign-up by mail (Strapi's email plugin, the
 * nodemailer provider). A sign-up is stored before its mail is tried, so a mail
 * server that is down loses nothing: the mail is retried with a growing delay
 * (lib/config.ts) until it goes through.
 *
 * Sending is claimed with one conditional UPDATE (status not `sent`, due now),
 * so that the first try, the retry job and other CMS instances never send the
 * same mail twice. A claim holds for LEASE_MS; an instance that dies while
 * sending leaves the mail to be retried after that.
 */
const SIGNUP = 'api::signup.signup';
const LEASE_MS = 15 * 60 * 1000;

export type DeliveryResult = 'sent' | 'failed' | 'skipped';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => strapi.service('api::signup.settings') as unknown as SignupConfig;
  const rows = () => strapi.db.query(SIGNUP as never);
  const dueNow = (now: Date) => ({ mailStatus: { $ne: 'sent' }, $or: [{ nextMailAt: { $null: true } }, { nextMailAt: { $lte: now } }] });
  let sweeping: Promise<number> | undefined;

  async function deliver(documentId: string): Promise<DeliveryResult> {
    const now = new Date();
    const claim = await rows().updateMany({
      where: { documentId, ...dueNow(now) },
      data: { mailStatus: 'sending', nextMailAt: new Date(now.getTime() + LEASE_MS) },
    });
    if (!claim.count) return 'skipped';

    const signup = (await strapi.documents(SIGNUP as never).findOne({
      documentId,
      populate: {
        campaign: { fields: ['headline', 'slug'], populate: { coordinator: true } },
        opportunity: { fields: ['title', 'slug'], populate: { contact: true } },
        organisation: { fields: ['name'] },
      },
    } as never)) as unknown as (MailSignup & { mailAttempts: number | null }) | null;
    if (!signup) return 'skipped';
    if (signup.organisation) {
      // The coordinator's address is a private field, which the document service will not populate.
      const { documentId: organisation } = signup.organisation as { documentId: string };
      signup.organisation = await strapi.db.query('api::organisation.organisation' as never).findOne({
        where: { documentId: organisation },
        select: ['name', 'coordinatorEmail'],
        populate: { contact: true },
      } as never);
    }

    const config = settings();
    const attempts = (signup.mailAttempts ?? 0) + 1;
    try {
      const mail = composeMail(signup, { portalUrl: config.publicUrl, retentionDays: config.retentionDays });
      await strapi.plugin('email').service('email').send({ to: recipientOf(signup, config.fallbackEmail), ...mail });
      await rows().updateMany({ where: { documentId }, data: { mailStatus: 'sent', mailAttempts: attempts, mailedAt: new Date(), nextMailAt: null } });
      return 'sent';
    } catch (error) {
      const delay = Math.min(config.mailRetryMaxMs, config.mailRetryBaseMs * 2 ** (attempts - 1));
      await rows().updateMany({ where: { documentId }, data: { mailStatus: 'failed', mailAttempts: attempts, nextMailAt: new Date(Date.now() + delay) } });
      const reason = (error as { code?: string; responseCode?: number })?.code ?? (error as Error)?.message ?? String(error);
      strapi.log.warn(`signup ${signup.reference}: the notification mail was not sent (attempt ${attempts}, ${reason}); next try in ${Math.round(delay / 1000)} s`);
      return 'failed';
    }
  }

  /** Sends every mail that is due (new, failed and due again, or abandoned mid-send). Answers how many went out. */
  async function sendDue(limit = 50): Promise<number> {
    sweeping ??= (async () => {
      try {
        const due = (await strapi.documents(SIGNUP as never).findMany({
          filters: dueNow(new Date()),
          fields: ['documentId'],
          sort: ['nextMailAt:asc'],
          limit,
        } as never)) as unknown as { documentId: string }[];
        let sent = 0;
        for (const { documentId } of due) if ((await deliver(documentId)) === 'sent') sent += 1;
        return sent;
      } finally {
        sweeping = undefined;
      }
    })();
    return sweeping;
  }

  return { deliver, sendDue };
};

export interface SignupMailer {
  deliver(documentId: string): Promise<DeliveryResult>;
  sendDue(limit?: number): Promise<number>;
}
