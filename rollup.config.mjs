// Builds widgets/ into the embeddable bundle: widgets/dist/samskab.js (the loader)
// plus one hashed chunk per widget and a shared core chunk (Lit and the widget
// base), a manifest.json with SRI hashes, brotli and gzip siblings, ready to
// serve at /widgets/v1/. `npm run size` measures what it makes.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
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
      return { code: `export default ${JSON.stringify(minifyCss(code))};`, map: { mappings: '' } };
    },
  };
}

/**
 * The loader's reserve rules (src/styles/reserve.css), minified: written as
 * `samskab.css`, for pages that link them so that the space is reserved from
 * their first paint, and as `samskab-<hash>.css`, whose bytes never change (for
 * SRI). The loader links the pinned one when the page does not (__SAMSKAB_RESERVE__).
 */
const reserveCss = `${minifyCss(readFileSync(`${widgets}src/styles/reserve.css`, 'utf8'))}\n`;
const pinnedReserve = {
  file: `samskab-${createHash('sha256').update(reserveCss).digest('base64url').slice(0, 10)}.css`,
  integrity: `sha384-${createHash('sha384').update(reserveCss).digest('base64')}`,
};

function reserveStylesheet() {
  return {
    name: 'samskab-reserve-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'samskab.css', source: reserveCss });
      this.emitFile({ type: 'asset', fileName: pinnedReserve.file, source: reserveCss });
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

/** Minifies CSS text: comments, whitespace, and the spaces around punctuation. */
function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([{;][\w-]+):\s+/g, '$1:')
    .replace(/\(\s*([\w-]+):\s+/g, '($1:')
    .replace(/\s*!important/g, '!important')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/calc\((?:[^()]|\([^()]*\))*\)/g, (calc) => calc.replace(/\s*([*/])\s*/g, '$1'))
    .replace(/(aspect-ratio:\d+) \/ (\d)/g, '$1/$2')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    .replace(/;}/g, '}')
    .trim();
}

