import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Locale, Page, StorySummary } from '../../base/api-types.js';
import type { ApiClient } from '../../base/api-client.js';
import { SamskabElement, baseStyles } from '../../base/base-element.js';
import type { Catalogue } from '../../base/i18n.js';
import { styles } from './story-list.styles.js';

/**
 * @tagname samskab-story-list
 * @summary The good stories, newest first, as a grid of `samskab-story-card`s.
 *
 * @attr theme - Only stories with this theme (its value, e.g. `boern_og_unge`).
 * @attr organisation - Only stories from this organisation (its slug).
 * @attr limit - How many stories, 1 to 50 (default 6).
 * @attr heading-level - The level of each card's title (default 3).
 * @attr label - An accessible name for the list (default "Historier"/"Stories").
 * @attr api - Where the API lives (an origin). Defaults to `<meta name="samskab-api">`, then the script's origin.
 * @attr lang - `da` or `en`; defaults to the closest `lang` on the page.
 *
 * @slot - Fallback content, shown while loading and kept if the API cannot be reached.
 *
 * @csspart base - The wrapper.
 * @csspart list - The list of cards.
 * @csspart item - Each list item.
 * @csspart card - Each `samskab-story-card` (style its inside with its own parts via `exportparts`: card-title, card-image, ...).
 * @csspart empty - The message shown when there are no stories.
 * @csspart fallback - The wrapper around the fallback slot.
 * @csspart error - The message shown when loading failed and there is no fallback.
 *
 * @cssproperty --samskab-story-list-min-height - Space reserved before loading (default 20rem).
 * @cssproperty --samskab-story-list-column - The smallest column width of the grid (default 16rem).
 *
 * @fires samskab-load - The stories are shown.
 * @fires samskab-error - The stories could not be loaded; the fallback stays.
 */
export class SamskabStoryList extends SamskabElement {
  static override messages: Catalogue = {
    da: {
      storiesLabel: 'Historier',
      noStories: 'Der er ingen historier at vise endnu.',
    },
    en: {
      storiesLabel: 'Stories',
      noStories: 'There are no stories to show yet.',
    },
  };

  static override styles = [...baseStyles, styles];

  static override properties: PropertyDeclarations = {
    theme: { type: String, reflect: true },
    organisation: { type: String, reflect: true },
    limit: { type: Number, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    label: { type: String },
    result: { state: true },
  };

  declare theme: string | null;
  declare organisation: string | null;
  declare limit: number;
  declare headingLevel: number;
  declare label: string | null;
  protected declare result: Page<StorySummary> | null;

  constructor() {
    super();
    this.theme = null;
    this.organisation = null;
    this.limit = 6;
    this.headingLevel = 3;
    this.label = null;
    this.result = null;
  }

  protected override get reloadKeys(): readonly string[] {
    return ['theme', 'organisation', 'limit'];
  }

  protected override async load(client: ApiClient, locale: Locale, signal: AbortSignal): Promise<void> {
    const pageSize = Math.min(50, Math.max(1, Math.round(this.limit) || 6));
    this.result = await client.get<Page<StorySummary>>(
      '/stories',
      // No filter controls here, so no facets: a smaller answer.
      { locale, theme: this.theme, organisation: this.organisation, page: 1, pageSize, facets: 'false' },
      signal,
    );
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const items = this.result?.items ?? [];
    if (items.length === 0) return html`<p class="sk-message" part="empty">${this.msg('noStories')}</p>`;
    return html`<div class="base" part="base">
      <ul class="list" part="list" aria-label=${this.label ?? this.msg('storiesLabel')}>
        ${items.map(
          (story) => html`<li part="item">
            <samskab-story-card
              part="card"
              exportparts="base: card-base, image: card-image, title: card-title, theme: card-theme, summary: card-summary, meta: card-meta, more: card-more, body: card-body"
              .data=${story}
              heading-level=${this.headingLevel}
              api=${this.getAttribute('api') ?? nothing}
              lang=${this.locale}
            ></samskab-story-card>
          </li>`,
        )}
      </ul>
    </div>`;
  }
}
