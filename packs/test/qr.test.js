import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { decodePhoto, planPack, rasterise } from '../src/index.js';
import { SIGNUP, input } from './fixtures.js';

/** The QR code on each print piece, decoded from the rendered piece as a phone would see it. */
describe('QR code', () => {
  for (const id of ['poster-a3', 'poster-a4', 'flyer-a5']) {
    it(`${id}: decodes to the campaign's sign-up page with the organisation as the source`, async () => {
      const data = await input();
      const plan = planPack(data);
      const l = plan.layouts.find((x) => x.format.id === id).layout;
      const photo = await decodePhoto(data.photo.bytes, data.photo.focal, 1200);
      const raw = await rasterise(l, photo, { dpi: 100 });
      const rgba = new Uint8ClampedArray(raw.info.width * raw.info.height * 4);
      for (let i = 0, j = 0; i < raw.data.length; i += 3, j += 4) {
        rgba[j] = raw.data[i];
        rgba[j + 1] = raw.data[i + 1];
        rgba[j + 2] = raw.data[i + 2];
        rgba[j + 3] = 255;
      }
      const code = jsQR(rgba, raw.info.width, raw.info.height);
      expect(code, 'no QR code found in the rendered piece').toBeTruthy();
      expect(code.data).toBe(SIGNUP);
      expect(new URL(code.data).searchParams.get('organisation')).toBe('stavtrup-dagtilbud');
    });
  }

  it('points to an external sign-up page when the campaign uses one', async () => {
    const data = await input({ campaign: { slug: 'laeselyst', headline: 'Læselyst', packHeadline: 'Læs højt', ctaKind: 'link', ctaUrl: 'https://laeselyst.example.org/frivillig' } });
    expect(planPack(data).signup).toBe('https://laeselyst.example.org/frivillig');
  });
});