/** Collapses the whitespace inside css`...` templates (they have no interpolations). */
function minifyCssTemplates() {
  return {
    name: 'samskab-minify-css-templates',
    transform(code, id) {
      if (!id.includes('/widgets/src/') || !/\bcss\s*`/.test(code)) return null;
      // TypeScript prints a tagged template as css `...` (with a space).
      const out = code.replace(/\bcss\s*`([^`$]*)`/g, (_, body) => 'css`' + minifyCss(body) + '`');
      return { code: out, map: null };
    },
  };
}

/**
 * Collapses the whitespace in html`...` and svg`...` templates: HTML treats a
 * run of whitespace like one space, and no template has <pre> or <textarea>.
 */
function minifyHtmlTemplates() {
  return {
    name: 'samskab-minify-html-templates',
    transform(code, id) {
      if (!id.includes('/widgets/src/') || !/\b(html|svg)\s*`/.test(code)) return null;
      const edits = [];
      const walk = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'html' || node.tag.name === 'svg')) {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const min = raw.replace(/\s+/g, ' ');
            if (min !== raw) edits.push([quasi.start, quasi.end, min]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(walk);
          else if (value && typeof value === 'object') walk(value);
        }
      };
      walk(this.parse(code));
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * Drops what Lit carries for features we do not use, each by an exact match on
 * Lit's production build (a non-matching pattern is reported, never guessed):
 * the hooks for the ShadyDOM/ShadyCSS polyfills and SSR hydration, the version
 * registries (read by Lit's dev mode only), decorator metadata and initializers
 * (we declare `static properties`, no decorators), reactive controllers (none),
 * and two long messages that only a programming error can trigger.
 */
const LEAN_LIT = [
  ['lit-html/lit-html.js', /\b\w+\.litHtmlPolyfillSupport\b/, '(void 0)'],
  ['lit-html/lit-html.js', /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/, '(void 0)'],
  ['lit-element/lit-element.js', /\b\w+\.litElementHydrateSupport\b/, '(void 0)'],
  ['lit-element/lit-element.js', /\b\w+\.litElementPolyfillSupport\b/, '(void 0)'],
  ['lit-element/lit-element.js', /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, '(void 0)'],
  ['@lit/reactive-element/reactive-element.js', /\b\w+\.reactiveElementPolyfillSupport\b/, '(void 0)'],
  ['@lit/reactive-element/reactive-element.js', /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, '(void 0)'],
  ['@lit/reactive-element/reactive-element.js', /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/, ''],
  ['@lit/reactive-element/reactive-element.js', /const (\w)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\w,\w\]of \2\)this\.elementProperties\.set\(\w,\w\)\}/, ''],
  ['@lit/reactive-element/reactive-element.js', /static addInitializer\(\w\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\w\)\}/, ''],
  ['@lit/reactive-element/reactive-element.js', /,this\.constructor\.l\?\.forEach\(\w=>\w\(this\)\)/, ''],
  ['@lit/reactive-element/reactive-element.js', /void 0!==(\w)\.l&&\(this\.l=\[\.\.\.\1\.l\]\),/, ''],
  ['@lit/reactive-element/reactive-element.js', /addController\((\w)\)\{\(this\._\$EO\?\?=new Set\)\.add\(\1\),void 0!==this\.renderRoot&&this\.isConnected&&\1\.hostConnected\?\.\(\)\}removeController\((\w)\)\{this\._\$EO\?\.delete\(\2\)\}/, ''],
  ['@lit/reactive-element/css-tag.js', '"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"Use css or unsafeCSS"'],
  ['@lit/reactive-element/css-tag.js', /"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."/, '"Not a css result: "+$1'],
];

function leanLit() {
  return {
    name: 'samskab-lean-lit',
    transform(code, id) {
      const edits = LEAN_LIT.filter(([file]) => id.endsWith(`/node_modules/${file}`));
      if (!edits.length) return null;
      let out = code;
      for (const [file, pattern, replacement] of edits) {
        const next = out.replace(pattern, replacement);
        if (next === out) this.warn(`lean-lit: no match in ${file} for ${pattern}; Lit changed, check the size (npm run size).`);
        out = next;
      }
      return { code: out, map: null };
    },
  };
}

/**
 * Shared chunks with stable names. `core` is Lit with the widget base: every
 * widget needs both, so they travel as one file (one request, and one brotli
 * stream shares their vocabulary). `list` is the base of the filterable lists.
 * Lit's directives stay with the widgets that use them (only the lists do).
 */
function manualChunks(id) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) && !/directive/.test(id)) return 'core';
  if (/widgets\/src\/base\/list-element\.ts$/.test(id)) return 'list';
  if (/widgets\/src\/base\/(base-element|i18n|urls|events|define|api-client)\.ts$|widgets\/src\/styles\/tokens\.css$/.test(id)) return 'core';
  return undefined;
}

/**
 * Makes the loader fetch a widget's chunk and the chunks it imports at the same
 * time: `import("./chunks/banner.js")` becomes an import of it and of each of
 * its static imports (core, list), which the browser would otherwise only ask
 * for after it has parsed the widget's chunk, one round trip later.
 */
function parallelChunks() {
  return {
    name: 'samskab-parallel-chunks',
    generateBundle(_options, bundle) {
      const entry = bundle['samskab.js'];
      const closure = (file, seen = new Set()) => {
        for (const imported of bundle[file]?.imports ?? []) {
          if (!seen.has(imported)) closure(imported, seen.add(imported));
        }
        return seen;
      };
      let parallel = false;
      entry.code = entry.code.replace(/\bimport\((["'])\.\/(chunks\/[^"']+\.js)\1\)/g, (call, quote, file) => {
        const deps = [...closure(file)];
        if (!deps.length) return call;
        parallel = true;
        return `$skImport(${[file, ...deps].map((f) => `"./${f}"`).join(',')})`;
      });
      // Relative specifiers in import() resolve against this module's URL, whatever its name.
      if (parallel) entry.code = `const $skImport=(...u)=>Promise.all(u.map(u=>import(u))).then(m=>m[0]);${entry.code}`;
    },
  };
}

/** Replaces the build-time constants: __SAMSKAB_VERSION__, and __SAMSKAB_RESERVE__ (the pinned samskab.css). */
function buildConstants() {
  return {
    name: 'samskab-build-constants',
    transform(code, id) {
      if (!id.endsWith('.ts') || !/__SAMSKAB_(VERSION|RESERVE)__/.test(code)) return null;
      const out = code
        .replace(/typeof __SAMSKAB_VERSION__ === 'string' \? __SAMSKAB_VERSION__ : 'dev'/g, JSON.stringify(pkg.version))
        .replace(/typeof __SAMSKAB_RESERVE__ === 'object' \? __SAMSKAB_RESERVE__ : \{[^}]*\}/g, JSON.stringify(pinnedReserve));
      return { code: out, map: null };
    },
  };
}

/**
 * Writes manifest.json: the version, the entry, a pinned copy of the entry, the
 * chunk of each widget, and per file its `sha384` integrity, size and static imports.
 *
 * `samskab.js` is the moving entry (always the current build). `pinned` is the
 * same code under a name with its content hash (`samskab-<hash>.js`): that URL
 * never changes its bytes, so it is the one the embed snippet pins with SRI.
 */
function sriManifest() {
  const sha384 = (source) => `sha384-${createHash('sha384').update(source).digest('base64')}`;
  return {
    name: 'samskab-sri-manifest',
    generateBundle(_options, bundle) {
      const entry = bundle['samskab.js'];
      const pinned = `samskab-${createHash('sha256').update(entry.code).digest('base64url').slice(0, 10)}.js`;
      this.emitFile({ type: 'asset', fileName: pinned, source: entry.code });
      const files = {};
      const widgetChunks = {};
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      for (const [fileName, output] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        const source = output.type === 'chunk' ? output.code : output.source;
        files[fileName] = { integrity: sha384(source), size: Buffer.byteLength(source) };
        if (output.type === 'chunk') files[fileName].imports = output.imports;
      }
      // Each widget the loader imports (components/<name>/<name>.ts) -> the chunk that holds it.
      for (const id of this.getModuleInfo(entry.facadeModuleId)?.dynamicallyImportedIds ?? []) {
        const name = id.match(/components\/([a-z-]+)\/\1\.ts$/)?.[1];
        const chunk = chunks.find((c) => c.moduleIds.includes(id));
        if (name && chunk) widgetChunks[`samskab-${name}`] = chunk.fileName;
      }
      if (files[pinned]) files[pinned].imports = entry.imports;
      const manifest = { version: pkg.version, entry: 'samskab.js', pinned, stylesheet: 'samskab.css', pinnedStylesheet: pinnedReserve.file, widgets: widgetChunks, files };
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

/** Writes a brotli (`.br`) and a gzip (`.gz`) sibling of every file, which the CMS sends when the client accepts them. */
function precompress() {
  return {
    name: 'samskab-precompress',
    writeBundle(options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!/\.(js|json|css)$/.test(fileName)) continue;
        const source = Buffer.from(output.type === 'chunk' ? output.code : output.source);
        const file = path.join(options.dir, fileName);
        writeFileSync(`${file}.br`, brotliCompressSync(source, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: source.length } }));
        writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
      }
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
    leanLit(),
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    typescript({
      tsconfig: `${widgets}tsconfig.json`,
      include: [`${widgets}src/**/*.ts`],
      exclude: [`${widgets}src/**/*.test.ts`, `${widgets}src/**/*.examples.ts`, `${widgets}test/**`],
      noEmitOnError: true,
      compilerOptions: { noEmit: false, declaration: false, sourceMap: false, outDir: `${widgets}dist` },
    }),
    minifyCssTemplates(),
    minifyHtmlTemplates(),
    buildConstants(),
    terser({ ecma: 2020, module: true, format: { comments: false }, compress: { passes: 2 } }),
    parallelChunks(),
    reserveStylesheet(),
    sriManifest(),
    precompress(),
  ],
};
