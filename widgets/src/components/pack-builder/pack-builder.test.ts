import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import type { SamskabErrorEvent } from '../../base/events.js';
import { restoreFetch } from '../../../test/fetch-stub.js';
import { deepActiveElement, settled, shadow, testContainer } from '../../../test/render.js';
import './pack-builder.js';
import { SamskabPackBuilder } from './pack-builder.component.js';
import { examples, stubPackApi, type PackApiAnswer, type PackBuilderExample } from './pack-builder.examples.js';

const tag = 'samskab-pack-builder';
const example = (name: string) => examples.examples.find((e) => e.name === name)!;
type Seen = { method: string; path: string; url: URL; init?: RequestInit; body: any }[];

let unstub: (() => void) | null = null;

/** Renders an example with its pack API answers and its session. */
async function renderBuilder(ex: PackBuilderExample, answers: Record<string, PackApiAnswer> = ex.packApi, seen: Seen = []) {
  unstub?.();
  unstub = stubPackApi(answers, seen);
  const el = document.createElement(tag) as SamskabPackBuilder;
  for (const [name, value] of Object.entries(ex.attributes)) if (typeof value === 'string') el.setAttribute(name, value);
  if (ex.fallback) render(ex.fallback, el);
  el.session = ex.session;
  const main = document.createElement('main');
  testContainer().append(main);
  main.append(el);
  await settled(el);
  return { el, root: shadow(el), seen };
}

async function loadAxe(): Promise<void> {
  if ((window as any).axe) return;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core could not be loaded'));
    document.head.append(script);
  });
}

async function axe(el: Element): Promise<string[]> {
  await loadAxe();
  const result = await (window as any).axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
  return result.violations.map((v: any) => `${v.id}: ${v.help} ${v.nodes.map((n: any) => JSON.stringify(n.target)).join(' ')}`);
}

const tab = async (times = 1) => {
  for (let i = 0; i < times; i += 1) await sendKeys({ press: 'Tab' });
};
const focused = () => deepActiveElement() as HTMLElement | null;
async function tabTo(predicate: (el: HTMLElement) => boolean, max = 30) {
  for (let i = 0; i < max; i += 1) {
    await tab();
    const el = focused();
    if (el && predicate(el)) return el;
  }
  throw new Error('could not reach the element by Tab');
}

/** Moves through the steps to the texts by keyboard only. */
async function toTexts(el: SamskabPackBuilder, root: ShadowRoot) {
  const first = await tabTo((e) => e.getAttribute('name') === 'campaign');
  await sendKeys({ press: 'Space' });
  expect((first as HTMLInputElement).checked).to.equal(true);
  await tabTo((e) => e.textContent?.trim() === 'Næste');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => root.querySelector('input[name=photo]'), 'photo step did not show');
  await el.updateComplete;
  expect(focused()?.id).to.equal('step-heading');
  await tabTo((e) => e.getAttribute('name') === 'photo');
  await sendKeys({ press: 'Space' });
  await tabTo((e) => e.textContent?.trim() === 'Næste');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => root.querySelectorAll('[part=preview] img').length === 6, 'previews did not show');
}

