#!/usr/bin/env node
/**
 * `npm run size`: what a page downloads, brotli-compressed, as the CMS sends it
 * (the build writes a `.br` sibling next to every file, and each file travels,
 * and is compressed, on its own):
 *
 *   - the loader, Lit and the recruitment banner: everything a page with one
 *     banner loads (samskab.js, the banner's chunk and the chunks it imports);
 *   - every widget together: the loader and every chunk;
 *   - what each widget adds on top of the loader and the core chunk;
 *   - Lit's own runtime (`lit`: LitElement, html, css, render), bundled and
 *     minified in this run, as the comparison.
 *
 * Builds the widgets first (`--no-build` measures the existing widgets/dist).
 * `--json` prints one JSON object. Exits non-zero when a goal is missed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'widgets', 'dist');
// The goals are in kilobytes of 1000 bytes, the stricter reading of "KB".
const KB = 1000;
const GOALS = { banner: 10 * KB, all: 30 * KB };
/** The widgets the SDK's first release (issue 3) embeds everywhere; the others came later with their own pages. */
const FIRST_RELEASE = ['samskab-recruitment-banner', 'samskab-story-list', 'samskab-story-card', 'samskab-offer-list', 'samskab-opportunity-list', 'samskab-entry-point'];

export function brotli(buffer) {
  return brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;
}

/** The brotli size of one dist file: its `.br` sibling (what the CMS sends), else compressed here. */
function sent(file) {
  const full = path.join(dist, file);
  return existsSync(`${full}.br`) ? readFileSync(`${full}.br`).length : brotli(readFileSync(full));
}

/** `file` and every chunk it imports statically, transitively. */
function closure(manifest, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of manifest.files[file]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

/** Lit's runtime as an app would ship it: `lit` bundled for the browser (production build), minified with terser. */
async function litRuntime() {
  const bundle = await rollup({
    input: 'lit-runtime',
    plugins: [
      {
        name: 'lit-runtime-entry',
        resolveId: (id) => (id === 'lit-runtime' ? id : null),
        load: (id) => (id === 'lit-runtime' ? "export * from 'lit';" : null),
      },
      nodeResolve({ rootDir: path.join(root, 'widgets'), exportConditions: ['browser', 'production'] }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({
    format: 'es',
    plugins: [terser({ ecma: 2020, module: true, format: { comments: false } })],
  });
  await bundle.close();
  const code = Buffer.from(output[0].code);
  return { raw: code.length, brotli: brotli(code) };
}

export async function measure({ build = true } = {}) {
  if (build) {
    try {
      execFileSync('npm', ['run', 'build', '-w', 'widgets', '--silent'], { cwd: root, stdio: 'pipe' });
    } catch (error) {
      process.stderr.write(String(error.stderr ?? error));
      throw new Error('size: the widgets did not build (npm run build -w widgets)');
    }
  }
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const bannerChunk = manifest.widgets?.['samskab-recruitment-banner'];
  if (!bannerChunk) throw new Error('widgets/dist/manifest.json names no chunk for samskab-recruitment-banner: rebuild the widgets.');
  const sum = (files) => files.reduce((n, f) => n + sent(f), 0);
  const raw = (files) => files.reduce((n, f) => n + manifest.files[f].size, 0);

  const bannerFiles = [...new Set([...closure(manifest, manifest.entry), ...closure(manifest, bannerChunk)])];
  const js = Object.keys(manifest.files).filter((f) => f.endsWith('.js') && f !== manifest.pinned);
  const firstRelease = [...new Set([manifest.entry, ...FIRST_RELEASE.flatMap((tag) => [...closure(manifest, manifest.widgets[tag])])])];
  const core = [...closure(manifest, bannerChunk)].filter((f) => f !== bannerChunk);
  const widgets = Object.entries(manifest.widgets)
    .map(([tag, chunk]) => {
      const own = [...closure(manifest, chunk)].filter((f) => !core.includes(f));
      return { tag, files: own, brotli: sum(own) };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
  return {
    version: manifest.version,
    banner: {
      files: bannerFiles.map((f) => ({ file: f, brotli: sent(f), raw: manifest.files[f].size })),
      brotli: sum(bannerFiles),
      raw: raw(bannerFiles),
      goal: GOALS.banner,
    },
    all: { files: js.length, brotli: sum(js), raw: raw(js), goal: GOALS.all },
    firstRelease: { files: firstRelease.length, brotli: sum(firstRelease), raw: raw(firstRelease) },
    stylesheet: manifest.stylesheet ? { file: manifest.stylesheet, brotli: sent(manifest.stylesheet), raw: manifest.files[manifest.stylesheet].size } : null,
    core: { files: core, brotli: sum(core) },
    widgets,
    lit: await litRuntime(),
  };
}

const kb = (n) => `${(n / KB).toFixed(2)} KB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  const result = await measure({ build: !args.has('--no-build') });
  if (args.has('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const rows = [
      ['loader + Lit + recruitment banner', result.banner.brotli, result.banner.raw, `<= ${kb(result.banner.goal)}`],
      ...result.banner.files.map((f) => [`  ${f.file}`, f.brotli, f.raw, '']),
      ...(result.stylesheet ? [[`  + ${result.stylesheet.file} (linked by the snippet; optional)`, result.stylesheet.brotli, result.stylesheet.raw, '']] : []),
      [`every widget together (${result.all.files} files)`, result.all.brotli, result.all.raw, `<= ${kb(result.all.goal)}`],
      [`  the first release's six (${result.firstRelease.files} files)`, result.firstRelease.brotli, result.firstRelease.raw, ''],
      ["Lit's own runtime (lit, minified; comparison)", result.lit.brotli, result.lit.raw, ''],
    ];
    console.log(`Samskab widgets ${result.version}: brotli (quality 11) as the CMS sends it; 1 KB = 1000 bytes\n`);
    console.log(`${'what'.padEnd(48)} ${'brotli'.padStart(10)} ${'minified'.padStart(10)}  goal`);
    for (const [what, br, rawBytes, goal] of rows) {
      console.log(`${what.padEnd(48)} ${kb(br).padStart(10)} ${(rawBytes ? kb(rawBytes) : '').padStart(10)}  ${goal}`);
    }
    console.log(`\nThe first release's six: ${FIRST_RELEASE.join(', ')}.`);
    console.log('\nEach widget on top of the loader and the core chunk (Lit and the widget base):');
    for (const w of result.widgets) console.log(`  ${w.tag.padEnd(46)} ${kb(w.brotli).padStart(10)}`);
  }
  const missed = [
    result.banner.brotli > result.banner.goal && `loader + Lit + banner is ${kb(result.banner.brotli)} (goal ${kb(result.banner.goal)})`,
    result.all.brotli > result.all.goal && `every widget together is ${kb(result.all.brotli)} (goal ${kb(result.all.goal)})`,
  ].filter(Boolean);
  if (missed.length) {
    console.error(`\nsize: over the goal: ${missed.join('; ')}`);
    process.exitCode = 1;
  }
}
