import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '../../base/api-types.js';
import type { ApiClient } from '../../base/api-client.js';
import { SamskabElement, baseStyles } from '../../base/base-element.js';
import type { Catalogue } from '../../base/i18n.js';
import { imageSrc } from '../../base/urls.js';
import { styles } from './pack-builder.styles.js';

/** A campaign the institution takes part in, with the texts a pack starts from. */
export interface PackCampaign {
  slug: string;
  headline: string;
  pitch: string;
  endsAt: string | null;
  defaults: PackTexts;
}

export interface PackTexts {
  name: string;
  headline: string;
  text: string;
  contact: string;
}

export interface PackPhoto {
  id: string;
  title: string;
  alt: string;
  credit: string;
  width: number;
  height: number;
  thumbnail: { url: string; width: number | null; height: number | null } | null;
  consentUntil: string | null;
}

export interface PackPreview {
  format: string;
  title: string;
  width: number;
  height: number;
  src: string;
}

interface PackProblem {
  field?: string;
  code: string;
  message: string;
  details?: { fits?: number; length?: number; problems?: PackProblem[] };
}

/** The answer of POST /portal/packs. */
export interface MadePack {
  pack: { id: string; createdAt: string; file: { name: string; size: number } | null };
  download: string;
}

/** The pack API's error as thrown inside the widget. */
class PackApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: PackProblem,
  ) {
    super(problem.message);
  }
}

type Step = 'campaign' | 'photo' | 'texts' | 'done';
const FIELDS = ['name', 'headline', 'text', 'contact'] as const;
type Field = (typeof FIELDS)[number];

/**
 * @tagname samskab-pack-builder
 * @summary Makes a communication pack (posters, flyer, banners, texts) for the logged-in institution in three steps: campaign, photo, texts; with a live preview, a progress indication and a download.
 *
 * For the institution portal. It calls the pack API (`/api/packs/v1/portal/...`) with the
 * portal user's users-permissions JWT, which the portal hands it in the `session` property
 * after login. The server decides which organisation the pack is for (the user's own).
 *
 * @attr organisation - The institution's slug (informational; the server uses the logged-in user's organisation).
 * @attr api - Where the API lives (an origin). Defaults to `<meta name="samskab-api">`, then the script's origin.
 * @attr lang - `da` or `en`; defaults to the closest `lang` on the page.
 *
 * @prop session - The login: the JWT as a string, or an object with `jwt` (or `token`). Never an attribute, never stored.
 *
 * @slot - Fallback content, shown while loading and kept if the pack API cannot be reached or nobody is logged in.
 *
 * @csspart base - The builder's box.
 * @csspart steps - The list of the three steps.
 * @csspart step - The heading of the current step.
 * @csspart option - A campaign or photo choice.
 * @csspart field - A text field with its label and help.
 * @csspart previews - The list of previews.
 * @csspart preview - One preview (a figure with the image and the format's name).
 * @csspart progress - The progress indication while the pack is made.
 * @csspart download - The download link of the finished pack.
 * @csspart button - The step buttons.
 * @csspart error - An error message.
 * @csspart fallback - The wrapper around the fallback slot.
 *
 * @cssproperty --samskab-pack-builder-min-height - Space reserved before the builder loads (default 24rem).
 * @cssproperty --samskab-color-primary - Buttons and the current step.
 *
 * @fires samskab-pack-made - The pack was made; detail `{ id, fileName, size }`.
 * @fires samskab-load - The builder shows the institution's campaigns.
 * @fires samskab-error - The pack API could not be reached or refused the login; the fallback stays.
 */
