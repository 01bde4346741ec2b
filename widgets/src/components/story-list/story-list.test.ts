import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiClient } from '../../base/api-client.js';
import { requests, restoreFetch } from '../../../test/fetch-stub.js';
import { deepActiveElement, renderExample, shadow, testContainer } from '../../../test/render.js';
import type { SamskabStoryCard } from '../story-card/story-card.component.js';
import './story-list.js';
import type { SamskabStoryList } from './story-list.component.js';
import { examples } from './story-list.examples.js';
import { storiesDa } from '../../../test/fixtures/api.js';

const tag = 'samskab-story-list';
const example = (name: string) => examples.examples.find((e) => e.name === name)!;

async function cards(el: Element): Promise<SamskabStoryCard[]> {
  const found = [...shadow(el).querySelectorAll<SamskabStoryCard>('samskab-story-card')];
  await waitUntil(() => found.every((c) => c.status === 'ready'));
  await Promise.all(found.map((c) => c.updateComplete));
  return found;
}

describe('samskab-story-list', () => {
  afterEach(() => {
    restoreFetch();
    ApiClient.timeoutMs = 5000;
  });

  it('renders one card per story, without asking for each story', async () => {
    const el = await renderExample<SamskabStoryList>(tag, example('All stories'));
    const list = await cards(el);
    expect(list).to.have.length(storiesDa.items.length);
    expect(list.length).to.be.greaterThan(2);
    expect(shadow(list[1]).querySelector('h3')!.textContent).to.equal(storiesDa.items[1].title);
    expect(shadow(el).querySelector('ul')!.getAttribute('aria-label')).to.equal('Historier');
    expect(requests).to.have.length(1);
    expect(requests[0].url.searchParams.get('pageSize')).to.equal('6');
    // It shows no filters, so it asks for no facets.
    expect(requests[0].url.searchParams.get('facets')).to.equal('false');
  });

  it('passes theme, organisation and limit to the API', async () => {
    await renderExample(tag, example('One organisation'));
    const params = requests[0].url.searchParams;
    expect(params.get('organisation')).to.equal('headspace-aarhus');
    expect(params.get('pageSize')).to.equal('3');
    restoreFetch();
    await renderExample(tag, example('Empty'));
    expect(requests[0].url.searchParams.get('organisation')).to.equal('tranbjerg-skole');
  });

  it('shows an empty state', async () => {
    const el = await renderExample(tag, example('Empty'));
    expect(shadow(el).querySelector('[part=empty]')!.textContent).to.contain('ingen historier');
  });

  it('speaks English (and so do its cards)', async () => {
    const el = await renderExample(tag, { ...example('All stories'), attributes: { lang: 'en' } });
    const [first] = await cards(el);
    expect(requests[0].url.searchParams.get('locale')).to.equal('en');
    expect(shadow(first).querySelector('summary')!.textContent).to.contain('Read the story');
  });

  it('keeps the fallback when the API fails or times out', async () => {
    const el = await renderExample(tag, example('API unavailable'));
    expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
    restoreFetch();
    ApiClient.timeoutMs = 50;
    const slow = await renderExample(tag, { ...example('All stories'), responses: { '/stories': { body: null, hang: true } } });
    expect(shadow(slow).querySelector('slot')!.assignedElements()).to.have.length(1);
  });

  it('is themed through tokens and exported card parts', async () => {
    const el = await renderExample(tag, example('All stories'));
    const [first] = await cards(el);
    const style = document.createElement('style');
    style.textContent = 'samskab-story-list::part(card-title) { color: rgb(5, 6, 7); }';
    document.head.append(style);
    el.style.setProperty('--samskab-color-border', 'rgb(1, 1, 1)');
    try {
      expect(getComputedStyle(shadow(first).querySelector('[part=title]')!).color).to.equal('rgb(5, 6, 7)');
      expect(getComputedStyle(shadow(first).querySelector('[part=base]')!).borderTopColor).to.equal('rgb(1, 1, 1)');
    } finally {
      style.remove();
    }
  });

  it('lets the keyboard open each story in turn', async () => {
    const container = testContainer();
    const before = document.createElement('button');
    before.textContent = 'before';
    container.append(before);
    const el = await renderExample(tag, example('All stories'), container);
    await cards(el);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Space' });
    const [first] = await cards(el);
    await waitUntil(() => shadow(first).querySelector('[part=body] p'));
    expect(shadow(first).querySelector('details')!.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    // Links in the opened story come next, then the next card's summary.
    let guard = 0;
    while (deepActiveElement()!.tagName !== 'SUMMARY' && guard++ < 10) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent).to.contain(storiesDa.items[1].title);
  });
});
