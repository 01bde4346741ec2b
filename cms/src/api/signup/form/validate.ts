import { createHash } from 'node:crypto';
import form from './signup-form.json';

/**
 * The server's reading of the sign-up form (signup-form.json): every POST is
 * checked here in full before anything is written. samskab-signup-form applies
 * the same rules from the same JSON in the browser (signup-validate.ts in the
 * widget); both are run against cms/tests/signup-cases.json.
 */
export type Locale = 'da' | 'en';
export type Availability = 'episodic' | 'regular' | 'either';

export const formSchema = form;
export const FORM_FIELDS = ['name', 'email', 'phone', 'availability', 'message', 'consent'] as const;
const META_FIELDS = ['campaign', 'opportunity', 'organisation', 'consentVersion', 'locale', 'sourceOrigin', 'elapsedMs'] as const;
const ALLOWED = new Set<string>([...FORM_FIELDS, ...META_FIELDS, form.honeypot]);

export interface FieldError {
  parameter: string;
  code: string;
  message: string;
}

export interface SignupInput {
  name: string;
  email: string | null;
  phone: string | null;
  availability: Availability;
  message: string | null;
  consentVersion: string;
  campaign: string | null;
  opportunity: string | null;
  organisation: string | null;
  locale: Locale;
  sourceOrigin: string | null;
  elapsedMs: number;
}

export type Verdict =
  | { ok: true; value: SignupInput; honeypot: boolean }
  | { ok: false; errors: FieldError[]; locale: Locale };

type Texts = Record<string, string>;

/** A text from the form's catalogue, with `{name}` placeholders filled in. */
export function text(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = (form.texts[locale] as Texts)[key] ?? (form.texts.da as Texts)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export const toLocale = (value: unknown): Locale | null => (value === 'da' || value === 'en' ? value : null);

/** The language to answer in: the body's `locale`, else Accept-Language, else Danish. */
export function answerLocale(body: unknown, acceptLanguage = ''): Locale {
  const fromBody = body && typeof body === 'object' && Object.hasOwn(body, 'locale') ? toLocale((body as Record<string, unknown>).locale) : null;
  if (fromBody) return fromBody;
  return /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'da';
}

/**
 * The version of the consent text a person sees: the catalogue's version and a
 * hash of both languages' templates and the settings they mention, so any change
 * to the wording, the retention period, the controller or the contact gives a new one.
 */
export function consentVersion(settings: { retentionDays: number; dataController: string; privacyContact: string }): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([form.texts.da['consent.text'], form.texts.en['consent.text'], settings.retentionDays, settings.dataController, settings.privacyContact]))
    .digest('hex')
    .slice(0, 8);
  return `${form.consent.version}.${hash}`;
}

// --- text rules ------------------------------------------------------------

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB]/u;
const UNUSABLE = /[\p{Co}\p{Noncharacter_Code_Point}]/u;
const LINE_SEPARATOR = /[\u2028\u2029]/u;
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\n\t]/u;
const STACKED_MARKS = /\p{M}{5,}/u;

function isWellFormed(value: string): boolean {
  const native = (value as string & { isWellFormed?: () => boolean }).isWellFormed;
  if (native) return native.call(value);
  return !/(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF]))|(?:(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/.test(value);
}

type TextResult = { value: string } | { error: 'bad_characters' | 'too_long'; length?: number };

/** Normalises a text (NFC, trimmed, whitespace collapsed on one line) and checks its characters and length. */
export function checkText(raw: string, { multiline = false, maxLength }: { multiline?: boolean; maxLength: number }): TextResult {
  if (!isWellFormed(raw)) return { error: 'bad_characters' };
  let value = raw.normalize('NFC');
  if (multiline) value = value.replace(/\r\n?|[\u2028\u2029]/gu, '\n');
  value = value.trim();
  if (multiline ? CONTROL_EXCEPT_LINES.test(value) : CONTROL.test(value) || LINE_SEPARATOR.test(value)) return { error: 'bad_characters' };
  if (BIDI_CONTROLS.test(value) || UNUSABLE.test(value) || STACKED_MARKS.test(value)) return { error: 'bad_characters' };
  if (!multiline) value = value.replace(/\s+/gu, ' ');
  if (value.length > maxLength) return { error: 'too_long', length: value.length };
  return { value };
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const ASCII_DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z])$/;

