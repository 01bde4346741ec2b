/**
 * The walk's own page, /walk/<slug> (the same file for every walk). It points
 * the <samskab-walk> widget at the walk in the address, links the walk's web app
 * manifest (so the page can be added to the home screen), and offers to save
 * the walk for use without a network: it says first how much that downloads,
 * then, when the walker agrees, registers the service worker (sw.js) and
 * stores the page, the widget bundle, the walk in both languages, the linked
 * stories and every audio file in Cache Storage, showing the progress.
 * Nothing is stored before the walker agrees.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CACHE_PREFIX = 'samskab-walk:';
const MARKER = '/walk/__saved__/';
const LOCALES = ['da', 'en'];

const TEXT = {
  da: {
    skip: 'Spring til gåturen',
    other: 'English',
    otherHref: '?lang=en',
    noSlug: 'Adressen skal slutte med gåturens navn, fx /walk/frivillighed-i-oererne.',
    loading: 'Gåturen hentes …',
    offlineTitle: 'Brug turen uden net',
    offlineIntro: 'Gem turen på telefonen, så lyd, udskrifter og kort virker undervejs, også uden mobildata.',
    size: 'Det henter {total}: lyd {audio} og selve siden {app}.',
    foreign: '{count} lydfiler ligger på en anden server og kan ikke gemmes; de kræver net.',
    save: 'Gem turen ({total})',
    saving: 'Gemmer turen …',
    progress: 'Gemmer turen: {percent} % ({done} af {total})',
    progressLabel: 'Hvor meget af turen er gemt',
    saved: 'Turen er gemt ({total}, {date}). Den virker nu også uden net.',
    update: 'Hent turen igen',
    remove: 'Slet den gemte tur',
    removed: 'Den gemte tur er slettet fra telefonen.',
    failed: 'Turen kunne ikke gemmes: {reason}. Tjek forbindelsen og prøv igen.',
    noSpace: 'Der er ikke plads nok på telefonen: turen fylder {total}, og der er {free} fri. Ryd lidt plads og prøv igen.',
    unsupported: 'Din browser kan ikke gemme turen til brug uden net. Den virker stadig, så længe du har net.',
  },
  en: {
    skip: 'Skip to the walk',
    other: 'Dansk',
    otherHref: '?lang=da',
    noSlug: 'The address must end with the name of the walk, for example /walk/frivillighed-i-oererne.',
    loading: 'Loading the walk …',
    offlineTitle: 'Use the walk offline',
    offlineIntro: 'Save the walk on your phone so the audio, transcripts and map work on the way, even without mobile data.',
    size: 'This downloads {total}: audio {audio} and the page itself {app}.',
    foreign: '{count} audio files are on another server and cannot be saved; they need a network.',
    save: 'Save the walk ({total})',
    saving: 'Saving the walk …',
    progress: 'Saving the walk: {percent} % ({done} of {total})',
    progressLabel: 'How much of the walk is saved',
    saved: 'The walk is saved ({total}, {date}). It now works without a network too.',
    update: 'Download the walk again',
    remove: 'Delete the saved walk',
    removed: 'The saved walk has been deleted from your phone.',
    failed: 'The walk could not be saved: {reason}. Check your connection and try again.',
    noSpace: 'There is not enough space on your phone: the walk takes {total} and {free} is free. Free up some space and try again.',
    unsupported: 'Your browser cannot save the walk for offline use. It still works while you are online.',
  },
};

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'da' ? 'da' : navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'da';
const t = (key, values = {}) => TEXT[lang][key].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
const slug = decodeURIComponent(location.pathname.replace(/^\/walk\/?/, '').replace(/\/$/, ''));
const cacheName = `${CACHE_PREFIX}${slug}`;
const $ = (id) => document.getElementById(id);

function bytes(n) {
  const format = (value, digits) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: digits }).format(value);
  if (n >= 1_000_000) return `${format(n / 1_000_000, 1)} MB`;
  return `${format(Math.max(1, Math.round(n / 1000)), 0)} kB`;
}

// ---------------------------------------------------------------------------
// The page around the widget
// ---------------------------------------------------------------------------

document.documentElement.lang = lang;
$('skip').textContent = t('skip');
$('lang-switch').textContent = t('other');
$('lang-switch').setAttribute('lang', lang === 'en' ? 'da' : 'en');
$('lang-switch').setAttribute('href', t('otherHref'));
$('offline-title').textContent = t('offlineTitle');
$('offline-intro').textContent = t('offlineIntro');

const widget = $('walk');
widget.setAttribute('lang', lang);
if (SLUG.test(slug)) {
  widget.setAttribute('walk', slug);
  $('walk-fallback').textContent = t('loading');
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = `/api/walk-app/${slug}/manifest.webmanifest?locale=${lang}`;
  document.head.append(manifest);
  void offline();
} else {
  $('walk-fallback').textContent = t('noSlug');
}

// ---------------------------------------------------------------------------
// Saving the walk for offline use
// ---------------------------------------------------------------------------

const walkUrl = (locale) => `/api/widget/v1/walks/${slug}?locale=${locale}`;

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/**
 * The bundle files this page needs: the loader, the walk's chunk with everything
 * it imports, and the map module (from the bundle's manifest); every script
 * when the manifest does not say which chunk is the walk's.
 */