describe('samskab-pack-builder', () => {
  afterEach(() => {
    unstub?.();
    unstub = null;
    restoreFetch();
    SamskabPackBuilder.previewDelayMs = 450;
  });

  it('walks through campaign, photo and texts by keyboard, previews every piece, and hands over the pack', async () => {
    SamskabPackBuilder.previewDelayMs = 10;
    const seen: Seen = [];
    let release: () => void = () => {};
    const answers = { ...example('Choose a campaign').packApi };
    const made = answers['POST /packs'] as { status: number; body: unknown };
    answers['POST /packs'] = () => made;
    const { el, root } = await renderBuilder(example('Choose a campaign'), answers, seen);
    expect(el.status).to.equal('ready');
    expect(root.querySelector('h2')!.textContent).to.equal('Lav materialer til Stavtrup Dagtilbud');
    expect(root.querySelector('[aria-current=step]')!.textContent).to.equal('Kampagne');

    await toTexts(el, root);
    expect(root.querySelector('[aria-current=step]')!.textContent).to.equal('Tekster');
    const imgs = [...root.querySelectorAll<HTMLImageElement>('[part=preview] img')];
    expect(imgs.map((i) => i.alt)).to.include('Forhåndsvisning: Plakat A3');
    const headline = root.querySelector<HTMLInputElement>('#field-headline')!;
    expect(headline.value).to.equal('Bliv frivillig hos os');

    // Typing updates the preview with the new text.
    headline.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '!' });
    await waitUntil(() => seen.some((r) => r.path === '/preview' && r.body.texts.headline === 'Bliv frivillig hos os!'), 'no preview for the new text');

    // Making the pack shows progress until the server answers.
    const gate = new Promise<void>((resolve) => (release = resolve));
    unstub!();
    unstub = stubPackApi({ ...answers, 'POST /packs': made }, seen);
    const originalFetch = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('/portal/packs') && init?.method === 'POST') await gate;
      return originalFetch(input, init);
    }) as typeof fetch;
    const events: CustomEvent[] = [];
    el.addEventListener('samskab-pack-made', (e) => events.push(e as CustomEvent));
    await tabTo((e) => e.textContent?.trim() === 'Lav pakken');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[part=progress] progress'), 'no progress shown');
    expect(root.querySelector('[part=progress]')!.getAttribute('role')).to.equal('status');
    expect(root.querySelector('[part=progress]')!.textContent).to.contain('Pakken laves');
    release();
    await waitUntil(() => root.querySelector('[part=download]'), 'no download');
    globalThis.fetch = originalFetch;
    const link = root.querySelector<HTMLAnchorElement>('[part=download]')!;
    expect(link.href).to.match(/^blob:/);
    expect(link.getAttribute('download')).to.equal('samskab-stavtrup-dagtilbud-frivillig-for-fremtiden-2026-11-23.zip');
    expect(link.textContent).to.contain('Hent pakken');
    await el.updateComplete;
    expect(focused()?.id).to.equal('made');
    expect(events).to.have.length(1);
    expect(events[0].detail.id).to.equal('pk1abcdefghij');
    const blob = await (await fetch(link.href)).arrayBuffer();
    expect(new Uint8Array(blob)[0]).to.equal(0x50);

    // Every pack API request carried the login, to the API origin only, without cookies.
    const api = seen.filter((r) => r.path.length);
    expect(api.map((r) => `${r.method} ${r.path}`)).to.include.members(['GET /options', 'GET /photos', 'POST /preview', 'POST /packs', 'GET /packs/pk1abcdefghij/download']);
    for (const r of api) {
      expect(r.url.origin).to.equal(location.origin);
      expect((r.init?.headers as Record<string, string>).authorization).to.equal('Bearer example-jwt');
      expect(r.init?.credentials).to.equal('omit');
    }
    const make = seen.find((r) => r.method === 'POST' && r.path === '/packs')!;
    expect(make.body).to.deep.include({ campaign: 'frivillig-for-fremtiden', photo: 'p1baal' });
    expect(make.body.texts.headline).to.equal('Bliv frivillig hos os!');
  });

  it('shows a text that does not fit next to its field, with how many characters fit, and will not make the pack', async () => {
    SamskabPackBuilder.previewDelayMs = 10;
    const seen: Seen = [];
    const { el, root } = await renderBuilder(example('Choose a campaign'), undefined, seen);
    await toTexts(el, root);
    const headline = root.querySelector<HTMLInputElement>('#field-headline')!;
    headline.value = 'Vi søger frivillige til højtlæsning, bål og ture i skoven';
    headline.dispatchEvent(new Event('input'));
    await waitUntil(() => root.querySelector('#field-headline-error'), 'no error shown');
    const error = root.querySelector('#field-headline-error')!;
    expect(error.textContent).to.contain('der er plads til 40 tegn');
    expect(headline.getAttribute('aria-invalid')).to.equal('true');
    expect(headline.getAttribute('aria-describedby')).to.contain('field-headline-error');
    expect(await axe(el)).to.deep.equal([]);

    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('Ret fejlene');
    expect(focused()?.id).to.equal('field-headline');
    expect(seen.some((r) => r.method === 'POST' && r.path === '/packs')).to.equal(false);
  });

  it('lists the photos it may not use, with the reason', async () => {
    const { el, root } = await renderBuilder(example('English'));
    // One campaign: it is chosen already.
    expect(root.querySelector<HTMLInputElement>('input[name=campaign]')!.checked).to.equal(true);
    expect(root.querySelector('h2')!.textContent).to.equal('Make materials for Stavtrup Dagtilbud');
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => root.querySelector('details'), 'photo step did not show');
    await el.updateComplete;
    expect(root.querySelector('summary')!.textContent).to.equal('1 photos cannot be used');
    expect(root.querySelector('details li')!.textContent).to.contain('trukket sit samtykke tilbage');
    expect(root.querySelectorAll('input[name=photo]')).to.have.length(2);
    expect(await axe(el)).to.deep.equal([]);
  });

  it('keeps its fallback until somebody is logged in, then loads', async () => {
    const { el } = await renderBuilder(example('Not logged in'));
    expect(el.status).to.equal('error');
    const slot = shadow(el).querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.contain('Log ind i portalen');
    el.session = { jwt: 'example-jwt' };
    await waitUntil(() => el.status === 'ready', 'did not load after login');
  });

  it('keeps its fallback and fires samskab-error when the pack API fails', async () => {
    const ex = example('Pack API unavailable');
    unstub = stubPackApi(ex.packApi);
    const el = document.createElement(tag) as SamskabPackBuilder;
    render(ex.fallback!, el);
    el.session = ex.session;
    const errors: SamskabErrorEvent[] = [];
    el.addEventListener('samskab-error', (e) => errors.push(e));
    testContainer().append(el);
    await settled(el);
    expect(el.status).to.equal('error');
    expect(errors).to.have.length(1);
    expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
  });

  for (const ex of examples.examples) {
    it(`has no axe violations: ${ex.name}`, async () => {
      document.documentElement.lang = 'da';
      const { el } = await renderBuilder(ex);
      expect(await axe(el)).to.deep.equal([]);
    });
  }

  it('has no axe violations on the texts step and when the pack is made, and shows focus', async () => {
    SamskabPackBuilder.previewDelayMs = 10;
    const { el, root } = await renderBuilder(example('Choose a campaign'));
    await toTexts(el, root);
    expect(await axe(el)).to.deep.equal([]);
    await tabTo((e) => e.id === 'field-name');
    expect(getComputedStyle(focused()!).outlineStyle).to.equal('solid');
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => root.querySelector('[part=download]'), 'no download');
    expect(await axe(el)).to.deep.equal([]);
    await tabTo((e) => e.getAttribute('part') === 'download');
    expect(getComputedStyle(focused()!).outlineStyle).to.equal('solid');
  });
});
