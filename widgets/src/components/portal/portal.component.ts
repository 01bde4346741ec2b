import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Locale } from '../../base/api-types.js';
import { SamskabApiError, type ApiClient } from '../../base/api-client.js';
import { SamskabElement, baseStyles } from '../../base/base-element.js';
import type { Catalogue } from '../../base/i18n.js';
import { PortalClient } from './portal-client.js';
import { styles } from './portal.styles.js';

export interface PortalSignup {
  id: string;
  reference: string;
  receivedAt: string;
  name: string;
  email: string | null;
  phone: string | null;
  availability: string | null;
  message: string | null;
  campaign: { slug: string; title: string } | null;
  opportunity: { slug: string; title: string } | null;
  sourceOrigin: string | null;
  handled: boolean;
  handledAt: string | null;
}

export interface PortalSignupPage {
  items: PortalSignup[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
  counts: { open: number; handled: number; all: number };
}

export interface PortalEmbed {
  organisation: { slug: string; name: string };
  embedPage: string;
  script: string;
  items: { kind: 'recruitment-banner' | 'signup-form'; title: string; element: string; iframe: string }[];
}

export interface PortalMe {
  user: { username: string; email: string };
  organisation: { slug: string; name: string; kind: string };
}

type Tab = 'signups' | 'embed' | 'materials';
type Filter = 'open' | 'handled' | 'all';
const TABS: Tab[] = ['signups', 'embed', 'materials'];
const PACK_BUILDER = 'samskab-pack-builder';

/**
 * @tagname samskab-portal
 * @summary The institution portal: staff log in and see their institution's sign-ups, mark them handled, export them, copy embed snippets and make materials.
 *
 * The login (a users-permissions JWT) is kept in memory only: a reload or a new tab asks for it again.
 *
 * @attr heading-level - The level of the portal's heading, 1 to 3 (default 1).
 * @attr api - Where the API lives (an origin). Defaults to `<meta name="samskab-api">`, then the script's origin.
 * @attr lang - `da` or `en`; defaults to the closest `lang` on the page.
 *
 * @slot - Fallback content, shown until the portal has loaded (say that it needs JavaScript).
 * @slot materials - The pack builder (`<samskab-pack-builder>`), shown in the "Materials" tab once its element is defined. After login the portal sets its `organisation` attribute and its `session` property (`{ jwt, token, organisation }`); at logout `session` becomes null.
 *
 * @csspart login - The login form.
 * @csspart tabs - The tab list.
 * @csspart panel - The active tab's panel.
 * @csspart signup - One sign-up in the list.
 * @csspart snippet - One embed snippet.
 * @csspart message - A message about loading, saving or logging in.
 * @csspart fallback - The wrapper around the fallback slot.
 *
 * @cssproperty --samskab-portal-min-height - Space reserved before the portal loads (default 20rem).
 *
 * @fires samskab-load - The portal is shown (the login form).
 * @fires samskab-error - A request failed (the portal shows what to do).
 */
export class SamskabPortal extends SamskabElement {
  static override messages: Catalogue = {
    da: {
      title: 'Institutionsportalen',
      loginIntro: 'Log ind med den bruger, kommunens frivilligteam har givet jer. Så kan I se jeres tilmeldinger, hente dem som regneark og finde koden til jeres hjemmeside.',
      memoryOnly: 'Du forbliver logget ind, indtil du lukker eller genindlæser siden. Vi gemmer ikke dit login i browseren.',
      identifier: 'E-mail eller brugernavn',
      password: 'Adgangskode',
      login: 'Log ind',
      loggingIn: 'Logger ind …',
      loginMissing: 'Skriv både din e-mail eller dit brugernavn og din adgangskode.',
      loginWrong: 'E-mail, brugernavn eller adgangskode er forkert. Prøv igen.',
      loginNotStaff: 'Din bruger er ikke knyttet til en skole eller et dagtilbud. Bed kommunens frivilligteam om adgang.',
      loginThrottled: 'For mange forsøg på kort tid. Vent et par minutter, og prøv igen.',
      unreachable: 'Portalen kunne ikke få forbindelse til serveren. Tjek din internetforbindelse, og prøv igen.',
      expired: 'Du er blevet logget ud. Log ind igen for at fortsætte.',
      loggedInAs: 'Logget ind som {user} for {organisation}.',
      logout: 'Log ud',
      loggedOut: 'Du er logget ud.',
      tabsLabel: 'Portalens sider',
      tab_signups: 'Tilmeldinger',
      tab_embed: 'Til jeres hjemmeside',
      tab_materials: 'Materialer',
      signupsHeading: 'Tilmeldinger til {organisation}',
      show: 'Vis',
      filter_open: 'Ikke håndteret ({count})',
      filter_handled: 'Håndteret ({count})',
      filter_all: 'Alle ({count})',
      export: 'Hent som regneark (CSV til Excel)',
      exported: 'Regnearket er hentet.',
      loading: 'Henter …',
      none_open: 'Der er ingen tilmeldinger, I mangler at håndtere.',
      none: 'Der er ingen tilmeldinger endnu.',
      count: '{from}–{to} af {total}',
      reference: 'Reference',
      received: 'Modtaget',
      email: 'E-mail',
      phone: 'Telefon',
      when: 'Hvornår',
      for: 'Til',
      source: 'Fra siden',
      message: 'Besked',
      when_episodic: 'En gang imellem',
      when_regular: 'Fast',
      when_either: 'Begge dele',
      handled: 'Håndteret {date}',
      markHandled: 'Markér som håndteret',
      markOpen: 'Markér som ikke håndteret',
      markedHandled: '{reference} er markeret som håndteret.',
      markedOpen: '{reference} er markeret som ikke håndteret.',
      previous: 'Forrige side',
      next: 'Næste side',
      failed: 'Det lykkedes ikke. Prøv igen om lidt.',
      embedHeading: 'Til jeres hjemmeside',
      embedIntro: 'Kopiér koden ind på jeres hjemmeside. Banneret viser kampagnen, og tilmeldinger går direkte til jer.',
      embedPage: 'Se og prøv alle widgets på indlejringssiden',
      scriptCode: 'Kode med script (anbefalet)',
      iframeCode: 'Kode som iframe (hvis jeres side kun tillader iframes)',
      copy: 'Kopiér',
      copyOf: 'Kopiér {what}',
      copied: 'Koden er kopieret.',
      copyFailed: 'Koden kunne ikke kopieres automatisk. Den er markeret: tryk Ctrl+C (Cmd+C på Mac).',
      kind_recruitment: 'Banner',
      kind_signup: 'Tilmeldingsformular',
      noSnippets: 'Jeres institution er ikke med i nogen kampagner eller opgaver lige nu.',
      materialsHeading: 'Materialer',
      materialsSoon: 'Her kan I snart lave plakater, foldere og webbannere med jeres eget navn og et godkendt foto.',
    },
    en: {
      title: 'Institution portal',
      loginIntro: 'Log in with the account the municipality’s volunteering team gave you. Then you can see your sign-ups, download them as a spreadsheet and find the code for your website.',
      memoryOnly: 'You stay logged in until you close or reload the page. Your login is not stored in the browser.',
      identifier: 'Email or username',
      password: 'Password',
      login: 'Log in',
      loggingIn: 'Logging in …',
      loginMissing: 'Enter both your email or username and your password.',
      loginWrong: 'The email, username or password is wrong. Try again.',
      loginNotStaff: 'Your account is not tied to a school or daycare. Ask the municipality’s volunteering team for access.',
      loginThrottled: 'Too many attempts in a short time. Wait a few minutes and try again.',
      unreachable: 'The portal could not reach the server. Check your internet connection and try again.',
      expired: 'You have been logged out. Log in again to continue.',
      loggedInAs: 'Logged in as {user} for {organisation}.',
      logout: 'Log out',
      loggedOut: 'You are logged out.',
      tabsLabel: 'Portal pages',
      tab_signups: 'Sign-ups',
      tab_embed: 'For your website',
      tab_materials: 'Materials',
      signupsHeading: 'Sign-ups for {organisation}',
      show: 'Show',
      filter_open: 'Not handled ({count})',
      filter_handled: 'Handled ({count})',
      filter_all: 'All ({count})',
      export: 'Download as a spreadsheet (CSV for Excel)',
      exported: 'The spreadsheet has been downloaded.',
      loading: 'Loading …',
      none_open: 'There are no sign-ups left to handle.',
      none: 'There are no sign-ups yet.',
      count: '{from}–{to} of {total}',
      reference: 'Reference',
      received: 'Received',
      email: 'Email',
      phone: 'Phone',
      when: 'When',
      for: 'For',
      source: 'From the page',
      message: 'Message',
      when_episodic: 'Now and then',
      when_regular: 'Regularly',
      when_either: 'Either',
      handled: 'Handled {date}',
      markHandled: 'Mark as handled',
      markOpen: 'Mark as not handled',
      markedHandled: '{reference} is marked as handled.',
      markedOpen: '{reference} is marked as not handled.',
      previous: 'Previous page',
      next: 'Next page',
      failed: 'That did not work. Try again in a moment.',
      embedHeading: 'For your website',
      embedIntro: 'Copy the code into your website. The banner shows the campaign, and sign-ups go straight to you.',
      embedPage: 'See and try every widget on the embed page',
      scriptCode: 'Code with script (recommended)',
      iframeCode: 'Code as an iframe (if your site only allows iframes)',
      copy: 'Copy',
      copyOf: 'Copy {what}',
      copied: 'The code has been copied.',
      copyFailed: 'The code could not be copied automatically. It is selected: press Ctrl+C (Cmd+C on a Mac).',
      kind_recruitment: 'Banner',
      kind_signup: 'Sign-up form',
      noSnippets: 'Your institution takes part in no campaigns or tasks right now.',
      materialsHeading: 'Materials',
      materialsSoon: 'Soon you can make posters, flyers and web banners here with your own name and an approved photo.',
    },
  };

