import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Guide } from '../../base/api-types.js';
import type { SamskabErrorEvent } from '../../base/events.js';
import { requests, restoreFetch } from '../../../test/fetch-stub.js';
import { createExample, deepActiveElement, renderExample, settled, shadow, testContainer } from '../../../test/render.js';
import './guide.js';
import { SamskabGuide } from './guide.component.js';
import { decodeSteps, encodeSteps, questionsLeft, replay } from './guide-flow.js';
import { examples, guideDa } from './guide.examples.js';

const tag = 'samskab-guide';
const example = (name: string) => examples.examples.find((e) => e.name === name)!;
const startUrl = location.href;
const originalLeave = SamskabGuide.leave;

const param = (name = 'hvor-henvender-jeg-mig') => new URL(location.href).searchParams.get(name);
const root = (el: Element) => shadow(el);
const text = (el: Element, selector: string) => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const questionText = (el: Element) => text(el, '#question');
const resultText = (el: Element) => text(el, '#result');
const progress = (el: Element) => text(el, '#progress');

function answerButton(el: Element, label: string): HTMLButtonElement {
  const button = [...root(el).querySelectorAll<HTMLButtonElement>('button[part~=answer]')].find((b) =>
    b.querySelector('.answer-label')!.textContent!.startsWith(label),
  );
  if (!button) throw new Error(`no answer "${label}" in: ${[...root(el).querySelectorAll('button[part~=answer]')].map((b) => b.textContent).join(' | ')}`);
  return button;
}

async function answer(el: SamskabGuide, label: string): Promise<void> {
  answerButton(el, label).click();
  await el.updateComplete;
}

function checkbox(el: Element, label: string): HTMLInputElement {
  const row = [...root(el).querySelectorAll('[part~=choice]')].find((r) => r.querySelector('label')!.textContent!.startsWith(label));
  if (!row) throw new Error(`no choice "${label}"`);
  return row.querySelector('input')!;
}

async function tick(el: SamskabGuide, label: string): Promise<void> {
  checkbox(el, label).click();
  await el.updateComplete;
}

async function next(el: SamskabGuide): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('button[part~=next]')!.click();
  await el.updateComplete;
}

async function browserBack(el: SamskabGuide): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  history.back();
  await popped;
  await el.updateComplete;
}

const summary = (el: Element) =>
  [...root(el).querySelectorAll('[part~=summary] li')].map((li) => li.querySelector('.summary-answer')!.textContent!.trim());

async function change(el: SamskabGuide, index: number): Promise<void> {
  root(el).querySelectorAll<HTMLButtonElement>('button[part~=change]')[index].click();
  await el.updateComplete;
}

