import { today } from '../lib/today';

/**
 * The seed data's dates are written for one day, SEED_DAY. Tasks and campaigns
 * end, and the API stops listing them then, so a demo seeded later moves every
 * date forward by the weeks that have passed: the demo always looks as it did
 * on SEED_DAY (tasks coming up, a campaign running, one consent long expired).
 * Seasonal words in the texts (Christmas, "a Saturday in December") drift from
 * their dates as the weeks go by; the demo keeps working all the same.
 */
export const SEED_DAY = '2026-11-23';

/** The fields that hold a calendar date in the seed data. */
const DATE_FIELDS = new Set(['startsAt', 'endsAt', 'publishDate', 'givenAt', 'expiresAt', 'withdrawnAt']);
const DAY_MS = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * The days to move the seed data by when seeding on `day`: the days since
 * SEED_DAY, rounded up to whole weeks so that a Saturday task stays on a
 * Saturday; never negative, so a clock set back changes nothing.
 */
export function seedShiftDays(day = today()): number {
  const days = Math.round((utc(day) - utc(SEED_DAY)) / DAY_MS);
  return Math.max(0, Math.ceil(days / 7) * 7);
}

export function addDays(day: string, days: number): string {
  return new Date(utc(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A copy of `value` with every date field, at any depth, moved by `days`. */
export function shiftDates<T>(value: T, days: number): T {
  if (days === 0) return value;
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, days)) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      DATE_FIELDS.has(key) && typeof field === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(field) ? addDays(field, days) : shiftDates(field, days),
    ]),
  ) as T;
}