  static override styles = [...baseStyles, styles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    me: { state: true },
    tab: { state: true },
    filter: { state: true },
    page: { state: true },
    signups: { state: true },
    embed: { state: true },
    busy: { state: true },
    notice: { state: true },
    announcement: { state: true },
    builderReady: { state: true },
  };

  declare headingLevel: number;
  protected declare me: PortalMe | null;
  protected declare tab: Tab;
  protected declare filter: Filter;
  protected declare page: number;
  protected declare signups: PortalSignupPage | null;
  protected declare embed: PortalEmbed | null;
  protected declare busy: boolean;
  /** A message for the person, shown in place (login errors, failed requests). */
  protected declare notice: string | null;
  /** What a screen reader should hear now (polite). */
  protected declare announcement: string;
  protected declare builderReady: boolean;

  private portal: PortalClient | null = null;

  constructor() {
    super();
    this.headingLevel = 1;
    this.me = null;
    this.tab = 'signups';
    this.filter = 'open';
    this.page = 1;
    this.signups = null;
    this.embed = null;
    this.busy = false;
    this.notice = null;
    this.announcement = '';
    this.builderReady = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.builderReady = Boolean(customElements.get(PACK_BUILDER));
    if (!this.builderReady) void customElements.whenDefined(PACK_BUILDER).then(() => (this.builderReady = true));
  }