/** An email address with its domain in ASCII (IDN domains become punycode), or null. */
export function normaliseEmail(raw: string, maxLength: number): { value: string } | { error: 'invalid' | 'too_long' } {
  const value = raw.trim();
  if (value.length > maxLength) return { error: 'too_long' };
  const at = value.lastIndexOf('@');
  if (at < 1) return { error: 'invalid' };
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return { error: 'invalid' };
  if (!domain || /[\s\p{Cc}/\\:?#@[\]%]/u.test(domain)) return { error: 'invalid' };
  let ascii: string;
  try {
    ascii = new URL(`http://${domain}`).hostname;
  } catch {
    return { error: 'invalid' };
  }
  if (!ASCII_DOMAIN.test(ascii)) return { error: 'invalid' };
  const email = `${local}@${ascii}`;
  return email.length > maxLength ? { error: 'too_long' } : { value: email };
}

/** A phone number: digits with spaces, dashes, dots, slashes or brackets, an optional leading +. */
export function normalisePhone(raw: string, rules: { maxLength: number; minDigits: number; maxDigits: number }): { value: string } | { error: 'invalid' | 'too_long' } {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (value.length > rules.maxLength) return { error: 'too_long' };
  if (!/^\+?[0-9 ().\-/]+$/.test(value)) return { error: 'invalid' };
  const digits = value.replace(/\D/g, '').length;
  if (digits < rules.minDigits || digits > rules.maxDigits) return { error: 'invalid' };
  return { value };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The origin of a web page (`https://host[:port]`), exactly as the browser writes it, or null. At most 255 characters (its column). */
export function parseOrigin(raw: string): string | null {
  if (raw.length > 255) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === raw ? raw : null;
  } catch {
    return null;
  }
}

// --- the whole body ----------------------------------------------------------

/**
 * Checks a sign-up body completely and reports every problem, each naming its
 * field, in the person's language. Nothing here touches the database.
 */
export function validateSignup(body: unknown, { minFillMs, consentVersion: currentConsent, acceptLanguage = '' }: { minFillMs: number; consentVersion: string; acceptLanguage?: string }): Verdict {
  const locale = answerLocale(body, acceptLanguage);
  const errors: FieldError[] = [];
  const fail = (parameter: string, code: string, key: string, params: Record<string, string | number> = {}) => {
    errors.push({ parameter, code, message: text(locale, key, { field: parameter, ...params }) });
  };

  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    fail('body', 'invalid', 'body.invalid');
    return { ok: false, errors, locale };
  }
  const input = body as Record<string, unknown>;
  for (const key of Object.keys(input)) if (!ALLOWED.has(key)) fail(key.slice(0, 60), 'unknown_field', 'unknown');
  const get = (key: string): unknown => (Object.hasOwn(input, key) ? input[key] : undefined);
  const optionalString = (key: string): string | null | false => {
    const value = get(key);
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      fail(key, 'type', 'type');
      return false;
    }
    return value.trim() === '' ? null : value;
  };
  const fields = form.fields;

  // name
  let name: string | undefined;
  const rawName = get('name');
  if (rawName === undefined || rawName === null || (typeof rawName === 'string' && rawName.trim() === '')) fail('name', 'required', 'name.required');
  else if (typeof rawName !== 'string') fail('name', 'type', 'type');
  else {
    const checked = checkText(rawName, { maxLength: fields.name.maxLength });
    if ('error' in checked) fail('name', checked.error, checked.error === 'too_long' ? 'name.tooLong' : 'name.badCharacters', { max: fields.name.maxLength });
    else if (!/\p{L}/u.test(checked.value)) fail('name', 'no_letters', 'name.noLetters');
    else name = checked.value;
  }

  // email and phone: at least one
  let email: string | null = null;
  let phone: string | null = null;
  const rawEmail = optionalString('email');
  const rawPhone = optionalString('phone');
  if (rawEmail) {
    const checked = normaliseEmail(rawEmail, fields.email.maxLength);
    if ('error' in checked) fail('email', checked.error, checked.error === 'too_long' ? 'email.tooLong' : 'email.invalid', { max: fields.email.maxLength });
    else email = checked.value;
  }
  if (rawPhone) {
    const checked = normalisePhone(rawPhone, fields.phone);
    if ('error' in checked) fail('phone', checked.error, checked.error === 'too_long' ? 'phone.tooLong' : 'phone.invalid', { max: fields.phone.maxLength });
    else phone = checked.value;
  }
  if (rawEmail === null && rawPhone === null) fail(form.atLeastOne.reportOn, 'required', 'contact.required');

  // availability
  let availability: Availability | undefined;
  const rawAvailability = get('availability');
  if (rawAvailability !== undefined && rawAvailability !== null && typeof rawAvailability !== 'string') fail('availability', 'type', 'type');
  else if (!fields.availability.options.includes(rawAvailability as string)) fail('availability', 'required', 'availability.required');
  else availability = rawAvailability as Availability;

  // message
  let message: string | null = null;
  const rawMessage = optionalString('message');
  if (rawMessage) {
    const checked = checkText(rawMessage, { multiline: true, maxLength: fields.message.maxLength });
    if ('error' in checked) fail('message', checked.error, checked.error === 'too_long' ? 'message.tooLong' : 'message.badCharacters', { max: fields.message.maxLength, length: checked.length ?? 0 });
    else message = checked.value || null;
  }

  // consent, and the version of the text that was shown
  const consent = get('consent');
  if (consent !== undefined && consent !== null && typeof consent !== 'boolean') fail('consent', 'type', 'type');
  else if (consent !== true) fail('consent', 'required', 'consent.required');
  const shownConsent = get('consentVersion');
  if (typeof shownConsent !== 'string' || shownConsent !== currentConsent) fail('consentVersion', 'outdated', 'consent.outdated');

  // what the sign-up is for
  const slugs: Record<'campaign' | 'opportunity' | 'organisation', string | null> = { campaign: null, opportunity: null, organisation: null };
  const present = { campaign: false, opportunity: false, organisation: false };
  for (const key of ['campaign', 'opportunity', 'organisation'] as const) {
    const value = optionalString(key);
    present[key] = value !== null;
    if (value === false || value === null) continue;
    if (value.length > 120 || !SLUG.test(value)) fail(key, 'invalid', 'target.slug');
    else slugs[key] = value;
  }
  if (!present.campaign && !present.opportunity) fail('campaign', 'required', 'target.required');
  if (present.campaign && present.opportunity) fail('opportunity', 'invalid', 'target.both');

  // language, source and timing
  const rawLocale = get('locale');
  if (rawLocale !== undefined && rawLocale !== null && !toLocale(rawLocale)) fail('locale', 'invalid', 'locale.invalid');
  let sourceOrigin: string | null = null;
  const rawSource = optionalString('sourceOrigin');
  if (rawSource) {
    sourceOrigin = parseOrigin(rawSource);
    if (!sourceOrigin) fail('sourceOrigin', 'invalid', 'sourceOrigin.invalid');
  }
  const elapsed = get('elapsedMs');
  if (typeof elapsed !== 'number' || !Number.isInteger(elapsed) || elapsed < 0 || elapsed > 7 * 24 * 3600 * 1000) fail('elapsedMs', 'invalid', 'elapsedMs.invalid');
  else if (elapsed < minFillMs) fail('elapsedMs', 'too_fast', 'elapsedMs.tooFast');

  // the honeypot: people never see it, so anything in it is a bot
  const trap = get(form.honeypot);
  if (trap !== undefined && trap !== null && typeof trap !== 'string') fail(form.honeypot, 'type', 'type');
  const honeypot = typeof trap === 'string' && trap.trim() !== '';

  if (errors.length) return { ok: false, errors, locale };
  return {
    ok: true,
    honeypot,
    value: {
      name: name!,
      email,
      phone,
      availability: availability!,
      message,
      consentVersion: currentConsent,
      campaign: slugs.campaign,
      opportunity: slugs.opportunity,
      organisation: slugs.organisation,
      locale,
      sourceOrigin,
      elapsedMs: elapsed as number,
    },
  };
}