export class SamskabPackBuilder extends SamskabElement {
  static override messages: Catalogue = {
    da: {
      title: 'Lav materialer til {organisation}',
      intro: 'Plakater (A3 og A4), en flyer (A5), et webbanner, opslag til sociale medier og færdige tekster, klar til brug.',
      stepsLabel: 'Trin',
      stepOf: 'Trin {n} af 3',
      stepCampaign: 'Kampagne',
      stepPhoto: 'Foto',
      stepTexts: 'Tekster',
      chooseCampaign: 'Vælg kampagne',
      noCampaigns: 'Jeres institution er ikke med i nogen kampagne lige nu. Skriv til frivilligteamet, hvis I vil være med.',
      runsUntil: 'Kører til {date}',
      choosePhoto: 'Vælg foto',
      photoHelp: 'Fotoene er godkendt til tryk og sociale medier, og alle på dem har givet samtykke.',
      noPhotos: 'Der er ingen fotos, I må bruge til denne kampagne. Skriv til frivilligteamet.',
      consentUntil: 'Samtykke til {date}',
      unavailable: '{count} fotos kan ikke bruges',
      writeTexts: 'Skriv teksterne',
      textsHelp: 'Teksterne er kampagnens. Ret dem til jeres institution, eller lad dem stå. Passer en tekst ikke, står der, hvor mange tegn der er plads til.',
      field_name: 'Institutionens navn',
      field_headline: 'Overskrift',
      field_text: 'Tekst',
      field_contact: 'Kontakt',
      help_name: 'Som det skal stå på materialet.',
      help_headline: 'Kort og klar, fx "Bliv frivillig hos os".',
      help_text: 'Hvad de frivillige skal hjælpe med, og hvor meget tid det tager.',
      help_contact: 'Navn, telefon eller e-mail. Står på plakaten og flyeren.',
      fits: 'Der er plads til {fits} tegn.',
      previews: 'Forhåndsvisning',
      previewsUpdating: 'Forhåndsvisningen opdateres …',
      previewOf: 'Forhåndsvisning: {title}',
      next: 'Næste',
      back: 'Tilbage',
      make: 'Lav pakken',
      making: 'Pakken laves. Det tager et par sekunder …',
      made: 'Pakken er klar',
      madeHelp: 'ZIP-filen har plakater og flyer som PDF klar til tryk, bannere og opslag som JPEG og WebP, færdige tekster og en læs-mig-fil.',
      download: 'Hent pakken ({size})',
      again: 'Lav en pakke mere',
      fixErrors: 'Ret fejlene i teksterne, før pakken kan laves.',
      loginNeeded: 'Log ind i portalen for at lave materialer.',
      failed: 'Pakken kunne ikke laves: {message}',
      networkFailed: 'Forbindelsen til Samskab svigtede. Prøv igen om lidt.',
    },
    en: {
      title: 'Make materials for {organisation}',
      intro: 'Posters (A3 and A4), a flyer (A5), a web banner, social media posts and ready-made texts, ready to use.',
      stepsLabel: 'Steps',
      stepOf: 'Step {n} of 3',
      stepCampaign: 'Campaign',
      stepPhoto: 'Photo',
      stepTexts: 'Texts',
      chooseCampaign: 'Choose a campaign',
      noCampaigns: 'Your institution is not part of any campaign right now. Write to the volunteering team if you want to join.',
      runsUntil: 'Runs until {date}',
      choosePhoto: 'Choose a photo',
      photoHelp: 'These photos are cleared for print and social media, and everyone in them has given consent.',
      noPhotos: 'There are no photos you may use for this campaign. Write to the volunteering team.',
      consentUntil: 'Consent until {date}',
      unavailable: '{count} photos cannot be used',
      writeTexts: 'Write the texts',
      textsHelp: "The texts are the campaign's. Adapt them to your institution, or leave them. If a text does not fit, you are told how many characters fit.",
      field_name: "Institution's name",
      field_headline: 'Headline',
      field_text: 'Text',
      field_contact: 'Contact',
      help_name: 'As it should appear on the materials.',
      help_headline: 'Short and clear, e.g. "Volunteer with us".',
      help_text: 'What the volunteers will help with, and how much time it takes.',
      help_contact: 'Name, phone or email. Shown on the poster and the flyer.',
      fits: '{fits} characters fit.',
      previews: 'Preview',
      previewsUpdating: 'Updating the preview …',
      previewOf: 'Preview: {title}',
      next: 'Next',
      back: 'Back',
      make: 'Make the pack',
      making: 'Making the pack. It takes a few seconds …',
      made: 'The pack is ready',
      madeHelp: 'The ZIP file has print-ready PDF posters and flyer, banners and posts as JPEG and WebP, ready-made texts and a read-me.',
      download: 'Download the pack ({size})',
      again: 'Make another pack',
      fixErrors: 'Fix the errors in the texts before the pack can be made.',
      loginNeeded: 'Log in to the portal to make materials.',
      failed: 'The pack could not be made: {message}',
      networkFailed: 'The connection to Samskab failed. Please try again shortly.',
    },
  };

  static override styles = [...baseStyles, styles];

