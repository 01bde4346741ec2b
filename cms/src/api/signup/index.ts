import type { Core } from '@strapi/strapi';
import type { SignupConfig } from './lib/config';
import { TARGET_TYPES, type SignupIntake } from './services/intake';
import type { SignupMailer } from './services/mailer';
import type { SignupRateLimit } from './services/rate-limit';
import type { SignupRetention } from './services/retention';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * The sign-ups' hooks: forgetting resolved targets when the content they are
 * made of changes, and the scheduled work: retrying notification mails that
 * have not gone out, and deleting sign-ups past their retention period.
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // A change to a campaign, a task or an organisation: sign-ups look their target up afresh.
    strapi.documents.use(async (context, next) => {
      const result = await next();
      if (TARGET_TYPES.has(context.uid) && WRITES.has(context.action)) {
        (strapi.service('api::signup.intake') as unknown as SignupIntake).forgetTargets();
      }
      return result;
    });
  },

  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const settings = strapi.service('api::signup.settings') as unknown as SignupConfig;
    strapi.cron.add({
      'signup-mail-retry': {
        task: async () => {
          await (strapi.service('api::signup.mailer') as unknown as SignupMailer).sendDue();
        },
        options: { rule: settings.mailRetryCron },
      },
      'signup-retention': {
        task: async () => {
          await (strapi.service('api::signup.retention') as unknown as SignupRetention).deleteExpired();
        },
        options: { rule: settings.retentionCron },
      },
    });
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await (strapi.service('api::signup.rate-limit') as unknown as SignupRateLimit).close();
  },
};
