import { LitElement, css, html, nothing, unsafeCSS, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import tokens from '../styles/tokens.css';
import type { Locale } from './api-types.js';
import { ApiClient, SamskabApiError, resolveApiOrigin } from './api-client.js';
import { SamskabErrorEvent, SamskabLoadEvent } from './events.js';
import { resolveLocale, t, type Catalogue } from './i18n.js';

/** The tokens and shared rules every widget starts from. */
export const baseStyles = [unsafeCSS(tokens)];

/**
 * For the widgets whose space samskab.css reserves by their width (the banner and
 * the entry point): the reserve (the host's ::before) and what is shown share one
 * grid cell, and the widget's box (part `base`) fills it.
 */
export const reservedCellStyles = css`
  :host {
    display: grid;
  }
  [part~='base'],
  .sk-fallback,
  .sk-message {
    grid-area: 1 / 1;
  }
  .sk-fallback,
  .sk-message {
    align-self: start;
  }
  .sk-fallback {
    display: block;
  }
`;

export type LoadStatus = 'loading' | 'ready' | 'error';

/**
 * The base of every Samskab widget. It resolves the API origin and the locale,
 * loads the widget's data, and shows the light-DOM children (the fallback) until
 * the data is there, and for good if the API fails. It never lets an error reach
 * the host page: failures become a `samskab-error` event.
 */
export abstract class SamskabElement extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    status: { state: true },
  };

  /** Overrides where the API lives (an origin; only the origin is used). */
  declare api: string | null;
  /** Whether the widget shows its data (`ready`), its fallback while `loading`, or its fallback after an `error`. */
  declare status: LoadStatus;

  /** The locale in force, resolved when the data was last loaded. */
  protected locale: Locale = 'da';
  /** The client for the resolved API origin. */
  protected client: ApiClient | null = null;

  private controller: AbortController | null = null;
  private renderFailures = 0;

  constructor() {
    super();
    this.api = null;
    this.status = 'loading';
  }

  /** Properties that, when changed, make the widget load its data again. */
  protected get reloadKeys(): readonly string[] {
    return [];
  }

  /** Loads the data. Throw (or let the client throw) to keep the fallback. */
  protected abstract load(client: ApiClient, locale: Locale, signal: AbortSignal): Promise<void>;

  /** Renders the loaded data. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  /** The widget's own messages (the core messages are always there). */
  static messages?: Catalogue;

  /** Translates a message in the widget's locale. */
  protected msg(key: string, params?: Record<string, string | number>): string {
    return t(this.locale, key, params, (this.constructor as typeof SamskabElement).messages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.status !== 'ready') void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const keys = ['api', 'lang', ...this.reloadKeys];
    if (!this.hasUpdated || keys.some((key) => changed.has(key))) void this.reload();
  }

  /** (Re)loads the data; safe to call at any time. */
  async reload(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      this.locale = resolveLocale(this);
      this.client = new ApiClient(resolveApiOrigin(this));
      await this.load(this.client, this.locale, controller.signal);
      if (controller.signal.aborted) return;
      this.status = 'ready';
      await this.updateComplete;
      if (this.status === 'ready') this.dispatchEvent(new SamskabLoadEvent(this.localName));
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fail(error);
    }
  }

  /** Reports an error as a `samskab-error` event and, unless the data is shown, keeps the fallback. */
  protected fail(error: unknown, code?: string, keepContent = false): void {
    try {
      const apiError = error instanceof SamskabApiError ? error : null;
      if (apiError?.code === 'aborted') return;
      if (!keepContent) this.status = 'error';
      const message = error instanceof Error ? error.message : String(error);
      console.warn(`[samskab] <${this.localName}>: ${message}`);
      this.dispatchEvent(
        new SamskabErrorEvent({
          widget: this.localName,
          code: code ?? apiError?.code ?? 'error',
          status: apiError?.status ?? 0,
          message,
        }),
      );
    } catch {
      // Never let a listener or a logging failure escape to the host page.
    }
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
      this.renderFailures = 0;
    } catch (error) {
      if (++this.renderFailures > 2) return;
      this.fail(error, 'render');
      // An update requested inside update() is dropped by Lit: ask again afterwards.
      queueMicrotask(() => this.requestUpdate());
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Focal points go through the CSSOM, not a style attribute, so a strict
    // style-src Content-Security-Policy on the host page does not block them.
    this.renderRoot.querySelectorAll<HTMLElement>('[data-focal]').forEach((el) => {
      el.style.objectPosition = el.dataset.focal ?? '';
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.status === 'ready') return this.renderContent();
    // An error shows a message when there is no fallback: no child element and no text (with
    // no child elements, textContent is the text of the child text nodes; comments do not count).
    const showError = this.status === 'error' && !this.childElementCount && !this.textContent?.trim();
    return html`<div class="sk-fallback" part="fallback"><slot></slot></div>
      ${showError ? html`<p class="sk-message" part="error">${this.msg('loadFailed')}</p>` : nothing}`;
  }
}
