import { html, nothing, css, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FacetValue, Locale, Page } from './api-types.js';
import { SamskabApiError, type ApiClient } from './api-client.js';
import { SamskabElement } from './base-element.js';
import type { Catalogue } from './i18n.js';

/** Messages of every list; each list merges in its own. */
export const listMessages = {
  da: {
    search: 'Søg',
    searchLabel: 'Fritekst',
    all: 'Alle',
    filters: 'Filtre',
    reset: 'Nulstil filtre',
    pagination: 'Sider',
    previous: 'Forrige',
    next: 'Næste',
    pageOf: 'Side {page} af {pageCount}',
    refreshFailed: 'Listen kunne ikke opdateres. Prøv igen.',
    district: 'Område',
  },
  en: {
    search: 'Search',
    searchLabel: 'Free text',
    all: 'All',
    filters: 'Filters',
    reset: 'Reset filters',
    pagination: 'Pages',
    previous: 'Previous',
    next: 'Next',
    pageOf: 'Page {page} of {pageCount}',
    refreshFailed: 'The list could not be updated. Please try again.',
    district: 'District',
  },
} satisfies Catalogue;

/** Labels for contact details, for the widgets that show them (the lists and the guide). */
export const contactMessages = {
  da: { contact: 'Kontakt', phone: 'Telefon', email: 'E-mail', website: 'Hjemmeside' },
  en: { contact: 'Contact', phone: 'Phone', email: 'Email', website: 'Website' },
} satisfies Catalogue;

/** Merges catalogues; later ones win. */
export function mergeMessages(...catalogues: Catalogue[]): Catalogue {
  return {
    da: Object.assign({}, ...catalogues.map((c) => c.da)),
    en: Object.assign({}, ...catalogues.map((c) => c.en)),
  };
}

/** A list's filters or page changed. `params` are the API query parameters now in force. */
export class SamskabFilterChangeEvent extends CustomEvent<{ widget: string; params: Record<string, string> }> {
  static readonly type = 'samskab-filter-change';
  constructor(widget: string, params: Record<string, string>) {
    super(SamskabFilterChangeEvent.type, { detail: { widget, params }, bubbles: true, composed: true });
  }
}


type MessageKey = string;

/** One filter control of a list. `facet` filters get their options from the response's facets. */
export interface FilterSpec {
  /** The API query parameter and the element attribute that presets it. */
  key: string;
  label: MessageKey;
  kind: 'facet' | 'number';
  hint?: MessageKey;
  min?: number;
  max?: number;
}

export const listStyles = css`
  .sk-filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: calc(var(--_sk-space) * 0.75);
    align-items: end;
    margin: 0 0 var(--_sk-space);
    padding: var(--_sk-space);
    border-radius: var(--_sk-radius);
    background: var(--_sk-color-surface);
  }
  .sk-field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .sk-field--search {
    grid-column: 1 / -1;
  }
  .sk-search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .sk-search-row input {
    flex: 1 1 12rem;
  }
  label {
    font-weight: 600;
  }
  .sk-hint {
    color: var(--_sk-color-muted);
    font-size: 0.875em;
  }
  input,
  select {
    min-height: 2.75rem;
    width: 100%;
    min-width: 0;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_sk-color-border);
    border-radius: calc(var(--_sk-radius) / 2);
    background: var(--_sk-color-bg);
    color: var(--_sk-color-text);
    font: inherit;
  }
  .sk-search-row input {
    width: auto;
  }
  .sk-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    grid-column: 1 / -1;
  }
  .sk-count {
    margin: 0 0 calc(var(--_sk-space) * 0.75);
    font-weight: 600;
  }
  .sk-count:focus {
    outline: none;
  }
  .sk-count:focus-visible {
    outline: 3px solid var(--_sk-color-focus);
  }
  .sk-items {
    display: grid;
    gap: var(--_sk-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sk-items[aria-busy='true'] {
    opacity: 0.6;
  }
  .sk-item {
    padding: var(--_sk-space);
    border: 1px solid var(--_sk-color-border);
    border-radius: var(--_sk-radius);
    background: var(--_sk-color-bg);
  }
  .sk-item h3 {
    margin: 0 0 0.25em;
    font-size: 1.2em;
    font-weight: var(--_sk-heading-weight);
    line-height: 1.25;
  }
  .sk-item p {
    margin: 0 0 0.5em;
  }
  .sk-tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .sk-tags li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_sk-color-border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .sk-meta {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  .sk-meta dt {
    font-weight: 600;
  }
  .sk-meta dd {
    margin: 0;
    min-width: 0;
  }
  @container (max-width: 24rem) {
    .sk-meta {
      grid-template-columns: 1fr;
    }
    .sk-meta dd {
      margin-bottom: 0.25em;
    }
  }
  .sk-pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: var(--_sk-space);
  }
  .sk-error {
    border-left-color: var(--_sk-color-error);
  }
  .sk-container {
    container-type: inline-size;
  }
`;

