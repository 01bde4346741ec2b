import type { Core } from '@strapi/strapi';
import type { SignupConfig } from '../lib/config';
import { checkRate, clientKey, createRateLimitStore, type RateLimitStore } from '../lib/rate-limit';

/** The sign-up endpoint's rate limit per client address (lib/rate-limit.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => strapi.service('api::signup.settings') as unknown as SignupConfig;
  let store: RateLimitStore | undefined;
  const theStore = () => (store ??= createRateLimitStore(settings().rateLimitStore));
  return {
    check: (ip: string) => checkRate(theStore(), clientKey(ip), settings().rateLimit, settings().rateWindowMs),
    reset: () => theStore().reset(),
    close: async () => {
      await store?.close();
      store = undefined;
    },
  };
};

export interface SignupRateLimit {
  check(ip: string): ReturnType<typeof checkRate>;
  reset(): Promise<void>;
  close(): Promise<void>;
}
