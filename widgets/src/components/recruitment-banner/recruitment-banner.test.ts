import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ApiClient } from '../../base/api-client.js';
import type { SamskabErrorEvent, SamskabSignupRequestEvent } from '../../base/events.js';
import { fromResponses, requests, restoreFetch, stubFetch } from '../../../test/fetch-stub.js';
import { createExample, deepActiveElement, renderExample, settled, shadow, testContainer } from '../../../test/render.js';
import './recruitment-banner.js';
import type { SamskabRecruitmentBanner } from './recruitment-banner.component.js';
import { examples } from './recruitment-banner.examples.js';
import { campaignDa, campaignEn, campaignLinkDa } from '../../../test/fixtures/api.js';
import type { SamskabSignupForm } from '../signup-form/signup-form.component.js';
import { schemaDa } from '../signup-form/signup-form.examples.js';

const tag = 'samskab-recruitment-banner';
const example = (name: string) => examples.examples.find((e) => e.name === name)!;
/** The sign-up dialog the banner opened, inside its shadow root. */
const signupDialog = (el: Element) => shadow(el).querySelector('samskab-signup-dialog')?.shadowRoot?.querySelector('dialog') ?? null;

describe('samskab-recruitment-banner', () => {
  afterEach(() => {
    restoreFetch();
    ApiClient.timeoutMs = 5000;
  });

  it('renders the campaign: headline, pitch, photo with alt and credit, and the sign-up call to action', async () => {
    const el = await renderExample<SamskabRecruitmentBanner>(tag, example('Wide'));
    const root = shadow(el);
    expect(el.status).to.equal('ready');
    expect(root.querySelector('[part=headline]')!.tagName).to.equal('H2');
    expect(root.querySelector('[part=headline]')!.textContent).to.equal(campaignDa.headline);
    expect(root.querySelector('[part=pitch]')!.textContent).to.equal(campaignDa.pitch);
    expect(root.querySelector('[part=eyebrow]')!.textContent).to.equal('Tranbjerg Skole søger frivillige');
    const img = root.querySelector('img')!;
    expect(img.alt).to.contain('frivillig');
    expect(img.getAttribute('width')).to.equal(String(campaignDa.photo!.width));
    expect(root.querySelector('[part=credit]')!.textContent).to.equal(`Foto: ${campaignDa.photo!.credit}`);
    const cta = root.querySelector<HTMLAnchorElement>('[part=cta]')!;
    const href = new URL(cta.href);
    expect(href.origin).to.equal(location.origin);
    expect(href.pathname).to.equal('/embed/signup-form');
    expect(href.searchParams.get('campaign')).to.equal('frivillig-for-fremtiden');
    expect(href.searchParams.get('organisation')).to.equal('tranbjerg-skole');
    // Light-DOM fallback is no longer slotted.
    expect(root.querySelector('slot')).to.equal(null);
  });

  it('asks the API once, on its own origin, without credentials', async () => {
    await renderExample(tag, example('Wide'));
    expect(requests).to.have.length(1);
    const [{ url, init }] = requests;
    expect(url.origin).to.equal(location.origin);
    expect(url.pathname).to.equal('/api/widget/v1/campaigns/frivillig-for-fremtiden');
    expect(url.searchParams.get('locale')).to.equal('da');
    expect(init?.credentials).to.equal('omit');
    expect(init?.mode).to.equal('cors');
    expect(init?.signal).to.be.instanceOf(AbortSignal);
  });

  it('uses the api attribute, then <meta name="samskab-api">, for the API origin', async () => {
    const meta = document.createElement('meta');
    meta.name = 'samskab-api';
    meta.content = 'https://cms.example.dk/some/path';
    document.head.append(meta);
    try {
      const el = createExample<SamskabRecruitmentBanner>(tag, example('Wide'));
      testContainer().append(el);
      await settled(el);
      expect(requests[0].url.origin).to.equal('https://cms.example.dk');
      el.setAttribute('api', 'https://api.example.org');
      await el.updateComplete;
      await settled(el);
      expect(requests.at(-1)!.url.origin).to.equal('https://api.example.org');
    } finally {
      meta.remove();
    }
  });

  it('fires a cancelable samskab-signup-request; if nobody prevents it, the banner opens the sign-up form instead of navigating', async () => {
    const el = await renderExample<SamskabRecruitmentBanner>(tag, example('Wide'));
    stubFetch(fromResponses({ '/signups/schema': { body: schemaDa } }));
    const cta = shadow(el).querySelector<HTMLAnchorElement>('[part=cta]')!;
    const seen: SamskabSignupRequestEvent[] = [];
    let navigationPrevented: boolean | null = null;
    const onClick = (e: Event) => {
      navigationPrevented = e.defaultPrevented;
      e.preventDefault(); // keep the test page
    };
    document.addEventListener('click', onClick);
    const onSignup = (e: SamskabSignupRequestEvent) => seen.push(e);
    document.addEventListener('samskab-signup-request', onSignup);
    try {
      el.addEventListener('samskab-signup-request', (e) => e.preventDefault(), { once: true });
      cta.click();
      expect(seen).to.have.length(1);
      expect(seen[0].detail).to.deep.equal({ campaign: 'frivillig-for-fremtiden', organisation: 'tranbjerg-skole' });
      expect(seen[0].composed && seen[0].bubbles && seen[0].cancelable).to.equal(true);
      expect(navigationPrevented).to.equal(true);
      await el.updateComplete;
      expect(signupDialog(el)).to.equal(null);

      cta.click();
      expect(seen).to.have.length(2);
      expect(navigationPrevented).to.equal(true);
      await waitUntil(() => signupDialog(el)?.open, 'the dialog did not open');
      const form = signupDialog(el)!.querySelector('samskab-signup-form') as SamskabSignupForm;
      expect(form.getAttribute('campaign')).to.equal('frivillig-for-fremtiden');
      expect(form.getAttribute('organisation')).to.equal('tranbjerg-skole');
      await settled(form);
      expect(form.status).to.equal('ready');
    } finally {
      document.removeEventListener('click', onClick);
      document.removeEventListener('samskab-signup-request', onSignup);
    }
  });

  it('opens the form in a modal dialog by keyboard, and Escape returns focus to the call to action', async () => {
    const el = await renderExample<SamskabRecruitmentBanner>(tag, example('Wide'));
    stubFetch(fromResponses({ '/signups/schema': { body: schemaDa } }));
    const cta = shadow(el).querySelector<HTMLAnchorElement>('[part=cta]')!;
    cta.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => signupDialog(el)?.open, 'the dialog did not open');
    const dialog = signupDialog(el)!;
    expect(dialog.getAttribute('aria-label')).to.equal(campaignDa.headline);
    expect(dialog.contains(deepActiveElement()) || dialog.querySelector('samskab-signup-form')!.shadowRoot!.contains(deepActiveElement())).to.equal(true);
    expect(dialog.querySelector('[part=dialog-close]')!.textContent!.trim()).to.equal('Luk');
    await settled(dialog.querySelector('samskab-signup-form') as SamskabSignupForm);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(signupDialog(el)).to.equal(null);
    expect(deepActiveElement()).to.equal(cta);
    // The close button does the same.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => signupDialog(el)?.open, 'the dialog did not open again');
    signupDialog(el)!.querySelector<HTMLButtonElement>('[part=dialog-close]')!.click();
    await el.updateComplete;
    expect(signupDialog(el)).to.equal(null);
    expect(deepActiveElement()).to.equal(cta);
  });

  it('links straight to an external call to action', async () => {
    const el = await renderExample<SamskabRecruitmentBanner>(tag, example('External link'));
    const cta = shadow(el).querySelector<HTMLAnchorElement>('[part=cta]')!;
    expect(cta.href).to.equal(campaignLinkDa.cta.url);
  });

  it('keeps the fallback and fires samskab-error when the API fails', async () => {
    const ex = example('API unavailable');
    const el = createExample<SamskabRecruitmentBanner>(tag, ex);
    const errors: SamskabErrorEvent[] = [];
    el.addEventListener('samskab-error', (e) => errors.push(e));
    testContainer().append(el);
    await settled(el);
    expect(el.status).to.equal('error');
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.include({ widget: tag, status: 503, code: 'unavailable' });
    const slot = shadow(el).querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.contain('Bliv frivillig');
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('keeps the fallback when the API does not answer in time', async () => {
    ApiClient.timeoutMs = 60;
    const ex = { ...example('Wide'), responses: { '/campaigns/frivillig-for-fremtiden': { body: null, hang: true } } };
    const el = createExample<SamskabRecruitmentBanner>(tag, ex);
    const errors: SamskabErrorEvent[] = [];
    el.addEventListener('samskab-error', (e) => errors.push(e));
    testContainer().append(el);
    await settled(el);
    expect(errors[0].detail.code).to.equal('timeout');
    expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
  });

  it('shows a message when it fails without fallback content', async () => {
    const ex = { ...example('API unavailable'), fallback: undefined };
    const el = await renderExample<SamskabRecruitmentBanner>(tag, ex);
    expect(shadow(el).querySelector('[part=error]')!.textContent).to.contain('kunne ikke hentes');
  });

  it('speaks English with lang="en", on the element or on an ancestor', async () => {
    const el = await renderExample<SamskabRecruitmentBanner>(tag, example('English'));
    expect(requests[0].url.searchParams.get('locale')).to.equal('en');
    expect(shadow(el).querySelector('[part=headline]')!.textContent).to.equal(campaignEn.headline);
    expect(shadow(el).querySelector('[part=credit]')!.textContent).to.match(/^Photo: /);

    restoreFetch();
    const wrapper = testContainer();
    wrapper.lang = 'en-GB';
    const ex = { ...example('English'), attributes: { campaign: 'frivillig-for-fremtiden' } };
    await renderExample(tag, ex, wrapper);
    expect(requests[0].url.searchParams.get('locale')).to.equal('en');
  });

  it('is themed by --samskab-* tokens and ::part()', async () => {
    const el = await renderExample<SamskabRecruitmentBanner>(tag, example('Wide'));
    const root = shadow(el);
    const cta = root.querySelector('[part=cta]')!;
    el.style.setProperty('--samskab-transition', '0s');
    expect(getComputedStyle(cta).backgroundColor).to.equal('rgb(0, 90, 140)');
    el.style.setProperty('--samskab-color-primary', 'rgb(1, 2, 3)');
    expect(getComputedStyle(cta).backgroundColor).to.equal('rgb(1, 2, 3)');
    const style = document.createElement('style');
    style.textContent = 'samskab-recruitment-banner::part(headline) { letter-spacing: 3px; }';
    document.head.append(style);
    expect(getComputedStyle(root.querySelector('[part=headline]')!).letterSpacing).to.equal('3px');
    style.remove();
  });

  it('respects prefers-reduced-motion', async () => {
    const el = await renderExample<SamskabRecruitmentBanner>(tag, example('Wide'));
    const cta = shadow(el).querySelector('[part=cta]')!;
    expect(getComputedStyle(cta).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(cta).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('is not styled by the host page, and reserves its space before loading', async () => {
    const style = document.createElement('style');
    style.textContent = 'h2 { color: rgb(255, 0, 0) !important; font-size: 5px !important; } a { display: none !important; }';
    document.head.append(style);
    try {
      const el = await renderExample<SamskabRecruitmentBanner>(tag, example('Wide'));
      const headline = shadow(el).querySelector('[part=headline]')!;
      expect(getComputedStyle(headline).color).to.not.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(shadow(el).querySelector('[part=cta]')!).display).to.not.equal('none');
    } finally {
      style.remove();
    }
    restoreFetch();
    const pending = createExample(tag, { ...example('Wide'), responses: { '/campaigns/frivillig-for-fremtiden': { body: null, hang: true } } });
    testContainer().append(pending);
    await pending.updateComplete;
    expect(pending.getBoundingClientRect().height).to.be.greaterThan(200);
  });

  it('can be reached and used by keyboard', async () => {
    const container = testContainer();
    const before = document.createElement('button');
    before.textContent = 'before';
    container.append(before);
    const el = await renderExample<SamskabRecruitmentBanner>(tag, example('Wide'), container);
    const seen: Event[] = [];
    const stop = (e: Event) => e.preventDefault();
    el.addEventListener('samskab-signup-request', (e) => {
      seen.push(e);
      e.preventDefault();
    });
    document.addEventListener('click', stop);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.getAttribute('part')).to.equal('cta');
      expect(getComputedStyle(deepActiveElement()!).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      expect(seen).to.have.length(1);
    } finally {
      document.removeEventListener('click', stop);
    }
  });
});
