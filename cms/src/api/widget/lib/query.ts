import { badParameter } from './errors';
import { LOCALES } from './locale';

/**
 * Validates a widget API query against a small spec. Unknown parameters
 * (`status`, `populate`, `filters`...) are ignored: the read model decides
 * what is public, never the query.
 */
export type ParamSpec =
  | { kind: 'int'; min: number; max: number; default?: number }
  | { kind: 'enum'; values: readonly string[]; default?: string }
  | { kind: 'text'; maxLength: number };

type Value<P extends ParamSpec> = P extends { kind: 'int' }
  ? number
  : string;

export type Parsed<S extends Record<string, ParamSpec>> = {
  [K in keyof S]: S[K] extends { default: unknown } ? Value<S[K]> : Value<S[K]> | undefined;
};

// Control characters and unpaired surrogates have no business in a filter.
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const localeParam = { kind: 'enum', values: LOCALES, default: 'da' } as const;
export const pageParams = {
  page: { kind: 'int', min: 1, max: 10000, default: 1 },
  pageSize: { kind: 'int', min: 1, max: 50, default: 12 },
} as const;

export function parseQuery<S extends Record<string, ParamSpec>>(spec: S, query: Record<string, unknown>): Parsed<S> {
  const out: Record<string, unknown> = {};
  for (const [name, param] of Object.entries(spec)) {
    const raw = query[name];
    if (raw === undefined || raw === '') {
      out[name] = 'default' in param ? param.default : undefined;
      continue;
    }
    if (typeof raw !== 'string') throw badParameter(name, describe(param), `Give "${name}" once, as a plain value.`);
    out[name] = parseOne(name, param, raw);
  }
  return out as Parsed<S>;
}

function parseOne(name: string, param: ParamSpec, raw: string): number | string {
  switch (param.kind) {
    case 'int': {
      const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
      if (!(n >= param.min && n <= param.max)) {
        throw badParameter(name, describe(param), `"${name}" must be a whole number from ${param.min} to ${param.max}.`);
      }
      return n;
    }
    case 'enum':
      if (!param.values.includes(raw)) {
        throw badParameter(name, describe(param), `"${name}" must be one of: ${param.values.join(', ')}.`);
      }
      return raw;
    case 'text': {
      const text = raw.normalize('NFC').trim();
      if (text.length > param.maxLength || UNSAFE_TEXT.test(text)) {
        throw badParameter(name, describe(param), `"${name}" must be plain text of at most ${param.maxLength} characters.`);
      }
      return text;
    }
  }
}

function describe(param: ParamSpec): string {
  switch (param.kind) {
    case 'int':
      return `integer ${param.min}-${param.max}`;
    case 'enum':
      return param.values.join('|');
    case 'text':
      return `text, at most ${param.maxLength} characters`;
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug in a path: lowercase ASCII words joined by hyphens. */
export function parseSlug(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 120 || !SLUG.test(raw)) {
    throw badParameter('slug', 'lowercase letters, digits and hyphens', 'The slug in the address is not valid.');
  }
  return raw;
}
