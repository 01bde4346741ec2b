import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Locale } from '../../base/api-types.js';
import { ApiClient, SamskabApiError } from '../../base/api-client.js';
import { SamskabElement, baseStyles } from '../../base/base-element.js';
import type { Catalogue } from '../../base/i18n.js';
import { checkForm, FIELD_ORDER, type FieldName, type FormValues, type SignupSchema } from './signup-schema.js';
import { styles } from './signup-form.styles.js';

export interface SamskabSignupDetail {
  /** The reference the person was shown, e.g. `FRV-7K3Q-9M2D`. */
  reference: string;
  campaign: string | null;
  opportunity: string | null;
  organisation: string | null;
}

/** A sign-up was received. The detail holds the reference and what it was for, never the person's details. */
export class SamskabSignupEvent extends CustomEvent<SamskabSignupDetail> {
  static readonly type = 'samskab-signup';
  constructor(detail: SamskabSignupDetail) {
    super(SamskabSignupEvent.type, { detail, bubbles: true, composed: true });
  }
}

const ORIGIN = /^https?:\/\/[^/?#\s]+$/;

/**
 * @tagname samskab-signup-form
 * @summary "I want to help": a volunteer's sign-up for a campaign or a task, sent to the organisation's coordinator.
 *
 * @attr campaign - The campaign's slug. Set this or `opportunity`.
 * @attr opportunity - The task's slug (from the task bank). Set this or `campaign`.
 * @attr organisation - The embedding institution's slug: the sign-up goes to its coordinator.
 * @attr source - The origin of the page the form is shown for, when that is not the page itself (the iframe page sets it).
 * @attr heading-level - The level of the form's heading, 2 to 4 (default 2).
 * @attr api - Where the API lives (an origin). Defaults to `<meta name="samskab-api">`, then the script's origin.
 * @attr lang - `da` or `en`; defaults to the closest `lang` on the page.
 *
 * @slot - Fallback content (a link to the CMS's sign-up page), shown while loading and kept if the API cannot be reached.
 *
 * @csspart form - The form.
 * @csspart heading - The form's heading.
 * @csspart intro - What the sign-up is for.
 * @csspart error-summary - The list of things to fix, after a sending that was refused.
 * @csspart field-error - The message under a field that needs fixing.
 * @csspart consent - The box that says who gets the data and for how long.
 * @csspart submit - The send button.
 * @csspart form-error - A message about the sending itself (network, too many sign-ups).
 * @csspart success - The thank-you message with the reference.
 * @csspart reference - The reference in the thank-you message.
 * @csspart fallback - The wrapper around the fallback slot.
 * @csspart error - The message shown when loading failed and there is no fallback.
 *
 * @cssproperty --samskab-signup-form-min-height - Space reserved before the form loads (default 30rem).
 * @cssproperty --samskab-signup-form-max-width - The fields' largest width (default 36rem).
 * @cssproperty --samskab-color-error - The colour of error messages and their markers.
 *
 * @fires samskab-signup - A sign-up was received; detail `{reference, campaign, opportunity, organisation}` (no personal data).
 * @fires samskab-load - The form is shown.
 * @fires samskab-error - The form could not be loaded (the fallback stays), or a sign-up could not be sent.
 */
export class SamskabSignupForm extends SamskabElement {
  static override messages: Catalogue = {
    da: {
      heading: 'Meld dig som frivillig',
      errorPrefix: 'Fejl:',
      intro: 'Det tager kun et minut. Bagefter kontakter {recipient} dig.',
      required: '(skal udfyldes)',
      contactLegend: 'Hvordan kan vi kontakte dig?',
      contactHint: 'Udfyld e-mail, telefon eller begge.',
      characters: '{count} af {max} tegn',
      honeypot: 'Lad dette felt være tomt',
      submit: 'Send tilmelding',
      sending: 'Sender din tilmelding …',
      summary: 'Ret dette, før du sender:',
      errorsOne: 'Der er 1 ting, du skal rette, før du kan sende.',
      errorsMany: 'Der er {count} ting, du skal rette, før du kan sende.',
      successHeading: 'Tak! Din tilmelding er sendt',
      successText: '{recipient} kontakter dig snart.',
      referenceLabel: 'Dit referencenummer er',
      referenceHint: 'Skriv det ned, hvis du vil spørge til din tilmelding.',
      networkError: 'Tilmeldingen kunne ikke sendes. Tjek din internetforbindelse, og prøv igen. Det, du har skrevet, er ikke gået tabt.',
      serverError: 'Noget gik galt hos os, og tilmeldingen blev ikke sendt. Prøv igen om lidt. Det, du har skrevet, er ikke gået tabt.',
    },
    en: {
      heading: 'Sign up as a volunteer',
      errorPrefix: 'Error:',
      intro: 'It only takes a minute. Afterwards {recipient} will contact you.',
      required: '(required)',
      contactLegend: 'How can we contact you?',
      contactHint: 'Fill in email, phone or both.',
      characters: '{count} of {max} characters',
      honeypot: 'Leave this field empty',
      submit: 'Send sign-up',
      sending: 'Sending your sign-up …',
      summary: 'Fix this before you send:',
      errorsOne: 'There is 1 thing to fix before you can send.',
      errorsMany: 'There are {count} things to fix before you can send.',
      successHeading: 'Thank you! Your sign-up has been sent',
      successText: '{recipient} will contact you soon.',
      referenceLabel: 'Your reference is',
      referenceHint: 'Write it down in case you want to ask about your sign-up.',
      networkError: 'The sign-up could not be sent. Check your internet connection and try again. What you wrote has not been lost.',
      serverError: 'Something went wrong on our side and the sign-up was not sent. Try again in a moment. What you wrote has not been lost.',
    },
  };

  static override styles = [...baseStyles, styles];

  static override properties: PropertyDeclarations = {
    campaign: { type: String, reflect: true },
    opportunity: { type: String, reflect: true },
    organisation: { type: String, reflect: true },
    source: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    schema: { state: true },
    errors: { state: true },
    formError: { state: true },
    sending: { state: true },
    reference: { state: true },
    announcement: { state: true },
    messageLength: { state: true },
  };

  declare campaign: string | null;
  declare opportunity: string | null;
  declare organisation: string | null;
  declare source: string | null;
  declare headingLevel: number;
  protected declare schema: SignupSchema | null;
  protected declare errors: Map<FieldName, string>;
  protected declare formError: string | null;
  protected declare sending: boolean;
  protected declare reference: string | null;
  protected declare announcement: string;
  protected declare messageLength: number;

  /** When the form was first shown (performance.now()); the server wants the time it took to fill in. */
  private shownAt: number | null = null;
  private attempted = false;

  constructor() {
    super();
    this.campaign = null;
    this.opportunity = null;
    this.organisation = null;
    this.source = null;
    this.headingLevel = 2;
    this.schema = null;
    this.errors = new Map();
    this.formError = null;
    this.sending = false;
    this.reference = null;
    this.announcement = '';
    this.messageLength = 0;
  }

  protected override get reloadKeys(): readonly string[] {
    return ['campaign', 'opportunity', 'organisation'];
  }

  protected override async load(client: ApiClient, locale: Locale, signal: AbortSignal): Promise<void> {
    if (!this.campaign && !this.opportunity) throw new Error('Set the campaign or the opportunity attribute to a slug.');
    this.schema = await client.get<SignupSchema>(
      '/signups/schema',
      { campaign: this.campaign, opportunity: this.opportunity, organisation: this.organisation, locale },
      signal,
    );
    this.shownAt = null;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.status === 'ready' && this.shownAt === null) this.shownAt = performance.now();
  }

  private text(key: string, params: Record<string, string | number> = {}): string {
    return (this.schema?.texts[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
  }

  private field<T extends HTMLElement = HTMLInputElement>(name: string): T | null {
    return this.renderRoot.querySelector<T>(`[name="${name}"]`);
  }

  private readValues(): FormValues {
    const value = (name: string) => this.field(name)?.value ?? '';
    return {
      name: value('name'),
      email: value('email'),
      phone: value('phone'),
      availability: this.renderRoot.querySelector<HTMLInputElement>('input[name="availability"]:checked')?.value ?? '',
      message: this.field<HTMLTextAreaElement>('message')?.value ?? '',
      consent: this.field('consent')?.checked ?? false,
    };
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (target.name === 'message') this.messageLength = target.value.length;
    // After a refused attempt, each fix is confirmed as it is made.
    if (this.attempted && this.schema) this.errors = checkForm(this.readValues(), this.schema).errors;
  }

  /** Moves focus to a field (the first of a group). */
  private focusField(name: FieldName): void {
    this.field(name)?.focus();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending || !this.schema || !this.client) return;
    const schema = this.schema;
    this.attempted = true;
    this.formError = null;
    const checked = checkForm(this.readValues(), schema);
    this.errors = checked.errors;
    if (checked.errors.size) {
      this.announcement = checked.errors.size === 1 ? this.msg('errorsOne') : this.msg('errorsMany', { count: checked.errors.size });
      await this.updateComplete;
      this.focusField(checked.errors.keys().next().value!);
      return;
    }
    this.sending = true;
    this.announcement = this.msg('sending');
    try {
      // Too quick to be a person: the server would refuse it, so wait out the rest.
      const elapsed = () => Math.round(performance.now() - (this.shownAt ?? performance.now()));
      if (elapsed() < schema.minFillMs) await new Promise((resolve) => setTimeout(resolve, schema.minFillMs - elapsed() + 50));
      const honeypot = this.field(schema.honeypot)?.value ?? '';
      const body = {
        ...checked.value,
        consent: true,
        consentVersion: schema.consent.version,
        campaign: this.campaign || undefined,
        opportunity: this.opportunity || undefined,
        organisation: this.organisation || undefined,
        locale: this.locale,
        sourceOrigin: this.pageOrigin(),
        elapsedMs: elapsed(),
        ...(honeypot && { [schema.honeypot]: honeypot }),
      };
      const answer = await this.post(body);
      this.reference = answer.reference;
      this.announcement = '';
      this.dispatchEvent(
        new SamskabSignupEvent({ reference: answer.reference, campaign: this.campaign, opportunity: this.opportunity, organisation: this.organisation }),
      );
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="success"]')?.focus();
    } catch (error) {
      this.handleRefusal(error);
      await this.updateComplete;
      if (this.errors.size) this.focusField(this.errors.keys().next().value!);
      else this.renderRoot.querySelector<HTMLElement>('[part="form-error"]')?.focus();
    } finally {
      this.sending = false;
    }
  }

  private handleRefusal(error: unknown): void {
    const refusal = error as SamskabApiError & { fields?: { parameter: string; message: string }[] };
    const fields = new Map<FieldName, string>();
    for (const f of refusal.fields ?? []) if ((FIELD_ORDER as string[]).includes(f.parameter) && !fields.has(f.parameter as FieldName)) fields.set(f.parameter as FieldName, f.message);
    this.errors = new Map(FIELD_ORDER.filter((f) => fields.has(f)).map((f) => [f, fields.get(f)!]));
    const other = (refusal.fields ?? []).find((f) => !(FIELD_ORDER as string[]).includes(f.parameter));
    if (this.errors.size) {
      this.announcement = this.errors.size === 1 ? this.msg('errorsOne') : this.msg('errorsMany', { count: this.errors.size });
    } else {
      const status = refusal instanceof SamskabApiError ? refusal.status : 0;
      this.formError = other?.message ?? (status === 429 || (status >= 400 && status < 500) ? refusal.message : status ? this.msg('serverError') : this.msg('networkError'));
      this.announcement = '';
    }
    this.fail(error, undefined, true);
  }

  /** The origin of the page the form is on (or the one the iframe page names), if it is a web page. */
  private pageOrigin(): string | undefined {
    const candidate = this.source ?? globalThis.location?.origin;
    return candidate && ORIGIN.test(candidate) ? candidate : undefined;
  }

  private async post(body: Record<string, unknown>): Promise<{ reference: string }> {
    const url = this.client!.url('/signups');
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ApiClient.timeoutMs * 2);
    let response: Response;
    try {
      response = await fetch(url.href, {
        method: 'POST',
        credentials: 'omit',
        mode: 'cors',
        redirect: 'error',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (cause) {
      throw new SamskabApiError(`The sign-up could not be sent (${String(cause)})`, 0, controller.signal.aborted ? 'timeout' : 'network', url.href);
    } finally {
      clearTimeout(timer);
    }
    const answer = (await response.json().catch(() => null)) as { reference?: string; error?: { message?: string; code?: string; parameter?: string; fields?: unknown } } | null;
    if (response.status === 201 && typeof answer?.reference === 'string') return { reference: answer.reference };
    const error = new SamskabApiError(answer?.error?.message ?? `The API answered ${response.status}`, response.status, answer?.error?.code ?? 'http', url.href, answer?.error?.parameter);
    throw Object.assign(error, { fields: Array.isArray(answer?.error?.fields) ? answer.error.fields : [] });
  }

  private get level(): number {
    return Math.min(4, Math.max(2, Math.round(this.headingLevel) || 2));
  }

  private heading(text: string, id: string): TemplateResult {
    if (this.level === 3) return html`<h3 id=${id} part="heading">${text}</h3>`;
    if (this.level === 4) return html`<h4 id=${id} part="heading">${text}</h4>`;
    return html`<h2 id=${id} part="heading">${text}</h2>`;
  }

  /** The consent box's title, one level below the form's heading. */
  private subheading(text: string): TemplateResult {
    if (this.level === 2) return html`<h3 class="consent-title">${text}</h3>`;
    if (this.level === 3) return html`<h4 class="consent-title">${text}</h4>`;
    return html`<h5 class="consent-title">${text}</h5>`;
  }

  private describedBy(name: FieldName, ...others: string[]): string {
    return [...others, this.errors.has(name) ? `${name}-error` : ''].filter(Boolean).join(' ');
  }

  private fieldError(name: FieldName): TemplateResult | typeof nothing {
    const message = this.errors.get(name);
    return message ? html`<p class="field-error" id="${name}-error" part="field-error"><span class="sk-visually-hidden">${this.msg('errorPrefix')}</span> ${message}</p>` : nothing;
  }

  private input(name: 'name' | 'email' | 'phone', type: string, options: { required?: boolean; hint?: boolean; inputmode?: string } = {}): TemplateResult {
    const rule = this.schema!.fields[name];
    return html`<div class="field ${this.errors.has(name) ? 'field--error' : ''}">
      <label for=${name}>${this.text(`${name}.label`)} ${options.required ? html`<span class="required">${this.msg('required')}</span>` : nothing}</label>
      ${options.hint ? html`<p class="hint" id="${name}-hint">${this.text(`${name}.hint`)}</p>` : nothing}
      ${this.fieldError(name)}
      <input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${rule.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
        spellcheck=${name === 'name' ? 'false' : nothing}
        aria-required=${options.required ? 'true' : nothing}
        aria-invalid=${this.errors.has(name) ? 'true' : 'false'}
        aria-describedby=${this.describedBy(name, options.hint ? `${name}-hint` : '') || nothing}
      />
    </div>`;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const schema = this.schema;
    if (!schema) return nothing;
    const target = schema.target;
    if (this.reference) {
      return html`<div class="success" part="success" tabindex="-1" role="region" aria-labelledby="success-heading">
        ${this.heading(this.msg('successHeading'), 'success-heading')}
        <p>${this.msg('successText', { recipient: target.recipient })}</p>
        <p>${this.msg('referenceLabel')} <strong class="reference" part="reference">${this.reference}</strong>. ${this.msg('referenceHint')}</p>
      </div>`;
    }
    const what = target.opportunity?.title ?? target.campaign?.title;
    const message = schema.fields.message.maxLength;
    return html`<form part="form" novalidate aria-labelledby="signup-heading" @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput}>
      ${this.heading(this.msg('heading'), 'signup-heading')}
      <p class="intro" part="intro">${what ? html`<strong>${what}</strong><br />` : nothing}${this.msg('intro', { recipient: target.recipient })}</p>
      ${this.errors.size && this.attempted
        ? html`<div class="summary" part="error-summary">
            <p class="summary-title">${this.msg('summary')}</p>
            <ul>
              ${[...this.errors].map(([name, text]) => html`<li><button type="button" class="link" @click=${() => this.focusField(name)}>${text}</button></li>`)}
            </ul>
          </div>`
        : nothing}
      ${this.input('name', 'text', { required: true })}
      <fieldset class="group" aria-describedby="contact-hint">
        <legend>${this.msg('contactLegend')}</legend>
        <p class="hint" id="contact-hint">${this.msg('contactHint')}</p>
        ${this.input('email', 'email', { hint: true, inputmode: 'email' })} ${this.input('phone', 'tel', { inputmode: 'tel' })}
      </fieldset>
      <fieldset class="group ${this.errors.has('availability') ? 'field--error' : ''}" aria-describedby=${this.errors.has('availability') ? 'availability-error' : nothing}>
        <legend>${this.text('availability.label')} <span class="required">${this.msg('required')}</span></legend>
        ${this.fieldError('availability')}
        ${schema.fields.availability.options.map(
          (option) => html`<div class="choice">
            <input type="radio" id="availability-${option}" name="availability" value=${option} aria-invalid=${this.errors.has('availability') ? 'true' : 'false'} />
            <label for="availability-${option}">${this.text(`availability.${option}`)}</label>
          </div>`,
        )}
      </fieldset>
      <div class="field ${this.errors.has('message') ? 'field--error' : ''}">
        <label for="message">${this.text('message.label')}</label>
        <p class="hint" id="message-hint">${this.text('message.hint')}</p>
        ${this.fieldError('message')}
        <textarea id="message" name="message" rows="4" aria-invalid=${this.errors.has('message') ? 'true' : 'false'} aria-describedby=${this.describedBy('message', 'message-hint', 'message-count')}></textarea>
        <p class="hint count ${this.messageLength > message ? 'count--over' : ''}" id="message-count">${this.msg('characters', { count: this.messageLength, max: message })}</p>
      </div>
      <div class="consent ${this.errors.has('consent') ? 'field--error' : ''}" part="consent">
        ${this.subheading(this.text('consent.heading'))}
        <p id="consent-text">${schema.consent.text}</p>
        ${this.fieldError('consent')}
        <div class="choice">
          <input type="checkbox" id="consent" name="consent" aria-required="true" aria-invalid=${this.errors.has('consent') ? 'true' : 'false'} aria-describedby=${this.describedBy('consent', 'consent-text')} />
          <label for="consent">${this.text('consent.label')} <span class="required">${this.msg('required')}</span></label>
        </div>
      </div>
      <div class="hp" aria-hidden="true">
        <label for="hp">${this.msg('honeypot')}</label>
        <input id="hp" name=${schema.honeypot} type="text" tabindex="-1" autocomplete="off" />
      </div>
      ${this.formError ? html`<p class="sk-message form-error" part="form-error" tabindex="-1" role="alert">${this.formError}</p>` : nothing}
      <button class="sk-button" part="submit" type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>${this.sending ? this.msg('sending') : this.msg('submit')}</button>
      <p class="sk-visually-hidden" role="status">${this.announcement}</p>
    </form>`;
  }
}