/**
 * A paged, filterable list backed by one API list endpoint. It keeps its filter
 * state in the page URL (query parameters with a per-element prefix) so that a
 * filtered list can be shared and is restored on load and on back/forward.
 */
export abstract class SamskabListElement<T> extends SamskabElement {
  static override properties: PropertyDeclarations = {
    pageSize: { type: Number, attribute: 'page-size' },
    paramPrefix: { type: String, attribute: 'param-prefix' },
    urlState: { type: String, attribute: 'url-state' },
    q: { type: String },
    organisation: { type: String },
    district: { type: String },
    result: { state: true },
    busy: { state: true },
    refreshError: { state: true },
  };

  /** Results per page, 1..50. */
  declare pageSize: number;
  /** Prefix of this list's query parameters in the page URL. Defaults to the element's id, else a per-widget name. */
  declare paramPrefix: string | null;
  /** `off` keeps the filter state out of the page URL. */
  declare urlState: string | null;
  /** Preset free-text search. */
  declare q: string | null;
  /** Preset organisation (slug). */
  declare organisation: string | null;
  /** Preset district. */
  declare district: string | null;

  protected declare result: Page<T> | null;
  protected declare busy: boolean;
  protected declare refreshError: boolean;

  /** The filter values in force (API parameter -> value), including `q` and `page`. */
  protected filters: Record<string, string> = {};
  private restoredFromUrl = false;
  private readonly onPopState = () => this.restoreFromUrl(true);

  constructor() {
    super();
    this.pageSize = 12;
    this.paramPrefix = null;
    this.urlState = null;
    this.q = null;
    this.organisation = null;
    this.district = null;
    this.result = null;
    this.busy = false;
    this.refreshError = false;
  }

  /** The API path, such as `/offers`. */
  protected abstract get endpoint(): string;
  /** The filter controls, in order. */
  protected abstract get filterSpecs(): FilterSpec[];
  /** The default URL prefix, such as `offers`. */
  protected abstract get defaultPrefix(): string;
  protected abstract readonly countKeys: { one: MessageKey; many: MessageKey; empty: MessageKey; label: MessageKey };
  protected abstract renderItem(item: T): TemplateResult;

  /** Attributes that preset filters. */
  protected get presetKeys(): string[] {
    return [...new Set(['q', 'organisation', 'district', ...this.filterSpecs.map((s) => s.key)])];
  }