describe('samskab-guide', () => {
  afterEach(() => {
    restoreFetch();
    history.replaceState(null, '', startUrl);
    SamskabGuide.leave = originalLeave;
  });

  it('asks one question at a time, with large answer buttons and a progress indication', async () => {
    const el = await renderExample<SamskabGuide>(tag, example('Where do I turn'));
    expect(requests[0].url.pathname).to.equal('/api/widget/v1/guides/hvor-henvender-jeg-mig');
    expect(text(el, 'h2')).to.equal('Hvor henvender jeg mig?');
    expect(questionText(el)).to.equal('Hvad kan vi hjælpe dig med?');
    expect(root(el).querySelectorAll('#question')).to.have.length(1);
    expect(root(el).querySelector('#question')!.localName).to.equal('h3');
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('button[part~=answer]')];
    expect(buttons).to.have.length(4);
    for (const b of buttons) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    expect(progress(el)).to.equal('Spørgsmål 1 af højst 3');
    expect(root(el).querySelector('#progress')!.getAttribute('aria-live')).to.equal('polite');
    expect(root(el).querySelector('[part~=back]')).to.equal(null);
    expect(text(el, '[part~=intro]')).to.contain('Svar på et par spørgsmål');
    // Loading does not steal the focus from the host page.
    expect(deepActiveElement()).to.equal(document.body);
    expect(param()).to.equal(null);
  });

  it('walks the idea path by keyboard alone: focus on each new question, progress announced, answers in the URL', async () => {
    const container = testContainer();
    const before = document.createElement('button');
    before.textContent = 'before';
    container.append(before);
    const el = await renderExample<SamskabGuide>(tag, example('Where do I turn'), container);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent).to.contain('Jeg har en idé til mit nabolag');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActiveElement()!.id).to.equal('question');
    expect(questionText(el)).to.equal('Hvad har du mest brug for til din idé?');
    expect(progress(el)).to.equal('Spørgsmål 2 af 2');
    expect(param()).to.equal('ide-behov');
    expect(location.search).to.contain('hvor-henvender-jeg-mig=ide-behov');

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent).to.contain('Sparring og nogen at samarbejde med');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActiveElement()!.id).to.equal('result');
    expect(resultText(el)).to.equal('Få sparring på din idé');
    expect(progress(el)).to.equal('Færdig: her er dit svar');
    expect(param()).to.equal('ide-behov/ide-sparring');

    const contact = root(el).querySelector('[part~=contact]')!;
    expect(contact.querySelector('.contact-name')!.textContent).to.equal('Fællessekretariatet for Frivillighed og Samskabelse');
    expect(contact.textContent).to.contain('Hjælper dig med at beskrive din idé');
    expect(contact.textContent).to.contain('Hverdage 9-15');
    const links = [...contact.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:87135005', 'mailto:samskabelse@aarhus-kommune.example.dk', 'https://samskabelse.aarhus-kommune.example.dk/']);
    expect(summary(el)).to.deep.equal(['Jeg har en idé til mit nabolag', 'Sparring og nogen at samarbejde med']);
  });

  it("goes back with its own back button and with the browser's", async () => {
    const el = await renderExample<SamskabGuide>(tag, example('Where do I turn'));
    const entries = history.length;
    await answer(el, 'Jeg har en idé');
    await answer(el, 'Penge til at komme i gang');
    expect(resultText(el)).to.equal('Søg penge til idéen eller foreningen');
    expect(history.length).to.equal(entries + 2);

    root(el).querySelector<HTMLButtonElement>('[part~=back]')!.click();
    await el.updateComplete;
    expect(questionText(el)).to.equal('Hvad har du mest brug for til din idé?');
    expect(deepActiveElement()!.id).to.equal('question');
    expect(param()).to.equal('ide-behov');
    // The earlier answer is marked, and the keyboard user hears it.
    expect(answerButton(el, 'Penge til at komme i gang').textContent).to.contain('(dit svar)');

    await browserBack(el);
    expect(resultText(el)).to.equal('Søg penge til idéen eller foreningen');
    await browserBack(el);
    expect(questionText(el)).to.equal('Hvad har du mest brug for til din idé?');
    await browserBack(el);
    expect(questionText(el)).to.equal('Hvad kan vi hjælpe dig med?');
    expect(param()).to.equal(null);
    expect(deepActiveElement()!.id).to.equal('question');
    // Forward works too.
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.forward();
    await popped;
    await el.updateComplete;
    expect(questionText(el)).to.equal('Hvad har du mest brug for til din idé?');
  });

  it('follows every branch ticked in a multiple-choice question, and changes an earlier answer without starting over', async () => {
    const el = await renderExample<SamskabGuide>(tag, example('Where do I turn'));
    await answer(el, 'Jeg er fra en forening');
    expect(questionText(el)).to.equal('Hvad søger foreningen?');
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-labelledby')).to.equal('question');
    await tick(el, 'Lokaler');
    await tick(el, 'Penge fra puljer');
    await next(el);
    expect(resultText(el)).to.equal('Her kan du få hjælp');
    expect([...root(el).querySelectorAll('.outcome-heading')].map((h) => h.textContent)).to.deep.equal(['Find et lokale', 'Søg penge til idéen eller foreningen']);
    expect(param()).to.equal('forening-behov/lokaler,penge');
    expect(summary(el)).to.deep.equal(['Jeg er fra en forening og søger lokaler, penge eller frivillige', 'Lokaler, Penge fra puljer eller fonde']);

    // Change the second answer: the question comes back as answered; afterwards straight to the result.
    await change(el, 1);
    expect(questionText(el)).to.equal('Hvad søger foreningen?');
    expect(deepActiveElement()!.id).to.equal('question');
    expect(checkbox(el, 'Lokaler').checked).to.equal(true);
    expect(checkbox(el, 'Penge fra puljer').checked).to.equal(true);
    await tick(el, 'Penge fra puljer');
    await tick(el, 'Flere frivillige');
    await next(el);
    expect([...root(el).querySelectorAll('.outcome-heading')].map((h) => h.textContent)).to.deep.equal(['Find et lokale', 'Find flere frivillige']);
    expect(param()).to.equal('forening-behov/lokaler,forening-frivillige');

    // Changing the first answer to the same keeps the rest.
    await change(el, 0);
    await answer(el, 'Jeg er fra en forening');
    expect(param()).to.equal('forening-behov/lokaler,forening-frivillige');
    expect(resultText(el)).to.equal('Her kan du få hjælp');

    // Changing it to another branch drops the answers that no longer apply, and goes on from there.
    await change(el, 0);
    await answer(el, 'Jeg er forælder');
    expect(questionText(el)).to.equal('Hvad har dit barn brug for?');
    expect(param()).to.equal('barn-behov');
    expect(summary(el)).to.deep.equal(['Jeg er forælder og søger hjælp til mit barn']);
  });

  it('lets "none of these" stand alone and says what to fix when nothing is ticked', async () => {
    const el = await renderExample<SamskabGuide>(tag, example('Multiple choice'));
    expect(questionText(el)).to.equal('Hvad søger foreningen?');
    await next(el);
    const error = root(el).querySelector('[part~=error-message]')!;
    expect(error.textContent).to.equal('Vælg mindst ét svar, eller vælg »Ingen af disse«.');
    expect(deepActiveElement()).to.equal(checkbox(el, 'Lokaler'));
    expect(checkbox(el, 'Lokaler').getAttribute('aria-describedby')).to.equal('choice-error');
    expect(checkbox(el, 'Lokaler').getAttribute('aria-invalid')).to.equal('true');

    // Keyboard: Space ticks the focused box.
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(checkbox(el, 'Lokaler').checked).to.equal(true);
    expect(root(el).querySelector('[part~=error-message]')).to.equal(null);
    await tick(el, 'Ingen af disse');
    expect(checkbox(el, 'Lokaler').checked).to.equal(false);
    expect(checkbox(el, 'Ingen af disse').checked).to.equal(true);
    await tick(el, 'Flere frivillige');
    expect(checkbox(el, 'Ingen af disse').checked).to.equal(false);
    await tick(el, 'Flere frivillige');
    await tick(el, 'Ingen af disse');
    await next(el);
    expect(resultText(el)).to.equal('Få råd som forening');
    expect(param()).to.equal('forening-behov/forening-raadgivning');
  });

  it('finds the local consultant by postcode or district, and says what to fix otherwise', async () => {
    const el = await renderExample<SamskabGuide>(tag, example('Postcode or district'));
    expect(questionText(el)).to.equal('Hvor i Aarhus?');
    expect(progress(el)).to.equal('Spørgsmål 3 af 3');
    const input = () => root(el).querySelector<HTMLInputElement>('#place')!;
    const find = async (value: string) => {
      input().value = value;
      root(el).querySelector<HTMLFormElement>('[part~=place-form]')!.requestSubmit();
      await el.updateComplete;
    };
    await find('');
    expect(text(el, '#place-error')).to.equal('Skriv et postnummer eller en bydel, eller vælg på listen.');
    await find('9999');
    expect(text(el, '#place-error')).to.equal('Vi kender ikke »9999«. Tjek stavningen, eller vælg på listen.');
    expect(deepActiveElement()).to.equal(input());
    expect(input().getAttribute('aria-describedby')).to.equal('place-hint place-error');
    expect(input().getAttribute('aria-invalid')).to.equal('true');

    await find(' 8310 ');
    expect(resultText(el)).to.equal('Frivilligkonsulenten i Syd');
    // Only the area travels in the URL, never what was typed.
    expect(param()).to.equal('frivillig-omraade/lokalomraade/lokal-syd');

    root(el).querySelector<HTMLButtonElement>('[part~=back]')!.click();
    await el.updateComplete;
    await find('risskov');
    expect(resultText(el)).to.equal('Frivilligkonsulenten i Nord');

    // The list works without typing, "I do not know" included.
    root(el).querySelector<HTMLButtonElement>('[part~=back]')!.click();
    await el.updateComplete;
    await answer(el, 'Jeg ved det ikke');
    expect(resultText(el)).to.equal('Få hjælp til at finde den rette opgave');
  });

  it('restores a shared URL on load, and shows the outcome with its contact point and offers', async () => {
    history.replaceState(null, '', `${startUrl}${startUrl.includes('?') ? '&' : '?'}hvor-henvender-jeg-mig=barn-behov/barn-lektier`);
    const el = await renderExample<SamskabGuide>(tag, example('Where do I turn'));
    expect(resultText(el)).to.equal('Lektiehjælp');
    expect(root(el).querySelector('#result')!.localName).to.equal('h3');
    expect(text(el, '.contact-name')).to.equal('Socialkompasset');
    const offers = [...root(el).querySelectorAll('[part~=offer]')];
    expect(offers.map((o) => o.querySelector('.offer-title')!.textContent)).to.deep.equal(['Lektiehjælp i Gellerup', 'Læringsmentor fra Lær for Livet']);
    expect(offers[0].textContent).to.contain('Ungdommens Røde Kors');
    expect(offers[0].querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:87132040');
    expect(deepActiveElement()).to.equal(document.body);
    expect(summary(el)).to.deep.equal(['Jeg er forælder og søger hjælp til mit barn', 'Hjælp til lektier']);
  });

  it('keeps the part of a shared URL that fits, and tidies the rest without a new history entry', async () => {
    history.replaceState(null, '', `${startUrl}${startUrl.includes('?') ? '&' : '?'}offers-category=sorg&hvor-henvender-jeg-mig=barn-behov/findes-ikke/mere`);
    const entries = history.length;
    const el = await renderExample<SamskabGuide>(tag, example('Where do I turn'));
    expect(questionText(el)).to.equal('Hvad har dit barn brug for?');
    expect(param()).to.equal('barn-behov');
    expect(history.length).to.equal(entries);
    await answer(el, 'Nogen at tale med');
    // Other widgets' parameters stay.
    expect(param('offers-category')).to.equal('sorg');
    expect(param()).to.equal('barn-behov/barn-tale');
  });

  it('starts from the answers attribute when the URL has none', async () => {
    const el = await renderExample<SamskabGuide>(tag, example('Several outcomes'));
    expect(resultText(el)).to.equal('Her kan du få hjælp');
    expect(param()).to.equal(null);
    root(el).querySelector<HTMLButtonElement>('[part~=restart]')!.click();
    await el.updateComplete;
    expect(questionText(el)).to.equal('Hvad kan vi hjælpe dig med?');
    expect(deepActiveElement()!.id).to.equal('question');
    expect(summary(el)).to.deep.equal([]);
  });

  it('speaks English', async () => {
    const el = await renderExample<SamskabGuide>(tag, example('English'));
    expect(requests[0].url.searchParams.get('locale')).to.equal('en');
    expect(questionText(el)).to.equal('What can we help you with?');
    expect(progress(el)).to.equal('Question 1 of at most 3');
    await answer(el, 'I represent an association');
    await next(el);
    expect(text(el, '[part~=error-message]')).to.equal('Choose at least one answer, or choose “None of these”.');
    expect(text(el, '[part~=back]')).to.equal('← Back');
  });

  it('keeps the fallback when the API fails', async () => {
    const el = createExample<SamskabGuide>(tag, example('API unavailable'));
    const errors: SamskabErrorEvent[] = [];
    el.addEventListener('samskab-error', (e) => errors.push(e));
    testContainer().append(el);
    await settled(el);
    expect(errors[0].detail.status).to.equal(500);
    expect(root(el).querySelector('slot')!.assignedElements()[0].textContent).to.contain('87 13 50 11');
  });

  describe('a sensitive guide', () => {
    let left: string[];
    beforeEach(() => {
      left = [];
      SamskabGuide.leave = (url) => left.push(url);
    });

    it('shows a quick-exit button that replaces the page with a neutral one and forgets the answers', async () => {
      const el = await renderExample<SamskabGuide>(tag, example('Sensitive guide'));
      const exit = root(el).querySelector<HTMLButtonElement>('button[part~=quick-exit]')!;
      expect(exit.textContent).to.equal('Forlad siden hurtigt');
      expect(exit.getAttribute('aria-describedby')).to.equal('exit-hint');
      expect(text(el, '#exit-hint')).to.contain('tre gange på Shift');
      // The exit comes first, before the heading.
      expect(root(el).querySelector('[part~=exit-bar]')!.compareDocumentPosition(root(el).querySelector('h2')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      await answer(el, 'Nej, men jeg er bekymret');
      expect(questionText(el)).to.equal('Hvem er du?');
      exit.click();
      await el.updateComplete;
      expect(left).to.deep.equal(['https://www.dr.dk/']);
      expect(questionText(el)).to.equal('Er barnet i fare lige nu?');
      expect(summary(el)).to.deep.equal([]);
    });

    it('goes to the configured neutral page, and only to an http(s) one', async () => {
      const el = await renderExample<SamskabGuide>(tag, { ...example('Sensitive guide'), attributes: { guide: 'bekymret-for-et-barn', 'exit-url': 'https://www.aarhus.dk/' } });
      root(el).querySelector<HTMLButtonElement>('button[part~=quick-exit]')!.click();
      el.setAttribute('exit-url', 'javascript:alert(1)');
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('button[part~=quick-exit]')!.click();
      expect(left).to.deep.equal(['https://www.aarhus.dk/', 'https://www.dr.dk/']);
    });

    it('leaves when Shift is pressed three times in a row, not when another key comes between', async () => {
      const el = await renderExample<SamskabGuide>(tag, example('Sensitive guide'));
      answerButton(el, 'Nej').focus();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Shift' });
      expect(left).to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(left).to.deep.equal(['https://www.dr.dk/']);
      // Typing a capital letter is not a quick exit.
      for (const letter of ['KeyA', 'KeyB', 'KeyC']) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: letter });
        await sendKeys({ up: 'Shift' });
      }
      expect(left).to.have.length(1);
    });

    it('keeps its answers out of the URL and the history, even when a link carries them', async () => {
      history.replaceState(null, '', `${startUrl}${startUrl.includes('?') ? '&' : '?'}bekymret-for-et-barn=hvem-er-du`);
      const entries = history.length;
      const el = await renderExample<SamskabGuide>(tag, example('Sensitive guide'));
      expect(questionText(el)).to.equal('Er barnet i fare lige nu?');
      expect(param('bekymret-for-et-barn')).to.equal(null);
      const href = location.href;
      await answer(el, 'Nej, men jeg er bekymret');
      await answer(el, 'Jeg er forælder');
      expect(resultText(el)).to.equal('Støtte til dig som forælder');
      expect(location.href).to.equal(href);
      expect(history.length).to.equal(entries);
      // Back, change and restart still work, from memory.
      root(el).querySelector<HTMLButtonElement>('[part~=back]')!.click();
      await el.updateComplete;
      expect(questionText(el)).to.equal('Hvem er du?');
      expect(location.href).to.equal(href);
    });

    it('a guide that is not sensitive ignores Shift and has no quick exit', async () => {
      const el = await renderExample<SamskabGuide>(tag, example('Where do I turn'));
      expect(root(el).querySelector('[part~=quick-exit]')).to.equal(null);
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
      expect(left).to.deep.equal([]);
    });
  });
});

