/**
 * The built loader (widgets/dist/samskab.js): loading it twice is harmless,
 * and elements are defined on demand, as they appear.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { fromResponses, restoreFetch, stubFetch } from './fetch-stub.js';
import { examples as banner } from '../src/components/recruitment-banner/recruitment-banner.examples.js';
import { examples as entryPoint } from '../src/components/entry-point/entry-point.examples.js';

const loader = '/widgets/dist/samskab.js';

describe('samskab.js loader', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    restoreFetch();
  });

  it('is built', async () => {
    const response = await fetch(loader);
    expect(response.status, 'run `npm run build -w widgets` first').to.equal(200);
    const manifest = (await (await fetch('/widgets/dist/manifest.json')).json()) as { files: Record<string, { integrity: string }> };
    expect(manifest.files['samskab.js'].integrity).to.match(/^sha384-[A-Za-z0-9+/]+=*$/);
    const cem = (await (await fetch('/widgets/dist/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = cem.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
    expect(tags).to.include.members(['samskab-recruitment-banner', 'samskab-offer-list', 'samskab-entry-point']);
  });

  it('defines an element that is on the page before it loads, and only that one', async () => {
    stubFetch(fromResponses(banner.examples[0].responses));
    stubFetch(fromResponses(entryPoint.examples[0].responses));
    const el = document.createElement('samskab-recruitment-banner');
    el.setAttribute('campaign', 'frivillig-for-fremtiden');
    document.body.append(el);
    // Space is reserved before the element is defined.
    await import(/* @vite-ignore */ loader);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    await customElements.whenDefined('samskab-recruitment-banner');
    expect(customElements.get('samskab-entry-point')).to.equal(undefined);
    expect(customElements.get('samskab-offer-list')).to.equal(undefined);
    await waitUntil(() => el.shadowRoot?.querySelector('[part=headline]'), 'the banner did not render');
  });

  it('loads harmlessly a second time (another URL, so the module runs again)', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import(/* @vite-ignore */ `${loader}?again`);
    } finally {
      console.warn = warn;
    }
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('defines elements added later, on demand', async () => {
    const el = document.createElement('samskab-entry-point');
    document.body.append(el);
    await customElements.whenDefined('samskab-entry-point');
    await waitUntil(() => el.shadowRoot?.querySelectorAll('a[part~=door]').length === 3, 'the doors did not render');
    expect(customElements.get('samskab-story-list')).to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });
});
