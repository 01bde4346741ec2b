import sharp from 'sharp';
import type { PhotoArt } from './data/types';

/**
 * Demo media for the seed: abstract illustrations that stand in for the photo
 * library, and short chimes that stand in for the podcast walk's audio.
 *
 * Everything is deterministic: the same input always gives the same bytes.
 * The illustrations are plain SVG shapes (no <text>, so no fonts are needed),
 * rasterised by sharp.
 */

// ---------------------------------------------------------------------------
// Deterministic pseudo-randomness
// ---------------------------------------------------------------------------

/** FNV-1a 32-bit hash of a string. */
export function hashString(input: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast PRNG returning numbers in [0, 1). */
function prng(seed: string): () => number {
  let state = hashString(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------
// Colour helpers
// ---------------------------------------------------------------------------

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`renderPhoto: "${hex}" is not a colour of the form #rrggbb.`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  const c = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** Mix two colours; t = 0 gives a, t = 1 gives b. */
function mix(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

const WHITE = '#ffffff';
const INK = '#1d2433';
/** Abstract "skin" tones, mixed with the palette so they stay in harmony. */
const TONES = ['#f1c9a5', '#d9a27e', '#b07a55', '#8a5a3b', '#5e3b26', '#f6dcc4'];

// ---------------------------------------------------------------------------
// Motifs: each returns SVG elements for a canvas of width w and height h.
// ---------------------------------------------------------------------------

interface Ctx {
  w: number;
  h: number;
  /** Scale relative to a 1600 px high canvas. */
  s: number;
  rnd: () => number;
  p: [string, string, string];
}

const f = (n: number): string => n.toFixed(1);

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length) % items.length];
}

/** A stylised person: an arch for the body and a circle for the head. */
function person(x: number, baseY: number, height: number, body: string, tone: string): string {
  const bw = height * 0.42;
  const top = baseY - height * 0.62;
  const r = bw / 2;
  const headR = height * 0.14;
  const headY = top - headR * 1.25;
  return (
    `<path d="M${f(x - r)} ${f(baseY)} L${f(x - r)} ${f(top + r)} A${f(r)} ${f(r)} 0 0 1 ${f(x + r)} ${f(top + r)} ` +
    `L${f(x + r)} ${f(baseY)} Z" fill="${body}"/>` +
    `<circle cx="${f(x)}" cy="${f(headY)}" r="${f(headR)}" fill="${tone}"/>`
  );
}

function drawPeople(c: Ctx): string {
  const { w, h, s, rnd, p } = c;
  const n = 3 + Math.floor(rnd() * 3);
  const out: string[] = [];
  const baseY = h * 0.94;
  for (let i = 0; i < n; i++) {
    const x = w * (0.16 + (0.68 * (i + 0.5)) / n) + (rnd() - 0.5) * 90 * s;
    const height = h * (0.5 + rnd() * 0.22);
    const body = mix(p[i % 3], INK, 0.08 + rnd() * 0.15);
    const tone = mix(pick(rnd, TONES), p[(i + 1) % 3], 0.12);
    out.push(person(x, baseY, height, body, tone));
  }
  return out.join('');
}

function drawHands(c: Ctx): string {
  const { w, h, s, rnd, p } = c;
  const cx = w / 2;
  const cy = h * 0.55;
  const n = 6 + Math.floor(rnd() * 4);
  const out: string[] = [`<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(230 * s)}" fill="${mix(p[1], WHITE, 0.35)}"/>`];
  const rot = rnd() * 360;
  for (let i = 0; i < n; i++) {
    const a = rot + (360 * i) / n;
    const tone = mix(pick(rnd, TONES), p[i % 3], 0.15);
    const sleeve = mix(p[(i + 2) % 3], INK, 0.1);
    // A hand reaching towards the centre: a sleeve and a rounded palm.
    out.push(
      `<g transform="rotate(${f(a)} ${f(cx)} ${f(cy)})">` +
        `<rect x="${f(cx + 380 * s)}" y="${f(cy - 85 * s)}" width="${f(900 * s)}" height="${f(170 * s)}" rx="${f(60 * s)}" fill="${sleeve}"/>` +
        `<ellipse cx="${f(cx + 330 * s)}" cy="${f(cy)}" rx="${f(170 * s)}" ry="${f(105 * s)}" fill="${tone}"/>` +
        `</g>`,
    );
  }
  return out.join('');
}

function drawTable(c: Ctx): string {
  const { w, h, s, rnd, p } = c;
  const out: string[] = [];
  const tableTop = h * 0.62;
  const n = 4 + Math.floor(rnd() * 3);
  // People behind the table.
  for (let i = 0; i < n; i++) {
    const x = w * (0.12 + (0.76 * (i + 0.5)) / n) + (rnd() - 0.5) * 60 * s;
    const height = h * (0.42 + rnd() * 0.12);
    out.push(person(x, tableTop + 120 * s, height, mix(p[i % 3], INK, 0.1 + rnd() * 0.12), pick(rnd, TONES)));
  }
  // The table, in slight perspective.
  const tableColour = mix(p[2], WHITE, 0.2);
  out.push(
    `<path d="M${f(w * 0.06)} ${f(h)} L${f(w * 0.12)} ${f(tableTop)} L${f(w * 0.88)} ${f(tableTop)} L${f(w * 0.94)} ${f(h)} Z" fill="${tableColour}"/>`,
    `<rect x="${f(w * 0.12)}" y="${f(tableTop - 14 * s)}" width="${f(w * 0.76)}" height="${f(28 * s)}" rx="${f(14 * s)}" fill="${mix(tableColour, INK, 0.15)}"/>`,
  );
  // Plates and bowls.
  for (let i = 0; i < n; i++) {
    const x = w * (0.15 + (0.7 * (i + 0.5)) / n);
    const y = tableTop + 140 * s + rnd() * 60 * s;
    out.push(
      `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(120 * s)}" ry="${f(42 * s)}" fill="${WHITE}"/>`,
      `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(70 * s)}" ry="${f(22 * s)}" fill="${mix(p[i % 3], WHITE, 0.3)}"/>`,
    );
  }
  return out.join('');
}

function drawTrees(c: Ctx): string {
  const { w, h, s, rnd, p } = c;
  const out: string[] = [];
  out.push(`<circle cx="${f(w * (0.7 + rnd() * 0.2))}" cy="${f(h * 0.2)}" r="${f(150 * s)}" fill="${mix(p[2], WHITE, 0.25)}"/>`);
  // Two rolling hills.
  for (let i = 0; i < 2; i++) {
    const y = h * (0.62 + i * 0.12);
    const c1 = h * (0.5 + i * 0.1 + rnd() * 0.08);
    const c2 = h * (0.6 + i * 0.1 + rnd() * 0.08);
    out.push(
      `<path d="M0 ${f(y)} C${f(w * 0.3)} ${f(c1)} ${f(w * 0.6)} ${f(c2)} ${f(w)} ${f(y - 40 * s)} L${f(w)} ${f(h)} L0 ${f(h)} Z" ` +
        `fill="${mix(p[1], i === 0 ? WHITE : INK, i === 0 ? 0.3 : 0.1)}"/>`,
    );
  }
  const n = 5 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const x = w * (0.06 + (0.88 * (i + rnd() * 0.6)) / n);
    const base = h * (0.8 + rnd() * 0.12);
    const size = (160 + rnd() * 140) * s;
    const crown = mix(p[1], i % 2 ? INK : WHITE, 0.1 + rnd() * 0.2);
    out.push(
      `<rect x="${f(x - size * 0.1)}" y="${f(base - size * 1.6)}" width="${f(size * 0.2)}" height="${f(size * 1.6)}" fill="${mix(p[2], INK, 0.45)}"/>`,
      `<circle cx="${f(x)}" cy="${f(base - size * 1.7)}" r="${f(size * 0.75)}" fill="${crown}"/>`,
      `<circle cx="${f(x - size * 0.45)}" cy="${f(base - size * 1.35)}" r="${f(size * 0.5)}" fill="${crown}"/>`,
      `<circle cx="${f(x + size * 0.45)}" cy="${f(base - size * 1.35)}" r="${f(size * 0.5)}" fill="${crown}"/>`,
    );
  }
  return out.join('');
}

