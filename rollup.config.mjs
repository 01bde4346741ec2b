// Builds widgets/ into the embeddable bundle: widgets/dist/samskab.js (the loader)
// plus one hashed chunk per widget and a shared core chunk (Lit and the widget
// base), a manifest.json with SRI hashes, brotli and gzip siblings, ready to
// serve at /widgets/v1/. `npm run size` measures what it makes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * the snippet's SRI). The loader links the pinned one when the page does not (__SAMSKAB_RESERVE__).
 */
const reserveCss = `${minifyCss(readFileSync(`${widgets}src/styles/reserve.css`, 'utf8'))}\n`;
const pinnedReserve = { file: `samskab-${createHash('sha256').update(reserveCss).digest('base64url').slice(0, 10)}.css` };

function reserveStylesheet() {
  return {
    name: 'samskab-reserve-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'samskab.css', source: reserveCss });
      this.emitFile({ type: 'asset', fileName: pinnedReserve.file, source: reserveCss });
    },
  };
}

/**
 * A file whose name carries its content hash (`chunks/core-<hash>.js`, the pinned
 * `samskab-<hash>.js` and `.css`, and their .br/.gz): its bytes never change.
 */
export const HASHED_FILE = /-[A-Za-z0-9_-]{8,}\.(js|css)(\.(br|gz))?$/;

/**
 * Clears dist/ for a new build, but keeps every hashed file of earlier builds:
 * an embed snippet copied before this release pins samskab-<hash>.js with SRI,
 * and that loader imports its own chunks by name. They must stay served, or
 * every page with an older snippet loses its widgets on the day of an upgrade.
 */
export function staleFiles(files) {
  return files.filter((file) => !HASHED_FILE.test(file));
}

