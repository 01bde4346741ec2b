/**
 * The Samskab loader: `<script type="module" src=".../samskab.js">`.
 *
 * It watches the document and, the first time it sees a `samskab-*` element,
 * loads that element's code (a separate chunk) and defines it. Loading this
 * script twice on a page is harmless: the second copy sees the first and stops.
 */
import type { SamskabGlobal } from './base/api-client.js';

// The loader imports nothing at run time so that it stays one small request;
// Lit and the widget base come with the first widget's chunk.
declare const __SAMSKAB_VERSION__: string | undefined;
const VERSION: string = typeof __SAMSKAB_VERSION__ === 'string' ? __SAMSKAB_VERSION__ : 'dev';
/** The same limit as ApiClient.timeoutMs: the fallback stays for good after 5 s without an answer. */
const PREFETCH_TIMEOUT_MS = 5000;

function samskabGlobal(): SamskabGlobal {
  return ((globalThis as typeof globalThis & { __samskab?: SamskabGlobal }).__samskab ??= { defined: {} });
}

const registrations: Record<string, () => Promise<unknown>> = {
  'samskab-recruitment-banner': () => import('./components/recruitment-banner/recruitment-banner.js'),
  'samskab-story-card': () => import('./components/story-card/story-card.js'),
  'samskab-story-list': () => import('./components/story-list/story-list.js'),
  'samskab-offer-list': () => import('./components/offer-list/offer-list.js'),
  'samskab-opportunity-list': () => import('./components/opportunity-list/opportunity-list.js'),
  'samskab-entry-point': () => import('./components/entry-point/entry-point.js'),
  'samskab-guide': () => import('./components/guide/guide.js'),
  'samskab-walk': () => import('./components/walk/walk.js'),
  'samskab-pack-builder': () => import('./components/pack-builder/pack-builder.js'),
  'samskab-signup-form': () => import('./components/signup-form/signup-form.js'),
  'samskab-portal': () => import('./components/portal/portal.js'),
};

/**
 * The first request of the widgets that show one thing above the fold, so that
 * the loader can start it while the widget's code loads: the banner is then
 * visible one round trip after this script, not after its chunks and then its
 * data. The path, from the element's attributes; null when there is nothing to ask.
 */
const firstRequests: Record<string, (el: Element) => string | null> = {
  'samskab-recruitment-banner': (el) => slugPath('campaigns', el.getAttribute('campaign')),
  'samskab-story-card': (el) => slugPath('stories', el.getAttribute('story')),
  'samskab-entry-point': () => '/entry-point',
};

function slugPath(collection: string, slug: string | null): string | null {
  return slug ? `/${collection}/${encodeURIComponent(slug)}` : null;
}

const tags = Object.keys(registrations);
const selector = tags.join(',');

/** An http(s) origin, or null. */
function httpOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Starts `el`'s first request, exactly as the widget's ApiClient would make it
 * (the same origin and locale rules as resolveApiOrigin and resolveLocale in
 * src/base/, which this import-free script cannot share). The widget takes the
 * response by its URL within PREFETCH_TIMEOUT_MS; if the URLs ever differ, or
 * the widget comes later, it simply asks itself.
 */
function prefetch(el: Element, state: SamskabGlobal): void {
  const path = firstRequests[el.localName]?.(el);
  if (!path) return;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="samskab-api"]');
  const origin = httpOrigin(el.getAttribute('api')) ?? httpOrigin(meta?.content) ?? httpOrigin(state.scriptUrl) ?? location.origin;
  const lang = el.closest('[lang]:not([lang=""])')?.getAttribute('lang')?.trim() ?? '';
  const url = new URL(`/api/widget/v1${path}`, origin);
  url.searchParams.set('locale', /^en(-|$)/i.test(lang) ? 'en' : 'da');
  const prefetched = (state.prefetched ??= {});
  if (url.href in prefetched) return;
  // As ApiClient asks (its `mode: 'cors'` is fetch's default).
  const request = fetch(url.href, {
    credentials: 'omit',
    redirect: 'error',
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(PREFETCH_TIMEOUT_MS),
  });
  // A response nobody takes must not report an unhandled rejection, nor be handed out stale later.
  request.catch(() => {});
  prefetched[url.href] = request;
  setTimeout(() => {
    if (prefetched[url.href] === request) delete prefetched[url.href];
  }, PREFETCH_TIMEOUT_MS);
}

declare const __SAMSKAB_RESERVE__: string | undefined;
/** samskab.css under its content-hashed name (samskab-<hash>.css): written in by the build. */
const RESERVE = typeof __SAMSKAB_RESERVE__ === 'string' ? __SAMSKAB_RESERVE__ : 'samskab.css';

/**
 * Links samskab.css (styles/reserve.css: the space each widget reserves while it
 * loads) unless the page does already, as the embed snippet does: linked in
 * <head>, it holds from the first paint; linked from here, for the widgets the
 * page adds later. The pinned name keeps it as fixed as this script. Like the
 * chunks this script imports by their hashed names, it carries no integrity of
 * its own: a server that could change one could change the other.
 */
function linkReserve(doc: Document): void {
  if (doc.querySelector('link[href*="/widgets/v1/samskab"][href$=".css"]')) return;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(RESERVE, import.meta.url).href;
  (doc.head ?? doc.documentElement).append(link);
}

function start(): void {
  // The widgets' styles are constructed stylesheets (Chrome 73, Firefox 101, Safari 16.4): an
  // older browser keeps every widget's fallback content rather than an unstyled widget.
  if (!document.adoptedStyleSheets) return;
  const state = samskabGlobal();
  if (state.loader) {
    if (state.loader !== VERSION) {
      console.warn(`[samskab] samskab.js ${VERSION} ignored: ${state.loader} runs. Load it once.`);
    }
    return;
  }
  state.loader = VERSION;
  state.scriptUrl = import.meta.url;

  const requested = new Set<string>();
  const load = (el: Element) => {
    const tag = el.localName;
    try {
      if (!customElements.get(tag)) prefetch(el, state);
    } catch {
      // Only a head start (and AbortSignal.timeout is missing in older browsers): the widget asks itself.
    }
    if (requested.has(tag)) return;
    requested.add(tag);
    if (customElements.get(tag)) return;
    registrations[tag]!().catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`[samskab] could not load <${tag}>`, error);
    });
  };
  const scan = (root: ParentNode) => {
    if (root instanceof Element && root.localName in registrations) load(root);
    root.querySelectorAll(selector).forEach(load);
  };

  linkReserve(document);
  scan(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      mutation.addedNodes.forEach((node) => {
        if (node.nodeType === Node.ELEMENT_NODE && requested.size < tags.length) scan(node as Element);
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

try {
  start();
} catch (error) {
  console.warn('[samskab] could not start', error);
}
