import type { Core } from '@strapi/strapi';
import type { SignupConfig } from '../lib/config';

/**
 * Deletes sign-ups older than SIGNUP_RETENTION_DAYS. Runs daily (index.ts);
 * logs how many it deleted and nothing about whom.
 */
const SIGNUP = 'api::signup.signup';
const DAY_MS = 24 * 60 * 60 * 1000;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async deleteExpired(now = new Date()): Promise<number> {
    const { retentionDays } = strapi.service('api::signup.settings') as unknown as SignupConfig;
    const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
    const docs = strapi.documents(SIGNUP as never) as any;
    let deleted = 0;
    for (;;) {
      const batch: { documentId: string }[] = await docs.findMany({ filters: { createdAt: { $lt: cutoff } }, fields: ['documentId'], limit: 100 });
      let round = 0;
      for (const { documentId } of batch) {
        const result = await docs.delete({ documentId });
        if (result?.entries?.length ?? 1) round += 1;
      }
      deleted += round;
      if (batch.length < 100 || round === 0) break;
    }
    strapi.log.info(`signup retention: deleted ${deleted} sign-up(s) received before ${cutoff.toISOString()} (older than ${retentionDays} days)`);
    return deleted;
  },
});

export interface SignupRetention {
  deleteExpired(now?: Date): Promise<number>;
}