function clean(dir) {
  return {
    name: 'samskab-clean',
    buildStart() {
      if (!existsSync(dir)) return;
      const files = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)));
      for (const file of staleFiles(files)) rmSync(path.join(dir, file), { force: true });
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
    // A slash needs no spaces (aspect-ratio: 3 / 2, grid-area: 1 / 1); no quoted text of ours has one.
    .replace(/ \/ /g, '/')
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
      // The lean Lit's css`` takes no values (see LEAN_LIT).
      if (/\bcss\s*`[^`]*\$\{/.test(code)) this.error(`${id}: a css\`\` template with a \${value}; use unsafeCSS, or a custom property`);
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
          // The lean Lit (LEAN_LIT) has no bindings in comments or in raw text elements: fail here rather than render wrong.
          const text = node.quasi.quasis.map((quasi) => code.slice(quasi.start, quasi.end)).join('${}');
          if (/<!--|<(script|style|textarea|title)\b[^>]*>[^<]*\$\{\}/i.test(text)) {
            this.error(`${id}: a template with a comment, or a binding inside <script>, <style>, <textarea> or <title> (see LEAN_LIT)`);
          }
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
 * Lit's production build (a pattern that does not match as often as expected,
 * `times`, default 1, is reported, never guessed). The browser tests run on
 * this lean Lit too (widgets/web-test-runner.config.mjs, where a mismatch
 * fails the run). Keep each patch to a feature that no element and no template
 * uses, and where one is easy to write by mistake, let the build fail on it
 * (minifyCssTemplates, minifyHtmlTemplates). Left out:
 * - the hooks for the ShadyDOM/ShadyCSS polyfills and SSR hydration, and the
 *   version registries (read by Lit's dev mode only);
 * - decorator metadata and initializers (we declare `static properties`, no
 *   decorators), and reactive controllers (none);
 * - the property options `useDefault`, `converter` (and the JSON conversion of
 *   `type: Object` and `Array`), and the `wrapped` flag for accessors a class
 *   declares itself: no element has any;
 * - the <style> fallback for browsers without constructable stylesheets: of the
 *   browsers that parse this build (class static blocks), only Firefox 93 to 100
 *   (2021-22) lack them;
 * - values in css`` (the build fails on one), compiled and MathML templates,
 *   bindings in comments and inside <script>, <style>, <textarea>, <title> (the
 *   build fails on those too; our textareas bind `.value`), element bindings
 *   `<div ${x}>`, listener objects in @event bindings (ours are functions), and
 *   what only directives other than `live` need: connection tracking (async
 *   directives) and the parts' parentNode, startNode, endNode and tagName;
 * - the render options renderBefore and creationScope: LitElement renders into
 *   a shadow root of its own, with adopted styles and nothing else in it;
 * - two long messages that only a programming error can trigger.
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
  // With no addController, the controller set is always empty: hostConnected, hostDisconnected, hostUpdate, hostUpdated.
  ['@lit/reactive-element/reactive-element.js', /this\._\$EO\?\.forEach\(\w=>\w\.host\w+\?\.\(\)\)/g, '(void 0)', 4],
  // useDefault and wrapped: the default options, createProperty, _$AK (attributeChangedCallback), requestUpdate, C (changeProperty), performUpdate.
  ['@lit/reactive-element/reactive-element.js', ',useDefault:!1,', ','],
  ['@lit/reactive-element/reactive-element.js', /this\.prototype\.hasOwnProperty\(\w\)&&\(\(\w=Object\.create\(\w\)\)\.wrapped=!0\),/, ''],
  ['@lit/reactive-element/reactive-element.js', /this\[(\w)\]=(\w)\?\?this\._\$Ej\?\.get\(\1\)\?\?\2/, 'this[$1]=$2'],
  ['@lit/reactive-element/reactive-element.js', /\|\|\w\.useDefault&&\w\.reflect&&\w===this\._\$Ej\?\.get\(\w\)&&!this\.hasAttribute\(\w\._\$Eu\(\w,\w\)\)/, ''],
  [
    '@lit/reactive-element/reactive-element.js',
    /C\((\w),(\w),\{useDefault:(\w),reflect:(\w),wrapped:\w\},\w\)\{\3&&!\(this\._\$Ej\?\?=new Map\)\.has\(\1\)&&\(this\._\$Ej\.set\(\1,\w\?\?\2\?\?this\[\1\]\),!0!==\w\|\|void 0!==\w\)\|\|\(this\._\$AL\.has\(\1\)\|\|\(this\.hasUpdated\|\|\3\|\|\(\2=void 0\),/,
    'C($1,$2,{reflect:$4}){(this._$AL.has($1)||(this.hasUpdated||($2=void 0),',
  ],
  ['@lit/reactive-element/reactive-element.js', /const (\w)=this\.constructor\.elementProperties;if\(\1\.size>0\)for\(const\[(\w),(\w)\]of \1\)\{const\{wrapped:(\w)\}=\3,(\w)=this\[\2\];!0!==\4\|\|this\._\$AL\.has\(\2\)\|\|void 0===\5\|\|this\.C\(\2,void 0,\3,\5\)\}/, ''],
  // Custom attribute converters (the `converter` option; none): _$ET (reflection), _$AK (attributeChangedCallback), the defaults.
  ['@lit/reactive-element/reactive-element.js', /\(void 0!==(\w)\.converter\?\.toAttribute\?\1\.converter:(\w)\)\.toAttribute/, '$2.toAttribute'],
  ['@lit/reactive-element/reactive-element.js', /"function"==typeof (\w)\.converter\?\{fromAttribute:\1\.converter\}:void 0!==\1\.converter\?\.fromAttribute\?\1\.converter:(\w)/, '$2'],
  ['@lit/reactive-element/reactive-element.js', /,converter:\w,/, ','],
  // The default converter's JSON branches (toAttribute, fromAttribute).
  ['@lit/reactive-element/reactive-element.js', /case Object:case Array:\w=null==\w\?\w:JSON\.stringify\(\w\)/, ''],
  ['@lit/reactive-element/reactive-element.js', /;case Object:case Array:try\{\w=JSON\.parse\(\w\)\}catch\(\w\)\{\w=null\}/, ''],
  ['@lit/reactive-element/css-tag.js', '"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"Use css or unsafeCSS"'],
  // Constructable stylesheets are there: no <style> fallback.
  ['@lit/reactive-element/css-tag.js', /(\w)\.ShadowRoot&&\(void 0===\1\.ShadyCSS\|\|\1\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/, '!0'],
  // Values in css`` templates (none: minifyCssTemplates fails the build on one): the tag takes the text as it is.
  [
    '@lit/reactive-element/css-tag.js',
    /(\w)=1===(\w)\.length\?\2\[0\]:\w\.reduce\(\(\w,\w,\w\)=>\w\+\(\w=>\{if\(!0===\w\._\$cssResult\$\)return \w\.cssText;if\("number"==typeof \w\)return \w;throw Error\("Value passed[^"]*"\+\w\+"[^"]*"\)\}\)\(\w\)\+\2\[\w\+1\],\2\[0\]\)/,
    '$1=$2[0]',
  ],
  // Compiled templates (ChildPart._$setValue of a template result whose _$litType$ is an object).
  ['lit-html/lit-html.js', /(\w)="number"==typeof \w\?this\._\$AC\((\w)\):\(void 0===\w\.el&&\(\w\.el=\w\.createElement\(\w\(\w\.h,\w\.h\[0\]\),this\.options\)\),\w\)/, '$1=this._$AC($2)'],
  // MathML templates (type 3).
  ['lit-html/lit-html.js', /2===(\w)\?"<svg>":3===\1\?"<math>":""/, '2===$1?"<svg>":""'],
  ['lit-html/lit-html.js', /2===(\w)\?"<\/svg>":3===\1\?"<\/math>":""/, '2===$1?"</svg>":""'],
  ['lit-html/lit-html.js', /2===(\w)\|\|3===\1\)/, '2===$1)'],
  // Raw text elements: the parser's end-tag lookahead and the Template's text bindings.
  ['lit-html/lit-html.js', /\w\.test\(\w\[2\]\)&&\(\w=RegExp\("<\/"\+\w\[2\],"g"\)\),/, ''],
  ['lit-html/lit-html.js', /if\(\w\.test\((\w)\.tagName\)\)\{const (\w)=\1\.textContent\.split\(\w\),(\w)=\2\.length-1;if\(\3>0\)\{\1\.textContent=\w\?\w\.emptyScript:"";for\(let \w=0;\w<\3;\w\+\+\)\1\.append\(\2\[\w\],\w\(\)\),\w\.nextNode\(\),\w\.push\(\{type:2,index:\+\+\w\}\);\1\.append\(\2\[\3\],\w\(\)\)\}\}/, ''],
  // Bindings inside HTML comments (type 7; no template of ours has a comment).
  ['lit-html/lit-html.js', /else\{let (\w)=-1;for\(;-1!==\(\1=(\w)\.data\.indexOf\((\w),\1\+1\)\);\)\w\.push\(\{type:7,index:\w\}\),\1\+=\3\.length-1\}/, ''],
  // Element parts (type 6): the Template's attribute-name bindings and the TemplateInstance's part.
  ['lit-html/lit-html.js', /else \w\.startsWith\(\w\)&&\(\w\.push\(\{type:6,index:\w\}\),\w\.removeAttribute\(\w\)\)/, ''],
  ['lit-html/lit-html.js', /:6===\w\.type&&\(\w=new \w\(\w,this,\w\)\)/, ':0'],
  // Connection tracking for async directives: ChildPart.setConnected and LitElement's calls of it.
  ['lit-html/lit-html.js', /setConnected\(\w\)\{void 0===this\._\$AM&&\(this\._\$Cv=\w,this\._\$AP\?\.\(\w\)\)\}/, ''],
  ['lit-element/lit-element.js', /connectedCallback\(\)\{super\.connectedCallback\(\),this\._\$Do\?\.setConnected\(!0\)\}disconnectedCallback\(\)\{super\.disconnectedCallback\(\),this\._\$Do\?\.setConnected\(!1\)\}/, ''],
  ['lit-element/lit-element.js', /this\.hasUpdated\|\|\(this\.renderOptions\.isConnected=this\.isConnected\),/, ''],
  // ...and the parts' side of it: _$AU (isConnected), _$AN (disconnectables), _$AP and _$AO (connection changes).
  ['lit-html/lit-html.js', /get _\$AU\(\)\{return this\._\$AM\?\._\$AU\?\?this\._\$Cv\}/, ''],
  ['lit-html/lit-html.js', /,this\._\$Cv=\w\?\.isConnected\?\?!0/, ''],
  ['lit-html/lit-html.js', 'get _$AU(){return this._$AM._$AU}', '', 3],
  ['lit-html/lit-html.js', ',this._$AN=void 0,', ',', 4],
  ['lit-html/lit-html.js', /for\(this\._\$AP\?\.\(!1,!0,\w\);/, 'for(;'],
  ['lit-html/lit-html.js', /\w\?\._\$AO\?\.\(!1\),/, ''],
  // The parts' getters for directives (ChildPart and TemplateInstance parentNode, startNode, endNode; AttributePart tagName): `live` reads none.
  ['lit-html/lit-html.js', 'get parentNode(){return this._$AM.parentNode}', ''],
  ['lit-html/lit-html.js', /get parentNode\(\)\{let (\w)=this\._\$AA\.parentNode;const (\w)=this\._\$AM;return void 0!==\2&&11===\1\?\.nodeType&&\(\1=\2\.parentNode\),\1\}get startNode\(\)\{return this\._\$AA\}get endNode\(\)\{return this\._\$AB\}/, ''],
  ['lit-html/lit-html.js', 'get tagName(){return this.element.tagName}', ''],
  // Listener objects in event bindings (with handleEvent and capture, once, passive options): every @event binding is a function (or nothing).
  ['lit-html/lit-html.js', /(\w)=(\w)===(\w)&&(\w)!==\3\|\|\2\.capture!==\4\.capture\|\|\2\.once!==\4\.once\|\|\2\.passive!==\4\.passive/, '$1=$2===$3&&$4!==$3'],
  ['lit-html/lit-html.js', /"function"==typeof this\._\$AH\?(this\._\$AH\.call\(this\.options\?\.host\?\?this\.element,(\w)\)):this\._\$AH\.handleEvent\(\2\)/, '$1'],
  // The renderBefore render option: LitElement renders into a new shadow root of its own (no <style> children: the styles are adopted).
  ['lit-element/lit-element.js', /createRenderRoot\(\)\{const (\w)=super\.createRenderRoot\(\);return this\.renderOptions\.renderBefore\?\?=\1\.firstChild,\1\}/, ''],
  ['lit-html/lit-html.js', /const (\w)=(\w)\?\.renderBefore\?\?(\w);let (\w)=\1\._\$litPart\$;if\(void 0===\4\)\{const (\w)=\2\?\.renderBefore\?\?null;\1\._\$litPart\$=\4=new (\w)\(\3\.insertBefore\((\w)\(\),\5\),\5,/, 'let $4=$3._$litPart$;if(void 0===$4){$3._$litPart$=$4=new $6($3.appendChild($7()),null,'],
  // Scoped custom element registries (the creationScope render option; we never pass it).
  ['lit-html/lit-html.js', /\(\w\?\.creationScope\?\?(\w)\)\.importNode/, '$1.importNode'],
];

/**
 * Lit's module `id` with the LEAN_LIT edits applied, or null when none are for it.
 * Exported for widgets/web-test-runner.config.mjs: the tests run the Lit that ships.
 */
export function leanLitSource(id, code, warn) {
  const edits = LEAN_LIT.filter(([file]) => id.endsWith(`/node_modules/${file}`));
  if (!edits.length) return null;
  let out = code;
  for (const [file, pattern, replacement, times = 1] of edits) {
    const found = typeof pattern === 'string' ? out.split(pattern).length - 1 : (out.match(new RegExp(pattern, 'g')) ?? []).length;
    if (found !== times) warn(`lean-lit: ${found} matches (not ${times}) in ${file} for ${pattern}; Lit changed, check the size (npm run size).`);
    else out = typeof pattern === 'string' ? out.replaceAll(pattern, replacement) : out.replace(pattern, replacement);
  }
  return out;
}

function leanLit() {
  return {
    name: 'samskab-lean-lit',
    transform(code, id) {
      const out = leanLitSource(id, code, (message) => this.warn(message));
      return out === null ? null : { code: out, map: null };
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
        .replace(/typeof __SAMSKAB_RESERVE__ === 'string' \? __SAMSKAB_RESERVE__ : 'samskab\.css'/g, JSON.stringify(pinnedReserve.file));
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
