import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { FORMATS, decodePhoto, encode, layout, planPack, rasterise } from '../src/index.js';
import { input } from './fixtures.js';

/**
 * Image snapshots of every template (satori's style): each piece rendered from
 * the same data with the pinned fonts, compared with the committed PNG with a
 * tolerant pixel comparison. Missing or changed on purpose? Run with
 * UPDATE_SNAPSHOTS=1 and look at the new PNGs before committing them.
 */
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__snapshots__');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
/** Share of pixels that may differ (antialiasing, codec versions); anything more is a real change. */
const TOLERANCE = 0.005;

async function snapshot(name, raw) {
  const png = await encode(raw, 'png');
  const file = path.join(dir, `${name}.png`);
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE) throw new Error(`No snapshot ${name}.png yet: run UPDATE_SNAPSHOTS=1 npm test -w packs and check the image.`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, png);
    return 0;
  }
  const expected = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(png);
  expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
  const diff = pixelmatch(expected.data, actual.data, null, actual.width, actual.height, { threshold: 0.1 });
  return diff / (actual.width * actual.height);
}

describe('templates', () => {
  it('are pure: the same data gives the same layout, and the data is left alone', async () => {
    const data = (await planPack(await input())).data;
    const copy = structuredClone(data);
    for (const f of FORMATS) expect(layout(data, f)).toEqual(layout(structuredClone(data), f));
    expect(data).toEqual(copy);
  });

  it('lay out the institution\'s texts, never cut: every line is inside the piece', async () => {
    const { layouts } = planPack(await input({ texts: { name: 'Børnehuset Himmelblå og Vuggestuen Regnbuen' } }));
    for (const { format, layout: l } of layouts) {
      const lines = l.nodes.filter((n) => n.type === 'text').flatMap((n) => n.lines.map((line) => ({ ...line, size: n.size })));
      for (const line of lines) {
        expect(line.x, `${format.id}: ${line.text}`).toBeGreaterThanOrEqual(0);
        expect(line.x + line.width, `${format.id}: ${line.text}`).toBeLessThanOrEqual(l.width + 0.01);
        expect(line.y, `${format.id}: ${line.text}`).toBeLessThanOrEqual(l.height);
      }
      const words = lines.map((line) => line.text).join(' ');
      expect(words).toContain('Regnbuen');
    }
  });

  for (const f of FORMATS) {
    it(`${f.id} looks as it did (snapshot)`, async () => {
      const plan = planPack(await input());
      const l = plan.layouts.find((x) => x.format.id === f.id).layout;
      const photo = await decodePhoto((await input()).photo.bytes, { x: 0.45, y: 0.5 }, 1400);
      const raw = await rasterise(l, photo, { dpi: 40 });
      if (f.kind === 'raster') expect([raw.info.width, raw.info.height]).toEqual(f.sizePx);
      const share = await snapshot(f.id, raw);
      expect(share).toBeLessThanOrEqual(TOLERANCE);
    });
  }
});
