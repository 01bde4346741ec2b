import type { Locale } from '../../base/api-types.js';

/**
 * The sign-up form's schema as GET /api/widget/v1/signups/schema answers it: the
 * CMS's cms/src/api/signup/form/signup-form.json (fields, rules and texts in one
 * language) plus the consent text and what the sign-up is for. The form is built
 * from it, and `checkForm` applies its rules exactly as the CMS does
 * (cms/src/api/signup/form/validate.ts); both run cms/tests/signup-cases.json.
 */
export interface SignupSchema {
  version: number;
  locale: Locale;
  honeypot: string;
  minFillMs: number;
  fields: {
    name: FieldRule & { maxLength: number };
    email: FieldRule & { maxLength: number };
    phone: FieldRule & { maxLength: number; minDigits: number; maxDigits: number };
    availability: FieldRule & { options: string[] };
    message: FieldRule & { maxLength: number };
    consent: FieldRule;
  };
  atLeastOne: { fields: string[]; reportOn: string };
  texts: Record<string, string>;
  consent: { version: string; text: string };
  target: {
    campaign: { slug: string; title: string } | null;
    opportunity: { slug: string; title: string } | null;
    organisation: { slug: string; name: string } | null;
    recipient: string;
  };
}

/** One field's rule in signup-form.json. */
export interface FieldRule {
  type: 'text' | 'email' | 'phone' | 'choice' | 'accept';
  required?: boolean;
  multiline?: boolean;
  autocomplete?: string;
}

export type FieldName = 'name' | 'email' | 'phone' | 'availability' | 'message' | 'consent';
export const FIELD_ORDER: FieldName[] = ['name', 'email', 'phone', 'availability', 'message', 'consent'];

export interface FormValues {
  name: string;
  email: string;
  phone: string;
  availability: string;
  message: string;
  consent: boolean;
}

export interface CheckedForm {
  /** Field -> what to fix, in the form's order. */
  errors: Map<FieldName, string>;
  /** The values as the server will store them. */
  value: { name: string; email: string | null; phone: string | null; availability: string; message: string | null };
}

const fill = (template: string | undefined, params: Record<string, string | number>): string =>
  (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB]/u;
const UNUSABLE = /[\p{Co}\p{Noncharacter_Code_Point}]/u;
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\n\t]/u;
const LINE_SEPARATOR = /[\u2028\u2029]/u;
const STACKED_MARKS = /\p{M}{5,}/u;
const LONE_SURROGATE = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF]))|(?:(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;

function checkText(raw: string, multiline: boolean, maxLength: number): { value: string } | { error: 'bad' | 'long'; length: number } {
  if (LONE_SURROGATE.test(raw)) return { error: 'bad', length: raw.length };
  let value = raw.normalize('NFC');
  if (multiline) value = value.replace(/\r\n?|[\u2028\u2029]/gu, '\n');
  value = value.trim();
  const control = multiline ? CONTROL_EXCEPT_LINES.test(value) : CONTROL.test(value) || LINE_SEPARATOR.test(value);
  if (control || BIDI_CONTROLS.test(value) || UNUSABLE.test(value) || STACKED_MARKS.test(value)) return { error: 'bad', length: value.length };
  if (!multiline) value = value.replace(/\s+/gu, ' ');
  return value.length > maxLength ? { error: 'long', length: value.length } : { value };
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const ASCII_DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z])$/;

function checkEmail(raw: string, maxLength: number): { value: string } | { error: 'invalid' | 'long' } {
  const value = raw.trim();
  if (value.length > maxLength) return { error: 'long' };
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
  return email.length > maxLength ? { error: 'long' } : { value: email };
}

/** Checks the form against the schema's rules; messages come from the schema's texts. */
export function checkForm(values: FormValues, schema: SignupSchema): CheckedForm {
  const { fields, texts } = schema;
  const errors = new Map<FieldName, string>();
  const fail = (field: FieldName, key: string, params: Record<string, string | number> = {}) => {
    if (!errors.has(field)) errors.set(field, fill(texts[key], params));
  };
  const value: CheckedForm['value'] = { name: '', email: null, phone: null, availability: values.availability, message: null };

  if (!values.name.trim()) fail('name', 'name.required');
  else {
    const name = checkText(values.name, false, fields.name.maxLength);
    if ('error' in name) fail('name', name.error === 'long' ? 'name.tooLong' : 'name.badCharacters', { max: fields.name.maxLength });
    else if (!/\p{L}/u.test(name.value)) fail('name', 'name.noLetters');
    else value.name = name.value;
  }

  const email = values.email.trim();
  const phone = values.phone.trim();
  if (email) {
    const checked = checkEmail(email, fields.email.maxLength);
    if ('error' in checked) fail('email', checked.error === 'long' ? 'email.tooLong' : 'email.invalid', { max: fields.email.maxLength });
    else value.email = checked.value;
  }
  if (phone) {
    const collapsed = phone.replace(/\s+/g, ' ');
    const digits = collapsed.replace(/\D/g, '').length;
    if (collapsed.length > fields.phone.maxLength) fail('phone', 'phone.tooLong', { max: fields.phone.maxLength });
    else if (!/^\+?[0-9 ().\-/]+$/.test(collapsed) || digits < fields.phone.minDigits || digits > fields.phone.maxDigits) fail('phone', 'phone.invalid');
    else value.phone = collapsed;
  }
  if (!email && !phone) fail(schema.atLeastOne.reportOn as FieldName, 'contact.required');

  if (!fields.availability.options.includes(values.availability)) fail('availability', 'availability.required');

  if (values.message.trim()) {
    const message = checkText(values.message, true, fields.message.maxLength);
    if ('error' in message) fail('message', message.error === 'long' ? 'message.tooLong' : 'message.badCharacters', { max: fields.message.maxLength, length: message.length });
    else value.message = message.value || null;
  }

  if (values.consent !== true) fail('consent', 'consent.required');

  const ordered = new Map<FieldName, string>();
  for (const field of FIELD_ORDER) if (errors.has(field)) ordered.set(field, errors.get(field)!);
  return { errors: ordered, value };
}
