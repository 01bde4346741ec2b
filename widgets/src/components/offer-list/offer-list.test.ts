import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiClient } from '../../base/api-client.js';
import type { SamskabFilterChangeEvent } from '../../base/events.js';
import { requests, restoreFetch, stubFetch } from '../../../test/fetch-stub.js';
import { createExample, deepActiveElement, renderExample, settled, shadow, testContainer } from '../../../test/render.js';
import './offer-list.js';
import type { SamskabOfferList } from './offer-list.component.js';
import { examples, offers, offersPage } from './offer-list.examples.js';
import { offersDa4, offersEn3, offersGrief } from '../../../test/fixtures/api.js';

const tag = 'samskab-offer-list';
const example = (name: string) => examples.examples.find((e) => e.name === name)!;
const startUrl = location.href;

/** Answers like the API: filtered, paged, with facets. */
function liveApi(): void {
  stubFetch((url) => (url.pathname.endsWith('/offers') ? { body: offersPage(url.searchParams) } : undefined));
}

/** An offer list whose URL state is on, answered by liveApi(). */
async function liveList(attributes: Record<string, string> = {}): Promise<SamskabOfferList> {
  const el = createExample<SamskabOfferList>(tag, { ...example('All offers'), attributes, responses: {} });
  liveApi();
  testContainer().append(el);
  await settled(el);
  return el;
}

const count = (el: Element) => shadow(el).querySelector('[part=count]')!.textContent!.trim();
const titles = (el: Element) => [...shadow(el).querySelectorAll('[part=item] h3')].map((h) => h.textContent);
const lastQuery = () => requests.at(-1)!.url.searchParams;

async function idle(el: SamskabOfferList): Promise<void> {
  await waitUntil(() => !(el as unknown as { busy: boolean }).busy, 'the list did not finish updating');
  await el.updateComplete;
}

