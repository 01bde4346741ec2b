import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { restoreFetch } from '../../../test/fetch-stub.js';
import { deepActiveElement, renderExample, shadow, testContainer } from '../../../test/render.js';
import './portal.js';
import type { SamskabPortal } from './portal.component.js';
import { embed, examples, me, signupsPage } from './portal.examples.js';

const tag = 'samskab-portal';
const example = (name: string) => examples.examples.find((e) => e.name === name)!;
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6NDJ9.signature';

interface Call {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

/** Answers the portal's requests (POST /api/auth/local, /api/portal/...) like the CMS; everything else goes on. */
function portalServer(overrides: { login?: () => Response; me?: () => Response; signups?: (search: URLSearchParams) => Response } = {}) {
  const calls: Call[] = [];
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  let original = globalThis.fetch;
  let items = signupsPage.items.map((s) => ({ ...s }));
  const handle = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith('/api/auth/') && !url.pathname.startsWith('/api/portal/')) return original(input, init);
    const call: Call = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      search: url.searchParams,
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      credentials: init?.credentials,
    };
    calls.push(call);
    if (url.pathname === '/api/auth/local') return overrides.login?.() ?? json({ jwt: JWT, user: { id: 42, username: me.user.username } });
    if (call.headers.authorization !== `Bearer ${JWT}`) return json({ error: { status: 401, name: 'UnauthorizedError', message: 'Missing or invalid credentials' } }, 401);
    if (url.pathname === '/api/portal/me') return overrides.me?.() ?? json(me);
    if (url.pathname === '/api/portal/signups') {
      if (overrides.signups) return overrides.signups(url.searchParams);
      const status = url.searchParams.get('status');
      const shown = items.filter((s) => status === 'all' || (status === 'handled') === s.handled);
      return json({ ...signupsPage, items: shown, total: shown.length });
    }
    if (url.pathname === '/api/portal/signups/export') {
      return new Response('\uFEFFReference;Navn\r\n', { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="tilmeldinger-tranbjerg-skole-2026-11-23.csv"' } });
    }
    if (url.pathname.startsWith('/api/portal/signups/') && call.method === 'PATCH') {
      const id = decodeURIComponent(url.pathname.split('/').pop()!);
      const handled = (call.body as { handled: boolean }).handled;
      items = items.map((s) => (s.id === id ? { ...s, handled, handledAt: handled ? '2026-11-23T14:00:00.000Z' : null } : s));
      return json(items.find((s) => s.id === id));
    }
    if (url.pathname === '/api/portal/embed') return json(embed);
    return json({ error: { status: 404, message: 'Not Found' } }, 404);
  };
  return {
    calls,
    /** Answers from now on (after the example harness has put in its own stub for the widget API). */
    install: () => {
      original = globalThis.fetch;
      globalThis.fetch = handle as typeof fetch;
    },
    restore: () => {
      if (globalThis.fetch === (handle as typeof fetch)) globalThis.fetch = original;
    },
  };
}

async function loadAxe(): Promise<void> {
  if ((window as unknown as { axe?: unknown }).axe) return;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core could not be loaded'));
    document.head.append(script);
  });
}

