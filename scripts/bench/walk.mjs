import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { startCms } from './lib.mjs';

/**
 * The podcast walk, measured:
 *
 * 1. What a page with <samskab-walk> downloads, brotli-compressed as the CMS
 *    sends it: the loader, the walk's chunk and every chunk it imports, without
 *    and with the map module (walk-map, loaded only when the host sets `tiles`).
 *    The baseline is the loader with Lit and the widget base alone (`core`).
 * 2. What "save the walk for offline use" downloads for the seeded walk
 *    (bodies as stored, uncompressed: audio does not compress, and the page
 *    stores what it receives), against the page and the bundle alone as the
 *    baseline: the audio is almost all of it.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'widgets', 'dist');
const SLUG = 'frivillighed-i-oererne';

const brotli = (buffer) =>
  brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }).length;

/** The brotli size of a dist file: its `.br` sibling when the build wrote one, else compressed here. */
function sent(file) {
  const br = path.join(dist, `${file}.br`);
  return existsSync(br) ? readFileSync(br).length : brotli(readFileSync(path.join(dist, file)));
}

/** A chunk and everything it imports statically. */
function closure(manifest, files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of manifest.files[file]?.imports ?? []) visit(imported);
  };
  files.forEach(visit);
  return seen;
}

const total = (files) => [...files].reduce((sum, file) => sum + sent(file), 0);
const kb = (bytes) => +(bytes / 1000).toFixed(1);

function widgetSizes() {
  if (!existsSync(path.join(dist, 'manifest.json'))) execFileSync('npm', ['run', 'build', '-w', 'widgets'], { cwd: root, stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const walkChunk = manifest.widgets?.['samskab-walk'] ?? Object.keys(manifest.files).find((f) => /^chunks\/walk-[\w-]+\.js$/.test(f));
  const mapChunk = Object.keys(manifest.files).find((f) => /^chunks\/walk-map-[\w-]+\.js$/.test(f));
  const core = Object.keys(manifest.files).find((f) => /^chunks\/core-[\w-]+\.js$/.test(f));
  if (!walkChunk || !mapChunk) throw new Error('widgets/dist has no walk or walk-map chunk: build the widgets first');
  const baseline = closure(manifest, ['samskab.js', ...(core ? [core] : [])]);
  const without = closure(manifest, ['samskab.js', walkChunk]);
  const withMap = closure(manifest, ['samskab.js', walkChunk, mapChunk]);
  return {
    benchmark: 'samskab-walk as sent (brotli): loader + walk chunk + its imports, without and with the map module',
    baseline: { what: 'loader + Lit and the widget base (core)', files: [...baseline], kB: kb(total(baseline)) },
    withoutMap: { files: [...without], kB: kb(total(without)) },
    withMap: { files: [...withMap], kB: kb(total(withMap)), mapModuleKB: kb(sent(mapChunk)) },
    walkChunkKB: kb(sent(walkChunk)),
  };
}

async function offlineDownload() {
  console.log('walk: starting a CMS with the demo content...');
  const cms = await startCms();
  try {
    const bytesOf = async (url) => {
      const response = await fetch(`${cms.base}${url}`, { headers: { 'accept-encoding': 'identity' } });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return (await response.arrayBuffer()).byteLength;
    };
    const json = async (url) => {
      const response = await fetch(`${cms.base}${url}`);
      if (!response.ok) throw new Error(`${url}: ${response.status} (is widgets/dist built?)`);
      return response.json();
    };
    const walks = await Promise.all(['da', 'en'].map((l) => json(`/api/widget/v1/walks/${SLUG}?locale=${l}`)));
    const bundle = await json('/widgets/v1/manifest.json');
    const page = ['/walk/index.html', '/walk/walk-page.js', '/walk/walk-page.css', `/api/walk-app/${SLUG}/manifest.webmanifest?locale=da`, '/api/walk-app/icons/192.png', '/api/walk-app/icons/512.png', '/api/walk-app/icons/maskable-512.png', '/widgets/v1/manifest.json'];
    // As the page picks them (cms/sites/walk/walk-page.js): the loader, the walk's chunk and its imports, the map module.
    const walkChunk = bundle.widgets['samskab-walk'];
    const mapChunks = Object.keys(bundle.files).filter((f) => /^chunks\/walk-map-[\w-]+\.js$/.test(f));
    const scripts = [...closure(bundle, [bundle.entry ?? 'samskab.js', walkChunk, ...mapChunks])].map((f) => `/widgets/v1/${f}`);
    const data = [...walks.map((_, i) => `/api/widget/v1/walks/${SLUG}?locale=${['da', 'en'][i]}`)];
    const stories = [...new Set(walks.flatMap((w) => w.stops).map((s) => s.story?.slug).filter(Boolean))];
    for (const story of stories) data.push(`/api/widget/v1/stories/${story}?locale=da`, `/api/widget/v1/stories/${story}?locale=en`);
    const audio = [...new Set(walks.flatMap((w) => w.stops).map((s) => s.audio?.url).filter(Boolean))];

    const sum = async (urls) => (await Promise.all(urls.map(bytesOf))).reduce((a, b) => a + b, 0);
    const pageBytes = await sum(page);
    const scriptBytes = await sum(scripts);
    const dataBytes = await sum(data);
    const audioBytes = await sum(audio);
    const announced = walks[0].stops.reduce((a, s) => a + (s.audio?.size ?? 0), 0);
    const baseline = pageBytes + scriptBytes;
    const measured = baseline + dataBytes + audioBytes;
    return {
      benchmark: `offline download of the seeded walk "${SLUG}" (${walks[0].stops.length} stops, both languages)`,
      baseline: { what: 'the page and the widget bundle it needs (loader, walk, its imports, map module) alone', kB: kb(baseline), page: kb(pageBytes), bundle: kb(scriptBytes) },
      measured: { kB: kb(measured), json: kb(dataBytes), audio: kb(audioBytes), audioFiles: audio.length },
      ratio: +(measured / baseline).toFixed(1),
      audioSizeFromApiKB: kb(announced),
    };
  } finally {
    await cms.stop();
  }
}

export default async function walkBenchmark() {
  return [widgetSizes(), await offlineDownload()];
}