describe('samskab-offer-list', () => {
  afterEach(() => {
    restoreFetch();
    ApiClient.timeoutMs = 5000;
    history.replaceState(null, '', startUrl);
  });

  it('renders the offers, the count (a live region) and filters from the facets', async () => {
    const el = await renderExample<SamskabOfferList>(tag, example('All offers'));
    const root = shadow(el);
    expect(count(el)).to.equal(`${offersDa4.total} tilbud`);
    expect(root.querySelector('[part=count]')!.getAttribute('role')).to.equal('status');
    expect(titles(el)).to.deep.equal(offersDa4.items.map((o) => o.title));
    expect(titles(el)).to.have.length(4);
    const category = root.querySelector<HTMLSelectElement>('#sk-filter-category')!;
    expect([...category.options].map((o) => o.value)).to.deep.equal(['', ...offersDa4.facets.category.map((f) => f.value)]);
    expect(category.options[1].textContent!.trim()).to.equal(`${offersDa4.facets.category[0].label} (${offersDa4.facets.category[0].count})`);
    expect(root.querySelector('label[for=sk-filter-category]')!.textContent).to.equal('Kategori');
    expect(root.querySelector('#sk-filter-age')!.getAttribute('type')).to.equal('number');
    expect(root.querySelector('[part=pagination]')!.textContent).to.contain(`Side 1 af ${offersDa4.pageCount}`);
    expect(requests[0].url.searchParams.get('pageSize')).to.equal('4');
  });

  it('filters by a facet, announces the new count and keeps the state in the URL', async () => {
    const el = await liveList();
    const changes: SamskabFilterChangeEvent[] = [];
    el.addEventListener('samskab-filter-change', (e) => changes.push(e));
    const select = shadow(el).querySelector<HTMLSelectElement>('#sk-filter-category')!;
    select.value = 'sorg';
    select.dispatchEvent(new Event('change'));
    await idle(el);
    expect(lastQuery().get('category')).to.equal('sorg');
    expect(count(el)).to.equal(`${offersGrief.total} tilbud`);
    expect(titles(el)).to.deep.equal(offersGrief.items.map((o) => o.title));
    expect(new URL(location.href).searchParams.get('offers-category')).to.equal('sorg');
    expect(changes[0].detail.params).to.deep.equal({ category: 'sorg' });
  });

  it('restores the filters from the page URL, with a per-element prefix', async () => {
    const url = new URL(startUrl);
    url.searchParams.set('kids-category', 'lektiehjaelp');
    url.searchParams.set('kids-age', '14');
    url.searchParams.set('offers-category', 'jul');
    history.replaceState(null, '', url.href);
    const el = await liveList({ 'param-prefix': 'kids' });
    expect(lastQuery().get('category')).to.equal('lektiehjaelp');
    expect(lastQuery().get('age')).to.equal('14');
    const homework14 = offers.filter((o) => o.category === 'lektiehjaelp' && (o.minAge ?? 0) <= 14 && 14 <= (o.maxAge ?? 120)).map((o) => o.title);
    expect(homework14.length).to.be.greaterThan(0);
    expect(titles(el)).to.deep.equal(homework14);
    expect(shadow(el).querySelector<HTMLSelectElement>('#sk-filter-category')!.value).to.equal('lektiehjaelp');
    expect(shadow(el).querySelector<HTMLInputElement>('#sk-filter-age')!.value).to.equal('14');
  });

  it('searches free text by keyboard, pages, and follows back/forward', async () => {
    const el = await liveList({ 'page-size': '2' });
    shadow(el).querySelector<HTMLInputElement>('#sk-filter-q')!.focus();
    await sendKeys({ type: 'sorg' });
    await sendKeys({ press: 'Enter' });
    await idle(el);
    expect(lastQuery().get('q')).to.equal('sorg');
    const griefText = offers.filter((o) => `${o.title} ${o.summary} ${o.provider?.name ?? ''} ${o.categoryLabel}`.toLowerCase().includes('sorg'));
    expect(count(el)).to.equal(`${griefText.length} tilbud`);
    expect(new URL(location.href).searchParams.get('offers-q')).to.equal('sorg');

    // Paging (2 per page) on the unfiltered list.
    shadow(el).querySelector<HTMLButtonElement>('[part~=reset]')!.click();
    await idle(el);
    expect(count(el)).to.equal(`${offers.length} tilbud`);
    const next = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=pagination] button')][1];
    next.click();
    await idle(el);
    expect(lastQuery().get('page')).to.equal('2');
    expect(shadow(el).querySelector('[part=pagination]')!.textContent).to.contain(`Side 2 af ${Math.ceil(offers.length / 2)}`);
    expect(new URL(location.href).searchParams.get('offers-page')).to.equal('2');
    await waitUntil(() => deepActiveElement()?.getAttribute('part') === 'count', 'focus did not move to the count');

    history.back();
    await waitUntil(() => lastQuery().get('page') === '1', 'back did not restore page 1');
    await idle(el);
    expect(shadow(el).querySelector('[part=pagination]')!.textContent).to.contain(`Side 1 af ${Math.ceil(offers.length / 2)}`);
  });

  it('shows the filters of the history entry that Back and Forward return to', async () => {
    const el = await liveList();
    const select = () => shadow(el).querySelector<HTMLSelectElement>('#sk-filter-category')!;
    for (const value of ['sorg', 'lektiehjaelp']) {
      select().value = value;
      select().dispatchEvent(new Event('change'));
      await idle(el);
    }
    const step = async (go: () => void, category: string | null) => {
      const before = requests.length;
      go();
      await waitUntil(() => requests.length > before, 'the list did not follow the history');
      await idle(el);
      expect(lastQuery().get('category')).to.equal(category);
      expect(select().value).to.equal(category ?? '');
    };
    // Each pick is a step of its own; the dropdown shows the step's choice, though the user picked another since.
    await step(() => history.back(), 'sorg');
    await step(() => history.back(), null);
    await step(() => history.forward(), 'sorg');
  });

  it('recovers from a shared URL the API refuses: drops the bad filter, and a page past the end becomes the last', async () => {
    const url = new URL(startUrl);
    url.searchParams.set('offers-category', 'findes-ikke');
    url.searchParams.set('offers-page', '999');
    history.replaceState(null, '', url.href);
    const el = createExample<SamskabOfferList>(tag, { ...example('All offers'), attributes: { 'page-size': '2' }, responses: {} });
    stubFetch((request) => {
      if (!request.pathname.endsWith('/offers')) return undefined;
      if (request.searchParams.get('category') === 'findes-ikke') {
        return { status: 400, body: { error: { status: 400, code: 'bad_parameter', parameter: 'category', accepts: 'sorg|ferie', message: 'The parameter "category" is not valid.' } } };
      }
      return { body: offersPage(request.searchParams) };
    });
    testContainer().append(el);
    await settled(el);
    const last = String(Math.ceil(offers.length / 2));
    expect(el.status).to.equal('ready');
    expect(lastQuery().get('category')).to.equal(null);
    expect(lastQuery().get('page')).to.equal(last);
    expect(titles(el)).to.have.length.greaterThan(0);
    const shared = new URL(location.href).searchParams;
    expect(shared.get('offers-category')).to.equal(null);
    expect(shared.get('offers-page')).to.equal(last);
    // The search field cannot take more than the API accepts.
    expect(shadow(el).querySelector<HTMLInputElement>('#sk-filter-q')!.maxLength).to.equal(100);
  });

  it('keeps its filters out of the URL with url-state="off"', async () => {
    const el = await liveList({ 'url-state': 'off' });
    const select = shadow(el).querySelector<HTMLSelectElement>('#sk-filter-mode')!;
    select.value = 'telefon';
    select.dispatchEvent(new Event('change'));
    await idle(el);
    expect(lastQuery().get('mode')).to.equal('telefon');
    expect(location.href).to.equal(startUrl);
  });

  it('reaches and operates every filter by keyboard', async () => {
    const el = await liveList();
    const root = shadow(el);
    root.querySelector<HTMLInputElement>('#sk-filter-q')!.focus();
    const order: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement()!;
      order.push(active.id || active.getAttribute('part') || active.tagName);
    }
    expect(order).to.deep.equal([
      'button', 'sk-filter-category', 'sk-filter-audience', 'sk-filter-age', 'sk-filter-district', 'sk-filter-mode', 'button reset',
    ]);
    root.querySelector<HTMLSelectElement>('#sk-filter-audience')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await idle(el);
    expect(lastQuery().get('audience')).to.equal('boern');
    expect(getComputedStyle(deepActiveElement()!).outlineStyle).to.equal('solid');
  });

  it('shows an empty state', async () => {
    const el = await renderExample<SamskabOfferList>(tag, example('Empty'));
    expect(count(el)).to.equal('0 tilbud');
    expect(shadow(el).querySelector('[part=empty]')!.textContent).to.contain('Ingen tilbud');
    expect(requests[0].url.searchParams.get('q')).to.equal('skak');
  });

  it('speaks English', async () => {
    const el = await renderExample<SamskabOfferList>(tag, example('English'));
    expect(requests[0].url.searchParams.get('locale')).to.equal('en');
    expect(count(el)).to.equal(`${offersEn3.total} offers`);
    expect(shadow(el).querySelector('label[for=sk-filter-category]')!.textContent).to.equal('Category');
    expect(shadow(el).querySelector('[part=pagination]')!.textContent).to.contain(`Page 1 of ${offersEn3.pageCount}`);
  });

  it('keeps the fallback when the API fails or times out, and reports a failed update inline', async () => {
    const el = await renderExample<SamskabOfferList>(tag, example('API unavailable'));
    expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
    restoreFetch();
    ApiClient.timeoutMs = 50;
    const slow = await renderExample<SamskabOfferList>(tag, { ...example('All offers'), responses: { '/offers': { body: null, hang: true } } });
    expect(slow.status).to.equal('error');
    expect(shadow(slow).querySelector('slot')!.assignedElements()).to.have.length(1);

    restoreFetch();
    const live = await liveList();
    restoreFetch();
    stubFetch(() => ({ status: 400, body: { error: { status: 400, code: 'invalid', message: 'Bad age', parameter: 'age' } } }));
    const age = shadow(live).querySelector<HTMLInputElement>('#sk-filter-age')!;
    age.value = '7';
    age.dispatchEvent(new Event('change'));
    await waitUntil(() => shadow(live).querySelector('[role=alert]'));
    expect(titles(live)).to.have.length(Math.min(12, offers.length));
  });

  it('is themed by tokens', async () => {
    const el = await renderExample<SamskabOfferList>(tag, example('All offers'));
    el.style.setProperty('--samskab-color-surface', 'rgb(9, 8, 7)');
    expect(getComputedStyle(shadow(el).querySelector('[part=filters]')!).backgroundColor).to.equal('rgb(9, 8, 7)');
  });
});
