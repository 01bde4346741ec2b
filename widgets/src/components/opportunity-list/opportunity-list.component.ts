import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Opportunity } from '../../base/api-types.js';
import { baseStyles } from '../../base/base-element.js';
import { SamskabListElement, contactMessages, listMessages, listStyles, mergeMessages, type FilterSpec } from '../../base/list-element.js';
import { formatDate } from '../../base/format-date.js';
import { safeHref } from '../../base/urls.js';
import { styles } from './opportunity-list.styles.js';

/**
 * @tagname samskab-opportunity-list
 * @summary The volunteer task bank: tasks filterable by commitment (episodic or regular), organisation, district and free text.
 *
 * The filter state is kept in the page URL (`?tasks-commitment=episodic`), so a
 * filtered list can be shared and is restored on load and on back/forward.
 *
 * @attr q - Preset free-text search.
 * @attr commitment - Preset commitment: `episodic` or `regular`.
 * @attr organisation - Preset organisation (slug).
 * @attr district - Preset district.
 * @attr page-size - Tasks per page, 1 to 50 (default 12).
 * @attr param-prefix - Prefix of this list's URL parameters (default: the element's id, else `tasks`).
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
 * @csspart list - The list of tasks.
 * @csspart item - Each task.
 * @csspart empty - The message shown when nothing matches.
 * @csspart pagination - The paging controls.
 * @csspart error - The message shown when loading or updating failed.
 * @csspart fallback - The wrapper around the fallback slot.
 *
 * @cssproperty --samskab-opportunity-list-min-height - Space reserved before loading (default 28rem).
 *
 * @fires samskab-filter-change - The filters or the page changed; detail `{widget, params}`.
 * @fires samskab-load - The tasks are shown.
 * @fires samskab-error - The tasks could not be loaded; the fallback stays.
 */
export class SamskabOpportunityList extends SamskabListElement<Opportunity> {
  static override messages = mergeMessages(listMessages, contactMessages, {
    da: {
      organisation: 'Forening eller institution',
      commitment: 'Tidsforbrug',
      opportunitiesCount: '{count} frivillige opgaver',
      opportunitiesCountOne: '1 frivillig opgave',
      opportunitiesEmpty: 'Ingen opgaver passer til din søgning. Prøv med færre filtre.',
      opportunitiesLabel: 'Frivillige opgaver',
      timeNeeded: 'Tid',
      minAge: 'Mindstealder',
      minAgeValue: '{min} år',
      childCertificate: 'Kræver børneattest',
      location: 'Sted',
      period: 'Periode',
    },
    en: {
      organisation: 'Association or institution',
      commitment: 'Commitment',
      opportunitiesCount: '{count} volunteer tasks',
      opportunitiesCountOne: '1 volunteer task',
      opportunitiesEmpty: 'No tasks match your search. Try fewer filters.',
      opportunitiesLabel: 'Volunteer tasks',
      timeNeeded: 'Time',
      minAge: 'Minimum age',
      minAgeValue: '{min} years',
      childCertificate: 'Child protection certificate required',
      location: 'Location',
      period: 'Period',
    },
  });

  static override styles = [...baseStyles, listStyles, styles];

  static override properties: PropertyDeclarations = {
    commitment: { type: String },
  };

  declare commitment: string | null;

  protected override readonly countKeys = {
    one: 'opportunitiesCountOne',
    many: 'opportunitiesCount',
    empty: 'opportunitiesEmpty',
    label: 'opportunitiesLabel',
  };

  constructor() {
    super();
    this.commitment = null;
  }

  protected override get endpoint(): string {
    return '/opportunities';
  }

  protected override get defaultPrefix(): string {
    return 'tasks';
  }

  protected override get filterSpecs(): FilterSpec[] {
    return [
      { key: 'commitment', label: 'commitment', kind: 'facet' },
      { key: 'organisation', label: 'organisation', kind: 'facet' },
      { key: 'district', label: 'district', kind: 'facet' },
    ];
  }

  private period(o: Opportunity): string {
    const from = formatDate(this.locale, o.startsAt);
    const to = formatDate(this.locale, o.endsAt);
    return from && to ? `${from} – ${to}` : from || to;
  }

  protected override renderItem(o: Opportunity): TemplateResult {
    const period = this.period(o);
    const contact = o.contact;
    const email = contact?.email ? safeHref(`mailto:${contact.email}`) : undefined;
    const phone = contact?.phone ? safeHref(`tel:${contact.phone.replace(/\s+/g, '')}`) : undefined;
    const url = safeHref(contact?.url);
    return html`<article aria-labelledby="task-${o.slug}">
      <h3 id="task-${o.slug}">${o.title}</h3>
      <ul class="sk-tags">
        <li class="commitment">${o.commitmentLabel}</li>
        ${o.childCertificate ? html`<li>${this.msg('childCertificate')}</li>` : nothing}
      </ul>
      <p>${o.summary}</p>
      <dl class="sk-meta">
        ${o.organisation ? html`<dt>${this.msg('organisation')}</dt><dd>${o.organisation.name}</dd>` : nothing}
        ${o.timeNeeded ? html`<dt>${this.msg('timeNeeded')}</dt><dd>${o.timeNeeded}</dd>` : nothing}
        ${o.location || o.district
          ? html`<dt>${this.msg('location')}</dt><dd>${[o.location, o.district].filter(Boolean).join(', ')}</dd>`
          : nothing}
        ${period ? html`<dt>${this.msg('period')}</dt><dd>${period}</dd>` : nothing}
        ${o.minAge !== null ? html`<dt>${this.msg('minAge')}</dt><dd>${this.msg('minAgeValue', { min: o.minAge })}</dd>` : nothing}
        ${contact && (contact.name || email || phone || url)
          ? html`<dt>${this.msg('contact')}</dt>
              <dd>
                ${contact.name ?? nothing}
                ${email ? html`<br /><a href=${email}><span class="sk-visually-hidden">${this.msg('email')}: </span>${contact.email}</a>` : nothing}
                ${phone ? html`<br /><a href=${phone}><span class="sk-visually-hidden">${this.msg('phone')}: </span>${contact.phone}</a>` : nothing}
                ${url ? html`<br /><a href=${url}>${this.msg('website')}<span class="sk-visually-hidden">: ${o.title}</span></a>` : nothing}
              </dd>`
          : nothing}
      </dl>
    </article>`;
  }
}