function drawBooks(c: Ctx): string {
  const { w, h, s, rnd, p } = c;
  const out: string[] = [];
  const shelves = [h * 0.45, h * 0.85];
  for (const shelfY of shelves) {
    out.push(`<rect x="${f(w * 0.08)}" y="${f(shelfY)}" width="${f(w * 0.84)}" height="${f(36 * s)}" fill="${mix(p[2], INK, 0.25)}"/>`);
    let x = w * 0.1;
    while (x < w * 0.88) {
      const bw = (55 + rnd() * 70) * s;
      const bh = (260 + rnd() * 220) * s;
      const colour = mix(p[Math.floor(rnd() * 3) % 3], rnd() < 0.5 ? WHITE : INK, rnd() * 0.3);
      const lean = rnd() < 0.12 ? -8 - rnd() * 10 : 0;
      out.push(
        `<g transform="rotate(${f(lean)} ${f(x + bw)} ${f(shelfY)})">` +
          `<rect x="${f(x)}" y="${f(shelfY - bh)}" width="${f(bw)}" height="${f(bh)}" rx="${f(6 * s)}" fill="${colour}"/>` +
          `<rect x="${f(x + bw * 0.2)}" y="${f(shelfY - bh * 0.8)}" width="${f(bw * 0.6)}" height="${f(14 * s)}" fill="${mix(colour, WHITE, 0.5)}"/>` +
          `</g>`,
      );
      x += bw + (lean ? 40 * s : 6 * s);
    }
  }
  return out.join('');
}