function bundleFiles(bundle) {
  const files = Object.keys(bundle.files);
  const walk = bundle.widgets?.['samskab-walk'];
  if (!walk) return files.filter((file) => file.endsWith('.js') && file !== bundle.pinned);
  const needed = new Set();
  const visit = (file) => {
    if (!file || needed.has(file) || !bundle.files[file]) return;
    needed.add(file);
    for (const imported of bundle.files[file].imports ?? []) visit(imported);
  };
  [bundle.entry ?? 'samskab.js', walk, ...files.filter((file) => /^chunks\/walk-map-[\w-]+\.js$/.test(file))].forEach(visit);
  return [...needed];
}

/** Everything the walk needs offline, with the sizes the API and the bundle's manifest give. */
async function plan() {
  const [walks, bundle] = await Promise.all([Promise.all(LOCALES.map((l) => json(walkUrl(l)))), json('/widgets/v1/manifest.json')]);
  const audio = new Map();
  let foreign = 0;
  for (const stop of walks.flatMap((w) => w.stops)) {
    if (!stop.audio) continue;
    const url = new URL(stop.audio.url, location.origin);
    if (url.origin !== location.origin) foreign += 1;
    else audio.set(url.pathname + url.search, Number(stop.audio.size) || 0);
  }
  const stories = [...new Set(walks.flatMap((w) => w.stops).map((s) => s.story?.slug).filter(Boolean))];
  const scripts = bundleFiles(bundle).map((file) => ({ url: `/widgets/v1/${file}`, size: Number(bundle.files[file].size) || 0 }));
  const shell = [
    '/walk/index.html',
    '/walk/walk-page.js',
    '/walk/walk-page.css',
    `/api/walk-app/${slug}/manifest.webmanifest?locale=${lang}`,
    '/api/walk-app/icons/192.png',
    '/api/walk-app/icons/512.png',
    '/api/walk-app/icons/maskable-512.png',
    '/widgets/v1/manifest.json',
    ...LOCALES.map(walkUrl),
    ...stories.flatMap((s) => LOCALES.map((l) => `/api/widget/v1/stories/${s}?locale=${l}`)),
  ];
  const audioBytes = [...audio.values()].reduce((a, b) => a + b, 0);
  // The page's own files are small; 30 kB stands in for them and the JSON until they are fetched.
  const appBytes = scripts.reduce((a, s) => a + s.size, 0) + 30_000;
  return {
    walk: walks[LOCALES.indexOf(lang)],
    urls: [...shell, ...scripts.map((s) => s.url), ...audio.keys()],
    audioBytes,
    appBytes,
    total: audioBytes + appBytes,
    foreign,
  };
}

async function savedInfo() {
  if (!(await caches.has(cacheName))) return null;
  const marker = await (await caches.open(cacheName)).match(`${MARKER}${slug}`);
  return marker ? marker.json() : null;
}

function show(id, visible) {
  $(id).hidden = !visible;
}

function status(text) {
  $('offline-status').textContent = text;
}

let policy;
function trustedScriptUrl(url) {
  // The pages' Content Security Policy requires Trusted Types for script URLs.
  if (!window.trustedTypes?.createPolicy) return url;
  policy ??= window.trustedTypes.createPolicy('samskab', {
    createScriptURL: (value) => {
      if (value !== '/walk/sw.js') throw new TypeError(`Refusing the script URL ${value}`);
      return value;
    },
  });
  return policy.createScriptURL(url);
}

async function registerWorker() {
  await navigator.serviceWorker.register(trustedScriptUrl('/walk/sw.js'), { scope: '/walk/' });
  await navigator.serviceWorker.ready;
}

