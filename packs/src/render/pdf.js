import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  PDFHexString,
  PDFOperator,
  PDFOperatorNames,
  beginText,
  cmyk,
  endText,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
} from 'pdf-lib';
import { MM } from '../brand.js';
import { font, shape } from '../fonts.js';
import { qrPath } from '../qr.js';

/**
 * A print layout as a print-ready PDF: one page whose MediaBox holds the
 * trimmed piece, 3 mm of bleed and the crop marks around it; BleedBox and
 * TrimBox say where the bleed and the cut are. Text is real text in the
 * embedded (subset) font, placed glyph by glyph as fontkit laid it out, with
 * the kerning; the QR code and the logo are vector shapes; the photo is a JPEG
 * at 300 dpi.
 */

/** Space around the bleed for the crop marks. */
export const SLUG_MM = 10;
/** Crop marks start this far outside the trim (at the bleed's edge) and are this long. */
const MARK_OFFSET_MM = 3;
const MARK_LENGTH_MM = 6;

const hex = (value) => {
  const m = /^#([0-9a-f]{6})$/i.exec(value);
  if (!m) return rgb(0, 0, 0);
  const n = parseInt(m[1], 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};

/**
 * @param {import('../index.js').Layout} layout a print layout (points)
 * @param {Uint8Array} photoJpeg the photo, cropped to the photo box at 300 dpi
 * @param {{ title: string, subject?: string, date: Date }} meta
 * @returns {Promise<Uint8Array>}
 */
export async function toPdf(layout, photoJpeg, meta) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subject) doc.setSubject(meta.subject);
  doc.setAuthor('Samskab');
  doc.setCreator('Samskab packs');
  doc.setProducer('Samskab packs (pdf-lib)');
  doc.setLanguage('da-DK');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);

  const slug = SLUG_MM * MM;
  const W = layout.width;
  const H = layout.height;
  const b = layout.bleed;
  const pageW = W + 2 * slug;
  const pageH = H + 2 * slug;
  const page = doc.addPage([pageW, pageH]);
  page.setMediaBox(0, 0, pageW, pageH);
  page.setCropBox(0, 0, pageW, pageH);
  page.setBleedBox(slug - b, slug - b, W + 2 * b, H + 2 * b);
  page.setTrimBox(slug, slug, W, H);
  page.setArtBox(slug, slug, W, H);

  // Layout coordinates (top left of the trim, y down) to PDF (bottom left of the page, y up).
  const X = (x) => slug + x;
  const Y = (y) => pageH - slug - y;

  const fonts = new Map();
  const fontKeys = new Map();
  const pdfFont = async (weight) => {
    if (!fonts.has(weight)) fonts.set(weight, await doc.embedFont(font(weight).bytes, { subset: true }));
    return fonts.get(weight);
  };

  for (const node of layout.nodes) {
    switch (node.type) {
      case 'rect':
        if (node.rx) {
          page.drawSvgPath(roundedRect(node.w, node.h, node.rx), { x: X(node.x), y: Y(node.y), color: hex(node.fill), opacity: node.opacity, borderWidth: 0 });
        } else {
          page.drawRectangle({ x: X(node.x), y: Y(node.y + node.h), width: node.w, height: node.h, color: hex(node.fill), opacity: node.opacity, borderWidth: 0 });
        }
        break;
      case 'circle':
        page.drawCircle({ x: X(node.cx), y: Y(node.cy), size: node.r, color: hex(node.fill), opacity: node.opacity, borderWidth: 0 });
        break;
      case 'photo': {
        const image = await doc.embedJpg(photoJpeg);
        page.drawImage(image, { x: X(node.x), y: Y(node.y + node.h), width: node.w, height: node.h });
        break;
      }
      case 'qr': {
        const { size, path } = qrPath(node.url);
        const quiet = node.quietZone ?? 0;
        const m = node.size / (size + 2 * quiet);
        page.drawSvgPath(path, { x: X(node.x + quiet * m), y: Y(node.y + quiet * m), scale: m, color: hex(node.fill), borderWidth: 0 });
        break;
      }
      case 'text':
        drawText(page, await pdfFont(node.weight), node);
        break;
      default:
        throw new Error(`toPdf: unknown node type "${node.type}"`);
    }
  }
  drawCropMarks(page, slug, W, H);
  return doc.save({ useObjectStreams: true });

  /** One TJ per line: each glyph's code, with fontkit's kerning as TJ adjustments. */
  function drawText(pg, pdfFontRef, node) {
    // One resource name per font on the page.
    if (!fontKeys.has(pdfFontRef)) fontKeys.set(pdfFontRef, pg.node.newFontDictionary(pdfFontRef.name, pdfFontRef.ref));
    const key = fontKeys.get(pdfFontRef);
    const f = font(node.weight).font;
    const ops = [pushGraphicsState(), beginText(), setFontAndSize(key, node.size), setFillingColor(hex(node.color))];
    for (const line of node.lines) {
      const { glyphs } = shape(node.weight, line.text);
      const items = [];
      if (glyphs.some((g) => (g.glyph.codePoints ?? []).length !== 1) || glyphs.length !== Array.from(line.text).length) {
        // Not one glyph per character (a ligature or a composed mark): write the
        // line as one string, without kerning, rather than guess at the mapping.
        items.push(pdfFontRef.encodeText(line.text));
      } else {
        let run = '';
        glyphs.forEach((g, i) => {
          run += pdfFontRef.encodeText(String.fromCodePoint(g.glyph.codePoints[0])).toString().slice(1, -1);
          // TJ moves by the glyph's own advance; add fontkit's kerning (in 1/1000 em, sign reversed).
          const kern = g.advance - g.glyph.advanceWidth;
          if (kern !== 0 && i < glyphs.length - 1) {
            items.push(PDFHexString.of(run), -Math.round((kern * 1000) / f.unitsPerEm));
            run = '';
          }
        });
        if (run) items.push(PDFHexString.of(run));
      }
      ops.push(setTextMatrix(1, 0, 0, 1, X(line.x), Y(line.y)));
      ops.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [doc.context.obj(items)]));
    }
    ops.push(endText(), popGraphicsState());
    pg.pushOperators(...ops);
  }
}

function roundedRect(w, h, r) {
  const q = Math.min(r, w / 2, h / 2);
  return `M${q} 0H${w - q}Q${w} 0 ${w} ${q}V${h - q}Q${w} ${h} ${w - q} ${h}H${q}Q0 ${h} 0 ${h - q}V${q}Q0 0 ${q} 0Z`;
}

/** Crop marks in registration colour at each corner, outside the bleed. */
function drawCropMarks(page, slug, W, H) {
  const off = MARK_OFFSET_MM * MM;
  const len = MARK_LENGTH_MM * MM;
  const color = cmyk(1, 1, 1, 1);
  const thickness = 0.25;
  for (const [cx, cy, sx, sy] of [
    [slug, slug, -1, -1],
    [slug + W, slug, 1, -1],
    [slug, slug + H, -1, 1],
    [slug + W, slug + H, 1, 1],
  ]) {
    // Horizontal mark on the trim's horizontal edge, vertical mark on its vertical edge.
    page.drawLine({ start: { x: cx + sx * off, y: cy }, end: { x: cx + sx * (off + len), y: cy }, thickness, color });
    page.drawLine({ start: { x: cx, y: cy + sy * off }, end: { x: cx, y: cy + sy * (off + len) }, thickness, color });
  }
}
