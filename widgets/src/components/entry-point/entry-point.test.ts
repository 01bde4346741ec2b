import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiClient } from '../../base/api-client.js';
import type { SamskabErrorEvent } from '../../base/events.js';
import { requests, restoreFetch } from '../../../test/fetch-stub.js';
import { createExample, deepActiveElement, renderExample, settled, shadow, testContainer } from '../../../test/render.js';
import './entry-point.js';
import type { SamskabEntryPoint } from './entry-point.component.js';
import { examples } from './entry-point.examples.js';
import { entryPointDa, entryPointEn } from '../../../test/fixtures/api.js';

const tag = 'samskab-entry-point';
const example = (name: string) => examples.examples.find((e) => e.name === name)!;

describe('samskab-entry-point', () => {
  afterEach(() => {
    restoreFetch();
    ApiClient.timeoutMs = 5000;
  });

  it('renders the heading, the intro and the three doors as links', async () => {
    const el = await renderExample<SamskabEntryPoint>(tag, example('Front page'));
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent).to.equal(entryPointDa.heading);
    const doors = [...root.querySelectorAll<HTMLAnchorElement>('a[part~=door]')];
    expect(doors.map((d) => d.getAttribute('part'))).to.deep.equal(['door door-volunteer', 'door door-help', 'door door-idea']);
    expect(doors[1].href).to.equal(new URL(entryPointDa.doors[1].href, location.origin).href);
    expect(doors[0].textContent).to.contain('Jeg vil være frivillig');
    expect(root.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(requests[0].url.pathname).to.equal('/api/widget/v1/entry-point');
  });

  it('never renders a javascript: door', async () => {
    const ex = example('Front page');
    const body = structuredClone(ex.responses['/entry-point'].body) as { doors: { href: string }[] };
    body.doors[0].href = 'javascript:alert(1)';
    const el = await renderExample<SamskabEntryPoint>(tag, { ...ex, responses: { '/entry-point': { body } } });
    expect(shadow(el).querySelectorAll('a[part~=door]')).to.have.length(2);
  });

  it('speaks English', async () => {
    const el = await renderExample<SamskabEntryPoint>(tag, example('English'));
    expect(requests[0].url.searchParams.get('locale')).to.equal('en');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal(entryPointEn.heading);
  });

  it('keeps the fallback links when the API fails or times out', async () => {
    const el = createExample<SamskabEntryPoint>(tag, example('API unavailable'));
    const errors: SamskabErrorEvent[] = [];
    el.addEventListener('samskab-error', (e) => errors.push(e));
    testContainer().append(el);
    await settled(el);
    expect(errors[0].detail.status).to.equal(500);
    expect(shadow(el).querySelector('slot')!.assignedElements()[0].querySelectorAll('a')).to.have.length(3);

    restoreFetch();
    ApiClient.timeoutMs = 50;
    const slow = await renderExample<SamskabEntryPoint>(tag, {
      ...example('Front page'),
      responses: { '/entry-point': { body: null, hang: true } },
    });
    expect(slow.status).to.equal('error');
    expect(shadow(slow).querySelector('slot')).to.not.equal(null);
  });

  it('is themed by tokens', async () => {
    const el = await renderExample<SamskabEntryPoint>(tag, example('Front page'));
    const door = shadow(el).querySelector('a[part~=door]')!;
    el.style.setProperty('--samskab-color-primary', 'rgb(10, 20, 30)');
    expect(getComputedStyle(door).borderTopColor).to.equal('rgb(10, 20, 30)');
  });

  it('lets the keyboard reach every door in order', async () => {
    const container = testContainer();
    const before = document.createElement('button');
    before.textContent = 'before';
    container.append(before);
    await renderExample<SamskabEntryPoint>(tag, example('Front page'), container);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await sendKeys({ press: 'Tab' });
      reached.push(deepActiveElement()!.getAttribute('part')!);
    }
    expect(reached).to.deep.equal(['door door-volunteer', 'door door-help', 'door door-idea']);
  });
});
