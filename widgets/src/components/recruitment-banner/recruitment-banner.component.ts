import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Campaign, Locale } from '../../base/api-types.js';
import type { ApiClient } from '../../base/api-client.js';
import { SamskabElement, baseStyles, reservedCellStyles } from '../../base/base-element.js';
import type { Catalogue } from '../../base/i18n.js';
import { SamskabSignupRequestEvent } from '../../base/events.js';
import { focalPosition, imageSrc, imageSrcset, safeHref } from '../../base/urls.js';
import { styles } from './recruitment-banner.styles.js';

/**
 * @tagname samskab-recruitment-banner
 * @summary A volunteer recruitment banner for one campaign: headline, pitch, photo with credit and a call to action.
 *
 * @attr campaign - The campaign's slug (required).
 * @attr organisation - The embedding institution's slug; shown above the headline and sent with a sign-up.
 * @attr layout - `wide` (default: photo beside the text when there is room) or `compact` (small photo).
 * @attr heading-level - The level of the headline, 2 to 4 (default 2).
 * @attr api - Where the API lives (an origin). Defaults to `<meta name="samskab-api">`, then the script's origin.
 * @attr lang - `da` or `en`; defaults to the closest `lang` on the page.
 *
 * @slot - Fallback content, shown while loading and kept if the API cannot be reached.
 *
 * @csspart base - The banner's box.
 * @csspart media - The figure around the photo.
 * @csspart image - The photo.
 * @csspart credit - The photo credit.
 * @csspart content - The text column.
 * @csspart eyebrow - The "<organisation> is looking for volunteers" line.
 * @csspart headline - The headline.
 * @csspart pitch - The pitch.
 * @csspart cta - The call to action link.
 * @csspart fallback - The wrapper around the fallback slot.
 * @csspart error - The message shown when loading failed and there is no fallback.
 *
 * @cssproperty --samskab-banner-background - The banner's background (default: --samskab-color-surface).
 * @cssproperty --samskab-banner-min-height - The space reserved for the banner, before and while it loads (default: follows its width and layout; see samskab.css).
 * @cssproperty --samskab-banner-headline-size - The headline's font size.
 * @cssproperty --samskab-color-primary - The call to action's colour.
 * @cssproperty --samskab-color-accent - The eyebrow's colour.
 *
 * @csspart dialog - The dialog the sign-up form opens in.
 * @csspart dialog-close - The dialog's close button.
 *
 * @fires samskab-signup-request - The visitor pressed a sign-up call to action. Cancelable; detail `{campaign, organisation}`. If not prevented, the banner opens `<samskab-signup-form>` in a dialog (a middle-click or a page without scripts follows the link to the CMS's sign-up page).
 * @fires samskab-load - The banner shows its campaign.
 * @fires samskab-error - The campaign could not be loaded; the fallback stays.
 */
export class SamskabRecruitmentBanner extends SamskabElement {
  static override messages: Catalogue = {
    da: {
      signupFor: '{organisation} søger frivillige',
    },
    en: {
      signupFor: '{organisation} is looking for volunteers',
    },
  };

  static override styles = [...baseStyles, reservedCellStyles, styles];

  static override properties: PropertyDeclarations = {
    campaign: { type: String, reflect: true },
    organisation: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    data: { state: true },
  };

  declare campaign: string | null;
  declare organisation: string | null;
  declare layout: 'wide' | 'compact';
  declare headingLevel: number;
  protected declare data: Campaign | null;

  constructor() {
    super();
    this.campaign = null;
    this.organisation = null;
    this.layout = 'wide';
    this.headingLevel = 2;
    this.data = null;
  }

  protected override get reloadKeys(): readonly string[] {
    return ['campaign'];
  }

  protected override async load(client: ApiClient, locale: Locale, signal: AbortSignal): Promise<void> {
    if (!this.campaign) throw new Error('Set the campaign attribute.');
    this.data = await client.get<Campaign>(`/campaigns/${encodeURIComponent(this.campaign)}`, { locale }, signal);
  }

  /** The URL of the CMS's sign-up form for this campaign. */
  get signupUrl(): string | undefined {
    if (!this.client || !this.data) return undefined;
    const url = new URL('/embed/signup-form', this.client.origin);
    url.searchParams.set('campaign', this.data.slug);
    if (this.organisation) url.searchParams.set('organisation', this.organisation);
    if (this.locale !== 'da') url.searchParams.set('locale', this.locale);
    return url.href;
  }

  /**
   * A plain click on the sign-up call to action: fires samskab-signup-request and,
   * unless that is prevented, opens the sign-up form in a modal dialog (the dialog
   * and the form are loaded on demand; if they cannot be, the link is followed).
   */
  private async onSignup(event: MouseEvent): Promise<void> {
    const c = this.data;
    if (!c || !this.client || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (!this.dispatchEvent(new SamskabSignupRequestEvent({ campaign: c.slug, organisation: this.organisation }))) return;
    const href = this.signupUrl;
    const opener = event.currentTarget as HTMLElement;
    try {
      const { openSignupDialog } = await import('../signup-form/signup-dialog.js');
      openSignupDialog(this.renderRoot, {
        campaign: c.slug,
        organisation: this.organisation,
        api: this.client.origin,
        label: c.headline,
        fallbackHref: href,
        fallbackText: c.cta.label,
        opener,
      });
    } catch {
      if (href) location.assign(href);
    }
  }

  private renderHeadline(text: string): TemplateResult {
    switch (this.headingLevel) {
      case 3:
        return html`<h3 class="headline" part="headline">${text}</h3>`;
      case 4:
        return html`<h4 class="headline" part="headline">${text}</h4>`;
      default:
        return html`<h2 class="headline" part="headline">${text}</h2>`;
    }
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const c = this.data;
    if (!c || !this.client) return nothing;
    const origin = this.client.origin;
    const photo = c.photo;
    const src = photo ? imageSrc(photo.url, origin) : undefined;
    const org = this.organisation ? c.organisations.find((o) => o.slug === this.organisation) : undefined;
    const href = c.cta.kind === 'signup' ? this.signupUrl : safeHref(c.cta.url, origin);
    const layout = this.layout === 'compact' ? 'compact' : 'wide';
    return html`<section class="banner" part="base" aria-label=${c.headline}>
      <div class="layout layout--${layout}">
        ${photo && src
          ? html`<figure class="media" part="media">
              <img
                part="image"
                src=${src}
                srcset=${imageSrcset(photo.srcset, origin) ?? nothing}
                sizes=${layout === 'compact' ? '9rem' : '(min-width: 40rem) 45vw, 100vw'}
                alt=${photo.alt}
                width=${photo.width}
                height=${photo.height}
                decoding="async"
                data-focal=${focalPosition(photo)}
              />
              ${photo.credit
                ? html`<figcaption class="credit" part="credit">${this.msg('photoBy', { credit: photo.credit })}</figcaption>`
                : nothing}
            </figure>`
          : nothing}
        <div class="content" part="content">
          ${org ? html`<p class="eyebrow" part="eyebrow">${this.msg('signupFor', { organisation: org.name })}</p>` : nothing}
          ${this.renderHeadline(c.headline)}
          <p class="pitch" part="pitch">${c.pitch}</p>
          ${href && c.cta.label
            ? html`<a
                class="sk-button"
                part="cta"
                href=${href}
                @click=${c.cta.kind === 'signup' ? this.onSignup : nothing}
                >${c.cta.label}</a
              >`
            : nothing}
        </div>
      </div>
    </section>`;
  }
}
