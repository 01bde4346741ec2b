/**
 * Today's date (YYYY-MM-DD) where the content lives: consents run out and
 * tasks end by the Danish calendar, not by UTC, which turns over an hour or
 * two later.
 */
const CONTENT_TIME_ZONE = 'Europe/Copenhagen';
const format = new Intl.DateTimeFormat('en-CA', { timeZone: CONTENT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function today(now = new Date()): string {
  return format.format(now);
}

/** Whether a campaign or task that runs until `endsAt` (the whole day) is over on `day`. */
export function hasEnded(endsAt: string | null | undefined, day = today()): boolean {
  return Boolean(endsAt) && (endsAt as string) < day;
}

/** The document-service filter for campaigns and tasks that have not ended (the same rule as hasEnded). */
export function notEnded(day = today()) {
  return { $or: [{ endsAt: { $null: true } }, { endsAt: { $gte: day } }] };
}
