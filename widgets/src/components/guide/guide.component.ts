import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ContactPoint, Guide, GuideOutcome, GuideQuestion, Locale, Offer } from '../../base/api-types.js';
import type { ApiClient } from '../../base/api-client.js';
import { SamskabElement, baseStyles, reservedCellStyles } from '../../base/base-element.js';
import { contactMessages, mergeMessages } from '../../base/list-element.js';
import { safeHref } from '../../base/urls.js';
import {
  answerForPlace,
  chosenAnswers,
  decodeSteps,
  encodeSteps,
  questionsLeft,
  replay,
  samePrefix,
  type FlowPosition,
  type Step,
} from './guide-flow.js';
import { styles } from './guide.styles.js';

/** Where the quick exit goes unless `exit-url` says otherwise: a neutral news front page. */
export const DEFAULT_EXIT_URL = 'https://www.dr.dk/';
/** Shift pressed this many times in a row leaves a sensitive guide. */
const SHIFT_PRESSES = 3;
/** ... with at most this long between two presses (ms). */
const SHIFT_GAP_MS = 1500;

type FocusTarget = 'question' | 'result' | 'choices' | 'place';

function heading(level: number, attrs: { id?: string; part: string; focusable?: boolean }, content: unknown): TemplateResult {
  const id = attrs.id ?? nothing;
  const tabindex = attrs.focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2 id=${id} class=${attrs.part} part=${attrs.part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${attrs.part} part=${attrs.part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${attrs.part} part=${attrs.part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${attrs.part} part=${attrs.part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${attrs.part} part=${attrs.part} tabindex=${tabindex}>${content}</h6>`;
  }
}

/**
 * @tagname samskab-guide
 * @summary "Where do I turn?": a few plain questions, one at a time, that end with the right person, office or offer.
 *
 * The answers live in the page URL (`?hvor-henvender-jeg-mig=forening-behov/lokaler,penge`), so the
 * browser's back button steps back through the questions and a result can be shared or bookmarked.
 * A sensitive guide (marked in the CMS) keeps its answers out of the URL and the browser history, and
 * shows a quick-exit button; pressing Shift three times in a row also leaves. Both replace the page
 * with a neutral one (`exit-url`), so the back button does not lead back to the guide.
 *
 * @attr guide - The guide's slug (required).
 * @attr answers - Answers to start from when the URL has none, in the URL's form (for example `ide-behov` starts at the question after "I have an idea").
 * @attr param - The URL parameter that holds the answers (default: the guide's slug).
 * @attr url-state - `off` keeps the answers out of the page URL (sensitive guides always do).
 * @attr exit-url - Where the quick exit of a sensitive guide goes (default https://www.dr.dk/).
 * @attr heading-level - The level of the guide's heading, 2 to 4 (default 2); questions and results are one level below.
 * @attr api - Where the API lives (an origin). Defaults to `<meta name="samskab-api">`, then the script's origin.
 * @attr lang - `da` or `en`; defaults to the closest `lang` on the page.
 *
 * @slot - Fallback content (for example a phone number to call), shown while loading and kept if the API cannot be reached.
 *
 * @csspart base - The section around everything.
 * @csspart title - The guide's heading.
 * @csspart intro - The introduction, shown with the first question.
 * @csspart progress - The progress indication (text and bar).
 * @csspart progress-text - "Question 2 of 4", a polite live region.
 * @csspart progress-bar - The bar.
 * @csspart back - The back button.
 * @csspart question - The current question.
 * @csspart question-heading - The question's heading (focused when the question appears).
 * @csspart help - A question's help text.
 * @csspart answers - The list of answer buttons.
 * @csspart answer - Each answer button of a single-choice or district question.
 * @csspart choice - Each checkbox row of a multiple-choice question.
 * @csspart next - The "Next" button of a multiple-choice question.
 * @csspart place-form - The postcode or district field of a district question.
 * @csspart error-message - A message that says what to fix.
 * @csspart result - The result.
 * @csspart result-heading - The result's heading (focused when the result appears).
 * @csspart outcome - Each outcome in the result.
 * @csspart contact - Each contact point.
 * @csspart offer - Each matching offer.
 * @csspart summary - "Your answers", each with a change button.
 * @csspart change - A change button.
 * @csspart restart - The "Start again" button.
 * @csspart exit-bar - The quick-exit bar of a sensitive guide.
 * @csspart quick-exit - The quick-exit button.
 * @csspart fallback - The wrapper around the fallback slot.
 * @csspart error - The message shown when loading failed and there is no fallback.
 *
 * @cssproperty --samskab-guide-min-height - The space reserved for the guide, before and while it loads (default: follows its width; see samskab.css).
 * @cssproperty --samskab-guide-answer-background - The answer buttons' background.
 * @cssproperty --samskab-guide-exit-background - The quick-exit button's background (default the accent colour).
 * @cssproperty --samskab-color-primary - Answer borders, the progress bar and links.
 *
 * @fires samskab-load - The guide is shown.
 * @fires samskab-error - The guide could not be loaded; the fallback stays.
 */
export class SamskabGuide extends SamskabElement {
  // Its reserve (samskab.css) stays after it has loaded, in one grid cell with its box.
  static override styles = [...baseStyles, reservedCellStyles, styles];

  static override messages = mergeMessages(contactMessages, {
    da: {
      progress: 'Spørgsmål {n} af {total}',
      progressUpTo: 'Spørgsmål {n} af højst {total}',
      progressDone: 'Færdig: her er dit svar',
      back: 'Tilbage',
      next: 'Næste',
      or: 'eller',
      yourAnswer: 'dit svar',
      chooseOne: 'Vælg mindst ét svar, eller vælg »{none}«.',
      place: 'Postnummer eller bydel',
      placeHint: 'For eksempel 8260 eller Viby',
      find: 'Find',
      orChoose: 'Eller vælg på listen:',
      placeEmpty: 'Skriv et postnummer eller en bydel, eller vælg på listen.',
      placeUnknown: 'Vi kender ikke »{place}«. Tjek stavningen, eller vælg på listen.',
      resultTitle: 'Her kan du få hjælp',
      contacts: 'Her kan du henvende dig',
      offers: 'Tilbud, der passer',
      helpsWith: 'Hjælper med',
      hours: 'Åbent',
      price: 'Pris',
      free: 'Gratis',
      provider: 'Udbyder',
      yourAnswers: 'Dine svar',
      change: 'Ret',
      changeAnswerTo: 'svaret på »{question}«',
      restart: 'Start forfra',
      quickExit: 'Forlad siden hurtigt',
      quickExitHint: 'Eller tryk tre gange på Shift-tasten. Dine svar bliver ikke gemt.',
      missingGuide: '<samskab-guide> mangler attributten guide (guidens slug).',
    },
    en: {
      progress: 'Question {n} of {total}',
      progressUpTo: 'Question {n} of at most {total}',
      progressDone: 'Done: here is your answer',
      back: 'Back',
      next: 'Next',
      or: 'or',
      yourAnswer: 'your answer',
      chooseOne: 'Choose at least one answer, or choose “{none}”.',
      place: 'Postcode or district',
      placeHint: 'For example 8260 or Viby',
      find: 'Find',
      orChoose: 'Or choose from the list:',
      placeEmpty: 'Type a postcode or a district, or choose from the list.',
      placeUnknown: 'We do not know “{place}”. Check the spelling, or choose from the list.',
      resultTitle: 'This is where you can get help',
      contacts: 'Where to turn',
      offers: 'Offers that fit',
      helpsWith: 'Helps with',
      hours: 'Open',
      price: 'Price',
      free: 'Free',
      provider: 'Provider',
      yourAnswers: 'Your answers',
      change: 'Change',
      changeAnswerTo: 'your answer to “{question}”',
      restart: 'Start again',
      quickExit: 'Leave this page quickly',
      quickExitHint: 'Or press the Shift key three times. Your answers are not stored.',
      missingGuide: '<samskab-guide> needs a guide attribute (the guide slug).',
    },
  });

  /**
   * Leaves the page for the quick exit. Replaces the current history entry, so
   * the back button does not return to the guide. Tests replace this to observe it.
   * @internal
   */
  static leave: (url: string) => void = (url) => {
    window.location.replace(url);
  };

  static override properties: PropertyDeclarations = {
    guide: { type: String, reflect: true },
    answers: { type: String },
    param: { type: String },
    urlState: { type: String, attribute: 'url-state' },
    exitUrl: { type: String, attribute: 'exit-url' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    data: { state: true },
    steps: { state: true },
    position: { state: true },
    selection: { state: true },
    choiceError: { state: true },
    placeError: { state: true },
  };

  declare guide: string | null;
  declare answers: string | null;
  declare param: string | null;
  declare urlState: string | null;
  declare exitUrl: string | null;
  declare headingLevel: number;
  protected declare data: Guide | null;
  // Every answer given, including those after the question shown (kept after going back).
  protected declare steps: Step[];
  // How many of `steps` are behind the question shown.
  protected declare position: number;
  // Answer indexes ticked in the multiple-choice question shown; null = as answered before.
  protected declare selection: number[] | null;
  protected declare choiceError: string | null;
  protected declare placeError: string | null;

  /** After a change of answer, go on to the first unanswered question instead of the next one. */
  private resume = false;
  private focusNext: FocusTarget | null = null;
  private loadedGuide: string | null = null;
  private shiftPresses: number[] = [];

  constructor() {
    super();
    this.guide = null;
    this.answers = null;
    this.param = null;
    this.urlState = null;
    this.exitUrl = null;
    this.headingLevel = 2;
    this.data = null;
    this.steps = [];
    this.position = 0;
    this.selection = null;
    this.choiceError = null;
    this.placeError = null;
  }

  protected override get reloadKeys(): readonly string[] {
    return ['guide'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    document.addEventListener('keydown', this.onKeyDown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    document.removeEventListener('keydown', this.onKeyDown, true);
  }

  protected override async load(client: ApiClient, locale: Locale, signal: AbortSignal): Promise<void> {
    const slug = (this.guide ?? '').trim();
    if (!slug) throw new Error(this.msg('missingGuide'));
    const data = await client.get<Guide>(`/guides/${encodeURIComponent(slug)}`, { locale }, signal);
    this.data = data;
    if (this.loadedGuide !== slug) {
      this.loadedGuide = slug;
      this.restore();
    } else {
      // Same guide in another language: the keys are the same, keep the answers.
      const flow = replay(data, this.steps);
      this.steps = flow.steps;
      this.position = Math.min(this.position, flow.steps.length);
    }
  }

  // -------------------------------------------------------------------------
  // URL state
  // -------------------------------------------------------------------------

  private get urlParam(): string {
    return (this.param ?? '').trim() || (this.guide ?? '').trim() || 'guide';
  }

  /** Sensitive guides never touch the URL or the history. */
  private get urlEnabled(): boolean {
    return this.urlState !== 'off' && !this.data?.sensitive;
  }

  private readUrl(): string | null {
    try {
      return new URLSearchParams(window.location.search).get(this.urlParam);
    } catch {
      return null;
    }
  }

  /** The answers the page starts from: the URL's, else the `answers` attribute. */
  private startingSteps(): Step[] {
    const fromUrl = this.urlEnabled ? this.readUrl() : null;
    return decodeSteps(fromUrl ?? this.answers);
  }

  private urlWith(value: string): string {
    const url = new URL(window.location.href);
    url.searchParams.delete(this.urlParam);
    let search = url.searchParams.toString();
    // Keys are [a-z0-9_-], so `/` and `,` can stay readable (both are allowed in a query).
    if (value) search += `${search ? '&' : ''}${encodeURIComponent(this.urlParam)}=${value}`;
    url.search = search;
    return url.href;
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    if (!this.urlEnabled || !this.data) return;
    try {
      const href = this.urlWith(encodeSteps(this.steps.slice(0, this.position)));
      if (href === window.location.href) return;
      if (mode === 'push') window.history.pushState(window.history.state, '', href);
      else window.history.replaceState(window.history.state, '', href);
    } catch {
      // Sandboxed iframes and file: pages may refuse history changes; the guide still works.
    }
  }

  private restore(): void {
    if (!this.data) return;
    if (this.data.sensitive && this.readUrl() !== null) {
      // Never keep a sensitive guide's answers in the address bar, not even from a link.
      try {
        window.history.replaceState(window.history.state, '', this.urlWith(''));
      } catch {
        // see writeUrl
      }
    }
    const flow = replay(this.data, this.startingSteps());
    this.steps = flow.steps;
    this.position = flow.steps.length;
    this.resetQuestionState();
    const inUrl = this.urlEnabled ? this.readUrl() : null;
    if (inUrl !== null && inUrl !== encodeSteps(flow.steps)) this.writeUrl('replace');
  }

  private onPopState = (): void => {
    if (!this.data || !this.urlEnabled) return;
    const wanted = replay(this.data, this.startingSteps()).steps;
    const before = encodeSteps(this.steps.slice(0, this.position));
    if (encodeSteps(wanted) === before) return;
    if (samePrefix(this.steps, wanted, wanted.length)) {
      this.position = wanted.length;
    } else {
      this.steps = wanted;
      this.position = wanted.length;
    }
    this.resume = false;
    this.resetQuestionState();
    this.focusNext = this.current().question ? 'question' : 'result';
  };

  // -------------------------------------------------------------------------
  // Navigation
  // -------------------------------------------------------------------------

  /** Where the answers before the shown question lead. */
  private current(): FlowPosition {
    return replay(this.data!, this.steps.slice(0, this.position));
  }

  private resetQuestionState(): void {
    this.selection = null;
    this.choiceError = null;
    this.placeError = null;
  }

  private moved(): void {
    this.resetQuestionState();
    this.focusNext = this.current().question ? 'question' : 'result';
    this.writeUrl('push');
  }

  /** Answers the shown question with the answers leading to `choices`. */
  private choose(question: GuideQuestion, choices: string[]): void {
    if (!this.data) return;
    const at = this.position;
    const steps = [...this.steps.slice(0, at), { question: question.key, choices }, ...this.steps.slice(at + 1)];
    const flow = replay(this.data, steps);
    this.steps = flow.steps;
    this.position = this.resume ? flow.steps.length : Math.min(at + 1, flow.steps.length);
    this.resume = false;
    this.moved();
  }

  private back(): void {
    if (this.position === 0) return;
    this.position -= 1;
    this.resume = false;
    this.moved();
  }

  private change(index: number): void {
    this.position = Math.max(0, Math.min(index, this.steps.length));
    this.resume = true;
    this.moved();
  }

  private restart(): void {
    this.steps = [];
    this.position = 0;
    this.resume = false;
    this.moved();
  }

  // -------------------------------------------------------------------------
  // Quick exit (sensitive guides)
  // -------------------------------------------------------------------------

  private get exitTarget(): string {
    const href = safeHref(this.exitUrl);
    return href && /^https?:/.test(href) ? href : DEFAULT_EXIT_URL;
  }

  /** Forgets the answers and replaces the page with a neutral one. */
  quickExit(): void {
    const target = this.exitTarget;
    this.steps = [];
    this.position = 0;
    this.resetQuestionState();
    this.shiftPresses = [];
    try {
      (this.constructor as typeof SamskabGuide).leave(target);
    } catch (error) {
      this.fail(error, 'quick-exit', true);
    }
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    if (!this.data?.sensitive || this.status !== 'ready') return;
    if (event.key !== 'Shift') {
      this.shiftPresses = [];
      return;
    }
    if (event.repeat) return;
    const now = event.timeStamp || performance.now();
    const last = this.shiftPresses[this.shiftPresses.length - 1];
    this.shiftPresses = last !== undefined && now - last <= SHIFT_GAP_MS ? [...this.shiftPresses, now] : [now];
    if (this.shiftPresses.length >= SHIFT_PRESSES) this.quickExit();
  };

  // -------------------------------------------------------------------------
  // Events from the controls
  // -------------------------------------------------------------------------

  private selected(question: GuideQuestion): number[] {
    if (this.selection) return this.selection;
    const before = this.steps[this.position];
    if (!before || before.question !== question.key) return [];
    const answers = chosenAnswers(question, before.choices) ?? [];
    return answers.map((a) => question.answers.indexOf(a));
  }

  private toggle(question: GuideQuestion, index: number, checked: boolean): void {
    const answer = question.answers[index];
    let next = this.selected(question).filter((i) => i !== index);
    if (checked) {
      // "None of these" stands alone.
      next = answer.none ? [index] : [...next.filter((i) => !question.answers[i].none), index];
    }
    this.selection = next.sort((a, b) => a - b);
    this.choiceError = null;
  }

  private submitChoices(event: Event, question: GuideQuestion): void {
    event.preventDefault();
    const chosen = this.selected(question);
    if (chosen.length === 0) {
      const none = question.answers.find((a) => a.none);
      this.choiceError = this.msg('chooseOne', { none: none?.label ?? '' });
      this.focusNext = 'choices';
      return;
    }
    this.choose(question, [...new Set(chosen.map((i) => question.answers[i].next))]);
  }

  private submitPlace(event: Event, question: GuideQuestion): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#place');
    const place = input?.value.trim() ?? '';
    if (!place) {
      this.placeError = this.msg('placeEmpty');
      this.focusNext = 'place';
      return;
    }
    const answer = answerForPlace(question, place);
    if (!answer) {
      this.placeError = this.msg('placeUnknown', { place });
      this.focusNext = 'place';
      return;
    }
    if (input) input.value = '';
    this.choose(question, [answer.next]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The progress bar's width goes through the CSSOM (like the base's focal points), not a
    // style attribute, so a strict style-src Content-Security-Policy does not block it.
    const fill = this.renderRoot.querySelector<HTMLElement>('.progress-fill');
    if (fill) fill.style.transform = `scaleX(${fill.dataset.fraction ?? '0'})`;
    if (this.focusNext) {
      const target = this.focusNext;
      this.focusNext = null;
      const el =
        target === 'choices'
          ? this.renderRoot.querySelector<HTMLElement>('input[type=checkbox]')
          : this.renderRoot.querySelector<HTMLElement>(`#${target}`);
      el?.focus();
    }
  }

  // -------------------------------------------------------------------------
  // Rendering
  // -------------------------------------------------------------------------

  private get level(): number {
    const level = Math.round(Number(this.headingLevel) || 2);
    return Math.min(4, Math.max(2, level));
  }

  private renderProgress(flow: FlowPosition): TemplateResult {
    let text: string;
    let fraction: number;
    if (flow.question) {
      const left = questionsLeft(this.data!, [flow.question.key, ...flow.pending]);
      const n = this.position + 1;
      const min = this.position + left.min;
      const max = this.position + left.max;
      text = min === max ? this.msg('progress', { n, total: max }) : this.msg('progressUpTo', { n, total: max });
      fraction = max > 0 ? this.position / max : 0;
    } else {
      text = this.msg('progressDone');
      fraction = 1;
    }
    return html`<div class="progress" part="progress">
      <p class="progress-text" part="progress-text" id="progress" aria-live="polite">${text}</p>
      <div class="progress-bar" part="progress-bar" aria-hidden="true">
        <span class="progress-fill" data-fraction=${fraction.toFixed(3)}></span>
      </div>
    </div>`;
  }

  private renderAnswerButton(question: GuideQuestion, index: number, chosen: number[]): TemplateResult {
    const answer = question.answers[index];
    const isChosen = chosen.includes(index);
    return html`<li>
      <button type="button" class="answer ${isChosen ? 'chosen' : ''} ${answer.none ? 'none' : ''}" part="answer" @click=${() => this.choose(question, [answer.next])}>
        <span class="answer-label">${answer.label}</span>
        ${isChosen ? html`<span class="chosen-mark">(${this.msg('yourAnswer')})</span>` : nothing}
      </button>
    </li>`;
  }

  private renderSingle(question: GuideQuestion): TemplateResult {
    const chosen = this.selected(question);
    const ordinary = question.answers.map((a, i) => (a.none ? -1 : i)).filter((i) => i >= 0);
    const none = question.answers.map((a, i) => (a.none ? i : -1)).filter((i) => i >= 0);
    return html`<div role="group" aria-labelledby="question">
      <ul class="answers" part="answers" role="list">
        ${ordinary.map((i) => this.renderAnswerButton(question, i, chosen))}
      </ul>
      ${none.length
        ? html`<p class="or">${this.msg('or')}</p>
            <ul class="answers" part="answers" role="list">
              ${none.map((i) => this.renderAnswerButton(question, i, chosen))}
            </ul>`
        : nothing}
    </div>`;
  }

  private renderChoice(question: GuideQuestion, index: number, chosen: number[]): TemplateResult {
    const answer = question.answers[index];
    const id = `choice-${index}`;
    return html`<div class="choice" part="choice">
      <input
        type="checkbox"
        id=${id}
        .checked=${live(chosen.includes(index))}
        aria-describedby=${this.choiceError ? 'choice-error' : nothing}
        aria-invalid=${this.choiceError ? 'true' : nothing}
        @change=${(e: Event) => this.toggle(question, index, (e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${answer.label}</label>
    </div>`;
  }

  private renderMultiple(question: GuideQuestion): TemplateResult {
    const chosen = this.selected(question);
    const ordinary = question.answers.map((a, i) => (a.none ? -1 : i)).filter((i) => i >= 0);
    const none = question.answers.map((a, i) => (a.none ? i : -1)).filter((i) => i >= 0);
    return html`<form class="choices" novalidate @submit=${(e: Event) => this.submitChoices(e, question)}>
      <fieldset aria-labelledby="question" aria-describedby=${question.help ? 'question-help' : nothing}>
        ${this.choiceError ? html`<p class="field-error" part="error-message" id="choice-error">${this.choiceError}</p>` : nothing}
        ${ordinary.map((i) => this.renderChoice(question, i, chosen))}
        ${none.length ? html`<p class="or">${this.msg('or')}</p>${none.map((i) => this.renderChoice(question, i, chosen))}` : nothing}
      </fieldset>
      <button type="submit" class="sk-button next" part="next">${this.msg('next')}</button>
    </form>`;
  }

  private renderDistrict(question: GuideQuestion): TemplateResult {
    const error = this.placeError;
    return html`<form class="place-form" part="place-form" novalidate @submit=${(e: Event) => this.submitPlace(e, question)}>
        <label for="place">${this.msg('place')}</label>
        <p class="hint" id="place-hint">${this.msg('placeHint')}</p>
        ${error ? html`<p class="field-error" part="error-message" id="place-error">${error}</p>` : nothing}
        <div class="place-row">
          <input
            id="place"
            name="place"
            type="text"
            autocomplete="postal-code"
            spellcheck="false"
            aria-describedby=${error ? 'place-hint place-error' : 'place-hint'}
            aria-invalid=${error ? 'true' : nothing}
          />
          <button type="submit" class="sk-button">${this.msg('find')}</button>
        </div>
      </form>
      <p class="or-choose">${this.msg('orChoose')}</p>
      ${this.renderSingle(question)}`;
  }

  private renderQuestion(question: GuideQuestion): TemplateResult {
    const body =
      question.kind === 'multiple' ? this.renderMultiple(question) : question.kind === 'district' ? this.renderDistrict(question) : this.renderSingle(question);
    return html`<div class="question" part="question">
      ${heading(this.level + 1, { id: 'question', part: 'question-heading', focusable: true }, question.text)}
      ${question.help ? html`<p class="help" part="help" id="question-help">${question.help}</p>` : nothing} ${body}
    </div>`;
  }

  private renderContactPoint(contact: ContactPoint, level: number): TemplateResult {
    const phone = contact.phone ? safeHref(`tel:${contact.phone.replace(/[^\d+]/g, '')}`) : undefined;
    const email = contact.email ? safeHref(`mailto:${contact.email}`) : undefined;
    const url = safeHref(contact.url);
    let site = '';
    if (url) {
      const parsed = new URL(url);
      site = `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
    }
    return html`<li class="card contact" part="contact">
      ${heading(level, { part: 'contact-name' }, contact.name)}
      ${contact.role ? html`<p class="role">${contact.role}</p>` : nothing}
      ${contact.helpsWith ? html`<p class="helps">${contact.helpsWith}</p>` : nothing}
      <dl class="details">
        ${phone ? html`<div><dt>${this.msg('phone')}</dt><dd><a href=${phone}>${contact.phone}</a></dd></div>` : nothing}
        ${email ? html`<div><dt>${this.msg('email')}</dt><dd><a href=${email}>${contact.email}</a></dd></div>` : nothing}
        ${contact.hours ? html`<div><dt>${this.msg('hours')}</dt><dd>${contact.hours}</dd></div>` : nothing}
        ${url ? html`<div><dt>${this.msg('website')}</dt><dd><a href=${url}>${site}</a></dd></div>` : nothing}
      </dl>
    </li>`;
  }

  private renderOffer(offer: Offer, level: number): TemplateResult {
    const c = offer.contact;
    const phone = c?.phone ? safeHref(`tel:${c.phone.replace(/[^\d+]/g, '')}`) : undefined;
    const email = c?.email ? safeHref(`mailto:${c.email}`) : undefined;
    const url = safeHref(c?.url);
    return html`<li class="card offer" part="offer">
      ${heading(level, { part: 'offer-title' }, offer.title)}
      <p>${offer.summary}</p>
      <dl class="details">
        ${offer.provider ? html`<div><dt>${this.msg('provider')}</dt><dd>${offer.provider.name}</dd></div>` : nothing}
        <div><dt>${this.msg('price')}</dt><dd>${offer.price || this.msg('free')}</dd></div>
        ${phone ? html`<div><dt>${this.msg('phone')}</dt><dd><a href=${phone}>${c!.phone}</a></dd></div>` : nothing}
        ${email ? html`<div><dt>${this.msg('email')}</dt><dd><a href=${email}>${c!.email}</a></dd></div>` : nothing}
        ${url ? html`<div><dt>${this.msg('website')}</dt><dd><a href=${url}>${this.msg('website')}<span class="sk-visually-hidden">: ${offer.title}</span></a></dd></div>` : nothing}
      </dl>
    </li>`;
  }

  private renderOutcomeBody(outcome: GuideOutcome, level: number): TemplateResult {
    return html`${outcome.text ? html`<p class="outcome-text">${outcome.text}</p>` : nothing}
    ${outcome.contactPoints.length
      ? html`${heading(level, { part: 'contacts-heading' }, this.msg('contacts'))}
          <ul class="cards" role="list">
            ${outcome.contactPoints.map((c) => this.renderContactPoint(c, level + 1))}
          </ul>`
      : nothing}
    ${outcome.offers.length
      ? html`${heading(level, { part: 'offers-heading' }, this.msg('offers'))}
          <ul class="cards" role="list">
            ${outcome.offers.map((o) => this.renderOffer(o, level + 1))}
          </ul>`
      : nothing}`;
  }

  private renderResult(outcomes: GuideOutcome[]): TemplateResult {
    const level = this.level + 1;
    const single = outcomes.length === 1 ? outcomes[0] : null;
    return html`<div class="result" part="result">
      ${heading(level, { id: 'result', part: 'result-heading', focusable: true }, single ? single.title : this.msg('resultTitle'))}
      ${single
        ? html`<div class="outcome" part="outcome">${this.renderOutcomeBody(single, level + 1)}</div>`
        : outcomes.map(
            (o) => html`<section class="outcome" part="outcome" aria-labelledby="outcome-${o.key}">
              ${heading(level + 1, { id: `outcome-${o.key}`, part: 'outcome-heading' }, o.title)} ${this.renderOutcomeBody(o, level + 2)}
            </section>`,
          )}
    </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const data = this.data!;
    const answered = replay(data, this.steps.slice(0, this.position)).steps;
    if (answered.length === 0) return nothing;
    return html`<div class="summary" part="summary">
      ${heading(this.level + 1, { part: 'summary-heading' }, this.msg('yourAnswers'))}
      <ol class="summary-list">
        ${answered.map((step, i) => {
          const question = data.questions.find((q) => q.key === step.question);
          if (!question) return nothing;
          const labels = (chosenAnswers(question, step.choices) ?? []).map((a) => a.label).join(', ');
          return html`<li>
            <span class="summary-question">${question.text}</span>
            <span class="summary-answer">${labels}</span>
            <button type="button" class="link-button" part="change" @click=${() => this.change(i)}>
              ${this.msg('change')}<span class="sk-visually-hidden"> ${this.msg('changeAnswerTo', { question: question.text })}</span>
            </button>
          </li>`;
        })}
      </ol>
    </div>`;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const data = this.data;
    if (!data) return nothing;
    const flow = this.current();
    return html`<section class="base ${data.sensitive ? 'sensitive' : ''}" part="base" aria-labelledby="title">
      ${data.sensitive
        ? html`<div class="exit-bar" part="exit-bar">
            <button type="button" class="quick-exit" part="quick-exit" aria-describedby="exit-hint" @click=${() => this.quickExit()}>${this.msg('quickExit')}</button>
            <p class="exit-hint" id="exit-hint">${this.msg('quickExitHint')}</p>
          </div>`
        : nothing}
      ${heading(this.level, { id: 'title', part: 'title' }, data.title)}
      ${this.position === 0 && data.intro ? html`<p class="intro" part="intro">${data.intro}</p>` : nothing} ${this.renderProgress(flow)}
      ${this.position > 0
        ? html`<button type="button" class="link-button back" part="back" @click=${() => this.back()}>
            <span aria-hidden="true">←</span> ${this.msg('back')}
          </button>`
        : nothing}
      ${flow.question ? this.renderQuestion(flow.question) : this.renderResult(flow.outcomes)} ${this.renderSummary()}
      ${flow.question
        ? nothing
        : html`<p class="actions"><button type="button" class="sk-button sk-button--secondary" part="restart" @click=${() => this.restart()}>${this.msg('restart')}</button></p>`}
    </section>`;
  }
}