  static override properties: PropertyDeclarations = {
    organisation: { type: String, reflect: true },
    session: { attribute: false },
    step: { state: true },
    options: { state: true },
    campaign: { state: true },
    photos: { state: true },
    unavailable: { state: true },
    photo: { state: true },
    texts: { state: true },
    previews: { state: true },
    problems: { state: true },
    busy: { state: true },
    notice: { state: true },
    made: { state: true },
  };

  declare organisation: string | null;
  /** The portal's login: the JWT, or `{ jwt }` / `{ token }`. */
  declare session: string | { jwt?: string; token?: string } | null;
  protected declare step: Step;
  protected declare options: { organisation: { slug: string; name: string }; campaigns: PackCampaign[] } | null;
  protected declare campaign: PackCampaign | null;
  protected declare photos: PackPhoto[];
  protected declare unavailable: { id: string; title: string; reason: string }[];
  protected declare photo: PackPhoto | null;
  protected declare texts: PackTexts;
  protected declare previews: PackPreview[];
  protected declare problems: Partial<Record<Field, PackProblem>>;
  protected declare busy: 'photos' | 'preview' | 'making' | null;
  protected declare notice: string | null;
  protected declare made: { id: string; name: string; size: number; url: string } | null;

  /** How long to wait after typing before asking for a new preview. */
  static previewDelayMs = 450;

  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private previewRun = 0;
  private focusNext: string | null = null;
  private textsFor: string | null = null;

  constructor() {
    super();
    this.organisation = null;
    this.session = null;
    this.step = 'campaign';
    this.options = null;
    this.campaign = null;
    this.photos = [];
    this.unavailable = [];
    this.photo = null;
    this.texts = { name: '', headline: '', text: '', contact: '' };
    this.previews = [];
    this.problems = {};
    this.busy = null;
    this.notice = null;
    this.made = null;
  }

  protected override get reloadKeys(): readonly string[] {
    return ['session'];
  }

  private get jwt(): string | null {
    const s = this.session;
    if (typeof s === 'string') return s || null;
    return s?.jwt ?? s?.token ?? null;
  }

