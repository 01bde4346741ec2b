import { describe, expect, it } from 'vitest';
import { pickEncoding } from '../../src/api/widget/lib/http';
import { toGpx } from '../../src/api/widget/lib/gpx';

describe('content negotiation', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['identity', null],
    ['*', 'br'],
    ['', null],
  ])('%s -> %s', (header, expected) => expect(pickEncoding(header)).toBe(expected));
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
