import { describe, expect, it } from 'vitest';
import { consentProblem, creditName, toImage, type PhotoAssetRecord } from '../../src/api/widget/lib/photos';

const photo = (consents: PhotoAssetRecord['consents'], uses: Partial<PhotoAssetRecord> = {}): PhotoAssetRecord => ({
  alt: 'Frivillige laver mad',
  credit: 'Foto: Aarhus Kommune',
  focalX: '0.3',
  focalY: 0.6,
  useWeb: true,
  consents,
  image: {
    url: '/uploads/a.jpg',
    width: 3600,
    height: 2400,
    formats: { small: { url: '/uploads/small_a.jpg', width: 500, height: 333 }, thumbnail: { url: '/uploads/thumbnail_a.jpg', width: 234, height: 156 } },
  },
  ...uses,
});
const today = '2026-11-23';

describe('photo consent', () => {
  it('serves a photo with valid consents, with srcset from small to large', () => {
    expect(toImage(photo([{ expiresAt: '2027-01-01', withdrawn: false }], { image: { url: '/uploads/a.jpg', width: 1200, height: 800, formats: { small: { url: '/uploads/small_a.jpg', width: 500, height: 333 } } } }), today)).toEqual({
      url: '/uploads/a.jpg',
      alt: 'Frivillige laver mad',
      credit: 'Aarhus Kommune',
      width: 1200,
      height: 800,
      focal: { x: 0.3, y: 0.6 },
      srcset: '/uploads/small_a.jpg 500w, /uploads/a.jpg 1200w',
    });
  });

  it('leaves a print-size original out of the web renditions', () => {
    expect(toImage(photo([{ expiresAt: '2027-01-01' }]), today)).toMatchObject({
      url: '/uploads/small_a.jpg',
      width: 500,
      height: 333,
      srcset: '/uploads/thumbnail_a.jpg 234w, /uploads/small_a.jpg 500w',
    });
  });

  it('never serves a photo whose consent expired or was withdrawn', () => {
    expect(toImage(photo([{ expiresAt: '2026-11-22' }]), today)).toBeNull();
    expect(toImage(photo([{ expiresAt: '2030-01-01' }, { expiresAt: '2030-01-01', withdrawn: true }]), today)).toBeNull();
    expect(toImage(photo([{ expiresAt: null }]), today)).toBeNull();
  });

  it('names the reason, and checks the allowed use', () => {
    expect(consentProblem(photo([{ expiresAt: '2020-01-01' }]), 'web', today)).toBe('consent_expired');
    expect(consentProblem(photo([{ expiresAt: '2030-01-01', withdrawn: true }]), 'web', today)).toBe('consent_withdrawn');
    expect(consentProblem(photo([], { usePrint: false }), 'print', today)).toBe('not_allowed_for_print');
    expect(consentProblem(photo([], { useWeb: false }), 'web', today)).toBe('not_allowed_for_web');
    expect(consentProblem(photo([]), 'web', today)).toBeNull();
  });
});

describe('photo credit', () => {
  it('drops a typed label, since widgets add it in the reader language', () => {
    expect(creditName('Foto: Aarhus Kommune')).toBe('Aarhus Kommune');
    expect(creditName('photo:Jens Hansen')).toBe('Jens Hansen');
    expect(creditName('Fotohuset Aarhus')).toBe('Fotohuset Aarhus');
    expect(creditName(null)).toBe('');
  });
});
