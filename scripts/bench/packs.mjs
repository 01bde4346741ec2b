import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Packs: the time and peak memory to make an A3 poster and a whole pack,
 * against the floor measured in the same run on the same photo: sharp
 * decoding it, resizing it to A3 at 300 dpi (3508 x 4961) and encoding a JPEG.
 * Then 20 packs made at once, with the process's peak memory.
 *
 * Each measurement runs in a fresh Node process, so its peak RSS is its own.
 * Goals (issue 5): A3 poster <= 2x the floor; a whole pack < 3 s on 2 cores;
 * 20 packs at once with a peak under 1 GB.
 */
const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..', '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** A photo like the seeded ones (3600 x 2400 JPEG), with grain so that it compresses like a real photo. */
async function photo(sharp) {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="3600" height="2400"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">` +
    `<stop offset="0" stop-color="#bfe1ea"/><stop offset="1" stop-color="#f2c14e"/></linearGradient></defs>` +
    `<rect width="3600" height="2400" fill="url(#g)"/><circle cx="2500" cy="700" r="380" fill="#f78154"/>` +
    `<path d="M0 1700 Q900 1300 1800 1650 T3600 1550 V2400 H0 Z" fill="#4d9078"/>` +
    Array.from({ length: 60 }, (_, i) => `<circle cx="${(i * 617) % 3600}" cy="${(i * 331) % 2400}" r="${40 + (i % 7) * 30}" fill="#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}" fill-opacity="0.5"/>`).join('') +
    `</svg>`;
  const noise = await sharp({ create: { width: 3600, height: 2400, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer();
  return sharp(Buffer.from(svg)).composite([{ input: noise, blend: 'overlay' }]).jpeg({ quality: 85 }).toBuffer();
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** In the child: run one scenario ROUNDS times after a warm-up; print its times and peak RSS. */
async function child(scenario) {
  // The same sharp the packs library uses.
  const sharp = createRequire(path.join(root, 'packs', 'package.json'))('sharp');
  const packs = await import(pathToFileURL(path.join(root, 'packs', 'src', 'index.js')).href);
  const bytes = await photo(sharp);
  const input = () => ({
    campaign: { slug: 'frivillig-for-fremtiden', headline: 'Bliv frivillig for fremtiden – for børn og unge i Aarhus', pitch: 'Læs højt, hjælp med lektier, tænd et bål.', packHeadline: 'Bliv frivillig hos os', packText: 'Har du et par timer til overs? Vi søger frivillige, der vil læse højt, hjælpe med lektier eller bare være en ekstra voksen. Scan koden og meld dig – vi kontakter dig.', ctaKind: 'signup', ctaLabel: 'Meld dig som frivillig' },
    organisation: { slug: 'stavtrup-dagtilbud', name: 'Stavtrup Dagtilbud', contact: { name: 'Dagtilbudsleder', phone: '87 13 31 01', email: 'kontor@stavtrup-dagtilbud.example.dk' } },
    photo: { bytes, title: 'Bål i Stavtrup', credit: 'Foto: Aarhus Kommune', focal: { x: 0.5, y: 0.45 }, rights: { print: null, social: null }, consentUntil: '2029-06-30' },
    texts: {},
    links: { cmsUrl: 'https://cms.example.dk' },
    date: new Date('2026-11-23T10:00:00Z'),
  });
  const run = {
    floor: () => sharp(bytes).resize(3508, 4961, { fit: 'cover' }).jpeg({ quality: 90 }).toBuffer(),
    poster: () => packs.makePiece(input(), 'poster-a3'),
    pack: () => packs.makePack(input()),
    // As the CMS does with 20 requests at once: each pack is handed on (here: its size noted) and let go.
    concurrent: () => Promise.all(Array.from({ length: 20 }, () => packs.makePack(input()).then((p) => p.zip.length))),
  }[scenario];
  const rounds = scenario === 'concurrent' ? 1 : ROUNDS;
  await run(); // warm-up: fonts, code paths, libvips
  const times = [];
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now();
    const result = await run();
    times.push(performance.now() - started);
    if (scenario === 'concurrent' && result.length !== 20) throw new Error('not every pack was made');
  }
  process.stdout.write(JSON.stringify({ ms: Math.round(median(times)), peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
}

function measure(scenario) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [self, '--child', scenario], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`packs bench "${scenario}" exited ${code}`))));
  });
}

export default async function packsBenchmark() {
  console.log('packs: measuring the floor, an A3 poster, a whole pack and 20 packs at once...');
  const floor = await measure('floor');
  const poster = await measure('poster');
  const pack = await measure('pack');
  const concurrent = await measure('concurrent');
  return [
    {
      benchmark: 'A3 poster (PDF, photo at 300 dpi) vs the floor: sharp decodes the same photo, resizes it to 3508 x 4961 and encodes a JPEG',
      baseline: floor,
      measured: poster,
      ratio: +(poster.ms / floor.ms).toFixed(2),
      goal: '<= 2x the floor',
    },
    {
      benchmark: 'a whole pack (3 PDFs, 3 screen pieces as JPEG and WebP, texts, ZIP)',
      baseline: floor,
      measured: pack,
      ratio: +(pack.ms / floor.ms).toFixed(2),
      goal: '< 3000 ms on 2 cores',
    },
    {
      benchmark: '20 packs made at once in one process',
      measured: { ...concurrent, perPackMs: Math.round(concurrent.ms / 20) },
      goal: 'peak < 1024 MB',
    },
  ];
}

if (process.argv[2] === '--child') {
  child(process.argv[3]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
