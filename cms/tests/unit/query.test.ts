import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/widget/lib/errors';
import { localeParam, pageParams, parseQuery, parseSlug } from '../../src/api/widget/lib/query';

const spec = { locale: localeParam, ...pageParams, q: { kind: 'text', maxLength: 10 }, mode: { kind: 'enum', values: ['online', 'telefon'] } } as const;

function rejection(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('query validation', () => {
  it('applies defaults and ignores parameters it does not know', () => {
    expect(parseQuery(spec, { status: 'draft', populate: '*' })).toEqual({ locale: 'da', page: 1, pageSize: 12, q: undefined, mode: undefined });
  });

  it('parses valid values', () => {
    expect(parseQuery(spec, { locale: 'en', page: '2', pageSize: '50', q: ' Sorg ', mode: 'online' })).toEqual({ locale: 'en', page: 2, pageSize: 50, q: 'Sorg', mode: 'online' });
  });

  it.each([
    [{ pageSize: '0' }, 'pageSize', '1-50'],
    [{ pageSize: '51' }, 'pageSize', '1-50'],
    [{ page: 'abc' }, 'page', 'integer'],
    [{ page: '1.5' }, 'page', 'integer'],
    [{ locale: 'fr' }, 'locale', 'da|en'],
    [{ mode: 'brev' }, 'mode', 'online|telefon'],
    [{ q: 'x'.repeat(11) }, 'q', '10 characters'],
    [{ q: 'a\u0000b' }, 'q', 'text'],
    [{ q: '\ud800' }, 'q', 'text'],
    [{ q: ['a', 'b'] }, 'q', 'text'],
    [{ q: { $ne: 1 } }, 'q', 'text'],
  ])('rejects %j naming the parameter', (query, parameter, accepts) => {
    const error = rejection(() => parseQuery(spec, query as Record<string, unknown>));
    expect(error.status).toBe(400);
    expect(error.parameter).toBe(parameter);
    expect(error.accepts).toContain(accepts);
  });

  it('accepts only plain slugs', () => {
    expect(parseSlug('frivillig-for-fremtiden')).toBe('frivillig-for-fremtiden');
    for (const bad of ['../etc', 'Stor', 'a--b', '', 'æble', 'x'.repeat(121)]) expect(rejection(() => parseSlug(bad)).status).toBe(400);
  });
});
