import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiClient } from '../../base/api-client.js';
import { requests, restoreFetch } from '../../../test/fetch-stub.js';
import { deepActiveElement, renderExample, shadow, testContainer } from '../../../test/render.js';
import './story-card.js';
import type { SamskabStoryCard } from './story-card.component.js';
import { examples } from './story-card.examples.js';
import { storyDa, storyEn } from '../../../test/fixtures/api.js';

const tag = 'samskab-story-card';
const example = (name: string) => examples.examples.find((e) => e.name === name)!;

describe('samskab-story-card', () => {
  afterEach(() => {
    restoreFetch();
    ApiClient.timeoutMs = 5000;
  });

  it('renders the summary, theme, organisation, date and photo', async () => {
    const el = await renderExample<SamskabStoryCard>(tag, example('Story'));
    const root = shadow(el);
    expect(root.querySelector('h3')!.textContent).to.equal(storyDa.title);
    expect(root.querySelector('[part=theme]')!.textContent).to.equal(storyDa.themeLabel);
    expect(root.querySelector('[part=meta]')!.textContent).to.equal('Natteravnene · Udgivet 2. oktober 2026');
    expect(root.querySelector('img')!.alt).to.equal(storyDa.hero!.alt);
    expect(root.querySelector('details')!.open).to.equal(false);
  });

  it('renders the rich-text body with Lit templates, headings shifted under the title', async () => {
    const el = await renderExample<SamskabStoryCard>(tag, example('Open'));
    const body = shadow(el).querySelector('[part=body]')!;
    expect(shadow(el).querySelector('[part=title]')!.tagName).to.equal('H2');
    expect(body.querySelector('h3')!.textContent).to.equal('Frivillighed, der passer ind i et travlt liv');
    expect(body.querySelectorAll('ul li')).to.have.length(4);
    expect(body.querySelector('strong')!.textContent).to.equal('Natteravne');
    const mail = body.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(mail.href).to.match(/^mailto:[^@]+@natteravnene\.example\.dk$/);
    expect(body.textContent).to.contain(`Del af kampagnen ${storyDa.campaign!.headline}`);
  });

  it('renders quotes from the rich-text tree', async () => {
    const ex = example('Open');
    const story = structuredClone(storyDa);
    story.body.push({ type: 'quote', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Vi er der bare. – en natteravn' }] }] });
    const el = await renderExample<SamskabStoryCard>(tag, { ...ex, responses: { [`/stories/${storyDa.slug}`]: { body: story } } });
    expect(shadow(el).querySelector('[part=body] blockquote p')!.textContent).to.equal('Vi er der bare. – en natteravn');
  });

  it('loads the body on demand when given only a summary, and opens by keyboard', async () => {
    const container = testContainer();
    const ex = example('Story');
    const el = await renderExample<SamskabStoryCard>(tag, ex, container);
    restoreFetch();
    const card = document.createElement(tag) as SamskabStoryCard;
    const { body: _body, campaign: _campaign, ...summary } = (ex.responses[`/stories/${storyDa.slug}`].body as never) as Record<string, unknown>;
    card.data = summary as never;
    el.replaceWith(card);
    const { stubFetch, fromResponses } = await import('../../../test/fetch-stub.js');
    stubFetch(fromResponses(ex.responses));
    await waitUntil(() => card.status === 'ready');
    await card.updateComplete;
    expect(requests).to.have.length(0);
    shadow(card).querySelector<HTMLElement>('summary')!.focus();
    expect(deepActiveElement()!.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(card).querySelector('[part=body] h4'), 'body did not load');
    expect(requests).to.have.length(1);
    expect(requests[0].url.pathname).to.equal(`/api/widget/v1/stories/${storyDa.slug}`);
  });

  it('speaks English', async () => {
    const el = await renderExample<SamskabStoryCard>(tag, example('English'));
    expect(requests[0].url.searchParams.get('locale')).to.equal('en');
    expect(shadow(el).querySelector('summary')!.textContent).to.contain('Read the story');
    expect(shadow(el).querySelector('[part=meta]')!.textContent).to.contain('Published 2 October 2026');
    expect(shadow(el).querySelector('[part=title]')!.textContent).to.equal(storyEn.title);
  });

  it('keeps the fallback on 404 and on timeout', async () => {
    const el = await renderExample<SamskabStoryCard>(tag, example('Not found'));
    expect(el.status).to.equal('error');
    expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
    restoreFetch();
    ApiClient.timeoutMs = 50;
    const slow = await renderExample<SamskabStoryCard>(tag, {
      ...example('Story'),
      responses: { [`/stories/${storyDa.slug}`]: { body: null, hang: true } },
    });
    expect(slow.status).to.equal('error');
    expect(shadow(slow).querySelector('slot')!.assignedElements()).to.have.length(1);
  });

  it('is themed by tokens', async () => {
    const el = await renderExample<SamskabStoryCard>(tag, example('Story'));
    el.style.setProperty('--samskab-story-card-background', 'rgb(250, 240, 230)');
    expect(getComputedStyle(shadow(el).querySelector('[part=base]')!).backgroundColor).to.equal('rgb(250, 240, 230)');
  });
});
