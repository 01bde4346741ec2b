import { html, nothing, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { EntryPoint, Locale } from '../../base/api-types.js';
import type { ApiClient } from '../../base/api-client.js';
import { SamskabElement, baseStyles, reservedCellStyles } from '../../base/base-element.js';
import { safeHref } from '../../base/urls.js';
import { styles } from './entry-point.styles.js';

type DoorKind = EntryPoint['doors'][number]['kind'];

const icons: Record<DoorKind, TemplateResult> = {
  volunteer: svg`<path d="M12 21s-7-4.4-9.3-9A5.3 5.3 0 0 1 12 6.6 5.3 5.3 0 0 1 21.3 12C19 16.6 12 21 12 21z"/>`,
  help: svg`<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V15"/><path d="M12 18h.01"/>`,
  idea: svg`<path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.6 10.8c.4.3.6.8.6 1.2v1h6v-1c0-.4.2-.9.6-1.2A6 6 0 0 0 12 3z"/>`,
};

/**
 * @tagname samskab-entry-point
 * @summary The municipal front page's single entry: three doors (I want to volunteer, I am looking for help, I have an idea).
 *
 * @attr heading-level - The level of the heading, 2 or 3 (default 2).
 * Door links that the CMS gives as relative URLs point to the API origin.
 * @attr api - Where the API lives (an origin). Defaults to `<meta name="samskab-api">`, then the script's origin.
 * @attr lang - `da` or `en`; defaults to the closest `lang` on the page.
 *
 * @slot - Fallback content (for example three plain links), shown while loading and kept if the API cannot be reached.
 *
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @csspart intro - The introduction.
 * @csspart doors - The list of doors.
 * @csspart door - Each door (a link); also `door-volunteer`, `door-help`, `door-idea`.
 * @csspart door-title - A door's title.
 * @csspart door-text - A door's text.
 * @csspart icon - A door's icon.
 * @csspart fallback - The wrapper around the fallback slot.
 * @csspart error - The message shown when loading failed and there is no fallback.
 *
 * @cssproperty --samskab-entry-point-min-height - The space reserved for the entry point, before and while it loads (default: follows its width; see samskab.css).
 * @cssproperty --samskab-entry-point-heading-size - The heading's font size.
 * @cssproperty --samskab-entry-point-door-background - The doors' background.
 * @cssproperty --samskab-color-primary - Door borders, titles and icons.
 *
 * @fires samskab-load - The doors are shown.
 * @fires samskab-error - The entry point could not be loaded; the fallback stays.
 */
export class SamskabEntryPoint extends SamskabElement {
  static override styles = [...baseStyles, reservedCellStyles, styles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    data: { state: true },
  };

  declare headingLevel: number;
  protected declare data: EntryPoint | null;

  constructor() {
    super();
    this.headingLevel = 2;
    this.data = null;
  }

  protected override async load(client: ApiClient, locale: Locale, signal: AbortSignal): Promise<void> {
    this.data = await client.get<EntryPoint>('/entry-point', { locale }, signal);
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const data = this.data;
    if (!data) return nothing;
    const heading =
      this.headingLevel === 3
        ? html`<h3 class="heading" part="heading" id="heading">${data.heading}</h3>`
        : html`<h2 class="heading" part="heading" id="heading">${data.heading}</h2>`;
    return html`<section class="base" part="base" aria-labelledby="heading">
      ${heading} ${data.intro ? html`<p class="intro" part="intro">${data.intro}</p>` : nothing}
      <ul class="doors" part="doors">
        ${data.doors.map((door) => {
          const href = safeHref(door.href, this.client?.origin);
          if (!href) return nothing;
          return html`<li>
            <a class="door" part="door door-${door.kind}" href=${href}>
              <span class="door-title" part="door-title"
                ><svg part="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
                  ${icons[door.kind] ?? nothing}</svg
                >${door.title}</span
              >
              ${door.text ? html`<span class="door-text" part="door-text">${door.text}</span>` : nothing}
            </a>
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
