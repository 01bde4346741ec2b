import type { Locale } from './api-types.js';

// Only the widgets that show dates import this (not the recruitment banner).

/** A date from the API (ISO 8601) in the locale's long format, or '' when missing or invalid. */
export function formatDate(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}
