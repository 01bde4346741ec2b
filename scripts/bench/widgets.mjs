import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCms } from './lib.mjs';

/**
 * The widgets on the demo pages, in headless Chromium, against a CMS with the
 * demo content (cms/scripts/serve.mjs):
 *
 *  - layout shift: the cumulative layout shift (PerformanceObserver
 *    'layout-shift') while the widgets load, on a desktop and a phone viewport;
 *    the demo pages are static HTML with system fonts, so every shift is the
 *    widgets'. Goal: 0.00.
 *  - time to banner: from samskab.js's arrival (its resource timing's
 *    responseEnd) to the banner showing its campaign (its samskab-load event,
 *    then the next frame), against the baseline of one round trip to the widget
 *    API measured in the same page (the median of a few fetches of the banner's
 *    own request, uncached). Measured as served (localhost) and with 40 ms and
 *    160 ms of added latency per request (Chromium's network emulation): the
 *    time it gains per millisecond of round trip is the number of round trips
 *    the banner waits for after the script has loaded. Goal: one.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'widgets', 'package.json'));
// Every demo page that embeds the widgets with the script, as a real site would (the parents'
// intranet page, /demo/foraeldreintra, embeds them as iframes).
const PAGES = ['/demo/tranbjerg-skole', '/demo/stavtrup-dagtilbud', '/demo/', '/demo/frivillig', '/demo/hjaelp', '/demo/ide'];
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844, isMobile: true, deviceScaleFactor: 2 } };
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LATENCIES_MS = [40, 160];

/**
 * Runs in the page before anything else: records layout shifts and when each widget showed its data.
 * With `scriptOnly`, the page's link to samskab.css is taken out before it applies, as on a page that
 * embeds only the script: the same reserve then comes from samskab.js, once it has run.
 */
