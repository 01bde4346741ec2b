/**
 * The sign-up settings, from environment variables with safe defaults
 * (all listed in cms/.env.example). Read once when the services are made;
 * the services keep the object, so tests may adjust it and put it back.
 */
export interface SignupConfig {
  /** Signups older than this are deleted (SIGNUP_RETENTION_DAYS, 180). */
  retentionDays: number;
  /** When the retention job runs (SIGNUP_RETENTION_CRON, daily at 03:17). */
  retentionCron: string;
  /** Sign-up requests allowed per client address and window (SIGNUP_RATE_LIMIT, 10). */
  rateLimit: number;
  /** The rate-limit window (SIGNUP_RATE_WINDOW_SECONDS, 600). */
  rateWindowMs: number;
  /** Where rate-limit counts live (SIGNUP_RATE_LIMIT_STORE: `redis` when REDIS_URL is set, else `memory`). */
  rateLimitStore: string;
  /** A form sent sooner than this after it was shown is refused (SIGNUP_MIN_FILL_MS, 3000). */
  minFillMs: number;
  /** The largest request body accepted (SIGNUP_MAX_BODY_BYTES, 16384). */
  maxBodyBytes: number;
  /** How often unsent notification mails are retried (SIGNUP_MAIL_RETRY_CRON, every 30 s). */
  mailRetryCron: string;
  /** First retry delay; doubles per failed attempt up to mailRetryMaxMs. */
  mailRetryBaseMs: number;
  mailRetryMaxMs: number;
  /** Who gets a sign-up when neither the organisation nor the campaign names a coordinator. */
  fallbackEmail: string;
  /** Named in the consent text as the one who keeps the data (SIGNUP_DATA_CONTROLLER). */
  dataController: string;
  /** Where people write to have their data deleted (SIGNUP_PRIVACY_CONTACT). */
  privacyContact: string;
  /** The portal's address, for the link in the notification mail. */
  publicUrl: string;
}

const int = (name: string, fallback: number, min = 0): number => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number >= ${min}; it is "${raw}".`);
  return Math.floor(value);
};

const text = (name: string, fallback: string): string => {
  const raw = process.env[name]?.trim();
  return raw ? raw : fallback;
};

export function readSignupConfig(): SignupConfig {
  const replyTo = text('EMAIL_REPLY_TO', 'frivillig@samskab.example.dk');
  return {
    retentionDays: int('SIGNUP_RETENTION_DAYS', 180, 1),
    retentionCron: text('SIGNUP_RETENTION_CRON', '0 17 3 * * *'),
    rateLimit: int('SIGNUP_RATE_LIMIT', 10, 1),
    rateWindowMs: int('SIGNUP_RATE_WINDOW_SECONDS', 600, 1) * 1000,
    rateLimitStore: text('SIGNUP_RATE_LIMIT_STORE', process.env.REDIS_URL ? 'redis' : 'memory'),
    minFillMs: int('SIGNUP_MIN_FILL_MS', 3000),
    maxBodyBytes: int('SIGNUP_MAX_BODY_BYTES', 16384, 1024),
    mailRetryCron: text('SIGNUP_MAIL_RETRY_CRON', '*/30 * * * * *'),
    mailRetryBaseMs: int('SIGNUP_MAIL_RETRY_BASE_SECONDS', 60, 1) * 1000,
    mailRetryMaxMs: int('SIGNUP_MAIL_RETRY_MAX_SECONDS', 3600, 1) * 1000,
    fallbackEmail: text('SIGNUP_FALLBACK_EMAIL', replyTo),
    dataController: text('SIGNUP_DATA_CONTROLLER', 'Aarhus Kommune'),
    privacyContact: text('SIGNUP_PRIVACY_CONTACT', replyTo),
    publicUrl: text('PUBLIC_URL', 'http://localhost:1337').replace(/\/+$/, ''),
  };
}
