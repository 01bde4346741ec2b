import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiClient } from '../../base/api-client.js';
import { requests, restoreFetch, stubFetch } from '../../../test/fetch-stub.js';
import { createExample, deepActiveElement, renderExample, settled, shadow, testContainer } from '../../../test/render.js';
import './opportunity-list.js';
import type { SamskabOpportunityList } from './opportunity-list.component.js';
import { examples, opportunities, opportunitiesPage } from './opportunity-list.examples.js';
import { opportunitiesDa } from '../../../test/fixtures/api.js';

const tasks = (n: number) => (n === 1 ? '1 frivillig opgave' : `${n} frivillige opgaver`);

const tag = 'samskab-opportunity-list';
const example = (name: string) => examples.examples.find((e) => e.name === name)!;
const startUrl = location.href;
const count = (el: Element) => shadow(el).querySelector('[part=count]')!.textContent!.trim();
const lastQuery = () => requests.at(-1)!.url.searchParams;

async function liveList(attributes: Record<string, string> = {}): Promise<SamskabOpportunityList> {
  const el = createExample<SamskabOpportunityList>(tag, { ...example('Task bank'), attributes, responses: {} });
  stubFetch((url) => (url.pathname.endsWith('/opportunities') ? { body: opportunitiesPage(url.searchParams) } : undefined));
  testContainer().append(el);
  await settled(el);
  return el;
}

async function idle(el: SamskabOpportunityList): Promise<void> {
  await waitUntil(() => !(el as unknown as { busy: boolean }).busy, 'the list did not finish updating');
  await el.updateComplete;
}

describe('samskab-opportunity-list', () => {
  afterEach(() => {
    restoreFetch();
    ApiClient.timeoutMs = 5000;
    history.replaceState(null, '', startUrl);
  });

  it('renders the tasks with commitment, time, certificate and contact', async () => {
    const el = await renderExample<SamskabOpportunityList>(tag, example('Task bank'));
    const root = shadow(el);
    expect(count(el)).to.equal(tasks(opportunitiesDa.total));
    const first = root.querySelector('[part=item]')!;
    const task = opportunitiesDa.items[0];
    expect(task.childCertificate && task.contact?.email, 'the first recorded task needs a certificate and has an email').to.be.ok;
    expect(first.querySelector('h3')!.textContent).to.equal(task.title);
    expect(first.textContent).to.contain(task.commitmentLabel);
    expect(first.textContent).to.contain('Kræver børneattest');
    expect(first.textContent).to.contain(task.timeNeeded!);
    expect(first.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')).to.not.equal(null);
    const commitment = root.querySelector<HTMLSelectElement>('#sk-filter-commitment')!;
    expect([...commitment.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Alle',
      ...opportunitiesDa.facets.commitment.map((f) => `${f.label} (${f.count})`),
    ]);
  });

  it('filters by commitment, organisation and free text; the URL keeps the state', async () => {
    const el = await liveList();
    const commitment = shadow(el).querySelector<HTMLSelectElement>('#sk-filter-commitment')!;
    commitment.value = 'episodic';
    commitment.dispatchEvent(new Event('change'));
    await idle(el);
    expect(lastQuery().get('commitment')).to.equal('episodic');
    const episodic = opportunities.filter((o) => o.commitment === 'episodic');
    expect(count(el)).to.equal(tasks(episodic.length));
    expect(new URL(location.href).searchParams.get('tasks-commitment')).to.equal('episodic');

    const organisation = shadow(el).querySelector<HTMLSelectElement>('#sk-filter-organisation')!;
    organisation.value = 'stavtrup-dagtilbud';
    organisation.dispatchEvent(new Event('change'));
    await idle(el);
    const daycare = episodic.filter((o) => o.organisation?.slug === 'stavtrup-dagtilbud');
    expect(daycare.length).to.be.greaterThan(0);
    expect(count(el)).to.equal(tasks(daycare.length));

    shadow(el).querySelector<HTMLInputElement>('#sk-filter-q')!.focus();
    await sendKeys({ type: 'jul' });
    await sendKeys({ press: 'Enter' });
    await idle(el);
    expect(lastQuery().get('q')).to.equal('jul');
    expect(daycare.filter((o) => `${o.title} ${o.summary}`.toLowerCase().includes('jul'))).to.have.length(0);
    expect(count(el)).to.equal(tasks(0));
    expect(shadow(el).querySelector('[part=empty]')).to.not.equal(null);
  });

  it('presets filters from attributes', async () => {
    await renderExample(tag, example('Episodic'));
    expect(requests[0].url.searchParams.get('commitment')).to.equal('episodic');
  });

  it('operates the commitment filter by keyboard', async () => {
    const el = await liveList();
    shadow(el).querySelector<HTMLInputElement>('#sk-filter-q')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.id).to.equal('sk-filter-commitment');
    await sendKeys({ press: 'ArrowDown' });
    await idle(el);
    expect(lastQuery().get('commitment')).to.equal(opportunitiesDa.facets.commitment[0].value);
  });

  it('speaks English', async () => {
    const el = await renderExample<SamskabOpportunityList>(tag, { ...example('Task bank'), attributes: { lang: 'en', 'url-state': 'off' } });
    expect(requests[0].url.searchParams.get('locale')).to.equal('en');
    expect(count(el)).to.equal(`${opportunitiesDa.total} volunteer tasks`);
    expect(shadow(el).querySelector('label[for=sk-filter-commitment]')!.textContent).to.equal('Commitment');
  });

  it('keeps the fallback when the API fails or times out', async () => {
    const el = await renderExample(tag, example('API unavailable'));
    expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
    restoreFetch();
    ApiClient.timeoutMs = 50;
    const slow = await renderExample(tag, { ...example('Task bank'), responses: { '/opportunities': { body: null, hang: true } } });
    expect(shadow(slow).querySelector('slot')!.assignedElements()).to.have.length(1);
  });

  it('is themed by tokens', async () => {
    const el = await renderExample(tag, example('Task bank'));
    el.style.setProperty('--samskab-color-border', 'rgb(3, 3, 3)');
    expect(getComputedStyle(shadow(el).querySelector('[part=item]')!).borderTopColor).to.equal('rgb(3, 3, 3)');
  });
});