function instrument(scriptOnly) {
  if (scriptOnly) {
    // Only the page's own link (its href as written); the one samskab.js adds later stays.
    const unlink = () => document.querySelectorAll('link[href="/widgets/v1/samskab.css"]').forEach((link) => link.remove());
    new MutationObserver(unlink).observe(document, { childList: true, subtree: true });
  }
  window.__bench = { shifts: [], loaded: {} };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const widgetOf = (start) => {
        for (let n = start; n; ) {
          if (n.localName?.startsWith('samskab-')) return n.localName;
          const root = n.parentElement ? null : n.getRootNode();
          n = n.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
        }
        return null;
      };
      const sources = (entry.sources ?? []).map((s) => {
        const el = s.node?.nodeType === 1 ? s.node : s.node?.parentElement;
        if (!el) return '?';
        const widget = widgetOf(el);
        return widget && widget !== el.localName ? `${el.localName} in ${widget}` : el.localName;
      });
      window.__bench.shifts.push({ value: entry.value, at: entry.startTime, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('samskab-load', (event) => {
    const widget = event.detail?.widget;
    requestAnimationFrame(() => {
      const painted = performance.now();
      window.__bench.loaded[widget] ??= painted;
    });
  });
}

async function settle(page) {
  await page.waitForFunction(
    () => {
      const all = [];
      const collect = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('samskab-')) all.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      collect(document);
      return all.length > 0 && all.every((el) => customElements.get(el.localName) && el.status && el.status !== 'loading');
    },
    { timeout: 20_000 },
  );
  // Images decode and the last frames paint.
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

/** One API round trip, measured in the page: the median of `n` uncached fetches of `url`. */
async function roundTrip(page, url, n = 7) {
  return page.evaluate(
    async (href, count) => {
      const times = [];
      for (let i = 0; i < count; i += 1) {
        const t0 = performance.now();
        const response = await fetch(href, { cache: 'no-store', credentials: 'omit', headers: { accept: 'application/json' } });
        await response.json();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
    url,
    n,
  );
}

async function measurePage(browser, base, pagePath, viewport, latency, scriptOnly = false) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport(viewport);
    await page.setCacheEnabled(false);
    if (latency) {
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await page.evaluateOnNewDocument(instrument, scriptOnly);
    await page.goto(`${base}${pagePath}`, { waitUntil: 'load' });
    await settle(page);
    const data = await page.evaluate(() => {
      const loader = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/widgets/v1/samskab.js'));
      const campaign = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/widget/v1/campaigns/'));
      return {
        shifts: window.__bench.shifts,
        loaderEnd: loader?.responseEnd ?? null,
        bannerShown: window.__bench.loaded['samskab-recruitment-banner'] ?? null,
        campaignUrl: campaign?.name ?? null,
        campaignDuration: campaign ? campaign.responseEnd - campaign.startTime : null,
      };
    });
    const cls = data.shifts.reduce((sum, s) => sum + s.value, 0);
    const rtt = data.campaignUrl ? await roundTrip(page, data.campaignUrl) : null;
    return {
      cls,
      shifts: data.shifts,
      toBanner: data.bannerShown !== null && data.loaderEnd !== null ? data.bannerShown - data.loaderEnd : null,
      rtt,
    };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};
const round = (n, digits = 1) => (n === null ? null : +n.toFixed(digits));

export default async function widgetsBenchmark() {
  if (!existsSync(path.join(root, 'widgets', 'dist', 'manifest.json'))) {
    console.log('widgets: building widgets/dist...');
    execFileSync('npm', ['run', 'build', '-w', 'widgets', '--silent'], { cwd: root, stdio: 'ignore' });
  }
  const puppeteer = require('puppeteer-core');
  console.log('widgets: starting a CMS with the demo content and headless Chromium...');
  const cms = await startCms();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    // Warm the CMS's caches once, so that neither side pays first-request costs.
    for (const p of PAGES) await measurePage(browser, cms.base, p, VIEWPORTS.desktop, 0);

    const layout = { demo: [], scriptOnly: [] };
    for (const [variant, scriptOnly] of [['demo', false], ['scriptOnly', true]]) {
      for (const [name, viewport] of Object.entries(VIEWPORTS)) {
        for (const p of PAGES) {
          const runs = [];
          for (let i = 0; i < Math.min(RUNS, 3); i += 1) runs.push(await measurePage(browser, cms.base, p, viewport, 0, scriptOnly));
          const worst = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
          layout[variant].push({ page: p, viewport: name, cls: +worst.cls.toFixed(3), shifts: worst.shifts.map((s) => ({ value: +s.value.toFixed(4), sources: s.sources })) });
        }
      }
    }
    const maxCls = (list) => Math.max(...list.map((l) => l.cls));

    // Time to banner at two network latencies: the extra time per extra millisecond of
    // round trip is the number of round trips the banner waits for, whatever the CPU costs.
    const timing = [];
    for (const latency of [0, ...LATENCIES_MS]) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await measurePage(browser, cms.base, '/demo/tranbjerg-skole', VIEWPORTS.desktop, latency));
      timing.push({ latency, toBanner: median(runs.map((r) => r.toBanner)), rtt: median(runs.map((r) => r.rtt)) });
    }
    const [, low, high] = timing;
    const roundTrips = (high.toBanner - low.toBanner) / (high.rtt - low.rtt);
    return [
      {
        benchmark: 'cumulative layout shift while the widgets load, demo pages as served, with samskab.css linked (worst of 3 loads per page and viewport)',
        measured: { maxCls: maxCls(layout.demo) },
        pages: layout.demo,
        goal: '0.00',
      },
      {
        benchmark: 'the same with the script only (the page does not link samskab.css: samskab.js links it once it runs)',
        measured: { maxCls: maxCls(layout.scriptOnly) },
        pages: layout.scriptOnly,
        goal: 'for comparison',
      },
      {
        benchmark: `time from samskab.js loaded to the banner shown, /demo/tranbjerg-skole (median of ${RUNS} per latency)`,
        baseline: Object.fromEntries(timing.map((t) => [`apiRoundTripMs@${t.latency}ms`, round(t.rtt)])),
        measured: Object.fromEntries(timing.map((t) => [`scriptToBannerMs@${t.latency}ms`, round(t.toBanner)])),
        roundTrips: round(roundTrips, 2),
        method: `round trips the banner waits for = (time to banner at ${high.latency} ms - at ${low.latency} ms added latency) / (API round trip at ${high.latency} ms - at ${low.latency} ms); what stays at 0 ms latency is CPU (parse, render)`,
        goal: '1 API round trip',
      },
    ];
  } finally {
    await browser.close();
    await cms.stop();
  }
}