async function axe(el: Element): Promise<string[]> {
  await loadAxe();
  const result = await (window as any).axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
  return result.violations.map((v: { id: string; nodes: { target: unknown }[] }) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;

let server: ReturnType<typeof portalServer>;

async function portal(lang?: string): Promise<SamskabPortal> {
  const main = document.createElement('main');
  testContainer().append(main);
  const el = await renderExample<SamskabPortal>(tag, lang ? example('Login in English') : example('Login'), main);
  server.install();
  return el;
}

async function logIn(el: SamskabPortal, identifier = 'tranbjerg-skole@samskab.local', password = 'hemmelig'): Promise<void> {
  $<HTMLInputElement>(el, '#identifier').value = identifier;
  $<HTMLInputElement>(el, '#password').value = password;
  $<HTMLButtonElement>(el, '.login button[type=submit]').click();
  await waitUntil(() => !(el as unknown as { busy: boolean }).busy, 'login did not finish');
  await el.updateComplete;
}

describe('samskab-portal', () => {
  beforeEach(() => {
    server = portalServer();
  });
  afterEach(() => {
    server.restore();
    restoreFetch();
  });

  it('starts with a login form that says the login lasts only until the page is reloaded', async () => {
    const el = await portal();
    expect(el.status).to.equal('ready');
    expect($(el, 'h1').textContent).to.equal('Institutionsportalen');
    expect($<HTMLInputElement>(el, '#identifier').autocomplete).to.equal('username');
    expect($<HTMLInputElement>(el, '#password').type).to.equal('password');
    expect($<HTMLInputElement>(el, '#password').autocomplete).to.equal('current-password');
    expect($(el, '#memory-only').textContent).to.contain('indtil du lukker eller genindlæser siden');
    expect($(el, '.login').getAttribute('aria-describedby')).to.equal('memory-only');
    expect(server.calls).to.have.length(0);
    expect(await axe(el)).to.deep.equal([]);
  });

  it('says what to do when the login is wrong, and puts the person back in the password field', async () => {
    server = portalServer({ login: () => new Response(JSON.stringify({ error: { status: 400, name: 'ValidationError', message: 'Invalid identifier or password' } }), { status: 400 }) });
    const el = await portal();
    await logIn(el);
    expect($(el, '[part=message]').textContent).to.equal('E-mail, brugernavn eller adgangskode er forkert. Prøv igen.');
    expect($(el, '[part=message]').getAttribute('role')).to.equal('alert');
    expect(deepActiveElement()).to.equal($(el, '#password'));
    expect($<HTMLInputElement>(el, '#password').value).to.equal('');
    expect(await axe(el)).to.deep.equal([]);
  });

  it('refuses an account that is not institution staff, with a way forward', async () => {
    server = portalServer({ me: () => new Response(JSON.stringify({ error: { status: 403, name: 'PolicyError', message: 'Policy Failed' } }), { status: 403 }) });
    const el = await portal();
    await logIn(el);
    expect($(el, '[part=message]').textContent).to.contain('Bed kommunens frivilligteam om adgang');
    expect(shadow(el).querySelector('[role=tablist]')).to.equal(null);
  });

  it('logs in, keeps the login in memory only, and shows the institution’s open sign-ups', async () => {
    const el = await portal();
    const cookies = document.cookie;
    await logIn(el);
    const [login, whoami, list] = server.calls;
    expect(login).to.deep.include({ method: 'POST', path: '/api/auth/local', credentials: 'omit' });
    expect(login.body).to.deep.equal({ identifier: 'tranbjerg-skole@samskab.local', password: 'hemmelig' });
    expect(login.headers.authorization).to.equal(undefined);
    expect(whoami).to.deep.include({ path: '/api/portal/me', credentials: 'omit' });
    expect(whoami.headers.authorization).to.equal(`Bearer ${JWT}`);
    expect(list.path).to.equal('/api/portal/signups');
    expect(list.search.get('status')).to.equal('open');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(cookies);
    expect(JSON.stringify([...el.attributes].map((a) => a.value))).to.not.contain(JWT);

    expect($(el, '.who').textContent).to.equal('Logget ind som tranbjerg-skole for Tranbjerg Skole.');
    expect(deepActiveElement()).to.equal($(el, '.panel-heading'));
    expect($(el, '.panel-heading').textContent).to.equal('Tilmeldinger til Tranbjerg Skole');
    const names = [...shadow(el).querySelectorAll('[part=signup] h3')].map((h) => h.textContent);
    expect(names).to.deep.equal(['Birgitte Holm', 'Omar Haddad']);
    const first = $(el, '[part=signup]');
    expect(first.textContent).to.contain('FRV-7K3Q-9M2D');
    expect(first.querySelector<HTMLAnchorElement>('a[href^=mailto]')!.href).to.equal('mailto:birgitte.holm@example.dk');
    expect(shadow(el).querySelectorAll('[part=signup]')[1].querySelector<HTMLAnchorElement>('a[href^=tel]')!.getAttribute('href')).to.equal('tel:20304050');
    expect($(el, '.filter').textContent).to.contain('Ikke håndteret (2)');
    expect($(el, '.filter').textContent).to.contain('Alle (3)');
    expect($(el, '.portal > [role=status]').textContent).to.equal('Logget ind som tranbjerg-skole for Tranbjerg Skole.');
    expect(await axe(el)).to.deep.equal([]);
  });

  it('marks a sign-up handled, announces it, keeps focus, and filters', async () => {
    const el = await portal();
    await logIn(el);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part=signup] button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => server.calls.some((c) => c.method === 'PATCH'), 'no PATCH');
    await el.updateComplete;
    const patch = server.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.path).to.equal(`/api/portal/signups/${signupsPage.items[0].id}`);
    expect(patch.body).to.deep.equal({ handled: true });
    expect(patch.headers.authorization).to.equal(`Bearer ${JWT}`);
    await waitUntil(() => $(el, '[part=signup]').textContent!.includes('Markér som ikke håndteret'), 'not updated');
    expect($(el, '[part=signup]').textContent).to.contain('Håndteret');
    expect(deepActiveElement()).to.equal(shadow(el).querySelector('[part=signup] button'));
    expect($(el, '.portal > [role=status]').textContent).to.equal('FRV-7K3Q-9M2D er markeret som håndteret.');
    expect($(el, '.filter').textContent).to.contain('Ikke håndteret (1)');
    expect($(el, '.filter').textContent).to.contain('Håndteret (2)');

    $<HTMLInputElement>(el, 'input[name=filter][value=handled]').click();
    await waitUntil(() => server.calls.at(-1)!.search.get('status') === 'handled', 'no filtered request');
    await waitUntil(() => shadow(el).querySelectorAll('[part=signup]').length === 1, 'not filtered');
    expect($(el, '[part=signup] h3').textContent).to.equal('Birgitte Holm');
  });

  it('downloads the CSV with the login, not through a link anyone could open', async () => {
    const el = await portal();
    await logIn(el);
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent!.includes('regneark'))!.click();
      await waitUntil(() => clicked.length === 1, 'no download');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const request = server.calls.find((c) => c.path === '/api/portal/signups/export')!;
    expect(request.headers.authorization).to.equal(`Bearer ${JWT}`);
    expect(request.search.get('status')).to.equal('open');
    expect(clicked[0].download).to.equal('tilmeldinger-tranbjerg-skole-2026-11-23.csv');
    expect(clicked[0].href).to.match(/^blob:/);
    await el.updateComplete;
    expect($(el, '.portal > [role=status]').textContent).to.equal('Regnearket er hentet.');
  });

  it('moves between tabs by keyboard and shows the embed snippets, ready to copy', async () => {
    const el = await portal();
    await logIn(el);
    const tabs = [...shadow(el).querySelectorAll<HTMLButtonElement>('[role=tab]')];
    expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal(['Tilmeldinger', 'Til jeres hjemmeside', 'Materialer']);
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    tabs[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => shadow(el).querySelector('[part=snippet]'), 'no snippets');
    expect(deepActiveElement()!.id).to.equal('tab-embed');
    expect(deepActiveElement()!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '[role=tabpanel]').getAttribute('aria-labelledby')).to.equal('tab-embed');
    const code = $<HTMLTextAreaElement>(el, '#code-0');
    expect(code.value).to.contain('<script type="module" src="http://localhost:1337/widgets/v1/samskab.js"');
    expect(code.value).to.contain('<samskab-recruitment-banner campaign="frivillig-for-fremtiden" organisation="tranbjerg-skole">');
    expect(code.readOnly).to.equal(true);
    expect($(el, 'label[for=code-0]').textContent).to.contain('Kode med script');
    expect($<HTMLTextAreaElement>(el, '#iframe-1').value).to.contain('/embed/signup-form?campaign=frivillig-for-fremtiden&organisation=tranbjerg-skole');
    expect($<HTMLAnchorElement>(el, 'a[href*="/embed/?organisation="]').href).to.equal(embed.embedPage);

    const written: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    try {
      const copy = shadow(el).querySelector<HTMLButtonElement>('.code button')!;
      expect(copy.getAttribute('aria-label')).to.contain('Kopiér Banner:');
      copy.click();
      await waitUntil(() => written.length === 1, 'nothing copied');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(written[0]).to.equal(code.value);
    await el.updateComplete;
    expect($(el, '.portal > [role=status]').textContent).to.equal('Koden er kopieret.');
    expect(await axe(el)).to.deep.equal([]);

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(deepActiveElement()!.id).to.equal('tab-materials');
    expect($(el, '[role=tabpanel]').textContent).to.contain('Her kan I snart lave plakater');
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()!.id).to.equal('tab-signups');
  });

  it('hands the login to the pack builder in the Materials tab, and takes it back at logout', async () => {
    class FakeBuilder extends HTMLElement {
      session: unknown = null;
    }
    if (!customElements.get('samskab-pack-builder')) customElements.define('samskab-pack-builder', FakeBuilder);
    const el = await portal();
    const builder = document.createElement('samskab-pack-builder') as HTMLElement & { session: unknown };
    builder.slot = 'materials';
    el.append(builder);
    await logIn(el);
    expect(builder.getAttribute('organisation')).to.equal('tranbjerg-skole');
    expect(builder.session).to.deep.equal({ jwt: JWT, token: JWT, organisation: me.organisation });
    $<HTMLButtonElement>(el, '#tab-materials').click();
    await el.updateComplete;
    const slot = $<HTMLSlotElement>(el, 'slot[name=materials]');
    expect(slot.assignedElements()).to.deep.equal([builder]);

    [...shadow(el).querySelectorAll<HTMLButtonElement>('.topbar button')][0].click();
    await el.updateComplete;
    expect(builder.session).to.equal(null);
    expect(builder.hasAttribute('organisation')).to.equal(false);
    expect($(el, '[part=message]').textContent).to.equal('Du er logget ud.');
    expect(shadow(el).querySelector('#password')).to.not.equal(null);
  });

  it('goes back to the login when the login has run out', async () => {
    let expired = false;
    server = portalServer({
      signups: () =>
        expired
          ? new Response(JSON.stringify({ error: { status: 401, message: 'Missing or invalid credentials' } }), { status: 401 })
          : new Response(JSON.stringify(signupsPage), { status: 200 }),
    });
    const el = await portal();
    await logIn(el);
    expired = true;
    $<HTMLInputElement>(el, 'input[name=filter][value=all]').click();
    await waitUntil(() => shadow(el).querySelector('#password'), 'not back at the login');
    expect($(el, '[part=message]').textContent).to.equal('Du er blevet logget ud. Log ind igen for at fortsætte.');
  });

  it('speaks English', async () => {
    const el = await portal('en');
    expect($(el, 'h1').textContent).to.equal('Institution portal');
    expect($(el, '#memory-only').textContent).to.contain('until you close or reload the page');
    await logIn(el);
    expect($(el, '.panel-heading').textContent).to.equal('Sign-ups for Tranbjerg Skole');
    expect($(el, '.filter').textContent).to.contain('Not handled (2)');
  });
});
