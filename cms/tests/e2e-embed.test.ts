import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWidgetsBuilt, launchChromium, requireFromWidgets, WIDGETS_DIST as DIST } from './support/browser';
import { api, startStrapi } from './support/strapi';

/**
 * End to end: the test CMS serves the built widgets (/widgets/v1/), the demo
 * site (/demo/) and the embed pages (/embed/); headless Chromium loads them as a
 * visitor would. `npm test` builds widgets/dist before the CMS tests run; run
 * alone, this file builds it first.
 */

const AXE = requireFromWidgets.resolve('axe-core/axe.min.js');

let browser: any;
let base: string;

beforeAll(async () => {
  ensureWidgetsBuilt();
  ({ base } = await startStrapi());
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

interface Visit {
  page: any;
  errors: string[];
  requests: string[];
}

/** Opens `url` in a fresh page, recording console errors, page errors, failed requests and every request URL. */
async function visit(url: string, options: { bypassCsp?: boolean; width?: number } = {}): Promise<Visit> {
  const page = await browser.newPage();
  await page.setViewport({ width: options.width ?? 1200, height: 900 });
  if (options.bypassCsp) await page.setBypassCSP(true);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message: any) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error: Error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request: any) => errors.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('request', (request: any) => requests.push(request.url()));
  await page.goto(url, { waitUntil: 'load', timeout: 45_000 });
  return { page, errors, requests };
}

/** Waits until every samskab-* element on the page (and inside their shadow roots) has loaded or given up. */
async function widgetsSettled(page: any): Promise<void> {
  await page.waitForFunction(
    () => {
      const all: any[] = [];
      const collect = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (el.localName.startsWith('samskab-')) all.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      collect(document);
      return all.every((el) => customElements.get(el.localName) && el.status && el.status !== 'loading');
    },
    { timeout: 15_000 },
  );
}

