import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream, PDFDict, PDFArray } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { MM, makePack, photoPixels, format } from '../src/index.js';
import { input } from './fixtures.js';

/**
 * The print PDFs read back with a PDF parser (pdf-lib): page boxes, bleed,
 * crop marks, text as text in the embedded font, and the photo at 300 dpi.
 */
let pack;
beforeAll(async () => {
  pack = await makePack(await input());
});

const SIZES = { 'plakat-A3.pdf': [297, 420], 'plakat-A4.pdf': [210, 297], 'flyer-A5.pdf': [148, 210] };
const near = (a, b) => Math.abs(a - b) < 0.01;
const box = (page, name) => {
  const arr = page.node.lookup(PDFName.of(name), PDFArray).asArray().map((n) => n.asNumber());
  return { x: arr[0], y: arr[1], w: arr[2] - arr[0], h: arr[3] - arr[1] };
};

function content(doc, page) {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  return streams
    .map((s) => (s instanceof PDFRawStream ? (s.dict.get(PDFName.of('Filter')) ? inflateSync(s.contents) : Buffer.from(s.contents)) : Buffer.alloc(0)).toString('latin1'))
    .join('\n');
}

describe('print PDFs', () => {
  for (const [name, [w, h]] of Object.entries(SIZES)) {
    it(`${name}: TrimBox is the paper, BleedBox 3 mm more, MediaBox room for crop marks`, async () => {
      const doc = await PDFDocument.load(pack.files.find((f) => f.name === name).bytes);
      expect(doc.getPageCount()).toBe(1);
      const page = doc.getPage(0);
      const trim = box(page, 'TrimBox');
      const bleed = box(page, 'BleedBox');
      const media = box(page, 'MediaBox');
      expect(near(trim.w, w * MM) && near(trim.h, h * MM), `trim ${trim.w} x ${trim.h}`).toBe(true);
      expect(near(bleed.w, (w + 6) * MM) && near(bleed.h, (h + 6) * MM)).toBe(true);
      expect(near(trim.x - bleed.x, 3 * MM) && near(trim.y - bleed.y, 3 * MM)).toBe(true);
      // The media box holds the bleed and the marks outside it.
      expect(media.x).toBeLessThanOrEqual(bleed.x - 5 * MM);
      expect(media.x + media.w).toBeGreaterThanOrEqual(bleed.x + bleed.w + 5 * MM);
      expect(doc.getTitle()).toContain('Bliv frivillig hos os');
    });
  }

  it('sets its text as text in the embedded, subset font (vector, selectable), with crop marks in registration colour', async () => {
    const doc = await PDFDocument.load(pack.files.find((f) => f.name === 'plakat-A4.pdf').bytes);
    const page = doc.getPage(0);
    const ops = content(doc, page);
    expect(ops).toMatch(/BT\s+\/AtkinsonHyperlegible-\S+ [\d.]+ Tf[\s\S]*?\] TJ\s+ET/);
    // Kerning is kept: at least one TJ array with an adjustment.
    expect(ops).toMatch(/\[ <[0-9A-F]+> -?\d+ <[0-9A-F]+>/);
    // Four corners, two marks each, in CMYK 100/100/100/100.
    expect(ops).toContain('1 1 1 1 K');
    const fonts = page.node.Resources().lookup(PDFName.of('Font'), PDFDict);
    const names = fonts.keys().map((k) => fonts.lookup(k, PDFDict).lookup(PDFName.of('BaseFont')).asString());
    expect(names.some((n) => n.includes('AtkinsonHyperlegible-Bold'))).toBe(true);
    expect(names.some((n) => n.includes('AtkinsonHyperlegible-Regular'))).toBe(true);
    for (const key of fonts.keys()) {
      const font = fonts.lookup(key, PDFDict);
      const descendant = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
      const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
      const file = descriptor.lookup(PDFName.of('FontFile2'));
      expect(file, 'embedded TrueType font program').toBeTruthy();
      // A subset: far smaller than the whole font file (about 60 KB).
      expect(file.contents.length).toBeLessThan(40_000);
    }
  });

  it('places the photo at 300 dpi, cropped to its box', async () => {
    for (const [name, id] of [['plakat-A3.pdf', 'poster-a3'], ['plakat-A4.pdf', 'poster-a4'], ['flyer-A5.pdf', 'flyer-a5']]) {
      const doc = await PDFDocument.load(pack.files.find((f) => f.name === name).bytes);
      const xobjects = doc.getPage(0).node.Resources().lookup(PDFName.of('XObject'), PDFDict);
      const images = xobjects.keys().map((k) => xobjects.lookup(k));
      expect(images).toHaveLength(1);
      const width = images[0].dict.lookup(PDFName.of('Width')).asNumber();
      const height = images[0].dict.lookup(PDFName.of('Height')).asNumber();
      expect({ width, height }).toEqual(photoPixels(format(id), 300));
      const ops = content(doc, doc.getPage(0));
      // `w 0 0 h x y cm /Image Do`: the placed size in points, so dpi = pixels / (points / 72).
      const placed = /([\d.]+) 0 0 ([\d.]+) [-\d.]+ [-\d.]+ cm\s*(?:1 0 0 1 0 0 cm\s*)*\/Image\S* Do/.exec(ops);
      expect(placed).toBeTruthy();
      expect(Math.round(width / (Number(placed[1]) / 72))).toBe(300);
      expect(Math.round(height / (Number(placed[2]) / 72))).toBe(300);
    }
  });
});