  /** Nothing to fetch before login; the portal shows its login form at once. */
  protected override async load(client: ApiClient, _locale: Locale, _signal: AbortSignal): Promise<void> {
    if (this.portal?.origin !== client.origin) {
      this.portal = new PortalClient(client.origin);
      this.me = null;
    }
  }

  // --- login -----------------------------------------------------------------

  private async onLogin(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.portal) return;
    const form = event.currentTarget as HTMLFormElement;
    const identifier = (form.elements.namedItem('identifier') as HTMLInputElement).value.trim();
    const passwordField = form.elements.namedItem('password') as HTMLInputElement;
    if (!identifier || !passwordField.value) return this.showNotice(this.msg('loginMissing'), identifier ? 'password' : 'identifier');
    this.busy = true;
    this.notice = null;
    this.announcement = this.msg('loggingIn');
    try {
      await this.portal.login(identifier, passwordField.value);
      this.me = await this.portal.json<PortalMe>('/api/portal/me');
      passwordField.value = '';
      this.tab = 'signups';
      this.filter = 'open';
      this.page = 1;
      this.signups = null;
      this.embed = null;
      this.announcement = this.msg('loggedInAs', { user: this.me.user.username, organisation: this.me.organisation.name });
      this.handOverSession();
      await this.loadTab();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.panel-heading')?.focus();
    } catch (error) {
      this.portal.logout();
      this.me = null;
      const status = error instanceof SamskabApiError ? error.status : 0;
      const message =
        status === 400 || status === 401 ? this.msg('loginWrong') : status === 403 ? this.msg('loginNotStaff') : status === 429 ? this.msg('loginThrottled') : this.msg('unreachable');
      passwordField.value = '';
      this.fail(error, undefined, true);
      this.showNotice(message, 'password');
    } finally {
      this.busy = false;
    }
  }

