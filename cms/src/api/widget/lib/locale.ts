export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