  protected override get reloadKeys(): readonly string[] {
    return ['pageSize', ...this.presetKeys];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private get paramBase(): string {
    const base = this.paramPrefix ?? (this.id || this.defaultPrefix);
    return base.endsWith('-') || base.endsWith('.') || base === '' ? base : `${base}-`;
  }

  private get urlEnabled(): boolean {
    return this.urlState !== 'off';
  }

  private presets(): Record<string, string> {
    const values: Record<string, string> = {};
    for (const key of this.presetKeys) {
      const value = (this as unknown as Record<string, unknown>)[key];
      if (value !== null && value !== undefined && value !== '') values[key] = String(value);
    }
    return values;
  }

  /** Filter keys this list accepts from the URL. */
  private get urlKeys(): string[] {
    return [...new Set(['q', 'page', ...this.filterSpecs.map((s) => s.key), 'organisation', 'district'])];
  }

  private readUrl(): Record<string, string> | null {
    if (!this.urlEnabled) return null;
    try {
      const params = new URLSearchParams(window.location.search);
      const values: Record<string, string> = {};
      let found = false;
      for (const key of this.urlKeys) {
        const value = params.get(this.paramBase + key);
        if (value !== null) {
          found = true;
          if (value !== '') values[key] = value;
        }
      }
      return found ? values : null;
    } catch {
      return null;
    }
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    if (!this.urlEnabled) return;
    try {
      const url = new URL(window.location.href);
      for (const key of this.urlKeys) url.searchParams.delete(this.paramBase + key);
      for (const [key, value] of Object.entries(this.filters)) {
        if (value && !(key === 'page' && value === '1')) url.searchParams.set(this.paramBase + key, value);
      }
      if (url.href === window.location.href) return;
      const state: unknown = window.history.state;
      if (mode === 'push') window.history.pushState(state, '', url.href);
      else window.history.replaceState(state, '', url.href);
    } catch {
      // Sandboxed iframes and file: pages may refuse history changes; the list still works.
    }
  }

  private restoreFromUrl(fetchNow: boolean): void {
    const fromUrl = this.readUrl();
    this.filters = { ...this.presets(), ...(fromUrl ?? {}) };
    if (fetchNow && this.client) void this.refresh(false);
  }

  private query(): Record<string, string | number> {
    const page = Math.max(1, Number.parseInt(this.filters.page ?? '1', 10) || 1);
    const pageSize = Math.min(50, Math.max(1, Math.round(this.pageSize) || 12));
    return { ...this.filters, locale: this.locale, page, pageSize };
  }

  protected override async load(client: ApiClient, _locale: Locale, signal: AbortSignal): Promise<void> {
    if (!this.restoredFromUrl) {
      this.restoredFromUrl = true;
      this.restoreFromUrl(false);
    } else {
      this.filters = { ...this.filters, ...this.presets() };
    }
    this.result = await this.fetchPage(client, signal);
  }

  /**
   * One page of the list for the current filters. A filter the API refuses (a
   * hand-edited or outdated shared URL) is dropped and the list asked again,
   * and a page past the end becomes the last page, so that such a URL still
   * shows a list; the page URL follows.
   */
  private async fetchPage(client: ApiClient, signal: AbortSignal): Promise<Page<T>> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const result = await client.get<Page<T>>(this.endpoint, this.query(), signal);
        if (attempt > 2 || result.page <= Math.max(1, result.pageCount)) return result;
        this.filters = { ...this.filters, page: String(Math.max(1, result.pageCount)) };
      } catch (error) {
        const refused = error instanceof SamskabApiError && error.code === 'bad_parameter' ? error.parameter : undefined;
        if (attempt > 2 || !refused || !(refused in this.filters)) throw error;
        const { [refused]: _dropped, ...rest } = this.filters;
        this.filters = rest;
      }
      this.writeUrl('replace');
    }
  }

  private refreshController: AbortController | null = null;

  /** Fetches the list again with the current filters, keeping the old results on screen meanwhile. */
  protected async refresh(focusCount: boolean): Promise<void> {
    if (!this.client) return;
    this.refreshController?.abort();
    const controller = new AbortController();
    this.refreshController = controller;
    this.busy = true;
    this.refreshError = false;
    try {
      const result = await this.fetchPage(this.client, controller.signal);
      if (controller.signal.aborted) return;
      this.result = result;
      this.status = 'ready';
      this.dispatchEvent(new SamskabFilterChangeEvent(this.localName, { ...this.filters }));
      if (focusCount) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.sk-count')?.focus();
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      this.refreshError = true;
      this.fail(error, undefined, true);
    } finally {
      if (this.refreshController === controller) {
        this.busy = false;
        this.refreshController = null;
      }
    }
  }

  /** Sets one filter (or `page`), resets paging when a filter changes, adds a step to the page's history, and fetches. */
  protected setFilter(key: string, value: string, focusCount = false): void {
    const next = { ...this.filters };
    if (value) next[key] = value;
    else delete next[key];
    if (key !== 'page') delete next.page;
    this.filters = next;
    this.writeUrl('push');
    void this.refresh(focusCount);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const next: Record<string, string> = { ...this.filters };
    delete next.page;
    for (const key of ['q', ...this.filterSpecs.map((s) => s.key)]) {
      const value = data.get(key);
      if (typeof value === 'string' && value.trim() !== '') next[key] = value.trim();
      else delete next[key];
    }
    this.filters = next;
    this.writeUrl('push');
    void this.refresh(false);
  }

  private onReset(): void {
    this.filters = this.presets();
    this.writeUrl('push');
    void this.refresh(true);
  }

  private facetOptions(key: string): FacetValue[] {
    const facets = this.result?.facets?.[key] ?? [];
    const current = this.filters[key];
    if (current && !facets.some((f) => f.value === current)) {
      return [...facets, { value: current, label: current, count: 0 }];
    }
    return facets;
  }

  protected renderFilter(spec: FilterSpec): TemplateResult | typeof nothing {
    const id = `sk-filter-${spec.key}`;
    const value = this.filters[spec.key] ?? '';
    const hintId = spec.hint ? `${id}-hint` : undefined;
    if (spec.kind === 'number') {
      return html`<div class="sk-field" part="field">
        <label for=${id}>${this.msg(spec.label)}</label>
        ${spec.hint ? html`<span class="sk-hint" id=${hintId!}>${this.msg(spec.hint)}</span>` : nothing}
        <input
          id=${id}
          name=${spec.key}
          type="number"
          inputmode="numeric"
          min=${spec.min ?? 0}
          max=${spec.max ?? 120}
          .value=${live(value)}
          aria-describedby=${hintId ?? nothing}
          @change=${(e: Event) => this.setFilter(spec.key, (e.target as HTMLInputElement).value.trim())}
        />
      </div>`;
    }
    const options = this.facetOptions(spec.key);
    if (options.length === 0 && !value) return nothing;
    return html`<div class="sk-field" part="field">
      <label for=${id}>${this.msg(spec.label)}</label>
      <select
        id=${id}
        name=${spec.key}
        @change=${(e: Event) => this.setFilter(spec.key, (e.target as HTMLSelectElement).value)}
      >
        <option value="" .selected=${value === ''}>${this.msg('all')}</option>
        ${options.map(
          (o) => html`<option value=${o.value} .selected=${o.value === value}>
            ${o.label}${o.count ? ` (${o.count})` : ''}
          </option>`,
        )}
      </select>
    </div>`;
  }

  protected renderFilters(): TemplateResult {
    return html`<form class="sk-filters" part="filters" role="search" aria-label=${this.msg('filters')} @submit=${this.onSubmit}>
      <div class="sk-field sk-field--search" part="field">
        <label for="sk-filter-q">${this.msg('searchLabel')}</label>
        <div class="sk-search-row">
          <input id="sk-filter-q" name="q" type="search" autocomplete="off" maxlength="100" .value=${live(this.filters.q ?? '')} />
          <button class="sk-button" part="button" type="submit">${this.msg('search')}</button>
        </div>
      </div>
      ${this.filterSpecs.map((spec) => this.renderFilter(spec))}
      <div class="sk-actions">
        <button class="sk-button sk-button--secondary" part="button reset" type="button" @click=${this.onReset}>
          ${this.msg('reset')}
        </button>
      </div>
    </form>`;
  }

  private renderPagination(result: Page<T>): TemplateResult | typeof nothing {
    if (result.pageCount <= 1) return nothing;
    const go = (page: number) => this.setFilter('page', String(page), true);
    return html`<nav class="sk-pagination" part="pagination" aria-label=${this.msg('pagination')}>
      <button class="sk-button sk-button--secondary" part="button" type="button" ?disabled=${result.page <= 1} @click=${() => go(result.page - 1)}>
        ${this.msg('previous')}
      </button>
      <span>${this.msg('pageOf', { page: result.page, pageCount: result.pageCount })}</span>
      <button class="sk-button sk-button--secondary" part="button" type="button" ?disabled=${result.page >= result.pageCount} @click=${() => go(result.page + 1)}>
        ${this.msg('next')}
      </button>
    </nav>`;
  }

  protected override renderContent(): TemplateResult {
    const result = this.result;
    const total = result?.total ?? 0;
    const count = total === 1 ? this.msg(this.countKeys.one) : this.msg(this.countKeys.many, { count: total });
    return html`<div class="sk-container" part="base">
      ${this.renderFilters()}
      <p class="sk-count" part="count" role="status" aria-live="polite" tabindex="-1">${count}</p>
      ${this.refreshError ? html`<p class="sk-message sk-error" part="error" role="alert">${this.msg('refreshFailed')}</p>` : nothing}
      ${result && result.items.length > 0
        ? html`<ul class="sk-items" part="list" aria-label=${this.msg(this.countKeys.label)} aria-busy=${this.busy ? 'true' : 'false'}>
            ${result.items.map((item) => html`<li class="sk-item" part="item">${this.renderItem(item)}</li>`)}
          </ul>`
        : html`<p class="sk-message" part="empty">${this.msg(this.countKeys.empty)}</p>`}
      ${result ? this.renderPagination(result) : nothing}
    </div>`;
  }
}
