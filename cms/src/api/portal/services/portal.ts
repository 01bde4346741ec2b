import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ApiError, badParameter } from '../../widget/lib/errors';
import { notEnded } from '../../../lib/today';
import { STAFF_ROLE_TYPE } from '../../../seed/staff';
import { toCsv } from '../lib/csv';
import { escapeHtml } from '../lib/html';

/**
 * What the institution portal shows a member of staff, always limited to their
 * own organisation: its sign-ups (listed, marked handled, exported as CSV) and
 * the embed snippets for its campaigns and tasks.
 */
export interface StaffOrganisation {
  id: number;
  documentId: string;
  slug: string;
  name: string;
  kind: string;
}

export type SignupFilter = 'open' | 'handled' | 'all';

const SIGNUP = 'api::signup.signup';
const USER = 'plugin::users-permissions.user';
const FILTERS: SignupFilter[] = ['open', 'handled', 'all'];

const SIGNUP_QUERY = {
  fields: ['reference', 'name', 'email', 'phone', 'availability', 'message', 'sourceOrigin', 'handled', 'handledAt', 'mailStatus', 'createdAt', 'locale'],
  populate: { campaign: { fields: ['slug', 'headline'] }, opportunity: { fields: ['slug', 'title'] } },
};

interface SignupRow {
  documentId: string;
  reference: string;
  name: string;
  email: string | null;
  phone: string | null;
  availability: string | null;
  message: string | null;
  sourceOrigin: string | null;
  handled: boolean | null;
  handledAt: string | null;
  mailStatus: string | null;
  createdAt: string;
  campaign?: { slug: string; headline: string } | null;
  opportunity?: { slug: string; title: string } | null;
}

const toItem = (s: SignupRow) => ({
  id: s.documentId,
  reference: s.reference,
  receivedAt: new Date(s.createdAt).toISOString(),
  name: s.name,
  email: s.email,
  phone: s.phone,
  availability: s.availability,
  message: s.message,
  campaign: s.campaign ? { slug: s.campaign.slug, title: s.campaign.headline } : null,
  opportunity: s.opportunity ? { slug: s.opportunity.slug, title: s.opportunity.title } : null,
  sourceOrigin: s.sourceOrigin,
  handled: Boolean(s.handled),
  handledAt: s.handledAt ? new Date(s.handledAt).toISOString() : null,
  mailStatus: s.mailStatus,
});

export type PortalSignup = ReturnType<typeof toItem>;

const AVAILABILITY_DA: Record<string, string> = { episodic: 'En gang imellem', regular: 'Fast', either: 'Begge dele' };
const copenhagen = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

function positiveInt(query: Record<string, unknown>, name: string, fallback: number, max: number): number {
  const raw = query[name];
  if (raw === undefined || raw === '') return fallback;
  const value = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < 1 || value > max) throw badParameter(name, `integer 1-${max}`, `"${name}" must be a whole number from 1 to ${max}.`);
  return value;
}