function drawCity(c: Ctx): string {
  const { w, h, s, rnd, p } = c;
  const out: string[] = [];
  out.push(`<circle cx="${f(w * (0.15 + rnd() * 0.2))}" cy="${f(h * 0.22)}" r="${f(130 * s)}" fill="${mix(p[1], WHITE, 0.3)}"/>`);
  const ground = h * 0.82;
  let x = 0;
  let i = 0;
  while (x < w) {
    const bw = (240 + rnd() * 260) * s;
    const bh = h * (0.3 + rnd() * 0.4);
    const colour = mix(p[0], i % 2 ? INK : WHITE, 0.1 + rnd() * 0.25);
    out.push(`<rect x="${f(x)}" y="${f(ground - bh)}" width="${f(bw - 12 * s)}" height="${f(bh)}" fill="${colour}"/>`);
    // A sparse grid of lit windows: kept small so rendering stays fast.
    const cols = Math.max(1, Math.floor(bw / (90 * s)));
    const rows = Math.max(1, Math.floor(bh / (130 * s)));
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < cols; k++) {
        if (rnd() < 0.45) continue;
        out.push(
          `<rect x="${f(x + 30 * s + k * 90 * s)}" y="${f(ground - bh + 40 * s + r * 130 * s)}" width="${f(44 * s)}" height="${f(60 * s)}" fill="${mix(p[1], WHITE, rnd() * 0.5)}"/>`,
        );
      }
    }
    x += bw;
    i++;
  }
  out.push(`<rect x="0" y="${f(ground)}" width="${f(w)}" height="${f(h - ground)}" fill="${mix(p[2], INK, 0.5)}"/>`);
  // Two figures walking on the street.
  out.push(person(w * 0.58, h * 0.98, h * 0.34, p[1], pick(rnd, TONES)));
  out.push(person(w * 0.68, h * 0.98, h * 0.31, mix(p[1], INK, 0.15), pick(rnd, TONES)));
  return out.join('');
}

const MOTIFS: Record<PhotoArt['motif'], (c: Ctx) => string> = {
  people: drawPeople,
  hands: drawHands,
  table: drawTable,
  trees: drawTrees,
  books: drawBooks,
  city: drawCity,
};

/** The SVG source of an illustration (exported for tests and previews). */
export function photoSvg(art: PhotoArt, width: number, height: number): string {
  if (!MOTIFS[art.motif]) throw new Error(`renderPhoto: unknown motif "${art.motif}".`);
  const p = art.palette.map((c) => toHex(parseHex(c))) as [string, string, string];
  const rnd = prng(`${art.seed ?? ''}|${art.motif}|${p.join(',')}|${width}x${height}`);
  const ctx: Ctx = { w: width, h: height, s: height / 1600, rnd, p };
  const blobs: string[] = [];
  for (let i = 0; i < 6; i++) {
    blobs.push(
      `<circle cx="${f(rnd() * width)}" cy="${f(rnd() * height * 0.8)}" r="${f((250 + rnd() * 450) * ctx.s)}" ` +
        `fill="${p[i % 3]}" fill-opacity="${(0.12 + rnd() * 0.16).toFixed(2)}"/>`,
    );
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">` +
    `<stop offset="0" stop-color="${mix(p[0], WHITE, 0.6)}"/>` +
    `<stop offset="1" stop-color="${mix(p[0], p[1], 0.35)}"/>` +
    `</linearGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>` +
    blobs.join('') +
    MOTIFS[art.motif](ctx) +
    `</svg>`
  );
}

