/**
 * Validation of what callers send to the pack API. Every value is checked
 * here before it reaches a query or the packs library.
 */
export class PackApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageEn: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

export function slugParam(value: unknown, field: 'campaign' | 'organisation'): string {
  const words = field === 'campaign' ? { da: 'kampagnens', en: "the campaign's" } : { da: 'institutionens', en: "the organisation's" };
  if (typeof value !== 'string' || !value.trim()) {
    throw new PackApiError(400, 'missing_parameter', `Angiv ${words.da} slug ("${field}").`, `Give ${words.en} slug ("${field}").`, field);
  }
  if (!SLUG.test(value)) {
    throw new PackApiError(400, 'bad_parameter', `"${field}" skal være et slug: små bogstaver, tal og bindestreger.`, `"${field}" must be a slug: lower-case letters, digits and hyphens.`, field);
  }
  return value;
}

export function photoParam(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) {
    throw new PackApiError(400, 'missing_parameter', 'Vælg et foto ("photo").', 'Choose a photo ("photo").', 'photo');
  }
  if (value.length > 200 || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new PackApiError(400, 'bad_parameter', '"photo" skal være fotoets id eller titel.', '"photo" must be the photo\'s id or title.', 'photo');
  }
  return value.trim();
}

export type OwnTexts = { name?: string; headline?: string; text?: string; contact?: string };
const TEXT_KEYS = ['name', 'headline', 'text', 'contact'] as const;

export function textsParam(value: unknown): OwnTexts {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new PackApiError(400, 'bad_parameter', '"texts" skal være et objekt med name, headline, text og contact.', '"texts" must be an object with name, headline, text and contact.', 'texts');
  }
  const out: OwnTexts = {};
  for (const [key, text] of Object.entries(value as Record<string, unknown>)) {
    if (!(TEXT_KEYS as readonly string[]).includes(key)) {
      throw new PackApiError(400, 'unknown_field', `Feltet "${key}" findes ikke. Institutionen kan skrive: ${TEXT_KEYS.join(', ')}.`, `There is no field "${key}". An institution can write: ${TEXT_KEYS.join(', ')}.`, key);
    }
    if (text === null || text === undefined) continue;
    if (typeof text !== 'string') throw new PackApiError(400, 'bad_text', `Feltet "${key}" skal være tekst.`, `The field "${key}" must be text.`, key);
    if (text.length > 5000) {
      throw new PackApiError(400, 'text_too_long', `Feltet "${key}" er alt for langt (${text.length} tegn).`, `The field "${key}" is far too long (${text.length} characters).`, key);
    }
    out[key as keyof OwnTexts] = text;
  }
  return out;
}

export function localeParam(value: unknown): 'da' | 'en' {
  return value === 'en' ? 'en' : 'da';
}
