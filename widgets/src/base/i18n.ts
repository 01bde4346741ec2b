import type { Locale } from './api-types.js';

/** Message catalogues: one per locale, keys to templates with `{name}` placeholders. */
export type Catalogue = Record<Locale, Record<string, string>>;

/** Messages every widget may use (kept few: they travel in the core chunk). Each widget adds its own with `static messages`. */
export const coreMessages = {
  da: {
    loadFailed: 'Indholdet kunne ikke hentes lige nu. Prøv igen senere.',
    photoBy: 'Foto: {credit}',
  },
  en: {
    loadFailed: 'The content could not be loaded right now. Please try again later.',
    photoBy: 'Photo: {credit}',
  },
} satisfies Catalogue;

/** Maps any BCP 47 tag to a supported locale: `en*` is English, everything else Danish. */
export function toLocale(tag: string | null | undefined): Locale {
  return /^en(-|$)/i.test((tag ?? '').trim()) ? 'en' : 'da';
}

/**
 * The element's language: its own `lang`, else the closest ancestor with `lang`
 * (crossing shadow roots), else the document's, else Danish.
 */
export function resolveLocale(el: Element): Locale {
  let node: Element | null = el;
  while (node) {
    const lang = node.closest('[lang]:not([lang=""])')?.getAttribute('lang');
    if (lang) return toLocale(lang);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return toLocale(el.ownerDocument?.documentElement.lang);
}

/** Translates `key` from `catalogue` (then the core messages), replacing `{name}` placeholders with `params`. */
export function t(
  locale: Locale,
  key: string,
  params: Record<string, string | number> = {},
  catalogue?: Catalogue,
): string {
  const template = catalogue?.[locale]?.[key] ?? coreMessages[locale][key as keyof typeof coreMessages.da] ?? catalogue?.da?.[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
