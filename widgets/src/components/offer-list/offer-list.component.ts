import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Contact, Offer } from '../../base/api-types.js';
import { baseStyles } from '../../base/base-element.js';
import { SamskabListElement, contactMessages, listMessages, listStyles, mergeMessages, type FilterSpec } from '../../base/list-element.js';
import { safeHref } from '../../base/urls.js';
import { styles } from './offer-list.styles.js';

/**
 * @tagname samskab-offer-list
 * @summary Social offers for citizens (homework help, grief groups, someone to talk to, ...) with free-text search, filters, paging and a live result count.
 *
 * The filter state is kept in the page URL (`?offers-category=sorg&offers-page=2`),
 * so a filtered list can be shared and is restored on load and on back/forward.
 *
 * @attr q - Preset free-text search.
 * @attr category - Preset category (facet value).
 * @attr audience - Preset target group (facet value).
 * @attr age - Preset age in years.
 * @attr district - Preset district (facet value).
 * @attr mode - Preset mode: in person, phone or online (facet value).
 * @attr organisation - Only offers from this provider (slug).
 * @attr page-size - Offers per page, 1 to 50 (default 12).
 * @attr param-prefix - Prefix of this list's URL parameters (default: the element's id, else `offers`).
 * @attr url-state - `off` keeps the filter state out of the page URL.
 * @attr api - Where the API lives (an origin). Defaults to `<meta name="samskab-api">`, then the script's origin.
 * @attr lang - `da` or `en`; defaults to the closest `lang` on the page.
 *
 * @slot - Fallback content, shown while loading and kept if the API cannot be reached.
 *
 * @csspart base - The wrapper.
 * @csspart filters - The filter form.
 * @csspart field - Each filter field.
 * @csspart button - Every button (search, reset, paging).
 * @csspart reset - The reset button.
 * @csspart count - The result count (a live region).
 * @csspart list - The list of offers.
 * @csspart item - Each offer.
 * @csspart empty - The message shown when nothing matches.
 * @csspart pagination - The paging controls.
 * @csspart error - The message shown when loading or updating failed.
 * @csspart fallback - The wrapper around the fallback slot.
 *
 * @cssproperty --samskab-offer-list-min-height - Space reserved before loading (default 28rem).
 * @cssproperty --samskab-color-surface - The filter panel's background.
 *
 * @fires samskab-filter-change - The filters or the page changed; detail `{widget, params}`.
 * @fires samskab-load - The offers are shown.
 * @fires samskab-error - The offers could not be loaded; the fallback stays.
 */
export class SamskabOfferList extends SamskabListElement<Offer> {
  static override messages = mergeMessages(listMessages, contactMessages, {
    da: {
      yes: 'Ja',
      no: 'Nej',
      category: 'Kategori',
      audience: 'Målgruppe',
      age: 'Alder',
      ageHint: 'Barnets eller den unges alder i år',
      mode: 'Form',
      offersCount: '{count} tilbud',
      offersCountOne: '1 tilbud',
      offersEmpty: 'Ingen tilbud passer til din søgning. Prøv med færre filtre.',
      offersLabel: 'Tilbud',
      provider: 'Udbyder',
      price: 'Pris',
      free: 'Gratis',
      referralNeeded: 'Kræver henvisning',
      ages: 'Alder',
      agesRange: '{min}–{max} år',
      agesFrom: 'Fra {min} år',
      agesTo: 'Op til {max} år',
    },
    en: {
      yes: 'Yes',
      no: 'No',
      category: 'Category',
      audience: 'Target group',
      age: 'Age',
      ageHint: "The child's or young person's age in years",
      mode: 'Format',
      offersCount: '{count} offers',
      offersCountOne: '1 offer',
      offersEmpty: 'No offers match your search. Try fewer filters.',
      offersLabel: 'Offers',
      provider: 'Provider',
      price: 'Price',
      free: 'Free',
      referralNeeded: 'Referral needed',
      ages: 'Ages',
      agesRange: '{min}–{max} years',
      agesFrom: 'From {min} years',
      agesTo: 'Up to {max} years',
    },
  });