  /** Calls the portal's pack API with the login; throws PackApiError with the API's message. */
  private async call<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal; raw?: boolean } = {}): Promise<T> {
    if (!this.client) throw new Error('no API origin');
    const url = new URL(`/api/packs/v1/portal${path}`, this.client.origin);
    if (url.origin !== this.client.origin) throw new Error('Request outside the API origin');
    if (this.locale === 'en') url.searchParams.set('locale', 'en');
    const jwt = this.jwt;
    if (!jwt) throw new PackApiError(401, { code: 'login', message: this.msg('loginNeeded') });
    let response: Response;
    try {
      response = await fetch(url.href, {
        method: init.method ?? 'GET',
        credentials: 'omit',
        mode: 'cors',
        redirect: 'error',
        headers: { accept: init.raw ? 'application/zip' : 'application/json', authorization: `Bearer ${jwt}`, ...(init.body !== undefined && { 'content-type': 'application/json' }) },
        body: init.body === undefined ? undefined : JSON.stringify({ ...(init.body as object), locale: this.locale }),
        signal: init.signal,
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new PackApiError(0, { code: 'network', message: this.msg('networkFailed') });
    }
    if (init.raw && response.ok) return (await response.blob()) as T;
    let body: any = null;
    try {
      body = await response.json();
    } catch {
      // not JSON
    }
    if (!response.ok) {
      const problem: PackProblem = body?.error ?? { code: 'http', message: `HTTP ${response.status}` };
      if (response.status === 401 || response.status === 403) {
        if (!body?.error?.field) problem.message = this.msg('loginNeeded');
      }
      throw new PackApiError(response.status, problem);
    }
    return body as T;
  }

  protected override async load(client: ApiClient, _locale: Locale, signal: AbortSignal): Promise<void> {
    void client;
    if (!this.jwt) throw new Error(this.msg('loginNeeded'));
    const options = await this.call<NonNullable<SamskabPackBuilder['options']>>('/options', { signal });
    this.options = options;
    this.step = 'campaign';
    this.campaign = options.campaigns.length === 1 ? options.campaigns[0]! : null;
    this.photo = null;
    this.made = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    if (this.made) URL.revokeObjectURL(this.made.url);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusNext);
      if (target) {
        target.focus();
        this.focusNext = null;
      }
    }
  }

  private go(step: Step): void {
    this.step = step;
    this.notice = null;
    this.focusNext = step === 'done' ? '#made' : '#step-heading';
  }

  private async toPhotos(): Promise<void> {
    if (!this.campaign) return;
    this.busy = 'photos';
    this.notice = null;
    try {
      const library = await this.call<{ photos: PackPhoto[]; unavailable: { id: string; title: string; reason: string }[] }>(`/photos?campaign=${encodeURIComponent(this.campaign.slug)}`);
      this.photos = library.photos;
      this.unavailable = library.unavailable;
      if (!this.photos.some((p) => p.id === this.photo?.id)) this.photo = this.photos.length === 1 ? this.photos[0]! : null;
      // A new campaign starts from its own texts; the same one keeps what was written.
      if (this.textsFor !== this.campaign.slug) this.texts = { ...this.campaign.defaults };
      this.textsFor = this.campaign.slug;
      this.go('photo');
    } catch (error) {
      this.showFailure(error);
    } finally {
      this.busy = null;
    }
  }

  private toTexts(): void {
    if (!this.photo) return;
    this.problems = {};
    this.go('texts');
    void this.refreshPreview();
  }

  private onInput(field: Field, event: Event): void {
    this.texts = { ...this.texts, [field]: (event.target as HTMLInputElement | HTMLTextAreaElement).value };
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.refreshPreview(), SamskabPackBuilder.previewDelayMs);
  }

  private body() {
    return { campaign: this.campaign?.slug, photo: this.photo?.id, texts: this.texts };
  }

  /** Asks the server for new previews; a newer request wins. */
  async refreshPreview(): Promise<void> {
    if (!this.campaign || !this.photo) return;
    const run = ++this.previewRun;
    this.busy = this.busy === 'making' ? 'making' : 'preview';
    try {
      const answer = await this.call<{ previews: PackPreview[] }>('/preview', { method: 'POST', body: this.body() });
      if (run !== this.previewRun) return;
      this.previews = answer.previews;
      this.problems = {};
      this.notice = null;
    } catch (error) {
      if (run !== this.previewRun) return;
      this.takeProblems(error);
    } finally {
      if (run === this.previewRun && this.busy === 'preview') this.busy = null;
    }
  }

  /** Field errors go next to their fields; anything else is a notice. */
  private takeProblems(error: unknown): void {
    if (error instanceof PackApiError && error.problem.code === 'text_too_long') {
      const all = error.problem.details?.problems ?? [error.problem];
      const problems: Partial<Record<Field, PackProblem>> = {};
      for (const p of all) if (p.field && (FIELDS as readonly string[]).includes(p.field)) problems[p.field as Field] = p;
      this.problems = problems;
      this.notice = null;
      return;
    }
    if (error instanceof PackApiError && error.problem.field && (FIELDS as readonly string[]).includes(error.problem.field)) {
      this.problems = { [error.problem.field as Field]: error.problem };
      return;
    }
    this.showFailure(error);
  }

  private showFailure(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.notice = this.msg('failed', { message });
    this.fail(error, error instanceof PackApiError ? error.problem.code : 'pack', true);
  }

  private async make(): Promise<void> {
    if (Object.keys(this.problems).length) {
      this.notice = this.msg('fixErrors');
      this.focusNext = `#field-${Object.keys(this.problems)[0]}`;
      this.requestUpdate();
      return;
    }
    this.busy = 'making';
    this.notice = null;
    try {
      const made = await this.call<MadePack>('/packs', { method: 'POST', body: this.body() });
      const blob = await this.call<Blob>(made.download.replace('/api/packs/v1/portal', ''), { raw: true });
      if (this.made) URL.revokeObjectURL(this.made.url);
      this.made = { id: made.pack.id, name: made.pack.file?.name ?? 'samskab-pakke.zip', size: blob.size, url: URL.createObjectURL(blob) };
      this.go('done');
      this.dispatchEvent(new CustomEvent('samskab-pack-made', { detail: { id: made.pack.id, fileName: this.made.name, size: blob.size }, bubbles: true, composed: true }));
    } catch (error) {
      this.takeProblems(error);
      if (Object.keys(this.problems).length) {
        this.notice = this.msg('fixErrors');
        this.focusNext = `#field-${Object.keys(this.problems)[0]}`;
      }
    } finally {
      this.busy = null;
    }
  }

  private again(): void {
    this.made = null;
    this.previews = [];
    this.go('campaign');
  }

  private size(bytes: number): string {
    const mb = bytes / 1_000_000;
    const n = new Intl.NumberFormat(this.locale === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 }).format(mb >= 0.1 ? mb : 0.1);
    return `ZIP, ${n} MB`;
  }

  private date(iso: string | null): string {
    if (!iso) return '';
    const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
    return Number.isNaN(d.getTime()) ? '' : new Intl.DateTimeFormat(this.locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long' }).format(d);
  }

  private renderSteps(): TemplateResult {
    const steps: [Step, string][] = [['campaign', this.msg('stepCampaign')], ['photo', this.msg('stepPhoto')], ['texts', this.msg('stepTexts')]];
    const current = this.step === 'done' ? 3 : steps.findIndex(([s]) => s === this.step);
    return html`<ol class="steps" part="steps" aria-label=${this.msg('stepsLabel')}>
      ${steps.map(([s, label], i) => html`<li class=${i === current ? 'current' : i < current ? 'done' : ''} aria-current=${i === current ? 'step' : nothing}>${label}</li>`)}
    </ol>`;
  }

  private heading(n: number, text: string): TemplateResult {
    return html`<h3 id="step-heading" class="step-heading" part="step" tabindex="-1"><span class="step-number">${this.msg('stepOf', { n })}:</span> ${text}</h3>`;
  }

  private renderCampaignStep(): TemplateResult {
    const campaigns = this.options?.campaigns ?? [];
    if (!campaigns.length) return html`${this.heading(1, this.msg('chooseCampaign'))}<p class="sk-message">${this.msg('noCampaigns')}</p>`;
    return html`<form @submit=${(e: Event) => (e.preventDefault(), void this.toPhotos())}>
      <fieldset class="choices">
        <legend>${this.heading(1, this.msg('chooseCampaign'))}</legend>
        ${campaigns.map(
          (c) => html`<label class="choice" part="option">
            <input type="radio" name="campaign" .value=${c.slug} .checked=${this.campaign?.slug === c.slug} @change=${() => (this.campaign = c)} />
            <span class="choice-text"><strong>${c.headline}</strong>${c.endsAt ? html`<span class="muted">${this.msg('runsUntil', { date: this.date(c.endsAt) })}</span>` : nothing}</span>
          </label>`,
        )}
      </fieldset>
      <div class="actions">
        <button class="sk-button" part="button" type="submit" ?disabled=${!this.campaign || this.busy === 'photos'}>${this.msg('next')}</button>
      </div>
    </form>`;
  }

  private renderPhotoStep(): TemplateResult {
    const origin = this.client?.origin ?? location.origin;
    return html`<form @submit=${(e: Event) => (e.preventDefault(), this.toTexts())}>
      <fieldset class="choices">
        <legend>${this.heading(2, this.msg('choosePhoto'))}</legend>
        <p class="help">${this.msg('photoHelp')}</p>
        ${this.photos.length ? nothing : html`<p class="sk-message">${this.msg('noPhotos')}</p>`}
        <div class="photos">
          ${this.photos.map((p) => {
            const src = p.thumbnail ? imageSrc(p.thumbnail.url, origin) : undefined;
            return html`<label class="choice photo" part="option">
              <input type="radio" name="photo" .value=${p.id} .checked=${this.photo?.id === p.id} @change=${() => (this.photo = p)} />
              ${src ? html`<img src=${src} alt=${p.alt} width=${p.thumbnail?.width ?? 300} height=${p.thumbnail?.height ?? 200} loading="lazy" />` : nothing}
              <span class="choice-text"><strong>${p.title}</strong><span class="muted">${p.credit}</span>${p.consentUntil ? html`<span class="muted">${this.msg('consentUntil', { date: this.date(p.consentUntil) })}</span>` : nothing}</span>
            </label>`;
          })}
        </div>
      </fieldset>
      ${this.unavailable.length
        ? html`<details class="unavailable">
            <summary>${this.msg('unavailable', { count: this.unavailable.length })}</summary>
            <ul>${this.unavailable.map((u) => html`<li>${u.reason}</li>`)}</ul>
          </details>`
        : nothing}
      <div class="actions">
        <button class="sk-button sk-button--secondary" part="button" type="button" @click=${() => this.go('campaign')}>${this.msg('back')}</button>
        <button class="sk-button" part="button" type="submit" ?disabled=${!this.photo}>${this.msg('next')}</button>
      </div>
    </form>`;
  }

  private renderField(field: Field): TemplateResult {
    const problem = this.problems[field];
    const id = `field-${field}`;
    const describedBy = `${id}-help${problem ? ` ${id}-error` : ''}`;
    const input =
      field === 'text'
        ? html`<textarea id=${id} name=${field} rows="5" .value=${this.texts[field]} aria-describedby=${describedBy} aria-invalid=${problem ? 'true' : 'false'} @input=${(e: Event) => this.onInput(field, e)}></textarea>`
        : html`<input id=${id} name=${field} type="text" .value=${this.texts[field]} aria-describedby=${describedBy} aria-invalid=${problem ? 'true' : 'false'} autocomplete=${field === 'name' ? 'organization' : 'off'} @input=${(e: Event) => this.onInput(field, e)} />`;
    return html`<div class="field ${problem ? 'invalid' : ''}" part="field">
      <label for=${id}>${this.msg(`field_${field}`)}</label>
      <span class="help" id="${id}-help">${this.msg(`help_${field}`)}</span>
      ${input}
      ${problem ? html`<span class="error" id="${id}-error" part="error">${problem.message}</span>` : nothing}
    </div>`;
  }

  private renderTextsStep(): TemplateResult {
    const making = this.busy === 'making';
    return html`<form @submit=${(e: Event) => (e.preventDefault(), void this.make())} novalidate>
      ${this.heading(3, this.msg('writeTexts'))}
      <p class="help">${this.msg('textsHelp')}</p>
      <div class="texts-layout">
        <div class="fields">${FIELDS.map((f) => this.renderField(f))}</div>
        <section class="previews-box" aria-labelledby="previews-heading" aria-busy=${this.busy === 'preview' ? 'true' : 'false'}>
          <h4 id="previews-heading">${this.msg('previews')}</h4>
          <p class="muted" aria-live="polite">${this.busy === 'preview' ? this.msg('previewsUpdating') : ''}</p>
          <ul class="previews" part="previews">
            ${this.previews.map((p) => {
              const src = imageSrc(p.src, this.client?.origin ?? location.origin);
              return html`<li>
                <figure part="preview">
                  ${src ? html`<img src=${src} width=${p.width} height=${p.height} alt=${this.msg('previewOf', { title: p.title })} />` : nothing}
                  <figcaption>${p.title}</figcaption>
                </figure>
              </li>`;
            })}
          </ul>
        </section>
      </div>
      <div class="actions">
        <button class="sk-button sk-button--secondary" part="button" type="button" ?disabled=${making} @click=${() => this.go('photo')}>${this.msg('back')}</button>
        <button class="sk-button" part="button" type="submit" ?disabled=${making}>${this.msg('make')}</button>
      </div>
      <div class="progress" part="progress" role="status">
        ${making ? html`<progress aria-label=${this.msg('making')}></progress><span>${this.msg('making')}</span>` : nothing}
      </div>
    </form>`;
  }

  private renderDone(): TemplateResult {
    const made = this.made!;
    return html`<div class="done">
      <h3 id="made" class="step-heading" tabindex="-1" part="step">${this.msg('made')}</h3>
      <p>${this.msg('madeHelp')}</p>
      <p><a class="sk-button download" part="download" href=${made.url} download=${made.name}>${this.msg('download', { size: this.size(made.size) })}</a></p>
      <p><button class="sk-button sk-button--secondary" part="button" type="button" @click=${this.again}>${this.msg('again')}</button></p>
    </div>`;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (!this.options) return nothing;
    const body =
      this.step === 'campaign'
        ? this.renderCampaignStep()
        : this.step === 'photo'
          ? this.renderPhotoStep()
          : this.step === 'texts'
            ? this.renderTextsStep()
            : this.renderDone();
    return html`<section class="builder" part="base" aria-labelledby="builder-title">
      <h2 id="builder-title" class="title">${this.msg('title', { organisation: this.options.organisation.name })}</h2>
      <p class="intro">${this.msg('intro')}</p>
      ${this.renderSteps()}
      ${this.notice ? html`<p class="notice" part="error" role="alert">${this.notice}</p>` : nothing}
      ${body}
    </section>`;
  }
}
