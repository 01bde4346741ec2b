import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { today } from '../src/lib/today';
import { PORTAL_ACTIONS, STAFF_ROLE_TYPE } from '../src/seed/staff';
import { earlyNextDay } from './support/days';
import { api, startStrapi, withEndDate } from './support/strapi';
import { postSignup, signupServices, smtpSink, trackSignups, validSignup } from './signup-support';

/**
 * The institution portal: staff log in with users-permissions and see, handle and
 * export their own organisation's sign-ups, and nobody else's.
 */
const USER = 'plugin::users-permissions.user';
const PASSWORD = 'Portal-test-2026!';
const accounts = {
  tranbjerg: { username: 'test-tranbjerg', email: 'test-tranbjerg@example.dk', organisation: 'tranbjerg-skole', staff: true },
  stavtrup: { username: 'test-stavtrup', email: 'test-stavtrup@example.dk', organisation: 'stavtrup-dagtilbud', staff: true },
  noOrganisation: { username: 'test-no-org', email: 'test-no-org@example.dk', organisation: null, staff: true },
  citizen: { username: 'test-citizen', email: 'test-citizen@example.dk', organisation: 'tranbjerg-skole', staff: false },
} as const;
type Account = keyof typeof accounts;

const tokens = {} as Record<Account, string>;
const references = {} as Record<'tranbjerg' | 'stavtrup' | 'formula', string>;
let tracker: Awaited<ReturnType<typeof trackSignups>>;
let restoreLimit: () => Promise<void>;

beforeAll(async () => {
  const { strapi } = await startStrapi();
  await smtpSink();
  const { settings, limiter } = await signupServices();
  const limit = settings.rateLimit;
  settings.rateLimit = 1000;
  await limiter.reset();
  restoreLimit = async () => {
    settings.rateLimit = limit;
    await limiter.reset();
  };
  tracker = await trackSignups();

  const roles = strapi.db.query('plugin::users-permissions.role' as any);
  const staffRole = await roles.findOne({ where: { type: STAFF_ROLE_TYPE } });
  const authenticated = await roles.findOne({ where: { type: 'authenticated' } });
  for (const [key, account] of Object.entries(accounts) as [Account, (typeof accounts)[Account]][]) {
    const organisation = account.organisation
      ? await strapi.documents('api::organisation.organisation' as any).findFirst({ filters: { slug: account.organisation } } as any)
      : null;
    await strapi.plugin('users-permissions').service('user').add({
      username: account.username,
      email: account.email,
      password: PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: account.staff ? staffRole.id : authenticated.id,
      organisation: organisation?.documentId ?? null,
    });
    const login = await api('/api/auth/local', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identifier: account.email, password: PASSWORD }) });
    if (login.status !== 200) throw new Error(`login failed for ${key}: ${login.text}`);
    tokens[key] = login.body.jwt;
  }

  references.tranbjerg = (await postSignup(await validSignup({ name: 'Tina Tranbjerg', message: 'Lektiecafé' }))).body.reference;
  references.stavtrup = (await postSignup(await validSignup({ name: 'Sofus Stavtrup', email: 'sofus@example.dk', organisation: 'stavtrup-dagtilbud' }))).body.reference;
  references.formula = (
    await postSignup(
      await validSignup({
        name: 'Søren "Sjov" Ågård',
        phone: '+45 12 34 56 78',
        message: '=HYPERLINK("https://evil.example","Klik her"); og så\nen ny linje',
      }),
    )
  ).body.reference;
  for (const reference of Object.values(references)) expect(reference).toMatch(/^FRV-/);
});

afterAll(async () => {
  const { strapi } = await startStrapi();
  for (const account of Object.values(accounts)) await strapi.db.query(USER as any).delete({ where: { email: account.email } });
  await tracker.cleanup();
  await restoreLimit();
});

const as = (account: Account | null, path: string, init: RequestInit = {}) =>
  api(path, { ...init, headers: { ...(account && { authorization: `Bearer ${tokens[account]}` }), ...(init.headers as Record<string, string>) } });

async function allSignups(account: Account, query = '') {
  const { status, body } = await as(account, `/api/portal/signups?pageSize=100${query}`);
  expect(status).toBe(200);
  return body;
}

describe('the demo seed', () => {
  it('has the Institution staff role with the portal’s permissions, and a staff account for each demo institution', async () => {
    const { strapi } = await startStrapi();
    const role = await strapi.db.query('plugin::users-permissions.role' as any).findOne({ where: { type: STAFF_ROLE_TYPE }, populate: ['permissions'] });
    expect(role.name).toBe('Institution staff');
    expect(role.permissions.map((p: { action: string }) => p.action)).toEqual(expect.arrayContaining(PORTAL_ACTIONS));
    for (const slug of ['tranbjerg-skole', 'stavtrup-dagtilbud']) {
      const user = await strapi.db.query(USER as any).findOne({ where: { email: `${slug}@samskab.local` }, populate: ['role', 'organisation'] });
      expect(user, slug).toBeTruthy();
      expect(user.role.type).toBe(STAFF_ROLE_TYPE);
      expect(user.organisation.slug).toBe(slug);
      expect(user.confirmed).toBe(true);
    }
  });
});