/** Fetches each URL from the network and stores it, reporting the bytes as they arrive. */
async function download(urls, total) {
  const cache = await caches.open(`${cacheName}.partial`);
  let done = 0;
  let announced = -1;
  const progress = $('offline-progress');
  progress.max = total;
  progress.value = 0;
  show('offline-progress', true);
  const report = () => {
    progress.value = Math.min(done, total);
    const percent = Math.min(100, Math.floor((done / total) * 100));
    // Announce in steps of 25 % so that a screen reader is not flooded.
    if (Math.floor(percent / 25) !== announced) {
      announced = Math.floor(percent / 25);
      status(t('progress', { percent, done: bytes(done), total: bytes(total) }));
    }
  };
  for (const url of urls) {
    const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${new URL(url, location.origin).pathname} (${response.status})`);
    const reader = response.body.getReader();
    const chunks = [];
    for (;;) {
      const { done: end, value } = await reader.read();
      if (end) break;
      chunks.push(value);
      done += value.byteLength;
      report();
    }
    const headers = new Headers(response.headers);
    for (const name of ['content-encoding', 'content-length', 'set-cookie']) headers.delete(name);
    headers.set('accept-ranges', 'bytes');
    await cache.put(new URL(url, location.origin).href, new Response(new Blob(chunks, { type: headers.get('content-type') ?? '' }), { status: 200, headers }));
  }
  // Swap in the new copy only when everything has arrived.
  await caches.delete(cacheName);
  const finished = await caches.open(cacheName);
  for (const request of await cache.keys()) await finished.put(request, await cache.match(request));
  await caches.delete(`${cacheName}.partial`);
  const info = { bytes: done, date: new Date().toISOString(), urls: urls.length };
  await finished.put(`${MARKER}${slug}`, new Response(JSON.stringify(info), { headers: { 'content-type': 'application/json' } }));
  return info;
}

function showSaved(info) {
  const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium' }).format(new Date(info.date));
  status(t('saved', { total: bytes(info.bytes), date }));
  $('offline-save').textContent = t('update');
  show('offline-remove', true);
  show('offline-progress', false);
  $('offline').dataset.state = 'saved';
}

async function offline() {
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    show('offline', true);
    show('offline-save', false);
    status(t('unsupported'));
    return;
  }
  let info = null;
  try {
    info = await savedInfo();
  } catch {
    // Cache Storage unavailable (private mode in some browsers).
  }
  let current;
  try {
    current = await plan();
  } catch (error) {
    if (!info) return; // No walk to save: the widget says what is wrong.
  }
  show('offline', true);
  $('offline-remove').textContent = t('remove');
  if (current) {
    document.title = `${current.walk.title} · Samskab`;
    $('offline-size').textContent =
      t('size', { total: bytes(current.total), audio: bytes(current.audioBytes), app: bytes(current.appBytes) }) +
      (current.foreign ? ` ${t('foreign', { count: current.foreign })}` : '');
    $('offline-save').textContent = t('save', { total: bytes(current.total) });
  } else {
    show('offline-save', false);
  }
  if (info) {
    showSaved(info);
    // A saved walk keeps its service worker (re-registering is harmless and updates it).
    registerWorker().catch(() => undefined);
  }

  $('offline-save').addEventListener('click', async () => {
    const button = $('offline-save');
    button.disabled = true;
    $('offline').dataset.state = 'saving';
    status(t('saving'));
    try {
      const fresh = await plan();
      const estimate = await navigator.storage?.estimate?.().catch(() => null);
      if (estimate?.quota && estimate.quota - (estimate.usage ?? 0) < fresh.total) {
        status(t('noSpace', { total: bytes(fresh.total), free: bytes(estimate.quota - (estimate.usage ?? 0)) }));
        return;
      }
      navigator.storage?.persist?.().catch(() => undefined);
      await registerWorker();
      showSaved(await download(fresh.urls, fresh.total));
    } catch (error) {
      await caches.delete(`${cacheName}.partial`).catch(() => undefined);
      show('offline-progress', false);
      status(t('failed', { reason: error instanceof Error ? error.message : String(error) }));
      $('offline').dataset.state = 'failed';
    } finally {
      button.disabled = false;
    }
  });

  $('offline-remove').addEventListener('click', async () => {
    await caches.delete(cacheName);
    const others = (await caches.keys()).filter((key) => key.startsWith(CACHE_PREFIX) && !key.endsWith('runtime'));
    if (others.length === 0) {
      await caches.delete(`${CACHE_PREFIX}runtime`);
      const registration = await navigator.serviceWorker.getRegistration('/walk/');
      await registration?.unregister();
    }
    show('offline-remove', false);
    $('offline-save').textContent = current ? t('save', { total: bytes(current.total) }) : t('update');
    $('offline').dataset.state = 'removed';
    status(t('removed'));
  });
}
