import { describe, expect, it } from 'vitest';
import { matches, pickEncoding } from '../../src/api/widget/lib/http';
import { toGpx } from '../../src/api/widget/lib/gpx';

describe('content negotiation', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['identity', null],
    ['*', 'br'],
    ['', null],
    ['gzip;q=1, br;q=0.1', 'gzip'],
    ['br;q=0.5, gzip;q=0.5', 'br'],
    ['br;q=abc, gzip', 'gzip'],
    ['*;q=0', null],
  ])('%s -> %s', (header, expected) => expect(pickEncoding(header)).toBe(expected));
});

describe('If-None-Match', () => {
  it.each([
    ['"abc"', true],
    ['"abc-br"', true],
    ['"abc-br-fast"', true],
    ['W/"abc-gzip"', true],
    ['"x", W/"abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['"abcd-br"', false],
    ['"ab"', false],
    ['', false],
  ])('%s matches content abc: %s', (header, expected) => expect(matches(header, 'abc')).toBe(expected));
});

describe('GPX', () => {
  it('escapes names and lists the stops as waypoints and a route', () => {
    const gpx = toGpx({ slug: 'w', title: 'Ørerne & <frivillighed>', intro: null, stops: [{ order: 1, title: 'Start "her"', lat: 56.1, lng: 10.2, directions: null }] });
    expect(gpx).toContain('<name>Ørerne &amp; &lt;frivillighed&gt;</name>');
    expect(gpx).toContain('<wpt lat="56.100000" lon="10.200000">');
    expect(gpx).toContain('<rtept lat="56.100000" lon="10.200000">');
    expect(gpx).toContain('1. Start &quot;her&quot;');
  });
});

describe('cached responses', () => {
  it('has one ETag per encoding for the same content', async () => {
    const { etagFor, toResponse } = await import('../../src/api/widget/lib/response-cache');
    const response = toResponse({ a: 1 });
    const tags = [etagFor(response, 'br'), etagFor(response, 'gzip'), etagFor(response, null)];
    expect(new Set(tags).size).toBe(3);
    expect(etagFor(toResponse({ a: 1 }), 'br')).toBe(tags[0]);
    expect(etagFor(toResponse({ a: 2 }), 'br')).not.toBe(tags[0]);
  });

  it('answers at once with a quick brotli and replaces it with the best one', async () => {
    const { brotliDecompressSync } = await import('node:zlib');
    const { encode, etagFor, toResponse } = await import('../../src/api/widget/lib/response-cache');
    const value = { items: Array.from({ length: 200 }, (_, i) => ({ title: `Lektiehjælp i Gellerup nummer ${i}`, summary: 'Frivillige hjælper med lektier hver tirsdag.' })) };
    const response = toResponse(value);
    const quick = encode(response, 'br');
    const quickTag = etagFor(response, 'br');
    expect(JSON.parse(brotliDecompressSync(quick).toString())).toEqual(value);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const best = encode(response, 'br');
    expect(best).not.toBe(quick);
    // Other bytes, other tag: a strong ETag names exactly one body.
    expect(quickTag).not.toBe(etagFor(response, 'br'));
    expect(best.length).toBeLessThan(quick.length);
    expect(JSON.parse(brotliDecompressSync(best).toString())).toEqual(value);
  });
});