  static override styles = [...baseStyles, listStyles, styles];

  static override properties: PropertyDeclarations = {
    category: { type: String },
    audience: { type: String },
    age: { type: String },
    mode: { type: String },
  };

  declare category: string | null;
  declare audience: string | null;
  declare age: string | null;
  declare mode: string | null;

  protected override readonly countKeys = {
    one: 'offersCountOne',
    many: 'offersCount',
    empty: 'offersEmpty',
    label: 'offersLabel',
  };

  constructor() {
    super();
    this.category = null;
    this.audience = null;
    this.age = null;
    this.mode = null;
  }

  protected override get endpoint(): string {
    return '/offers';
  }

  protected override get defaultPrefix(): string {
    return 'offers';
  }

  protected override get filterSpecs(): FilterSpec[] {
    return [
      { key: 'category', label: 'category', kind: 'facet' },
      { key: 'audience', label: 'audience', kind: 'facet' },
      { key: 'age', label: 'age', kind: 'number', hint: 'ageHint', min: 0, max: 120 },
      { key: 'district', label: 'district', kind: 'facet' },
      { key: 'mode', label: 'mode', kind: 'facet' },
    ];
  }

  private ages(offer: Offer): string | null {
    const { minAge: min, maxAge: max } = offer;
    if (min !== null && max !== null) return this.msg('agesRange', { min, max });
    if (min !== null) return this.msg('agesFrom', { min });
    if (max !== null) return this.msg('agesTo', { max });
    return null;
  }

  protected renderContact(contact: Contact | null): TemplateResult | typeof nothing {
    if (!contact) return nothing;
    const phone = contact.phone ? safeHref(`tel:${contact.phone.replace(/\s+/g, '')}`) : undefined;
    const email = contact.email ? safeHref(`mailto:${contact.email}`) : undefined;
    const url = safeHref(contact.url);
    const links: TemplateResult[] = [];
    if (phone) links.push(html`<a href=${phone}><span class="sk-visually-hidden">${this.msg('phone')}: </span>${contact.phone}</a>`);
    if (email) links.push(html`<a href=${email}><span class="sk-visually-hidden">${this.msg('email')}: </span>${contact.email}</a>`);
    if (url) links.push(html`<a href=${url}>${this.msg('website')}<span class="sk-visually-hidden">: ${contact.name ?? ''}</span></a>`);
    if (!links.length && !contact.name) return nothing;
    return html`<dt>${this.msg('contact')}</dt>
      <dd>${contact.name ? html`${contact.name}${links.length ? html`<br />` : nothing}` : nothing}${links.map((l, i) => html`${i ? ' · ' : ''}${l}`)}</dd>`;
  }

  protected override renderItem(offer: Offer): TemplateResult {
    const ages = this.ages(offer);
    return html`<article aria-labelledby="offer-${offer.slug}">
      <h3 id="offer-${offer.slug}">${offer.title}</h3>
      <ul class="sk-tags">
        <li>${offer.categoryLabel}</li>
        <li>${offer.audienceLabel}</li>
        <li>${offer.modeLabel}</li>
      </ul>
      <p>${offer.summary}</p>
      <dl class="sk-meta">
        ${offer.provider ? html`<dt>${this.msg('provider')}</dt><dd>${offer.provider.name}</dd>` : nothing}
        ${ages ? html`<dt>${this.msg('ages')}</dt><dd>${ages}</dd>` : nothing}
        ${offer.district ? html`<dt>${this.msg('district')}</dt><dd>${offer.district}</dd>` : nothing}
        <dt>${this.msg('price')}</dt>
        <dd>${offer.price || this.msg('free')}</dd>
        <dt>${this.msg('referralNeeded')}</dt>
        <dd>${this.msg(offer.referralNeeded ? 'yes' : 'no')}</dd>
        ${this.renderContact(offer.contact)}
      </dl>
    </article>`;
  }
}
