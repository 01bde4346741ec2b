import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiClient } from '../../base/api-client.js';
import type { SamskabErrorEvent } from '../../base/events.js';
import { requests, restoreFetch, stubFetch } from '../../../test/fetch-stub.js';
import { createExample, deepActiveElement, renderExample, settled, shadow, testContainer } from '../../../test/render.js';
import './signup-form.js';
import type { SamskabSignupForm, SamskabSignupEvent } from './signup-form.component.js';
import { examples, schemaDa, schemaEn } from './signup-form.examples.js';
import { checkForm, type FormValues, type SignupSchema } from './signup-schema.js';
import { openSignupDialog } from './signup-dialog.js';

const tag = 'samskab-signup-form';
const example = (name: string) => examples.examples.find((e) => e.name === name)!;

interface SharedCase {
  title: string;
  serverOnly?: boolean;
  raw?: string;
  with: Record<string, unknown>;
  errors?: string[];
  value?: Record<string, unknown>;
}

/** The CMS's own files, served by the test server from the repository root. */
async function repoJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json() as Promise<T>;
}

async function loadAxe(): Promise<void> {
  if ((window as unknown as { axe?: unknown }).axe) return;
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
  return result.violations.map((v: { id: string; nodes: { target: unknown }[] }) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** A form answered by the recorded schema (minimum fill time as given) and a POST handler. */
async function form(options: { minFillMs?: number; post?: () => { status?: number; body: unknown }; schema?: SignupSchema; attributes?: Record<string, string> } = {}) {
  const schema = { ...(options.schema ?? schemaDa), minFillMs: options.minFillMs ?? 0 };
  const el = createExample<SamskabSignupForm>(tag, { ...example('Campaign'), attributes: options.attributes ?? example('Campaign').attributes, responses: {} });
  stubFetch((url) => {
    if (url.pathname.endsWith('/signups/schema')) return { body: schema };
    if (url.pathname.endsWith('/signups')) return options.post?.() ?? { status: 201, body: { reference: 'FRV-7K3Q-9M2D' } };
    return undefined;
  });
  const main = document.createElement('main');
  testContainer().append(main);
  main.append(el);
  await settled(el);
  return el;
}

const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;

function fill(el: Element, values: Partial<FormValues>): void {
  for (const [name, value] of Object.entries(values)) {
    if (name === 'availability') {
      const radio = $(el, `input[name=availability][value="${value}"]`);
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    } else if (name === 'consent') {
      const box = $(el, '#consent');
      box.checked = Boolean(value);
      box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    } else {
      const field = $<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`);
      field.value = String(value);
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }
}

const submit = async (el: SamskabSignupForm) => {
  $<HTMLButtonElement>(el, '[part=submit]').click();
  await el.updateComplete;
};
const posts = () => requests.filter((r) => r.init?.method === 'POST');

describe('samskab-signup-form', () => {
  afterEach(() => {
    restoreFetch();
    ApiClient.timeoutMs = 5000;
  });

  it('builds the form from the schema: labels, hints, choices, and the consent text naming who gets the data', async () => {
    const el = await renderExample<SamskabSignupForm>(tag, example('Campaign'));
    const root = shadow(el);
    expect(el.status).to.equal('ready');
    expect(root.querySelector('[part=heading]')!.textContent).to.equal('Meld dig som frivillig');
    expect(root.querySelector('[part=intro]')!.textContent).to.contain('Bliv frivillig for fremtiden');
    expect(root.querySelector('label[for=name]')!.textContent).to.contain('Dit navn');
    expect(root.querySelector('label[for=name]')!.textContent).to.contain('(skal udfyldes)');
    expect($(el, '#name').autocomplete).to.equal('name');
    expect($(el, '#email').type).to.equal('email');
    expect($(el, '#phone').autocomplete).to.equal('tel');
    expect([...root.querySelectorAll<HTMLInputElement>('input[name=availability]')].map((r) => r.value)).to.deep.equal(['episodic', 'regular', 'either']);
    expect(root.querySelector('label[for=availability-regular]')!.textContent).to.equal('Fast, fx hver uge');
    const consent = root.querySelector('[part=consent]')!.textContent!;
    expect(consent).to.contain('Hvem får dine oplysninger?');
    expect(consent).to.contain('Tranbjerg Skole');
    expect(consent).to.contain('180 dage');
    expect($(el, '#consent').getAttribute('aria-describedby')).to.contain('consent-text');
    const [{ url, init }] = requests;
    expect(url.pathname).to.equal('/api/widget/v1/signups/schema');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ campaign: 'frivillig-for-fremtiden', organisation: 'tranbjerg-skole', locale: 'da' });
    expect(init?.credentials).to.equal('omit');
  });

  it('keeps the honeypot away from people: hidden from screen readers and out of the tab order', async () => {
    const el = await form();
    const trap = $(el, 'input[name=hp_website]');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden=true]')).to.not.equal(null);
    expect(trap.autocomplete).to.equal('off');
    const rect = trap.getBoundingClientRect();
    expect(rect.right < 0 || rect.width <= 1).to.equal(true);
  });

  it('applies the same rules as the server (the shared case table)', async () => {
    const [table, json] = await Promise.all([
      repoJson<{ base: FormValues; cases: SharedCase[] }>('/cms/tests/signup-cases.json'),
      repoJson<{ fields: SignupSchema['fields']; atLeastOne: SignupSchema['atLeastOne']; texts: { da: Record<string, string> } }>('/cms/src/api/signup/form/signup-form.json'),
    ]);
    const schema: SignupSchema = { ...schemaDa, fields: json.fields, atLeastOne: json.atLeastOne, texts: json.texts.da };
    const browserCases = table.cases.filter((c) => !c.serverOnly);
    expect(browserCases.length).to.be.greaterThan(30);
    for (const c of browserCases) {
      const values = { ...table.base } as Record<string, unknown>;
      for (const [key, value] of Object.entries(c.with)) values[key] = value === null ? '' : value;
      const checked = checkForm(values as unknown as FormValues, schema);
      expect([...checked.errors.keys()], c.title).to.deep.equal(c.errors ?? []);
      for (const [key, value] of Object.entries(c.value ?? {})) expect((checked.value as Record<string, unknown>)[key], `${c.title}: ${key}`).to.equal(value);
    }
  });

  it('is built from the schema that the CMS serves (the recorded examples are current)', async () => {
    const json = await repoJson<{ honeypot: string; fields: unknown; atLeastOne: unknown; texts: { da: unknown; en: unknown } }>('/cms/src/api/signup/form/signup-form.json');
    expect(schemaDa.fields).to.deep.equal(json.fields);
    expect(schemaDa.atLeastOne).to.deep.equal(json.atLeastOne);
    expect(schemaDa.honeypot).to.equal(json.honeypot);
    expect(schemaDa.texts).to.deep.equal(json.texts.da);
    expect(schemaEn.texts).to.deep.equal(json.texts.en);
  });

  it('shows every error at its field, lists them, announces how many and moves focus to the first', async () => {
    const el = await form();
    fill(el, { email: 'anna(at)example.dk' });
    await submit(el);
    const root = shadow(el);
    expect(posts()).to.have.length(0);
    expect(deepActiveElement()).to.equal($(el, '#name'));
    expect($(el, '#name').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#name').getAttribute('aria-describedby')).to.contain('name-error');
    expect(root.querySelector('#name-error')!.textContent).to.contain('Skriv dit navn.');
    expect(root.querySelector('#email-error')!.textContent).to.contain('Skriv en e-mailadresse som navn@eksempel.dk.');
    expect(root.querySelector('#availability-error')!.textContent).to.contain('Vælg hvornår du kan hjælpe.');
    expect(root.querySelector('#consent-error')!.textContent).to.contain('Sæt kryds');
    expect([...root.querySelectorAll('[part=error-summary] li')].map((li) => li.textContent!.trim())).to.have.length(4);
    expect(root.querySelector('[role=status]')!.textContent).to.equal('Der er 4 ting, du skal rette, før du kan sende.');
    expect(await axe(el)).to.deep.equal([]);

    // Each fix is confirmed as it is made; the summary's links move to their field.
    fill(el, { name: 'Anna Jensen' });
    await el.updateComplete;
    expect(root.querySelector('#name-error')).to.equal(null);
    expect($(el, '#name').getAttribute('aria-invalid')).to.equal('false');
    root.querySelector<HTMLButtonElement>('[part=error-summary] li button')!.click();
    expect(deepActiveElement()).to.equal($(el, '#email'));
  });

  it('asks for an email or a phone number, and takes either', async () => {
    const el = await form();
    fill(el, { name: 'Anna', availability: 'regular', consent: true });
    await submit(el);
    expect(shadow(el).querySelector('#email-error')!.textContent).to.contain('Skriv din e-mail eller dit telefonnummer');
    fill(el, { phone: '12 34 56 78' });
    await el.updateComplete;
    expect(shadow(el).querySelector('#email-error')).to.equal(null);
  });

  it('sends a valid sign-up once, with the consent version, source and timing, and thanks with the reference', async () => {
    const el = await form();
    const signups: SamskabSignupEvent[] = [];
    el.addEventListener('samskab-signup', (e) => signups.push(e));
    fill(el, { name: '  Anna   Jensen ', email: 'Anna@Example.DK', availability: 'episodic', message: 'Tirsdage passer mig.', consent: true });
    await submit(el);
    await waitUntil(() => shadow(el).querySelector('[part=success]'), 'no thank-you');
    expect(posts()).to.have.length(1);
    const [{ url, init }] = posts();
    expect(url.pathname).to.equal('/api/widget/v1/signups');
    expect(init!.credentials).to.equal('omit');
    expect((init!.headers as Record<string, string>)['content-type']).to.equal('application/json');
    const body = JSON.parse(String(init!.body));
    expect(body).to.deep.include({
      name: 'Anna Jensen',
      email: 'Anna@example.dk',
      phone: null,
      availability: 'episodic',
      message: 'Tirsdage passer mig.',
      consent: true,
      consentVersion: schemaDa.consent.version,
      campaign: 'frivillig-for-fremtiden',
      organisation: 'tranbjerg-skole',
      locale: 'da',
      sourceOrigin: location.origin,
    });
    expect(body.elapsedMs).to.be.a('number');
    expect(body).to.not.have.property('hp_website');
    const success = $<HTMLElement>(el, '[part=success]');
    expect(deepActiveElement()).to.equal(success);
    expect($(el, '[part=reference]').textContent).to.equal('FRV-7K3Q-9M2D');
    expect(success.textContent).to.contain('Tranbjerg Skole kontakter dig snart.');
    expect(signups).to.have.length(1);
    expect(signups[0].detail).to.deep.equal({ reference: 'FRV-7K3Q-9M2D', campaign: 'frivillig-for-fremtiden', opportunity: null, organisation: 'tranbjerg-skole' });
    expect(signups[0].composed && signups[0].bubbles).to.equal(true);
    expect(await axe(el)).to.deep.equal([]);
  });

  it('waits out the minimum fill time before sending', async () => {
    const el = await form({ minFillMs: 400 });
    fill(el, { name: 'Anna', phone: '12345678', availability: 'either', consent: true });
    const started = performance.now();
    await submit(el);
    expect($(el, '[part=submit]').getAttribute('aria-disabled')).to.equal('true');
    expect(shadow(el).querySelector('[role=status]')!.textContent).to.contain('Sender');
    await waitUntil(() => posts().length === 1, 'not sent', { timeout: 3000 });
    expect(performance.now() - started).to.be.greaterThan(300);
    expect(JSON.parse(String(posts()[0].init!.body)).elapsedMs).to.be.at.least(400);
  });

  it('shows the server’s field errors at their fields', async () => {
    const el = await form({
      post: () => ({
        status: 400,
        body: { error: { status: 400, code: 'invalid_signup', parameter: 'email', message: 'x', fields: [{ parameter: 'email', code: 'invalid', message: 'Serveren siger: ret e-mailen.' }] } },
      }),
    });
    fill(el, { name: 'Anna', email: 'anna@example.dk', availability: 'either', consent: true });
    await submit(el);
    await waitUntil(() => shadow(el).querySelector('#email-error'), 'no field error');
    expect(shadow(el).querySelector('#email-error')!.textContent).to.contain('Serveren siger: ret e-mailen.');
    expect(deepActiveElement()).to.equal($(el, '#email'));
    expect($(el, '#name').value).to.equal('Anna');
  });

  it('says clearly when there were too many sign-ups, or the network failed, and keeps what was typed', async () => {
    const errors: SamskabErrorEvent[] = [];
    let answer: { status?: number; body: unknown } = { status: 429, body: { error: { status: 429, code: 'rate_limited', message: 'Der er kommet for mange tilmeldinger fra dit netværk lige nu. Prøv igen om 10 minutter.' } } };
    const el = await form({ post: () => answer });
    el.addEventListener('samskab-error', (e) => errors.push(e));
    fill(el, { name: 'Anna', phone: '12345678', availability: 'either', consent: true });
    await submit(el);
    await waitUntil(() => shadow(el).querySelector('[part=form-error]'), 'no form error');
    expect(shadow(el).querySelector('[part=form-error]')!.textContent).to.contain('Prøv igen om 10 minutter');
    expect(deepActiveElement()).to.equal(shadow(el).querySelector('[part=form-error]'));
    expect(errors[0].detail).to.include({ widget: tag, status: 429 });
    expect(el.status).to.equal('ready');

    answer = { status: 500, body: { error: { status: 500, message: 'Internal Server Error' } } };
    await submit(el);
    await waitUntil(() => shadow(el).querySelector('[part=form-error]')?.textContent?.includes('Noget gik galt'), 'no server error');

    restoreFetch();
    globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await submit(el);
      await waitUntil(() => shadow(el).querySelector('[part=form-error]')?.textContent?.includes('internetforbindelse'), 'no network error');
    } finally {
      restoreFetch();
    }
    expect($(el, '#name').value).to.equal('Anna');
    expect($(el, '#consent').checked).to.equal(true);
  });

  it('can be filled in and sent by keyboard alone, with a visible focus', async () => {
    const el = await form();
    $(el, '#name').focus();
    await sendKeys({ type: 'Anna Jensen' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#email'));
    expect(getComputedStyle(deepActiveElement()!).outlineStyle).to.equal('solid');
    await sendKeys({ type: 'anna@example.dk' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#phone'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#availability-episodic'));
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal($(el, '#availability-regular'));
    expect($(el, '#availability-regular').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#message'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#consent'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    // The honeypot is skipped: the next stop is the send button.
    expect(deepActiveElement()).to.equal($(el, '[part=submit]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => posts().length === 1, 'not sent');
    const body = JSON.parse(String(posts()[0].init!.body));
    expect(body).to.deep.include({ name: 'Anna Jensen', email: 'anna@example.dk', availability: 'regular', consent: true });
  });

  it('speaks English and sends for a task', async () => {
    const el = await renderExample<SamskabSignupForm>(tag, example('English'));
    expect(shadow(el).querySelector('[part=heading]')!.textContent).to.equal('Sign up as a volunteer');
    expect(shadow(el).querySelector('label[for=name]')!.textContent).to.contain('Your name');
    expect(shadow(el).querySelector('[part=consent]')!.textContent).to.contain('Who gets your details?');
    expect(requests[0].url.searchParams.get('locale')).to.equal('en');

    restoreFetch();
    const task = await renderExample<SamskabSignupForm>(tag, example('Task'));
    expect(shadow(task).querySelector('[part=heading]')!.tagName).to.equal('H3');
    expect(shadow(task).querySelector('.consent-title')!.tagName).to.equal('H4');
    expect(requests[0].url.searchParams.get('opportunity')).to.equal('baal-i-skoven-stavtrup');
  });

  it('opens in an accessible modal dialog (the banner’s), named, with a close button, and closes back to its opener', async () => {
    stubFetch((url) => (url.pathname.endsWith('/signups/schema') ? { body: schemaDa } : undefined));
    const host = testContainer();
    const opener = document.createElement('button');
    opener.textContent = 'Meld dig';
    host.append(opener);
    opener.focus();
    const root = host.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const dialogEl = openSignupDialog(root, { campaign: 'frivillig-for-fremtiden', organisation: 'tranbjerg-skole', api: location.origin, label: 'Bliv frivillig', fallbackText: 'Meld dig som frivillig', opener });
    await dialogEl.updateComplete;
    const dialog = dialogEl.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.getAttribute('aria-label')).to.equal('Bliv frivillig');
    expect(dialogEl.getAttribute('exportparts')).to.equal('dialog, dialog-close');
    const inner = dialog.querySelector('samskab-signup-form') as SamskabSignupForm;
    await settled(inner);
    expect(inner.status).to.equal('ready');
    expect(await axe(dialogEl)).to.deep.equal([]);
    dialog.querySelector<HTMLButtonElement>('[part=dialog-close]')!.click();
    expect(dialogEl.isConnected).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('keeps its fallback when the schema cannot be loaded', async () => {
    const ex = example('API unavailable');
    const el = createExample<SamskabSignupForm>(tag, ex);
    const errors: SamskabErrorEvent[] = [];
    el.addEventListener('samskab-error', (e) => errors.push(e));
    testContainer().append(el);
    await settled(el);
    expect(el.status).to.equal('error');
    expect(errors[0].detail).to.include({ widget: tag, status: 503 });
    expect(shadow(el).querySelector('slot')!.assignedElements()[0].textContent).to.contain('Meld dig som frivillig');
  });
});
