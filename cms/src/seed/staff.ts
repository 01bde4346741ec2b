import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { newReference } from '../api/signup/lib/reference';

/**
 * Institution staff: school and daycare leaders and volunteer coordinators who
 * log in to the institution portal (/portal/) with a users-permissions account
 * tied to their organisation (the `organisation` relation added to the user in
 * src/extensions/users-permissions).
 *
 * `ensureStaffRole` runs on every boot, in every environment (api/portal/index.ts):
 * the role and its portal permissions must exist wherever the portal runs.
 * `seedDemoStaff` adds the demo's two staff accounts, with passwords generated on
 * the spot and printed this one time, and a few demo sign-ups for them to see.
 * Never in production.
 */
export const STAFF_ROLE_TYPE = 'institution_staff';

/** The portal's controller actions the role may call (routes in api/portal/routes/portal.ts). */
export const PORTAL_ACTIONS = ['me', 'signups', 'updateSignup', 'exportSignups', 'embed'].map((action) => `api::portal.portal.${action}`);

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';
const USER = 'plugin::users-permissions.user';

export async function ensureStaffRole(strapi: Core.Strapi): Promise<number> {
  const roles = strapi.db.query(ROLE as never);
  let role = (await roles.findOne({ where: { type: STAFF_ROLE_TYPE } })) as { id: number } | null;
  role ??= (await roles.create({
    data: {
      name: 'Institution staff',
      description: 'Ledere og frivilligkoordinatorer på skoler og dagtilbud: ser og håndterer deres egen institutions tilmeldinger i portalen.',
      type: STAFF_ROLE_TYPE,
    },
  })) as { id: number };
  const permissions = strapi.db.query(PERMISSION as never);
  const granted = new Set(((await permissions.findMany({ where: { role: role.id }, select: ['action'] })) as { action: string }[]).map((p) => p.action));
  for (const action of PORTAL_ACTIONS) {
    if (!granted.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
  return role.id;
}

export const DEMO_STAFF = [
  { organisation: 'tranbjerg-skole', username: 'tranbjerg-skole', email: 'tranbjerg-skole@samskab.local' },
  { organisation: 'stavtrup-dagtilbud', username: 'stavtrup-dagtilbud', email: 'stavtrup-dagtilbud@samskab.local' },
] as const;

const DEMO_SIGNUPS = [
  { organisation: 'tranbjerg-skole', name: 'Birgitte Holm', email: 'birgitte.holm@example.dk', phone: null, availability: 'regular', message: 'Jeg er pensioneret matematiklærer og vil gerne hjælpe i lektiecaféen tirsdag og torsdag.' },
  { organisation: 'tranbjerg-skole', name: 'Omar Haddad', email: null, phone: '20 30 40 50', availability: 'episodic', message: 'Kan hjælpe til idrætsdagen og med at bære ting.' },
  { organisation: 'stavtrup-dagtilbud', name: 'Karen Vestergaard', email: 'karen.v@example.dk', phone: '31 41 51 61', availability: 'either', message: 'Vil gerne læse højt for de store børn. Jeg bor tæt på.' },
] as const;

export async function seedDemoStaff(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV === 'production' || process.env.SEED_STAFF === 'false') return;
  const roleId = await ensureStaffRole(strapi);
  const organisations = strapi.documents('api::organisation.organisation' as never) as any;
  const created: { name: string; email: string; password: string }[] = [];
  for (const staff of DEMO_STAFF) {
    const organisation = await organisations.findFirst({ filters: { slug: staff.organisation }, fields: ['name'] });
    if (!organisation) continue;
    if (await strapi.db.query(USER as never).findOne({ where: { email: staff.email } })) continue;
    const password = `Sk-${randomBytes(9).toString('base64url')}-7b`;
    await strapi.plugin('users-permissions').service('user').add({
      username: staff.username,
      email: staff.email,
      password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: roleId,
      organisation: organisation.documentId,
    });
    created.push({ name: organisation.name, email: staff.email, password });
    await seedDemoSignups(strapi, staff.organisation, organisation.documentId);
  }
  if (!created.length) return;
  const line = '-'.repeat(64);
  strapi.log.info(
    `\n${line}\nSamskab demo institution staff (shown once, development only)\n` +
      `  Portal:   ${strapi.config.get('server.url') || 'http://localhost:1337'}/portal/\n` +
      created.map((c) => `  ${c.name}\n    Email:    ${c.email}\n    Password: ${c.password}`).join('\n') +
      `\nForgot one? Set a new password in the admin: Content Manager > User.\n${line}`,
  );
}

/** A few sign-ups for the demo portal. Marked as mailed: the demo never mails anyone at boot. */
async function seedDemoSignups(strapi: Core.Strapi, slug: string, organisation: string) {
  const campaign = await (strapi.documents('api::campaign.campaign' as never) as any).findFirst({ filters: { slug: 'frivillig-for-fremtiden' }, status: 'published', locale: 'da', fields: ['slug'] });
  const signups = strapi.documents('api::signup.signup' as never) as any;
  const consentVersion = (strapi.service('api::signup.intake') as any).consentVersion();
  for (const { organisation: _slug, ...demo } of DEMO_SIGNUPS.filter((s) => s.organisation === slug)) {
    await signups.create({
      data: {
        ...demo,
        reference: newReference(),
        organisation,
        campaign: campaign?.documentId ?? null,
        consentVersion,
        sourceOrigin: `https://${slug}.example.dk`,
        locale: 'da',
        handled: false,
        mailStatus: 'sent',
        mailAttempts: 0,
      },
    });
  }
}