export function parseFilter(query: Record<string, unknown>): SignupFilter {
  const raw = query.status;
  if (raw === undefined || raw === '') return 'all';
  if (typeof raw !== 'string' || !FILTERS.includes(raw as SignupFilter)) throw badParameter('status', FILTERS.join(', '), `"status" must be one of ${FILTERS.join(', ')}.`);
  return raw as SignupFilter;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const signups = () => strapi.documents(SIGNUP as never) as any;
  const ofOrganisation = (organisation: StaffOrganisation, filter: SignupFilter) => ({
    organisation: { documentId: organisation.documentId },
    ...(filter === 'open' && { $or: [{ handled: false }, { handled: { $null: true } }] }),
    ...(filter === 'handled' && { handled: true }),
  });

  let manifest: { mtimeMs: number; integrity: string | null } | undefined;
  function loaderIntegrity(): string | null {
    const file = path.join(process.env.WIDGETS_DIST ?? path.resolve(strapi.dirs.app.root, '..', 'widgets', 'dist'), 'manifest.json');
    try {
      const { mtimeMs } = statSync(file);
      if (manifest?.mtimeMs !== mtimeMs) {
        const parsed = JSON.parse(readFileSync(file, 'utf8'));
        manifest = { mtimeMs, integrity: parsed?.files?.[parsed.entry ?? 'samskab.js']?.integrity ?? null };
      }
      return manifest.integrity;
    } catch {
      return null;
    }
  }

  return {
    /** The user's organisation if the user is active institution staff; otherwise null. */
    async staffOf(userId: number): Promise<{ organisation: StaffOrganisation } | null> {
      const user = (await strapi.db.query(USER as never).findOne({
        where: { id: userId },
        populate: { role: { select: ['type'] }, organisation: { select: ['id', 'documentId', 'slug', 'name', 'kind'] } },
      } as never)) as { blocked?: boolean; role?: { type?: string }; organisation?: StaffOrganisation | null } | null;
      if (!user || user.blocked || user.role?.type !== STAFF_ROLE_TYPE || !user.organisation) return null;
      const { id, documentId, slug, name, kind } = user.organisation;
      return { organisation: { id, documentId, slug, name, kind } };
    },

    async list(organisation: StaffOrganisation, query: Record<string, unknown>) {
      const filter = parseFilter(query);
      const page = positiveInt(query, 'page', 1, 10_000);
      const pageSize = positiveInt(query, 'pageSize', 25, 100);
      const [rows, total, open, handled] = await Promise.all([
        signups().findMany({ ...SIGNUP_QUERY, filters: ofOrganisation(organisation, filter), sort: ['createdAt:desc', 'id:desc'], start: (page - 1) * pageSize, limit: pageSize }),
        signups().count({ filters: ofOrganisation(organisation, filter) }),
        signups().count({ filters: ofOrganisation(organisation, 'open') }),
        signups().count({ filters: ofOrganisation(organisation, 'handled') }),
      ]);
      return {
        items: (rows as SignupRow[]).map(toItem),
        page,
        pageSize,
        total,
        pageCount: Math.ceil(total / pageSize),
        counts: { open, handled, all: open + handled },
      };
    },

    /** Marks one of the organisation's sign-ups handled (or not). Another organisation's sign-up is a 404, as if it did not exist. */
    async update(organisation: StaffOrganisation, documentId: unknown, body: unknown): Promise<PortalSignup> {
      if (typeof documentId !== 'string' || !/^[a-z0-9]{1,64}$/.test(documentId)) throw badParameter('id', 'a sign-up id', '"id" is not a sign-up id.');
      const input = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
      const extra = input ? Object.keys(input).filter((key) => key !== 'handled') : [];
      if (!input || typeof input.handled !== 'boolean' || extra.length) {
        throw badParameter(extra[0] ?? 'handled', 'JSON {"handled": true|false}', 'Send {"handled": true} or {"handled": false}.');
      }
      const found = await signups().findFirst({ filters: { documentId, ...ofOrganisation(organisation, 'all') }, fields: ['documentId'] });
      if (!found) throw new ApiError(404, 'not_found', 'No sign-up with this id for your organisation.', 'id');
      await signups().update({ documentId, data: { handled: input.handled, handledAt: input.handled ? new Date() : null } });
      const updated = await signups().findOne({ documentId, ...SIGNUP_QUERY });
      return toItem(updated as SignupRow);
    },

    /** Every sign-up of the organisation (or those matching `status`) as CSV for Excel; see lib/csv.ts. */
    async exportCsv(organisation: StaffOrganisation, query: Record<string, unknown>): Promise<{ filename: string; csv: string; count: number }> {
      const filter = parseFilter(query);
      const rows: SignupRow[] = [];
      for (let start = 0; ; start += 500) {
        const batch = (await signups().findMany({ ...SIGNUP_QUERY, filters: ofOrganisation(organisation, filter), sort: ['createdAt:asc', 'id:asc'], start, limit: 500 })) as SignupRow[];
        rows.push(...batch);
        if (batch.length < 500) break;
      }
      const header = ['Reference', 'Modtaget', 'Navn', 'E-mail', 'Telefon', 'Hvornår', 'Besked', 'Kampagne', 'Opgave', 'Fra siden', 'Håndteret'];
      const body = rows.map((s) => [
        s.reference,
        copenhagen.format(new Date(s.createdAt)),
        s.name,
        s.email,
        s.phone,
        AVAILABILITY_DA[s.availability ?? ''] ?? '',
        s.message,
        s.campaign?.headline,
        s.opportunity?.title,
        s.sourceOrigin,
        s.handled ? 'Ja' : 'Nej',
      ]);
      const day = new Date().toISOString().slice(0, 10);
      return { filename: `tilmeldinger-${organisation.slug}-${day}.csv`, csv: toCsv([header, ...body]), count: rows.length };
    },

    /** Ready-to-paste snippets for the organisation's running campaigns and tasks, with the loader's SRI hash. */
    async embed(organisation: StaffOrganisation, origin: string) {
      const base = ((strapi.config.get('server.url') as string) || origin).replace(/\/+$/, '');
      const org = encodeURIComponent(organisation.slug);
      const [campaigns, opportunities] = await Promise.all([
        (strapi.documents('api::campaign.campaign' as never) as any).findMany({
          status: 'published',
          locale: 'da',
          filters: { organisations: { documentId: organisation.documentId }, ...notEnded() },
          fields: ['slug', 'headline', 'ctaKind'],
          sort: ['headline:asc'],
        }),
        (strapi.documents('api::opportunity.opportunity' as never) as any).findMany({
          status: 'published',
          locale: 'da',
          filters: { organisation: { documentId: organisation.documentId }, ...notEnded() },
          fields: ['slug', 'title'],
          sort: ['title:asc'],
        }),
      ]);
      const integrity = loaderIntegrity();
      const script = `<script type="module" src="${base}/widgets/v1/samskab.js"${integrity ? ` integrity="${integrity}"` : ''} crossorigin="anonymous"></script>`;
      const iframe = (widget: string, query: string, title: string, height: number) =>
        `<iframe src="${base}/embed/${widget}?${query}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
      const signupPage = (query: string) => `${base}/embed/signup-form?${query}`;

      const items: { kind: string; title: string; element: string; iframe: string }[] = [];
      for (const c of campaigns as { slug: string; headline: string; ctaKind: string }[]) {
        const query = `campaign=${encodeURIComponent(c.slug)}&organisation=${org}`;
        const fallback = c.ctaKind === 'signup' ? signupPage(query) : `${base}/embed/recruitment-banner?${query}`;
        items.push({
          kind: 'recruitment-banner',
          title: c.headline,
          element: `<samskab-recruitment-banner campaign="${escapeHtml(c.slug)}" organisation="${escapeHtml(organisation.slug)}">\n  <a href="${escapeHtml(fallback)}">${escapeHtml(c.headline)}</a>\n</samskab-recruitment-banner>`,
          iframe: iframe('recruitment-banner', query, c.headline, 480),
        });
        if (c.ctaKind === 'signup') {
          items.push({
            kind: 'signup-form',
            title: c.headline,
            element: `<samskab-signup-form campaign="${escapeHtml(c.slug)}" organisation="${escapeHtml(organisation.slug)}">\n  <a href="${escapeHtml(signupPage(query))}">Meld dig som frivillig</a>\n</samskab-signup-form>`,
            iframe: iframe('signup-form', query, c.headline, 900),
          });
        }
      }
      for (const o of opportunities as { slug: string; title: string }[]) {
        const query = `opportunity=${encodeURIComponent(o.slug)}`;
        items.push({
          kind: 'signup-form',
          title: o.title,
          element: `<samskab-signup-form opportunity="${escapeHtml(o.slug)}">\n  <a href="${escapeHtml(signupPage(query))}">Meld dig til opgaven</a>\n</samskab-signup-form>`,
          iframe: iframe('signup-form', query, o.title, 900),
        });
      }
      return {
        organisation: { slug: organisation.slug, name: organisation.name },
        embedPage: `${base}/embed/?organisation=${org}`,
        script,
        items,
      };
    },
  };
};

export interface Portal {
  staffOf(userId: number): Promise<{ organisation: StaffOrganisation } | null>;
  list(organisation: StaffOrganisation, query: Record<string, unknown>): Promise<{ items: PortalSignup[]; page: number; pageSize: number; total: number; pageCount: number; counts: Record<SignupFilter, number> }>;
  update(organisation: StaffOrganisation, documentId: unknown, body: unknown): Promise<PortalSignup>;
  exportCsv(organisation: StaffOrganisation, query: Record<string, unknown>): Promise<{ filename: string; csv: string; count: number }>;
  embed(organisation: StaffOrganisation, origin: string): Promise<unknown>;
}
