import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWidgetsBuilt, launchChromium } from './support/browser';
import { startStrapi } from './support/strapi';

/**
 * Every widget under the strict policy our pages send: `script-src 'self'` (no
 * unsafe-inline, no unsafe-eval) and `require-trusted-types-for 'script'`. The
 * browser reports any violation as a `securitypolicyviolation` event; there must be none.
 */

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

const TAGS = [
  'samskab-entry-point',
  'samskab-recruitment-banner',
  'samskab-signup-form',
  'samskab-story-card',
  'samskab-story-list',
  'samskab-offer-list',
  'samskab-opportunity-list',
  'samskab-guide',
  'samskab-walk',
  'samskab-pack-builder',
  'samskab-portal',
];

describe('widgets under a strict CSP with Trusted Types', () => {
  it('the all-widgets page sends the strict policy', async () => {
    const response = await fetch(`${base}/demo/alle-widgets`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toMatch(/script-src 'self';/);
  });

  it('runs every widget with no violation reported', async () => {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      (window as any).__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as any).__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (error: Error) => errors.push(error.message));
    await page.goto(`${base}/demo/alle-widgets`, { waitUntil: 'networkidle0' });
    // Every element was defined and rendered something into its shadow root.
    const rendered = await page.evaluate(
      (tags: string[]) => tags.map((tag) => [tag, !!customElements.get(tag) && (document.querySelector(tag)?.shadowRoot?.childNodes.length ?? 0) > 0]),
      TAGS,
    );
    expect(Object.fromEntries(rendered)).toEqual(Object.fromEntries(TAGS.map((tag) => [tag, true])));
    // Interact a little, so that code paths beyond the first render run under the policy too.
    await page.evaluate(() => {
      const guide = document.querySelector('samskab-guide')?.shadowRoot;
      (guide?.querySelector('input, button') as HTMLElement | null)?.click();
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
