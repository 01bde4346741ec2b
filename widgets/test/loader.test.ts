/**
 * The built loader (widgets/dist/samskab.js): loading it twice is harmless,
 * and elements are defined on demand, as they appear.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { fromResponses, requests, restoreFetch, stubFetch } from './fetch-stub.js';
import { examples as banner } from '../src/components/recruitment-banner/recruitment-banner.examples.js';
import { examples as entryPoint } from '../src/components/entry-point/entry-point.examples.js';
import { examples as storyCard } from '../src/components/story-card/story-card.examples.js';

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
    await import(/* @vite-ignore */ loader);
    // The campaign is already being fetched while the banner's code loads. Checked before
    // anything else is awaited: the banner's chunks may well arrive during the next fetch.
    const campaignRequests = () => requests.filter((r) => r.url.pathname.endsWith('/campaigns/frivillig-for-fremtiden'));
    expect(customElements.get('samskab-recruitment-banner')).to.equal(undefined);
    expect(campaignRequests().map((r) => r.url.search)).to.deep.equal(['?locale=da']);
    expect(campaignRequests()[0]!.init?.credentials).to.equal('omit');
    // The page does not link samskab.css, so the loader does, once: the pinned copy.
    const manifest = (await (await fetch('/widgets/dist/manifest.json')).json()) as { pinnedStylesheet: string };
    expect(manifest.pinnedStylesheet).to.match(/^samskab-[\w-]{10}\.css$/);
    const links = document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet][href*="/widgets/dist/samskab"]');
    expect([...links].map((l) => new URL(l.href).pathname)).to.deep.equal([`/widgets/dist/${manifest.pinnedStylesheet}`]);
    await customElements.whenDefined('samskab-recruitment-banner');
    expect(customElements.get('samskab-entry-point')).to.equal(undefined);
    expect(customElements.get('samskab-offer-list')).to.equal(undefined);
    await waitUntil(() => el.shadowRoot?.querySelector('[part=headline]'), 'the banner did not render');
    // ...and the banner took that response instead of asking again.
    expect(campaignRequests()).to.have.length(1);
    await waitUntil(() => links[0]!.sheet, 'samskab.css did not load');
    expect(parseFloat(getComputedStyle(el, '::before').paddingTop)).to.be.greaterThan(0);
  });

  it('reserves the space of elements whose code has not loaded yet, unless they are hidden', async () => {
    await waitUntil(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('/widgets/dist/samskab-')), 'samskab.css is not linked');
    const fallback = () => Object.assign(document.createElement('a'), { href: '/tilbud', textContent: 'Se tilbuddene' });
    const box = document.createElement('div');
    box.style.width = '1100px';
    const list = document.createElement('samskab-offer-list');
    const door = document.createElement('samskab-entry-point');
    const hidden = document.createElement('samskab-entry-point');
    hidden.hidden = true;
    list.append(fallback());
    door.append(fallback());
    box.append(list, door, hidden);
    document.body.append(box);
    expect(customElements.get('samskab-offer-list')).to.equal(undefined);
    expect(customElements.get('samskab-entry-point')).to.equal(undefined);
    expect(list.getBoundingClientRect().height).to.equal(28 * 16);
    // The entry point's reserve follows its width: 18rem with the doors side by side.
    expect(door.getBoundingClientRect().height).to.equal(18 * 16);
    expect(hidden.getBoundingClientRect().height).to.equal(0);
    box.remove();
  });

  it("reserves the banner's space by its width, and the banner never shrinks below it", async () => {
    stubFetch(fromResponses(banner.examples[0].responses));
    const at = (width: number, layout?: string) => {
      const box = document.createElement('div');
      box.style.width = `${width}px`;
      const el = document.createElement('samskab-recruitment-banner');
      el.setAttribute('campaign', 'frivillig-for-fremtiden');
      if (layout) el.setAttribute('layout', layout);
      box.append(el);
      document.body.append(box);
      return el;
    };
    const narrow = at(360);
    const wide = at(1100);
    const compact = at(1100, 'compact');
    const hidden = at(1100);
    hidden.hidden = true;
    const height = (el: Element) => el.getBoundingClientRect().height;
    // Before the data is there (samskab.css): photo and text stacked, photo beside the text, compact.
    const reserved = [narrow, wide, compact].map(height);
    expect(reserved[0]).to.be.closeTo(0.5 * 360 + 31 * 16, 2);
    expect(reserved[1]).to.be.closeTo(Math.max(0.341 * 1100 + 28, 27 * 16), 2);
    expect(reserved[2]).to.be.closeTo(15 * 16, 2);
    expect(height(hidden)).to.equal(0);
    await waitUntil(() => [narrow, wide, compact].every((el) => el.shadowRoot?.querySelector('[part=headline]')), 'the banners did not render');
    const rendered = [narrow, wide, compact].map(height);
    rendered.forEach((h, i) => expect(h).to.be.at.least(reserved[i]!));
    // The banner's box fills the element, reserve and all.
    for (const el of [narrow, wide, compact]) {
      expect(el.shadowRoot!.querySelector('[part=base]')!.getBoundingClientRect().height).to.be.closeTo(height(el), 1);
    }
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
    // One request for the entry point: the one the loader started when the first one appeared (same URL).
    expect(requests.filter((r) => r.url.pathname === '/api/widget/v1/entry-point')).to.have.length(1);
    expect(customElements.get('samskab-story-list')).to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });

  it('starts the request of an element added later, in the language of its page', async () => {
    const english = storyCard.examples.find((e) => e.attributes.lang === 'en')!;
    stubFetch(fromResponses(english.responses));
    const section = document.createElement('section');
    section.lang = 'en-GB';
    const card = document.createElement('samskab-story-card');
    card.setAttribute('story', String(english.attributes.story));
    card.setAttribute('api', 'http://127.0.0.1:9');
    section.append(card);
    document.body.append(section);
    const isStory = (r: { url: URL }) => r.url.pathname === `/api/widget/v1/stories/${english.attributes.story}`;
    await waitUntil(() => requests.some(isStory), 'no request for the story');
    expect(requests.find(isStory)!.url.href).to.equal(`http://127.0.0.1:9/api/widget/v1/stories/${english.attributes.story}?locale=en`);
    await waitUntil(() => card.shadowRoot?.querySelector('[part=title]'), 'the card did not render');
    expect(requests.filter(isStory)).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });
});