/** axe-core's WCAG 2.0/2.1 A and AA rules over the whole page, shadow roots included; the violations, readable. */
async function axeViolations(page: any): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  const result = await page.evaluate(async () => {
    const axe = (window as any).axe;
    const run = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return run.violations.map((v: any) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n: any) => JSON.stringify(n.target)).join(', ')}`);
  });
  return result;
}

describe('the Tranbjerg Skole demo page', () => {
  it('shows the campaign from the API and the school’s tasks, with no errors and no other origin', async () => {
    const campaign = (await api('/api/widget/v1/campaigns/frivillig-for-fremtiden?locale=da')).body;
    const tasks = (await api('/api/widget/v1/opportunities?organisation=tranbjerg-skole&locale=da')).body;
    expect(tasks.total).toBeGreaterThan(0);

    const { page, errors, requests } = await visit(`${base}/demo/tranbjerg-skole`);
    try {
      await widgetsSettled(page);
      const shown = await page.evaluate(() => {
        const banner = document.querySelector('samskab-recruitment-banner')!;
        const list = document.querySelector('samskab-opportunity-list')!;
        return {
          headline: banner.shadowRoot?.querySelector('[part~=headline]')?.textContent?.trim(),
          eyebrow: banner.shadowRoot?.querySelector('[part~=eyebrow]')?.textContent?.trim(),
          cta: banner.shadowRoot?.querySelector('a[part~=cta]')?.getAttribute('href'),
          items: Array.from(list.shadowRoot?.querySelectorAll('[part~=item] h3') ?? []).map((h) => h.textContent?.trim()),
          stylesheets: document.querySelectorAll('link[href$="/widgets/v1/samskab.css"]').length,
          bannerHeight: banner.getBoundingClientRect().height,
          bannerBoxHeight: banner.shadowRoot?.querySelector('[part~=base]')?.getBoundingClientRect().height,
        };
      });
      // The page links samskab.css itself, so the loader links nothing more; the banner's box fills its reserve.
      expect(shown.stylesheets).toBe(1);
      expect(shown.bannerBoxHeight).toBeCloseTo(shown.bannerHeight, 0);
      expect(shown.headline).toBe(campaign.headline);
      expect(shown.eyebrow).toContain('Tranbjerg Skole');
      expect(shown.cta).toBe(`${base}/embed/signup-form?campaign=frivillig-for-fremtiden&organisation=tranbjerg-skole`);
      expect(shown.items).toEqual(tasks.items.map((t: any) => t.title));

      expect(errors).toEqual([]);
      const origins = [...new Set(requests.filter((url) => !url.startsWith('data:')).map((url) => new URL(url).origin))];
      expect(origins).toEqual([new URL(base).origin]);
      // The widgets asked the widget API, and nothing else of the CMS's API.
      const apiPaths = requests.map((url) => new URL(url)).filter((u) => u.pathname.startsWith('/api/')).map((u) => u.pathname);
      expect(apiPaths.length).toBeGreaterThan(0);
      for (const p of apiPaths) expect(p.startsWith('/api/widget/v1/')).toBe(true);
      // The story list asks for no facets: it shows no filters.
      const storyRequest = requests.map((url) => new URL(url)).find((u) => u.pathname === '/api/widget/v1/stories');
      expect(storyRequest?.searchParams.get('facets')).toBe('false');
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('the iframe pages', () => {
  let host: Server;
  let hostBase: string;

  beforeAll(async () => {
    // A host page on another origin (another port), as a school platform would be.
    host = createServer((req, res) => {
      const src = `${base}/embed/recruitment-banner?campaign=frivillig-for-fremtiden&organisation=stavtrup-dagtilbud&id=banner`;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="da"><head><title>Vært</title><link rel="icon" href="data:,"></head><body>
<h1>En skoles platform</h1>
<iframe data-samskab id="frame" src="${src}" title="Bliv frivillig" width="600" height="100" style="border:0"></iframe>
<iframe id="other" src="${base}/embed/entry-point" title="Uden data-samskab" width="600" height="100" style="border:0"></iframe>
<script src="${base}/embed/resize.js"></script>
</body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostBase = `http://localhost:${(host.address() as any).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => host?.close(resolve));
  });

  it('resize their iframe on a host page on another origin, from that iframe’s messages only', async () => {
    const { page, errors } = await visit(`${hostBase}/`);
    try {
      await page.waitForFunction(() => document.getElementById('frame')!.getBoundingClientRect().height > 150, { timeout: 15_000 });
      const frame = page.frames().find((f: any) => f.url().includes('/embed/recruitment-banner'));
      await frame.waitForFunction(() => (document.querySelector('samskab-recruitment-banner') as any)?.status === 'ready', { timeout: 15_000 });
      // The helper set the iframe to the page's own height (after the banner's image and text settled).
      await page.waitForFunction(
        (expected: number) => Math.abs(document.getElementById('frame')!.getBoundingClientRect().height - expected) <= 1,
        { timeout: 10_000 },
        await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
      );
      const before = await page.evaluate(() => document.getElementById('frame')!.getBoundingClientRect().height);
      // Messages from anyone else, and heights that are not numbers, are ignored.
      await page.evaluate(() => {
        window.postMessage({ type: 'samskab:resize', id: 'banner', height: 7 }, '*');
        const frame = document.getElementById('frame') as HTMLIFrameElement;
        window.dispatchEvent(new MessageEvent('message', { data: { type: 'samskab:resize', height: '9999px' }, source: frame.contentWindow, origin: new URL(frame.src).origin }));
        window.dispatchEvent(new MessageEvent('message', { data: { type: 'samskab:resize', height: 42 }, source: frame.contentWindow, origin: 'https://evil.example' }));
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await page.evaluate(() => document.getElementById('frame')!.getBoundingClientRect().height)).toBe(before);
      // An iframe without data-samskab is left alone.
      expect(await page.evaluate(() => document.getElementById('other')!.getBoundingClientRect().height)).toBe(100);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('keep the sign-up inside the iframe: the banner’s call to action opens the sign-up form’s iframe page, which knows the host', async () => {
    const { page, errors } = await visit(`${hostBase}/`);
    try {
      const frame = page.frames().find((f: any) => f.url().includes('/embed/recruitment-banner'));
      await frame.waitForFunction(() => (document.querySelector('samskab-recruitment-banner') as any)?.status === 'ready', { timeout: 15_000 });
      const cta = await frame.evaluateHandle(() => document.querySelector('samskab-recruitment-banner')!.shadowRoot!.querySelector('a[part~=cta]'));
      const navigated = page.waitForFrame((f: any) => f.url().includes('/embed/signup-form'), { timeout: 15_000 });
      // A click event on the link itself: a mouse click at coordinates can miss while the iframe is still being resized.
      await cta.evaluate((link: HTMLElement) => link.click());
      const form = await navigated;
      const url = new URL(form.url());
      expect(Object.fromEntries(url.searchParams)).toEqual({ campaign: 'frivillig-for-fremtiden', organisation: 'stavtrup-dagtilbud', id: 'banner' });
      await form.waitForFunction(() => (document.querySelector('samskab-signup-form') as any)?.status === 'ready', { timeout: 15_000 });
      expect(await form.evaluate(() => document.querySelector('samskab-signup-form')!.getAttribute('source'))).toBe(new URL(hostBase).origin);
      // The host page still sizes the iframe, now to the form's height.
      const formHeight = await form.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await page.waitForFunction(
        (expected: number) => Math.abs(document.getElementById('frame')!.getBoundingClientRect().height - expected) <= 1,
        { timeout: 10_000 },
        formHeight,
      );
      expect(formHeight).toBeGreaterThan(500);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('make the element from the query with setAttribute, refusing what widgets.json does not allow', async () => {
    const query = 'campaign=frivillig-for-fremtiden&layout=compact&heading-level=9&onclick=alert(1)&organisation=%3Cb%3E';
    const { page, errors } = await visit(`${base}/embed/recruitment-banner?${query}`);
    try {
      await page.waitForSelector('samskab-recruitment-banner');
      const attributes = await page.evaluate(() => {
        const el = document.querySelector('samskab-recruitment-banner')!;
        return Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value]));
      });
      expect(attributes).toEqual({ campaign: 'frivillig-for-fremtiden', layout: 'compact' });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
    // An unknown widget is a 404 that still explains itself inside the iframe.
    const unknown = await api('/embed/not-a-widget');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('/embed/frame.js');
    const typo = await visit(`${base}/embed/not-a-widget`);
    try {
      await typo.page.waitForSelector('.samskab-frame-error');
      expect(await typo.page.evaluate(() => document.querySelector('.samskab-frame-error')?.textContent)).toContain('"not-a-widget"');
    } finally {
      await typo.page.close();
    }
    // A slash too many leads to the widget's page, query kept.
    const slash = await fetch(`${base}/embed/offer-list/?category=sorg`, { redirect: 'manual' });
    expect(slash.status).toBe(302);
    expect(slash.headers.get('location')).toBe('/embed/offer-list?category=sorg');
    const missing = await visit(`${base}/embed/story-card`);
    try {
      await missing.page.waitForSelector('.samskab-frame-error');
      expect(await missing.page.evaluate(() => document.querySelector('.samskab-frame-error')?.textContent)).toContain('"story"');
    } finally {
      await missing.page.close();
    }
  }, 60_000);

  it('may be framed by any site; the embed-code page is served too', async () => {
    const frame = await api('/embed/offer-list?category=sorg');
    expect(frame.status).toBe(200);
    expect(frame.headers.get('x-frame-options')).toBeNull();
    expect(frame.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    expect(frame.text).toContain('/embed/frame.js');
    const resize = await api('/embed/resize.js');
    expect(resize.status).toBe(200);
    expect(resize.headers.get('content-type')).toMatch(/javascript/);
  });
});

describe('widgets.json and the iframe page’s checks (frame.js)', () => {
  const widgets = JSON.parse(readFileSync(path.resolve(__dirname, '..', 'sites', 'embed', 'widgets.json'), 'utf8'));
  const load = () => import('../sites/embed/frame.js' as string) as Promise<any>;

  it('names only widgets the loader defines', async () => {
    const loader = readFileSync(path.resolve(__dirname, '..', '..', 'widgets', 'src', 'samskab.ts'), 'utf8');
    for (const name of Object.keys(widgets).filter((k) => k !== '$comment')) expect(loader).toContain(`'samskab-${name}'`);
  });

  it('checks every attribute against its kind', async () => {
    const { plan } = await load();
    const ok = plan(widgets, 'offer-list', new URLSearchParams('category=sorg&age=9&district=Aarhus C&q=lektier&page-size=5&id=x'));
    expect(ok.attributes).toEqual({ category: 'sorg', age: '9', district: 'Aarhus C', q: 'lektier', 'page-size': '5', 'url-state': 'off' });
    const bad = plan(widgets, 'offer-list', new URLSearchParams('category=sorgx&age=200&district=<b>&page-size=0&api=https://evil.example&url-state=on'));
    expect(bad.attributes).toEqual({ 'url-state': 'off' });
    expect(bad.warnings).toHaveLength(6);
    expect(plan(widgets, 'story-card', new URLSearchParams('story=a-b&open=1')).attributes).toEqual({ story: 'a-b', open: '' });
    expect(plan(widgets, 'story-card', new URLSearchParams('story=A B')).error).toBe('missing');
    expect(plan(widgets, 'constructor', new URLSearchParams()).error).toBe('unknown');
    expect(plan(widgets, '$comment', new URLSearchParams()).error).toBe('unknown');
    expect(plan(widgets, 'signup-form', new URLSearchParams('organisation=tranbjerg-skole')).error).toBe('missing');
    expect(plan(widgets, 'signup-form', new URLSearchParams('opportunity=lektiecafe-tranbjerg-skole')).attributes).toEqual({ opportunity: 'lektiecafe-tranbjerg-skole' });
  });
});

describe('the embed-code page', () => {
  it('builds the script snippet with the pinned loader and its SRI hash, and the iframe snippet', async () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
    const { page, errors } = await visit(`${base}/embed/?widget=recruitment-banner&campaign=frivillig-for-fremtiden&organisation=tranbjerg-skole`);
    try {
      await page.waitForFunction(() => (document.getElementById('snippet') as HTMLTextAreaElement).value.includes('samskab-recruitment-banner'), { timeout: 15_000 });
      const script = await page.$eval('#snippet', (t: HTMLTextAreaElement) => t.value);
      expect(script).toContain(`src="${base}/widgets/v1/${manifest.pinned}" integrity="${manifest.files[manifest.pinned].integrity}" crossorigin="anonymous"`);
      // ...after the stylesheet that reserves the widget's space, pinned the same way.
      expect(script.indexOf('<link rel="stylesheet"')).toBeLessThan(script.indexOf('<script'));
      expect(script).toContain(`<link rel="stylesheet" href="${base}/widgets/v1/${manifest.pinnedStylesheet}" integrity="${manifest.files[manifest.pinnedStylesheet].integrity}" crossorigin="anonymous">`);
      const css = await fetch(`${base}/widgets/v1/${manifest.pinnedStylesheet}`);
      expect(css.headers.get('content-type')).toMatch(/^text\/css/);
      expect(css.headers.get('cache-control')).toContain('immutable');
      const { createHash: sha } = await import('node:crypto');
      expect(`sha384-${sha('sha384').update(Buffer.from(await css.arrayBuffer())).digest('base64')}`).toBe(manifest.files[manifest.pinnedStylesheet].integrity);
      expect(script).toContain('<samskab-recruitment-banner campaign="frivillig-for-fremtiden" organisation="tranbjerg-skole">');
      // The pinned loader is the built entry, byte for byte, and its integrity is right.
      const pinned = readFileSync(path.join(DIST, manifest.pinned));
      expect(pinned.equals(readFileSync(path.join(DIST, 'samskab.js')))).toBe(true);
      const { createHash } = await import('node:crypto');
      expect(`sha384-${createHash('sha384').update(pinned).digest('base64')}`).toBe(manifest.files[manifest.pinned].integrity);

      // The live preview shows the chosen campaign.
      await page.waitForFunction(() => (document.querySelector('#preview samskab-recruitment-banner') as any)?.status === 'ready', { timeout: 15_000 });

      // The iframe variant, and a copy that is confirmed where a screen reader hears it.
      await page.click('#variant-iframe');
      await page.waitForFunction(() => (document.getElementById('snippet') as HTMLTextAreaElement).value.startsWith('<iframe'));
      const iframe = await page.$eval('#snippet', (t: HTMLTextAreaElement) => t.value);
      expect(iframe).toContain(`<iframe data-samskab src="${base}/embed/recruitment-banner?campaign=frivillig-for-fremtiden&amp;organisation=tranbjerg-skole"`);
      expect(iframe).toContain(`<script src="${base}/embed/resize.js" async></script>`);
      await page.waitForFunction(() => document.querySelector('#preview iframe[data-samskab]'));
      await browser.defaultBrowserContext().overridePermissions(base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      await page.click('#copy');
      await page.waitForFunction(() => document.getElementById('copy-status')!.textContent!.trim().length > 0);
      const status = await page.$eval('#copy-status', (p: HTMLElement) => ({ role: p.getAttribute('role'), text: p.textContent }));
      expect(status.role).toBe('status');
      expect(status.text).toMatch(/Koden er kopieret/);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('copies no code until what the widget needs is filled in, and writes the fallback link in the chosen language', async () => {
    const { page, errors } = await visit(`${base}/embed/?widget=guide`);
    try {
      await page.waitForFunction(() => (document.getElementById('snippet') as HTMLTextAreaElement).value.includes('samskab-guide'), { timeout: 15_000 });
      expect(await page.$eval('#copy', (b: HTMLButtonElement) => b.disabled)).toBe(true);
      expect(await page.$eval('#copy-status', (p: HTMLElement) => p.textContent)).toContain('guide');
      await page.type('#opt-guide', 'hvor-henvender-jeg-mig');
      await page.$eval('#opt-guide', (input: HTMLInputElement) => input.dispatchEvent(new Event('change', { bubbles: true })));
      await page.waitForFunction(() => !(document.getElementById('copy') as HTMLButtonElement).disabled);
      expect(await page.$eval('#snippet', (t: HTMLTextAreaElement) => t.value)).toContain('<samskab-guide guide="hvor-henvender-jeg-mig">');
      expect(await page.$eval('#copy-status', (p: HTMLElement) => p.textContent)).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
    const english = await visit(`${base}/embed/?widget=recruitment-banner&campaign=frivillig-for-fremtiden&lang=en`);
    try {
      await english.page.waitForFunction(() => (document.getElementById('snippet') as HTMLTextAreaElement).value.includes('lang="en"'), { timeout: 15_000 });
      const snippet = await english.page.$eval('#snippet', (t: HTMLTextAreaElement) => t.value);
      expect(snippet).toMatch(/>See the campaign<\/a>/);
      expect(english.errors).toEqual([]);
    } finally {
      await english.page.close();
    }
  }, 60_000);

  it('fills its choices from the widget API for another widget', async () => {
    const facets = (await api('/api/widget/v1/offers?pageSize=1')).body.facets;
    const { page, errors } = await visit(`${base}/embed/?widget=offer-list`);
    try {
      await page.waitForFunction(() => document.querySelectorAll('#opt-category option').length > 1, { timeout: 15_000 });
      const values = await page.$$eval('#opt-category option', (options: HTMLOptionElement[]) => options.map((o) => o.value).filter(Boolean));
      expect(values).toEqual(facets.category.map((f: any) => f.value));
      await page.select('#opt-category', 'sorg');
      await page.waitForFunction(() => (document.getElementById('snippet') as HTMLTextAreaElement).value.includes('category="sorg"'));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  const pages = [
    '/embed/?widget=recruitment-banner&campaign=frivillig-for-fremtiden&organisation=tranbjerg-skole',
    '/embed/?widget=offer-list&variant=iframe',
    '/demo/',
    '/demo/tranbjerg-skole',
    '/demo/stavtrup-dagtilbud',
    '/demo/foraeldreintra',
    '/demo/frivillig',
    '/demo/hjaelp',
    '/demo/ide',
  ];
  for (const path of pages) {
    it(`${path} has no violations`, async () => {
      // axe is injected as a script; the pages' CSP would rightly refuse it.
      const { page } = await visit(`${base}${path}`, { bypassCsp: true });
      try {
        await widgetsSettled(page);
        if (path.startsWith('/embed/')) await page.waitForFunction(() => (document.getElementById('snippet') as HTMLTextAreaElement).value.length > 0);
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