  private logout(message = this.msg('loggedOut')): void {
    this.portal?.logout();
    this.me = null;
    this.signups = null;
    this.embed = null;
    this.handOverSession();
    this.notice = message;
    this.announcement = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="message"]')?.focus());
  }

  /** Shows a message where the person is, and puts them back in the form. */
  private async showNotice(message: string, focus?: string): Promise<void> {
    this.notice = message;
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>(`#${focus}`)?.focus();
  }

  /** Gives the pack builder (in the "materials" slot) the login, or takes it back. */
  private handOverSession(): void {
    for (const el of this.querySelectorAll<HTMLElement & { session?: unknown }>('[slot="materials"]')) {
      if (this.me && this.portal?.jwt) {
        el.setAttribute('organisation', this.me.organisation.slug);
        el.session = { jwt: this.portal.jwt, token: this.portal.jwt, organisation: this.me.organisation };
      } else {
        el.removeAttribute('organisation');
        el.session = null;
      }
    }
  }

  /** Runs a portal request; a lost login goes back to the login form, other failures become a notice. */
  private async call<T>(request: (portal: PortalClient) => Promise<T>): Promise<T | undefined> {
    if (!this.portal) return undefined;
    try {
      this.notice = null;
      return await request(this.portal);
    } catch (error) {
      this.fail(error, undefined, true);
      const status = error instanceof SamskabApiError ? error.status : 0;
      if (status === 401 || status === 403) this.logout(this.msg('expired'));
      else this.notice = status ? this.msg('failed') : this.msg('unreachable');
      return undefined;
    }
  }

  // --- tabs ------------------------------------------------------------------

  private async loadTab(): Promise<void> {
    if (this.tab === 'signups') await this.loadSignups();
    if (this.tab === 'embed' && !this.embed) this.embed = (await this.call((p) => p.json<PortalEmbed>('/api/portal/embed'))) ?? null;
  }

  private async loadSignups(): Promise<void> {
    this.busy = true;
    const page = await this.call((p) => p.json<PortalSignupPage>(`/api/portal/signups?status=${this.filter}&page=${this.page}&pageSize=20`));
    this.busy = false;
    if (page) this.signups = page;
  }

  private async selectTab(tab: Tab, focus = false): Promise<void> {
    this.tab = tab;
    this.notice = null;
    if (focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
    }
    await this.loadTab();
  }

  /** Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern, automatic activation). */
  private onTabKey(event: KeyboardEvent): void {
    const index = TABS.indexOf(this.tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.selectTab(TABS[(next + TABS.length) % TABS.length], true);
  }

  private async setFilter(filter: Filter): Promise<void> {
    this.filter = filter;
    this.page = 1;
    await this.loadSignups();
  }

  private async goToPage(page: number): Promise<void> {
    this.page = page;
    await this.loadSignups();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.list-count')?.focus();
  }

  private async toggleHandled(signup: PortalSignup): Promise<void> {
    const updated = await this.call((p) => p.json<PortalSignup>(`/api/portal/signups/${encodeURIComponent(signup.id)}`, { method: 'PATCH', body: { handled: !signup.handled } }));
    if (!updated || !this.signups) return;
    const delta = updated.handled === signup.handled ? 0 : updated.handled ? 1 : -1;
    const counts = { ...this.signups.counts, handled: this.signups.counts.handled + delta, open: this.signups.counts.open - delta };
    // The sign-up stays where it is until the list is loaded again, so focus stays on its button.
    this.signups = { ...this.signups, counts, items: this.signups.items.map((s) => (s.id === updated.id ? updated : s)) };
    this.announcement = this.msg(updated.handled ? 'markedHandled' : 'markedOpen', { reference: updated.reference });
  }

  private async exportCsv(): Promise<void> {
    const file = await this.call((p) => p.file(`/api/portal/signups/export?status=${this.filter}`));
    if (!file) return;
    const url = URL.createObjectURL(file.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = file.filename;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    this.announcement = this.msg('exported');
  }

  private async copy(event: Event, text: string): Promise<void> {
    const field = (event.currentTarget as HTMLElement).closest('.code')?.querySelector('textarea');
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = this.msg('copied');
    } catch {
      field?.focus();
      field?.select();
      this.announcement = this.msg('copyFailed');
    }
  }

  // --- rendering -------------------------------------------------------------

  private heading(text: string, extra = 0, { focusable = false, id }: { focusable?: boolean; id?: string } = {}): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 1) + extra);
    const cls = focusable ? 'panel-heading' : nothing;
    const tabindex = focusable ? '-1' : nothing;
    switch (level) {
      case 1:
        return html`<h1 class=${cls} id=${id ?? nothing} tabindex=${tabindex}>${text}</h1>`;
      case 2:
        return html`<h2 class=${cls} id=${id ?? nothing} tabindex=${tabindex}>${text}</h2>`;
      case 3:
        return html`<h3 class=${cls} id=${id ?? nothing} tabindex=${tabindex}>${text}</h3>`;
      default:
        return html`<h4 class=${cls} id=${id ?? nothing} tabindex=${tabindex}>${text}</h4>`;
    }
  }

  private renderNotice(): TemplateResult | typeof nothing {
    return this.notice ? html`<p class="sk-message notice" part="message" role="alert" tabindex="-1">${this.notice}</p>` : nothing;
  }

  private renderLogin(): TemplateResult {
    return html`${this.heading(this.msg('title'))}
      <p>${this.msg('loginIntro')}</p>
      <form class="login" part="login" novalidate @submit=${this.onLogin} aria-describedby="memory-only">
        ${this.renderNotice()}
        <div class="field">
          <label for="identifier">${this.msg('identifier')}</label>
          <input id="identifier" name="identifier" type="text" autocomplete="username" autocapitalize="off" spellcheck="false" required />
        </div>
        <div class="field">
          <label for="password">${this.msg('password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <button class="sk-button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? this.msg('loggingIn') : this.msg('login')}</button>
        <p class="hint" id="memory-only">${this.msg('memoryOnly')}</p>
      </form>`;
  }

  private formatDate(iso: string | null): string {
    if (!iso) return '';
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? ''
      : new Intl.DateTimeFormat(this.locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }

  private renderSignup(s: PortalSignup): TemplateResult {
    const what = s.opportunity?.title ?? s.campaign?.title;
    return html`<li class="signup ${s.handled ? 'signup--handled' : ''}" part="signup">
      <article aria-labelledby="signup-${s.id}">
        ${this.heading(s.name, 2, { id: `signup-${s.id}` })}
        ${s.handled ? html`<p class="status">${this.msg('handled', { date: this.formatDate(s.handledAt) })}</p>` : nothing}
        <dl class="sk-meta">
          <dt>${this.msg('reference')}</dt>
          <dd>${s.reference}</dd>
          <dt>${this.msg('received')}</dt>
          <dd>${this.formatDate(s.receivedAt)}</dd>
          ${s.email ? html`<dt>${this.msg('email')}</dt><dd><a href="mailto:${s.email}">${s.email}</a></dd>` : nothing}
          ${s.phone ? html`<dt>${this.msg('phone')}</dt><dd><a href="tel:${s.phone.replace(/[^+\d]/g, '')}">${s.phone}</a></dd>` : nothing}
          ${s.availability ? html`<dt>${this.msg('when')}</dt><dd>${this.msg(`when_${s.availability}`)}</dd>` : nothing}
          ${what ? html`<dt>${this.msg('for')}</dt><dd>${what}</dd>` : nothing}
          ${s.sourceOrigin ? html`<dt>${this.msg('source')}</dt><dd>${s.sourceOrigin}</dd>` : nothing}
        </dl>
        ${s.message ? html`<p class="message"><span class="label">${this.msg('message')}:</span> ${s.message}</p>` : nothing}
        <button type="button" class="sk-button sk-button--secondary" @click=${() => this.toggleHandled(s)} aria-describedby="signup-${s.id}">
          ${s.handled ? this.msg('markOpen') : this.msg('markHandled')}
        </button>
      </article>
    </li>`;
  }

  private renderSignups(me: PortalMe): TemplateResult {
    const page = this.signups;
    const counts = page?.counts ?? { open: 0, handled: 0, all: 0 };
    const from = page && page.total ? (page.page - 1) * page.pageSize + 1 : 0;
    const to = page ? Math.min(page.total, page.page * page.pageSize) : 0;
    return html`${this.heading(this.msg('signupsHeading', { organisation: me.organisation.name }), 1, { focusable: true })}
      <div class="toolbar">
        <fieldset class="filter">
          <legend>${this.msg('show')}</legend>
          ${(['open', 'handled', 'all'] as Filter[]).map(
            (f) => html`<label class="choice"
              ><input type="radio" name="filter" value=${f} .checked=${this.filter === f} @change=${() => this.setFilter(f)} />
              ${this.msg(`filter_${f}`, { count: counts[f] })}</label
            >`,
          )}
        </fieldset>
        <button type="button" class="sk-button sk-button--secondary" @click=${this.exportCsv}>${this.msg('export')}</button>
      </div>
      ${this.renderNotice()}
      ${!page
        ? html`<p>${this.msg('loading')}</p>`
        : page.total === 0
          ? html`<p class="list-count" tabindex="-1">${this.filter === 'open' ? this.msg('none_open') : this.msg('none')}</p>`
          : html`<p class="list-count" tabindex="-1">${this.msg('count', { from, to, total: page.total })}</p>
              <ul class="signups" aria-busy=${this.busy ? 'true' : 'false'}>
                ${page.items.map((s) => this.renderSignup(s))}
              </ul>
              ${page.pageCount > 1
                ? html`<div class="pages">
                    ${page.page > 1 ? html`<button type="button" class="sk-button sk-button--secondary" @click=${() => this.goToPage(page.page - 1)}>${this.msg('previous')}</button>` : nothing}
                    ${page.page < page.pageCount ? html`<button type="button" class="sk-button sk-button--secondary" @click=${() => this.goToPage(page.page + 1)}>${this.msg('next')}</button>` : nothing}
                  </div>`
                : nothing}`}`;
  }

  private renderCode(label: string, code: string, id: string, what: string): TemplateResult {
    return html`<div class="code">
      <label for=${id}>${label}</label>
      <textarea id=${id} readonly rows=${Math.min(9, code.split('\n').length + Math.ceil(code.length / 90))} spellcheck="false" .value=${code}></textarea>
      <button type="button" class="sk-button sk-button--secondary" aria-label=${this.msg('copyOf', { what })} @click=${(e: Event) => this.copy(e, code)}>${this.msg('copy')}</button>
    </div>`;
  }

  private renderEmbed(): TemplateResult {
    const embed = this.embed;
    return html`${this.heading(this.msg('embedHeading'), 1, { focusable: true })}
      <p>${this.msg('embedIntro')}</p>
      ${this.renderNotice()}
      ${!embed
        ? html`<p>${this.msg('loading')}</p>`
        : html`<p><a href=${embed.embedPage}>${this.msg('embedPage')}</a></p>
            ${embed.items.length === 0 ? html`<p>${this.msg('noSnippets')}</p>` : nothing}
            <ul class="snippets">
              ${embed.items.map((item, i) => {
                const kind = this.msg(item.kind === 'recruitment-banner' ? 'kind_recruitment' : 'kind_signup');
                const what = `${kind}: ${item.title}`;
                return html`<li class="snippet" part="snippet">
                  ${this.heading(`${kind}: ${item.title}`, 2)}
                  ${this.renderCode(this.msg('scriptCode'), `${embed.script}\n${item.element}`, `code-${i}`, what)}
                  ${this.renderCode(this.msg('iframeCode'), item.iframe, `iframe-${i}`, `${what} (iframe)`)}
                </li>`;
              })}
            </ul>`}`;
  }

  private renderMaterials(): TemplateResult {
    // With the pack builder, its own heading leads; the tab's heading stays for screen readers.
    return html`<div class=${this.builderReady ? 'sk-visually-hidden' : ''}>${this.heading(this.msg('materialsHeading'), 1, { focusable: true })}</div>
      ${this.builderReady ? html`<slot name="materials" @slotchange=${this.handOverSession}></slot>` : html`<p>${this.msg('materialsSoon')}</p>`}`;
  }

  protected override renderContent(): TemplateResult {
    const me = this.me;
    if (!me) return html`<div class="portal">${this.renderLogin()}<p class="sk-visually-hidden" role="status">${this.announcement}</p></div>`;
    return html`<div class="portal">
      <div class="topbar">
        ${this.heading(this.msg('title'))}
        <p class="who">${this.msg('loggedInAs', { user: me.user.username, organisation: me.organisation.name })}</p>
        <button type="button" class="sk-button sk-button--secondary" @click=${() => this.logout()}>${this.msg('logout')}</button>
      </div>
      <div class="tabs" role="tablist" part="tabs" aria-label=${this.msg('tabsLabel')} @keydown=${this.onTabKey}>
        ${TABS.map(
          (tab) => html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            aria-controls="panel"
            aria-selected=${this.tab === tab ? 'true' : 'false'}
            tabindex=${this.tab === tab ? '0' : '-1'}
            @click=${() => this.selectTab(tab)}
          >
            ${this.msg(`tab_${tab}`)}
          </button>`,
        )}
      </div>
      <div class="panel" id="panel" role="tabpanel" part="panel" aria-labelledby="tab-${this.tab}">
        ${this.tab === 'signups' ? this.renderSignups(me) : this.tab === 'embed' ? this.renderEmbed() : this.renderMaterials()}
      </div>
      <p class="sk-visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
