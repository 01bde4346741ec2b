import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Locale, Story, StorySummary } from '../../base/api-types.js';
import { SamskabApiError, type ApiClient } from '../../base/api-client.js';
import { SamskabElement, baseStyles } from '../../base/base-element.js';
import type { Catalogue } from '../../base/i18n.js';
import { formatDate } from '../../base/format-date.js';
import { renderRichText } from '../../base/rich-text.js';
import { focalPosition, imageSrc, imageSrcset } from '../../base/urls.js';
import { styles } from './story-card.styles.js';

/**
 * @tagname samskab-story-card
 * @summary One good story: photo, theme, title, summary and organisation, with the full story (rich text) behind "Read the story".
 *
 * @attr story - The story's slug. Not needed when the card is given its data by `samskab-story-list`.
 * @attr heading-level - The level of the title, 2 to 4 (default 3).
 * @attr open - Show the full story from the start.
 * @attr api - Where the API lives (an origin). Defaults to `<meta name="samskab-api">`, then the script's origin.
 * @attr lang - `da` or `en`; defaults to the closest `lang` on the page.
 *
 * @slot - Fallback content, shown while loading and kept if the API cannot be reached.
 *
 * @csspart base - The card.
 * @csspart media - The figure around the photo.
 * @csspart image - The photo.
 * @csspart credit - The photo credit.
 * @csspart content - The text.
 * @csspart theme - The theme label.
 * @csspart title - The title.
 * @csspart summary - The summary.
 * @csspart meta - Organisation and publish date.
 * @csspart more - The "Read the story" disclosure (a `details` element).
 * @csspart body - The full story.
 * @csspart fallback - The wrapper around the fallback slot.
 * @csspart error - The message shown when loading failed and there is no fallback.
 *
 * @cssproperty --samskab-story-card-min-height - Space reserved before loading (default 14rem).
 * @cssproperty --samskab-story-card-background - The card's background.
 * @cssproperty --samskab-story-card-title-size - The title's font size.
 *
 * @fires samskab-load - The story is shown.
 * @fires samskab-error - The story could not be loaded; the fallback stays.
 */
export class SamskabStoryCard extends SamskabElement {
  static override messages: Catalogue = {
    da: {
      readStory: 'Læs historien',
      storyLoading: 'Henter historien …',
      publishedOn: 'Udgivet {date}',
      partOfCampaign: 'Del af kampagnen {headline}',
    },
    en: {
      readStory: 'Read the story',
      storyLoading: 'Loading the story …',
      publishedOn: 'Published {date}',
      partOfCampaign: 'Part of the campaign {headline}',
    },
  };

  static override styles = [...baseStyles, styles];

  static override properties: PropertyDeclarations = {
    story: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    open: { type: Boolean, reflect: true },
    data: { attribute: false },
    full: { state: true },
    bodyState: { state: true },
  };

  declare story: string | null;
  declare headingLevel: number;
  declare open: boolean;
  /** The story's summary, set by `samskab-story-list`; the card then loads only the body, on demand. */
  declare data: StorySummary | Story | null;
  protected declare full: Story | null;
  protected declare bodyState: 'idle' | 'loading' | 'error';

  constructor() {
    super();
    this.story = null;
    this.headingLevel = 3;
    this.open = false;
    this.data = null;
    this.full = null;
    this.bodyState = 'idle';
  }

  protected override get reloadKeys(): readonly string[] {
    return ['story', 'data'];
  }

  protected override async load(client: ApiClient, locale: Locale, signal: AbortSignal): Promise<void> {
    if (this.data) {
      this.full = 'body' in this.data ? this.data : null;
      if (this.open && !this.full) void this.loadBody();
      return;
    }
    if (!this.story) throw new Error('The story attribute is missing: set it to the story slug.');
    this.full = await client.get<Story>(`/stories/${encodeURIComponent(this.story)}`, { locale }, signal);
  }

  private get summaryData(): StorySummary | null {
    return this.full ?? this.data;
  }

  private async loadBody(): Promise<void> {
    const slug = this.summaryData?.slug;
    if (!slug || !this.client || this.bodyState === 'loading') return;
    this.bodyState = 'loading';
    try {
      this.full = await this.client.get<Story>(`/stories/${encodeURIComponent(slug)}`, { locale: this.locale });
      this.bodyState = 'idle';
    } catch (error) {
      this.bodyState = 'error';
      this.fail(error, error instanceof SamskabApiError ? error.code : 'error', true);
    }
  }

  private onToggle(event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    this.open = open;
    if (open && !this.full) void this.loadBody();
  }

  private renderTitle(text: string): TemplateResult {
    switch (this.headingLevel) {
      case 2:
        return html`<h2 class="title" part="title">${text}</h2>`;
      case 4:
        return html`<h4 class="title" part="title">${text}</h4>`;
      default:
        return html`<h3 class="title" part="title">${text}</h3>`;
    }
  }

  private renderBody(): TemplateResult | string {
    if (this.full && this.client) {
      const campaign = this.full.campaign;
      return html`${renderRichText(this.full.body, {
        apiOrigin: this.client.origin,
        headingOffset: Math.max(0, this.headingLevel - 1),
      })}
      ${campaign ? html`<p class="meta">${this.msg('partOfCampaign', { headline: campaign.headline })}</p>` : nothing}`;
    }
    if (this.bodyState === 'error') return html`<p class="sk-message" role="alert">${this.msg('loadFailed')}</p>`;
    return html`<p role="status">${this.msg('storyLoading')}</p>`;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const s = this.summaryData;
    if (!s || !this.client) return nothing;
    const origin = this.client.origin;
    const hero = s.hero;
    const src = hero ? imageSrc(hero.url, origin) : undefined;
    const date = formatDate(this.locale, s.publishDate);
    const meta = [s.organisation?.name, date ? this.msg('publishedOn', { date }) : ''].filter(Boolean).join(' · ');
    return html`<article class="card" part="base">
      ${hero && src
        ? html`<figure class="media" part="media">
            <img
              part="image"
              src=${src}
              srcset=${imageSrcset(hero.srcset, origin) ?? nothing}
              sizes="(min-width: 40rem) 33vw, 100vw"
              alt=${hero.alt}
              width=${hero.width}
              height=${hero.height}
              loading="lazy"
              decoding="async"
              data-focal=${focalPosition(hero)}
            />
            ${hero.credit ? html`<figcaption class="credit" part="credit">${this.msg('photoBy', { credit: hero.credit })}</figcaption>` : nothing}
          </figure>`
        : nothing}
      <div class="content" part="content">
        ${s.themeLabel ? html`<p class="theme" part="theme">${s.themeLabel}</p>` : nothing}
        ${this.renderTitle(s.title)}
        <p class="summary" part="summary">${s.summary}</p>
        ${meta ? html`<p class="meta" part="meta">${meta}</p>` : nothing}
        <details part="more" ?open=${this.open} @toggle=${this.onToggle}>
          <summary>${this.msg('readStory')}<span class="sk-visually-hidden">: ${s.title}</span></summary>
          <div class="body" part="body">${this.open ? this.renderBody() : nothing}</div>
        </details>
      </div>
    </article>`;
  }
}
