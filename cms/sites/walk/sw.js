/**
 * The walk page's service worker (scope /walk/). It answers from the caches the
 * page fills when the walker agrees to save a walk (see walk-page.js), so that
 * the page, the widget bundle, the walk, its transcripts, stories and audio
 * work with no network:
 *
 * - only same-origin GET requests are ever answered or stored; others pass by;
 * - pages under /walk/: the network first (4 s), else the saved page;
 * - hashed bundle chunks and uploads (audio, photos): the cache first;
 * - everything else (the walk JSON, samskab.js, the page's script): the
 *   network first (4 s), else the cache, so a walker online sees changes;
 * - audio is played with Range requests: a saved file answers them with 206;
 * - photos loaded while a walk is saved are kept too (the photo's size
 *   depends on the screen, so they are not downloaded in advance);
 * - a request with cache mode `reload` or `no-store` (the page saving a walk)
 *   always goes to the network.
 */
const PREFIX = 'samskab-walk:';
const RUNTIME = `${PREFIX}runtime`;
const TIMEOUT_MS = 4000;
const IMMUTABLE = /^\/(widgets\/v\d+\/chunks\/|uploads\/)/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.cache === 'reload' || request.cache === 'no-store') return;
  if (request.mode === 'navigate') {
    if (url.pathname.startsWith('/walk/')) event.respondWith(page(request));
    return;
  }
  event.respondWith(IMMUTABLE.test(url.pathname) ? cacheFirst(request, url) : networkFirst(request));
});

async function saved(request) {
  const key = new URL(request.url);
  return caches.match(key.href, { ignoreVary: true });
}

function timeout(promise) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function page(request) {
  try {
    return await timeout(fetch(request));
  } catch (error) {
    const cached = await caches.match(new URL('/walk/index.html', self.location.origin).href, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

async function networkFirst(request) {
  try {
    const response = await timeout(fetch(request));
    if (response.ok || response.status === 304) return response;
    return (await saved(request)) ?? response;
  } catch (error) {
    const cached = await saved(request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request, url) {
  const cached = await saved(request);
  if (cached) return request.headers.has('range') ? partial(cached, request.headers.get('range')) : cached;
  const response = await fetch(request);
  // Photos seen while a walk is saved stay available offline too.
  if (response.ok && response.status === 200 && url.pathname.startsWith('/uploads/') && /^image\//.test(response.headers.get('content-type') ?? '')) {
    const keys = await caches.keys();
    if (keys.some((key) => key.startsWith(PREFIX) && key !== RUNTIME)) {
      const copy = response.clone();
      caches.open(RUNTIME).then((cache) => cache.put(url.href, copy)).catch(() => undefined);
    }
  }
  return response;
}

/** A 206 answer to `Range: bytes=start-end` from a saved full response. */
async function partial(response, range) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(range ?? '');
  const body = await response.blob();
  const size = body.size;
  if (!match || (!match[1] && !match[2])) return new Response(body, { status: 200, headers: response.headers });
  const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  if (start >= size || start > end) {
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } });
  }
  const headers = new Headers(response.headers);
  headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
  headers.set('Content-Length', String(end - start + 1));
  headers.set('Accept-Ranges', 'bytes');
  return new Response(body.slice(start, end + 1), { status: 206, statusText: 'Partial Content', headers });
}
