// Builds widgets/ into the embeddable bundle: widgets/dist/samskab.js (the loader)
// plus one hashed chunk per widget and a shared Lit chunk, a manifest.json with
// SRI hashes, ready to serve at /widgets/v1/.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const widgets = fileURLToPath(new URL('./widgets/', import.meta.url));
const pkg = JSON.parse(readFileSync(`${widgets}package.json`, 'utf8'));

/** Imports `.css` files as their (whitespace-trimmed) text. */
function cssAsText() {
  return {
    name: 'samskab-css-as-text',
    transform(code, id) {
      if (!id.endsWith('.css')) return null;
      const text = code
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .trim();
      return { code: `export default ${JSON.stringify(text)};`, map: { mappings: '' } };
    },
  };
}

/** Empties dist/ so that stale hashed chunks do not pile up. */
function clean(dir) {
  return {
    name: 'samskab-clean',
    buildStart() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Collapses the whitespace inside css`...` templates (they have no interpolations). */
function minifyCssTemplates() {
  return {
    name: 'samskab-minify-css-templates',
    transform(code, id) {
      if (!id.includes('/widgets/src/') || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`$]*)`/g, (_, body) =>
        'css`' +
        body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .trim() +
        '`',
      );
      return { code: out, map: null };
    },
  };
}

/** Shared chunks with stable names: Lit, the widget base, the list base. */
function manualChunks(id) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) && !/directives?\//.test(id)) return 'lit';
  if (/widgets\/src\/base\/list-element\.ts$/.test(id)) return 'list';
  if (/widgets\/src\/base\/(base-element|i18n|urls|events|define|api-client)\.ts$|widgets\/src\/styles\//.test(id)) return 'base';
  return undefined;
}

/** Replaces the build-time constant __SAMSKAB_VERSION__. */
function version() {
  return {
    name: 'samskab-version',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('__SAMSKAB_VERSION__')) return null;
      return { code: code.replace(/typeof __SAMSKAB_VERSION__ === 'string' \? __SAMSKAB_VERSION__ : 'dev'/g, JSON.stringify(pkg.version)), map: null };
    },
  };
}

/** Writes manifest.json: file -> { integrity: sha384-..., size }, plus the version and the entry. */
function sriManifest() {
  return {
    name: 'samskab-sri-manifest',
    generateBundle(_options, bundle) {
      const files = {};
      for (const [fileName, output] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        const source = output.type === 'chunk' ? output.code : output.source;
        files[fileName] = {
          integrity: `sha384-${createHash('sha384').update(source).digest('base64')}`,
          size: Buffer.byteLength(source),
        };
      }
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify({ version: pkg.version, entry: 'samskab.js', files }, null, 2)}\n`,
      });
    },
  };
}

export default {
  input: `${widgets}src/samskab.ts`,
  output: {
    dir: `${widgets}dist`,
    format: 'es',
    entryFileNames: 'samskab.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
    generatedCode: 'es2015',
    manualChunks,
  },
  preserveEntrySignatures: false,
  plugins: [
    clean(`${widgets}dist`),
    cssAsText(),
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    typescript({
      tsconfig: `${widgets}tsconfig.json`,
      include: [`${widgets}src/**/*.ts`],
      exclude: [`${widgets}src/**/*.test.ts`, `${widgets}src/**/*.examples.ts`, `${widgets}test/**`],
      noEmitOnError: true,
      compilerOptions: { noEmit: false, declaration: false, sourceMap: false, outDir: `${widgets}dist` },
    }),
    minifyCssTemplates(),
    version(),
    terser({ ecma: 2020, module: true, format: { comments: false }, compress: { passes: 2 } }),
    sriManifest(),
  ],
};
