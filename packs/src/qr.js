import QRCode from 'qrcode';

/**
 * The QR code's modules for `url` (error correction M, survives a little dirt
 * on a poster), as an SVG path in module units: one rectangle per horizontal
 * run of dark modules, drawn the same way in the PDF and in the rasters.
 * @param {string} url
 * @returns {{ size: number, path: string }}
 */
export function qrPath(url) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const parts = [];
  for (let y = 0; y < n; y += 1) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < n && modules.get(y, x)) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return { size: n, path: parts.join('') };
}