describe('who may use the portal API', () => {
  const paths = ['/api/portal/me', '/api/portal/signups', '/api/portal/signups/export', '/api/portal/embed'];

  it('refuses the public, a forged token, a citizen account and staff without an organisation', async () => {
    for (const path of paths) {
      expect([401, 403], `public ${path}`).toContain((await as(null, path)).status);
      expect([401, 403], `forged ${path}`).toContain((await api(path, { headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forged' } })).status);
      expect((await as('citizen', path)).status, `citizen ${path}`).toBe(403);
      expect((await as('noOrganisation', path)).status, `no organisation ${path}`).toBe(403);
    }
    const patch = await as(null, '/api/portal/signups/x', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"handled":true}' });
    expect([401, 403]).toContain(patch.status);
  });

  it('does not open the generic REST API to staff', async () => {
    for (const path of ['/api/signups', '/api/users', '/api/organisations']) {
      expect([401, 403, 404], path).toContain((await as('tranbjerg', path)).status);
    }
  });

  it('tells staff who they are and for which organisation', async () => {
    const { status, body, headers } = await as('tranbjerg', '/api/portal/me');
    expect(status).toBe(200);
    expect(body).toEqual({ user: { username: 'test-tranbjerg', email: 'test-tranbjerg@example.dk' }, organisation: { slug: 'tranbjerg-skole', name: 'Tranbjerg Skole', kind: 'school' } });
    expect(headers.get('cache-control')).toBe('no-store');
  });
});

describe('sign-ups in the portal', () => {
  it('shows staff their own organisation’s sign-ups, newest first, and never another’s', async () => {
    const tranbjerg = await allSignups('tranbjerg');
    const refs = tranbjerg.items.map((s: { reference: string }) => s.reference);
    expect(refs).toEqual(expect.arrayContaining([references.tranbjerg, references.formula]));
    expect(refs).not.toContain(references.stavtrup);
    const times = tranbjerg.items.map((s: { receivedAt: string }) => s.receivedAt);
    expect(times).toEqual([...times].sort().reverse());
    const tina = tranbjerg.items.find((s: { reference: string }) => s.reference === references.tranbjerg);
    expect(tina).toMatchObject({ name: 'Tina Tranbjerg', email: 'anna@example.dk', message: 'Lektiecafé', availability: 'episodic', handled: false, campaign: { slug: 'frivillig-for-fremtiden' } });

    const stavtrup = await allSignups('stavtrup');
    const theirs = stavtrup.items.map((s: { reference: string }) => s.reference);
    expect(theirs).toContain(references.stavtrup);
    expect(theirs).not.toContain(references.tranbjerg);
    expect(JSON.stringify(stavtrup)).not.toContain('Tina Tranbjerg');
  });

  it('pages the list and validates its query', async () => {
    const page1 = (await as('tranbjerg', '/api/portal/signups?pageSize=1&page=1')).body;
    const page2 = (await as('tranbjerg', '/api/portal/signups?pageSize=1&page=2')).body;
    expect(page1.items).toHaveLength(1);
    expect(page1.total).toBeGreaterThanOrEqual(3);
    expect(page1.pageCount).toBe(page1.total);
    expect(page2.items[0].reference).not.toBe(page1.items[0].reference);
    for (const query of ['pageSize=0', 'pageSize=1000', 'page=-1', 'status=secret', 'page=1e3']) {
      const { status, body } = await as('tranbjerg', `/api/portal/signups?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.parameter, query).toBeTruthy();
    }
  });

  it('lets staff mark their sign-up handled and open again, and filters by it', async () => {
    const { id } = (await allSignups('tranbjerg')).items.find((s: { reference: string }) => s.reference === references.tranbjerg);
    const patch = (handled: unknown, account: Account = 'tranbjerg', target = id) =>
      as(account, `/api/portal/signups/${target}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ handled }) });

    const done = await patch(true);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ reference: references.tranbjerg, handled: true });
    expect(Date.now() - new Date(done.body.handledAt).getTime()).toBeLessThan(60_000);
    const open = await allSignups('tranbjerg', '&status=open');
    const handled = await allSignups('tranbjerg', '&status=handled');
    expect(open.items.map((s: { reference: string }) => s.reference)).not.toContain(references.tranbjerg);
    expect(handled.items.map((s: { reference: string }) => s.reference)).toContain(references.tranbjerg);
    expect(open.counts.handled).toBe(handled.total);
    expect(open.counts.open).toBe(open.total);

    // Another institution cannot touch it, or even learn that it exists.
    const other = await patch(false, 'stavtrup');
    expect(other.status).toBe(404);
    const { signups } = await signupServices();
    expect((await signups.findOne({ documentId: id })).handled).toBe(true);

    expect((await patch('yes')).status).toBe(400);
    expect((await patch(true, 'tranbjerg', 'findesikke')).status).toBe(404);
    const extra = await as('tranbjerg', `/api/portal/signups/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ handled: true, name: 'Ændret' }) });
    expect(extra.status).toBe(400);
    expect(extra.body.error.parameter).toBe('name');

    const reopened = await patch(false);
    expect(reopened.body).toMatchObject({ handled: false, handledAt: null });
  });
});

describe('the CSV export', () => {
  it('is an attachment for Excel: BOM, semicolons, CRLF, quoted cells and no formulas, with only the organisation’s sign-ups', async () => {
    const { base } = await startStrapi();
    const response = await fetch(`${base}/api/portal/signups/export`, { headers: { authorization: `Bearer ${tokens.tranbjerg}` } });
    const { status, headers } = response;
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toMatch(/^attachment; filename="tilmeldinger-tranbjerg-skole-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(headers.get('cache-control')).toBe('no-store');
    // Raw bytes: a decoder would drop the byte-order mark that Excel needs.
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Reference;Modtaget;Navn;E-mail;Telefon;Hvornår;Besked;Kampagne;Opgave;Fra siden;Håndteret');
    expect(lines.at(-1)).toBe('');
    expect(text).toContain(references.tranbjerg);
    expect(text).toContain(references.formula);
    expect(text).not.toContain(references.stavtrup);
    expect(text).not.toContain('Sofus');
    const row = lines.find((line) => line.startsWith(references.formula))!;
    expect(row).toContain(';"Søren ""Sjov"" Ågård";');
    expect(row).toContain(";'+45 12 34 56 78;");
    expect(text).toContain(`;"'=HYPERLINK(""https://evil.example"",""Klik her""); og så\nen ny linje";`);
    expect(text).not.toMatch(/;=|^=/m);
  });

  it('exports only the handled ones when asked', async () => {
    const { text } = await as('tranbjerg', '/api/portal/signups/export?status=handled');
    expect(text).not.toContain(references.formula);
  });
});

describe('embed snippets', () => {
  it('lists the organisation’s campaigns and tasks as script and iframe snippets with the organisation filled in', async () => {
    const { status, body } = await as('stavtrup', '/api/portal/embed');
    expect(status).toBe(200);
    expect(body.organisation).toEqual({ slug: 'stavtrup-dagtilbud', name: 'Stavtrup Dagtilbud' });
    expect(body.embedPage).toMatch(/\/embed\/\?organisation=stavtrup-dagtilbud$/);
    expect(body.script).toMatch(/^<script type="module" src="[^"]+\/widgets\/v1\/samskab\.js"( integrity="sha384-[^"]+")? crossorigin="anonymous"><\/script>$/);
    const banner = body.items.find((i: { kind: string; element: string }) => i.kind === 'recruitment-banner' && i.element.includes('frivillig-for-fremtiden'));
    expect(banner.element).toContain('<samskab-recruitment-banner campaign="frivillig-for-fremtiden" organisation="stavtrup-dagtilbud">');
    expect(banner.iframe).toMatch(/<iframe src="[^"]+\/embed\/recruitment-banner\?campaign=frivillig-for-fremtiden&organisation=stavtrup-dagtilbud" title="[^"]+"/);
    const task = body.items.find((i: { element: string }) => i.element.includes('opportunity="baal-i-skoven-stavtrup"'));
    expect(task.kind).toBe('signup-form');
    // Only the organisation's own campaigns: tovshoejskolen's lektiecafé campaign is not Stavtrup's.
    expect(JSON.stringify(body.items)).not.toContain('lektiecafe-frivillige');
  });

  it('lists campaigns and tasks to the end of their last day, by the Danish calendar, and not after', async () => {
    const snippets = async () => JSON.stringify((await as('stavtrup', '/api/portal/embed')).body.items);
    const day = today();
    await withEndDate('api::opportunity.opportunity', 'baal-i-skoven-stavtrup', day, () =>
      withEndDate('api::campaign.campaign', 'frivillig-for-fremtiden', day, async () => {
        expect(await snippets()).toContain('baal-i-skoven-stavtrup');
        expect(await snippets()).toContain('frivillig-for-fremtiden');
        vi.setSystemTime(earlyNextDay(day));
        try {
          const items = await snippets();
          expect(items).not.toContain('baal-i-skoven-stavtrup');
          expect(items).not.toContain('frivillig-for-fremtiden');
        } finally {
          vi.useRealTimers();
        }
      }),
    );
  });
});

describe('the portal page', () => {
  it('is served at /portal/ with the portal widget and a note about logging in again', async () => {
    const { status, text, headers } = await api('/portal/');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/html');
    expect(text).toContain('<samskab-portal>');
    expect(text).toContain('/widgets/v1/samskab.js');
    expect(text).toContain('genindlæser siden');
    expect((await api('/portal')).status).toBe(200);
  });
});
