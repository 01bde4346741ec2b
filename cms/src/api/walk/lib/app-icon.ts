import sharp from 'sharp';

/**
 * The walk page's home-screen icon, drawn as SVG shapes (no text, so no fonts)
 * and rasterised by sharp: a pair of headphones over a dotted path with a
 * location pin, white on the municipality's blue. `maskable` keeps the motif
 * inside the central 80 % safe zone that launchers may crop to a circle.
 */
export const ICON_SIZES = [192, 512] as const;

function svg(size: number, maskable: boolean): string {
  const s = size / 512;
  const inset = maskable ? 0.72 : 1;
  const t = (n: number) => (256 + (n - 256) * inset) * s;
  const w = (n: number) => n * inset * s;
  const radius = maskable ? 0 : 96 * s;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<rect width="${size}" height="${size}" rx="${radius}" fill="#005a8c"/>` +
    // headphones: a band and two ear cups
    `<path d="M${t(136)} ${t(250)} A${w(120)} ${w(120)} 0 0 1 ${t(376)} ${t(250)}" fill="none" stroke="#fff" stroke-width="${w(30)}" stroke-linecap="round"/>` +
    `<rect x="${t(112)}" y="${t(236)}" width="${w(64)}" height="${w(104)}" rx="${w(22)}" fill="#fff"/>` +
    `<rect x="${t(336)}" y="${t(236)}" width="${w(64)}" height="${w(104)}" rx="${w(22)}" fill="#fff"/>` +
    // a dotted path from the ear cups down to a pin
    `<path d="M${t(150)} ${t(400)} Q${t(256)} ${t(350)} ${t(330)} ${t(420)}" fill="none" stroke="#ffd27a" stroke-width="${w(16)}" stroke-linecap="round" stroke-dasharray="${w(2)} ${w(30)}"/>` +
    `<path d="M${t(330)} ${t(448)} C${t(300)} ${t(410)} ${t(300)} ${t(396)} ${t(300)} ${t(388)} A${w(30)} ${w(30)} 0 1 1 ${t(360)} ${t(388)} C${t(360)} ${t(396)} ${t(360)} ${t(410)} ${t(330)} ${t(448)} Z" fill="#ffd27a"/>` +
    `</svg>`
  );
}

const cache = new Map<string, Promise<Buffer>>();

/** The PNG icon of `size` pixels; made once per process. */
export function appIcon(size: number, maskable = false): Promise<Buffer> {
  const key = `${size}:${maskable}`;
  let png = cache.get(key);
  if (!png) {
    png = sharp(Buffer.from(svg(size, maskable))).png({ compressionLevel: 9, palette: true }).toBuffer();
    cache.set(key, png);
  }
  return png;
}