/**
 * Render a demo "photo" as a JPEG. The default 3600 x 2400 is large enough for
 * an A4 poster at 300 dpi and for an A3 poster at about 250 dpi.
 */
export async function renderPhoto(art: PhotoArt, width = 3600, height = 2400): Promise<Buffer> {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 16 || height < 16) {
    throw new Error(`renderPhoto: width and height must be whole numbers of at least 16 (got ${width} x ${height}).`);
  }
  const svg = photoSvg(art, width, height);
  return sharp(Buffer.from(svg), { density: 72, limitInputPixels: false })
    .jpeg({ quality: 82 })
    .withMetadata({ density: 300 })
    .toBuffer();
}

// ---------------------------------------------------------------------------
// Audio: a gentle chime as 16-bit PCM mono WAV at 16 kHz
// ---------------------------------------------------------------------------

const SAMPLE_RATE = 16000;
/** A major pentatonic scale from C5, in Hz: every combination sounds calm. */
const SCALE = [523.25, 587.33, 659.25, 783.99, 880.0, 1046.5, 1174.66, 1318.51];

/**
 * A short, soft sequence of bell-like tones with fade in and fade out.
 * Used as the demo audio of the podcast walk stops.
 */
export function renderChime(seconds: number, seed: string): Buffer {
  if (!(seconds > 0) || seconds > 600) {
    throw new Error(`renderChime: seconds must be between 0 and 600 (got ${seconds}).`);
  }
  const rnd = prng(`chime|${seed}`);
  const total = Math.round(seconds * SAMPLE_RATE);
  const mixBuf = new Float32Array(total);

  // Notes every 0.45-0.8 s, each ringing out for up to 1.6 s.
  let t = 0.15;
  let degree = Math.floor(rnd() * 4);
  while (t < seconds - 0.4) {
    degree = Math.max(0, Math.min(SCALE.length - 1, degree + pick(rnd, [-2, -1, 1, 2, 3])));
    const freq = SCALE[degree];
    const start = Math.floor(t * SAMPLE_RATE);
    const length = Math.min(total - start, Math.floor(1.6 * SAMPLE_RATE));
    const gain = 0.22 + rnd() * 0.1;
    for (let i = 0; i < length; i++) {
      const time = i / SAMPLE_RATE;
      const attack = Math.min(1, time / 0.012);
      const env = attack * Math.exp(-time * 3.2);
      const wave =
        Math.sin(2 * Math.PI * freq * time) +
        0.35 * Math.sin(2 * Math.PI * freq * 2 * time) * Math.exp(-time * 4) +
        0.12 * Math.sin(2 * Math.PI * freq * 3.01 * time) * Math.exp(-time * 6);
      mixBuf[start + i] += gain * env * wave;
    }
    t += 0.45 + rnd() * 0.35;
  }

  // Overall fade in and out, then normalise to a modest peak.
  const fadeIn = Math.min(0.3, seconds / 4) * SAMPLE_RATE;
  const fadeOut = Math.min(0.9, seconds / 3) * SAMPLE_RATE;
  let peak = 0;
  for (let i = 0; i < total; i++) {
    const fi = i < fadeIn ? i / fadeIn : 1;
    const fo = total - i < fadeOut ? (total - i) / fadeOut : 1;
    mixBuf[i] *= fi * fo;
    peak = Math.max(peak, Math.abs(mixBuf[i]));
  }
  const scale = peak > 0 ? 0.6 / peak : 0;

  const dataBytes = total * 2;
  const buf = Buffer.alloc(44 + dataBytes);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + dataBytes, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16); // fmt chunk size
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(SAMPLE_RATE, 24);
  buf.writeUInt32LE(SAMPLE_RATE * 2, 28); // byte rate
  buf.writeUInt16LE(2, 32); // block align
  buf.writeUInt16LE(16, 34); // bits per sample
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < total; i++) {
    const v = Math.max(-1, Math.min(1, mixBuf[i] * scale));
    buf.writeInt16LE(Math.round(v * 32767), 44 + i * 2);
  }
  return buf;
}