describe('guide flow', () => {
  it('replays answers, following each branch of a multiple choice in the editor\'s order', () => {
    const flow = replay(guideDa, decodeSteps('forening-behov/penge,lokaler'));
    expect(flow.question).to.equal(null);
    expect(flow.outcomes.map((o) => o.key)).to.deep.equal(['lokaler', 'penge']);
    expect(encodeSteps(flow.steps)).to.equal('forening-behov/lokaler,penge');
  });

  it('stops at the first answer that does not fit', () => {
    expect(replay(guideDa, decodeSteps('barn-behov/lokaler')).question!.key).to.equal('barn-behov');
    expect(replay(guideDa, decodeSteps('ide-behov,barn-behov')).question!.key).to.equal('hvad-vil-du');
    // "None of these" cannot be combined with another answer.
    expect(replay(guideDa, decodeSteps('forening-behov/lokaler,forening-raadgivning')).steps).to.have.length(1);
    expect(replay(guideDa, decodeSteps('%E0%A4%A/x')).steps).to.deep.equal([]);
  });

  it('visits a question reached from several branches once, and counts the questions left', () => {
    const guide: Guide = structuredClone(guideDa);
    const q = guide.questions.find((x) => x.key === 'forening-behov')!;
    q.answers[2].next = 'barn-behov';
    const flow = replay(guide, decodeSteps('forening-behov/lokaler,barn-behov'));
    expect(flow.question!.key).to.equal('barn-behov');
    expect(flow.outcomes.map((o) => o.key)).to.deep.equal(['lokaler']);
    expect(questionsLeft(guide, ['hvad-vil-du'])).to.deep.equal({ min: 2, max: 3 });
    expect(questionsLeft(guideDa, ['frivillig-omraade'])).to.deep.equal({ min: 1, max: 2 });
  });
});
