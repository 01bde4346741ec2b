import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWidgetsBuilt, launchChromium } from './support/browser';
import { api, startStrapi } from './support/strapi';

/**
 * The walk page offline, in Chromium driven by puppeteer-core (the one
 * @web/test-runner-chrome brings): load /walk/<slug>, accept the download, then
 * cut the network (offline mode, and the test's proxy in front of the CMS shut
 * down, so that not even the service worker can reach it) and reload: the page,
 * the stops and an audio file still load.
 */
const SLUG = 'frivillighed-i-oererne';

let proxy: Server;
let sockets: Set<Socket>;
let origin: string;
let browser: any;

/** A tiny reverse proxy to the test CMS, which the test can take away to be truly offline. */
async function startProxy(target: string): Promise<void> {
  const upstream = new URL(target);
  sockets = new Set();
  proxy = createServer((req, res) => {
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  proxy.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

async function stopProxy(): Promise<void> {
  if (!proxy.listening) return;
  const closed = new Promise((resolve) => proxy.close(resolve));
  for (const socket of sockets) socket.destroy();
  await closed;
}

beforeAll(async () => {
  const { base } = await startStrapi();
  // The page loads the widget bundle that the CMS serves from widgets/dist.
  ensureWidgetsBuilt();
  await startProxy(base);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopProxy();
});

const walkReady = (page: any, stops: number) =>
  page.waitForFunction(
    (n: number) => {
      const el = document.querySelector('samskab-walk') as any;
      return el?.status === 'ready' && el.shadowRoot.querySelectorAll('ol[part=stops] > li').length === n;
    },
    { timeout: 30_000 },
    stops,
  );

describe('the walk page works offline once saved', () => {
  it('says what it will download, saves the walk on request, and reloads without any network', async () => {
    const walk = (await api(`/api/widget/v1/walks/${SLUG}`)).body;
    const bundle = (await api('/widgets/v1/manifest.json')).body;
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error: Error) => problems.push(error.message));

    await page.goto(`${origin}/walk/${SLUG}?lang=da`, { waitUntil: 'load' });
    await walkReady(page, walk.stops.length);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(await page.evaluate(async () => (await caches.keys()).length), 'nothing is stored before the walker agrees').toBe(0);

    // The page says how much it will download: the audio sizes from the API plus the bundle.
    await page.waitForSelector('#offline:not([hidden]) #offline-size:not(:empty)');
    const audioBytes = [...new Map(walk.stops.map((s: any) => [s.audio.url, s.audio.size])).values()].reduce((a: number, b: any) => a + b, 0) as number;
    // The loader, the walk's chunk with what it imports, and the map module: not the other widgets.
    const needed = new Set<string>();
    const visit = (file: string) => {
      if (needed.has(file)) return;
      needed.add(file);
      for (const imported of bundle.files[file].imports ?? []) visit(imported);
    };
    [bundle.entry, bundle.widgets['samskab-walk'], ...Object.keys(bundle.files).filter((f) => /^chunks\/walk-map-/.test(f))].forEach(visit);
    expect(needed.size).toBeLessThan(Object.keys(bundle.files).filter((f) => f.endsWith('.js')).length);
    const bundleBytes = [...needed].reduce((sum, file) => sum + bundle.files[file].size, 0);
    const mb = (n: number) => `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(n / 1_000_000)} MB`;
    const kb = (n: number) => `${new Intl.NumberFormat('da-DK').format(Math.round(n / 1000))} kB`;
    const sizeText = await page.$eval('#offline-size', (el: Element) => el.textContent);
    expect(sizeText).toBe(`Det henter ${mb(audioBytes + bundleBytes + 30_000)}: lyd ${mb(audioBytes)} og selve siden ${kb(bundleBytes + 30_000)}.`);
    expect(await page.$eval('#offline-save', (el: Element) => el.textContent)).toBe(`Gem turen (${mb(audioBytes + bundleBytes + 30_000)})`);

    // Accept: the service worker is registered, everything is stored, with progress.
    await page.click('#offline-save');
    await page.waitForSelector('#offline[data-state=saved]', { timeout: 60_000 });
    expect(await page.$eval('#offline-status', (el: Element) => el.textContent)).toMatch(/^Turen er gemt \([\d,]+ (MB|kB), .+\)\. Den virker nu også uden net\.$/);
    expect(await page.$eval('#offline-progress', (el: any) => el.value === el.max || el.hidden)).toBe(true);
    const stored: string[] = await page.evaluate(async () => {
      const cache = await caches.open('samskab-walk:frivillighed-i-oererne');
      return (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search);
    });
    for (const stop of walk.stops) expect(stored).toContain(stop.audio.url);
    expect(stored).toContain('/walk/index.html');
    for (const file of needed) expect(stored).toContain(`/widgets/v1/${file}`);
    expect(stored).toContain(`/api/widget/v1/walks/${SLUG}?locale=da`);
    expect(stored).toContain(`/api/widget/v1/walks/${SLUG}?locale=en`);
    expect(stored.every((url) => url.startsWith('/')), 'only same-origin requests are stored').toBe(true);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/walk/'))?.scope);
    expect(scope).toBe(`${origin}/walk/`);

    // No network at all: the browser is offline and the server is gone.
    await page.setOfflineMode(true);
    await stopProxy();
    expect(await page.evaluate(async (url: string) => fetch(url).then(() => 'reached', () => 'unreachable'), `${origin}/api/widget/v1/walks/unknown`)).toBe('unreachable');

    const response = await page.reload({ waitUntil: 'load' });
    expect(response.fromServiceWorker()).toBe(true);
    await walkReady(page, walk.stops.length);
    const titles = await page.evaluate(() =>
      [...(document.querySelector('samskab-walk') as any).shadowRoot.querySelectorAll('ol[part=stops] > li [part=stop-title]')].map((h: Element) => h.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(titles[1]).toBe(`2. ${walk.stops[1].title}`);
    const transcript = await page.evaluate(() => (document.querySelector('samskab-walk') as any).shadowRoot.querySelector('[part=transcript]').textContent);
    expect(transcript).toContain('Velkommen til');

    // An audio file plays from the saved copy (the player asks with a Range request).
    const audio = await page.evaluate(
      () =>
        new Promise<{ duration: number; src: string } | string>((resolve) => {
          const el = (document.querySelector('samskab-walk') as any).shadowRoot.querySelectorAll('audio')[1] as HTMLAudioElement;
          el.addEventListener('loadedmetadata', () => resolve({ duration: el.duration, src: el.currentSrc }), { once: true });
          el.addEventListener('error', () => resolve(`error ${el.error?.code}`), { once: true });
          el.preload = 'metadata';
          el.load();
        }),
    );
    expect(audio).toMatchObject({ src: `${origin}${walk.stops[1].audio.url}` });
    expect((audio as { duration: number }).duration).toBeCloseTo(walk.stops[1].audio.durationSeconds, 0);
    const range = await page.evaluate(async (url: string) => {
      const res = await fetch(url, { headers: { range: 'bytes=0-43' } });
      return { status: res.status, length: (await res.arrayBuffer()).byteLength, contentRange: res.headers.get('content-range') };
    }, walk.stops[1].audio.url);
    expect(range).toMatchObject({ status: 206, length: 44 });
    expect(range.contentRange).toMatch(/^bytes 0-43\/\d+$/);
    expect(await page.$eval('#offline-status', (el: Element) => el.textContent)).toContain('Turen er gemt');
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);
});
