import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startStrapi, withEndDate } from './support/strapi';

/**
 * Communication packs through the CMS: the portal's pack API for institution
 * staff, the staff API and the CLI with an API token, a Pack made in the admin,
 * the rights rules, and taking packs down when a consent is withdrawn.
 *
 * Everything this file creates (users, photos, packs, uploads, a token) is
 * deleted again; the seeded photos are only read.
 */
const V1 = '/api/packs/v1';
let strapi: any;
let base: string;
const created = { users: [] as number[], photos: [] as string[], packs: [] as string[], uploads: [] as number[], tokens: [] as number[] };
let stavtrupJwt: string;
let tranbjergJwt: string;
let token: string;
let baal: any;
let work: string;

const auth = (jwt: string, init: RequestInit = {}) => ({ ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${jwt}`, 'content-type': 'application/json' } });
const post = (jwt: string, url: string, body: unknown) => api(url, auth(jwt, { method: 'POST', body: JSON.stringify(body) }));
const docs = (uid: string) => strapi.documents(uid);

async function staffUser(organisation: string) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'institution_staff' } });
  const org = await docs('api::organisation.organisation').findFirst({ filters: { slug: organisation } });
  const user = await strapi.plugin('users-permissions').service('user').add({
    username: `packs-test-${organisation}`,
    email: `packs-test-${organisation}@samskab.local`,
    password: 'Packs-test-password-1',
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
    organisation: org.documentId,
  });
  created.users.push(user.id);
  return strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
}

/** A photo asset of Stavtrup Dagtilbud for this test, sharing an image with a seeded photo unless given one. */
async function testPhoto(title: string, overrides: Record<string, unknown> = {}) {
  const photo = await docs('api::photo-asset.photo-asset').create({
    locale: 'da',
    data: {
      title,
      alt: 'Testfoto: børn og voksne ved et bål',
      credit: 'Foto: Test',
      licence: 'own',
      useWeb: true,
      usePrint: true,
      useSocial: true,
      focalX: 0.5,
      focalY: 0.5,
      image: baal.image.id,
      organisation: (await docs('api::organisation.organisation').findFirst({ filters: { slug: 'stavtrup-dagtilbud' } })).documentId,
      consents: [{ personName: 'Testperson', givenAt: '2026-01-01', expiresAt: '2029-01-01', withdrawn: false }],
      ...overrides,
    },
  });
  created.photos.push(photo.documentId);
  return photo;
}

async function uploadImage(name: string, width: number, height: number) {
  const filepath = path.join(work, name);
  await writeFile(filepath, await sharp({ create: { width, height, channels: 3, background: '#88aacc' } }).jpeg().toBuffer());
  const [file] = await strapi.plugin('upload').service('upload').upload({ data: { fileInfo: { name } }, files: { filepath, originalFilename: name, mimetype: 'image/jpeg', size: 1000 } });
  created.uploads.push(file.id);
  return file;
}

beforeAll(async () => {
  ({ strapi, base } = await startStrapi());
  work = await mkdtemp(path.join(tmpdir(), 'samskab-packs-test-'));
  stavtrupJwt = await staffUser('stavtrup-dagtilbud');
  tranbjergJwt = await staffUser('tranbjerg-skole');
  const made = await strapi.service('admin::api-token').create({ name: `packs-test-${Date.now()}`, type: 'full-access', lifespan: null, description: 'packs test' });
  created.tokens.push(made.id);
  token = made.accessKey;
  baal = await docs('api::photo-asset.photo-asset').findFirst({ locale: 'da', filters: { title: 'Bål i skoven med Stavtrup Dagtilbud' }, populate: ['image'] });
  expect(baal?.image?.width).toBe(3600);
});

afterAll(async () => {
  for (const documentId of created.packs) {
    const pack = await docs('api::pack.pack').findOne({ documentId, populate: ['files'] });
    for (const file of pack?.files ?? []) await strapi.plugin('upload').service('upload').remove(file).catch(() => {});
    await docs('api::pack.pack').delete({ documentId }).catch(() => {});
  }
  for (const documentId of created.photos) await docs('api::photo-asset.photo-asset').delete({ documentId, locale: '*' }).catch(() => {});
  for (const id of created.uploads) {
    const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id } });
    if (file) await strapi.plugin('upload').service('upload').remove(file);
  }
  for (const id of created.users) await strapi.db.query('plugin::users-permissions.user').delete({ where: { id } });
  for (const id of created.tokens) await strapi.service('admin::api-token').revoke(id);
  await rm(work, { recursive: true, force: true });
});

describe('the portal pack API (institution staff)', () => {
  it('answers only logged-in institution staff', async () => {
    // No token: refused (403 where the Public role has other permissions, 401 where it has none).
    expect([401, 403]).toContain((await api(`${V1}/portal/options`)).status);
    // An API token is not a member of staff of any organisation.
    expect((await api(`${V1}/portal/options`, auth(token))).status).toBe(403);
    const { status, body } = await api(`${V1}/portal/options`, auth(stavtrupJwt));
    expect(status).toBe(200);
    expect(body.organisation).toEqual({ slug: 'stavtrup-dagtilbud', name: 'Stavtrup Dagtilbud' });
    const campaign = body.campaigns.find((c: any) => c.slug === 'frivillig-for-fremtiden');
    expect(campaign.defaults).toMatchObject({ name: 'Stavtrup Dagtilbud', headline: 'Bliv frivillig hos os' });
    expect(campaign.defaults.contact).toContain('87 13 31 01');
    expect(body.formats.map((f: any) => f.id)).toEqual(['poster-a3', 'poster-a4', 'flyer-a5', 'banner', 'square', 'story']);
  });

  it('lists the photo library the organisation may use, and why the others are out', async () => {
    const noPrint = await testPhoto('Pakketest uden tryk', { usePrint: false });
    const { status, body } = await api(`${V1}/portal/photos?campaign=frivillig-for-fremtiden`, auth(stavtrupJwt));
    expect(status).toBe(200);
    const ids = body.photos.map((p: any) => p.id);
    expect(ids).toContain(baal.documentId);
    const out = body.unavailable.find((p: any) => p.id === noPrint.documentId);
    expect(out.code).toBe('not_allowed_for_print');
    expect(out.reason).toContain('må ikke bruges på tryk');
    // The library never offers a photo whose consent was withdrawn.
    const withdrawn = await docs('api::photo-asset.photo-asset').findFirst({ locale: 'da', filters: { title: { $containsi: 'Strikkecaf' } } });
    expect(ids).not.toContain(withdrawn.documentId);
  });

  it('refuses a campaign the organisation is not in, and unknown ones', async () => {
    const campaigns = await docs('api::campaign.campaign').findMany({ status: 'published', locale: 'da', populate: { organisations: { fields: ['slug'] } } });
    const other = campaigns.find((c: any) => !c.organisations.some((o: any) => o.slug === 'stavtrup-dagtilbud'));
    expect(other).toBeTruthy();
    const refused = await api(`${V1}/portal/photos?campaign=${other.slug}`, auth(stavtrupJwt));
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'not_in_campaign', field: 'campaign' });
    const unknown = await api(`${V1}/portal/photos?campaign=findes-ikke`, auth(stavtrupJwt));
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('Der er ingen udgivet kampagne med slug "findes-ikke"');
    const bad = await api(`${V1}/portal/photos?campaign=${encodeURIComponent('<script>')}`, auth(stavtrupJwt));
    expect(bad.status).toBe(400);
  });

  it('leaves out a campaign that has ended, and refuses a pack for it', async () => {
    const offered = async () => (await api(`${V1}/portal/options`, auth(stavtrupJwt))).body.campaigns.map((c: any) => c.slug);
    expect(await offered()).toContain('frivillig-for-fremtiden');
    await withEndDate('api::campaign.campaign', 'frivillig-for-fremtiden', '2026-01-31', async () => {
      expect(await offered()).not.toContain('frivillig-for-fremtiden');
      const refused = await api(`${V1}/portal/photos?campaign=frivillig-for-fremtiden`, auth(stavtrupJwt));
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({ code: 'campaign_ended', field: 'campaign' });
      expect(refused.body.error.message).toContain('sluttede 2026-01-31');
    });
    expect(await offered()).toContain('frivillig-for-fremtiden');
  });

  it('previews every piece and refuses an over-long text with how many characters fit', async () => {
    const ok = await post(stavtrupJwt, `${V1}/portal/preview`, { campaign: 'frivillig-for-fremtiden', photo: baal.documentId, texts: { headline: 'Læs højt for os' } });
    expect(ok.status).toBe(200);
    expect(ok.body.previews.map((p: any) => p.format)).toEqual(['poster-a3', 'poster-a4', 'flyer-a5', 'banner', 'square', 'story']);
    expect(ok.body.previews[0].src).toMatch(/^data:image\/webp;base64,/);
    expect(ok.body.texts.headline).toBe('Læs højt for os');
    expect(ok.body.signupUrl).toContain('organisation=stavtrup-dagtilbud');

    const headline = 'Vi søger frivillige til højtlæsning, bål, ture i skoven og meget andet hele året rundt';
    const long = await post(stavtrupJwt, `${V1}/portal/preview`, { campaign: 'frivillig-for-fremtiden', photo: baal.documentId, texts: { headline } });
    expect(long.status).toBe(400);
    expect(long.body.error).toMatchObject({ code: 'text_too_long', field: 'headline' });
    expect(long.body.error.message).toMatch(new RegExp(`^Overskriften er for lang til .+: der er plads til \\d+ tegn, og den har ${headline.length}\\.`));
    expect(long.body.error.details.fits).toBeGreaterThan(20);
    expect(long.body.error.details.fits).toBeLessThan(headline.length);
    const english = await post(stavtrupJwt, `${V1}/portal/preview`, { locale: 'en', campaign: 'frivillig-for-fremtiden', photo: baal.documentId, texts: { headline: 'x'.repeat(200) } });
    expect(english.body.error.message).toMatch(/^The headline is too long/);
    const unknownField = await post(stavtrupJwt, `${V1}/portal/preview`, { campaign: 'frivillig-for-fremtiden', photo: baal.documentId, texts: { colour: 'red' } });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.field).toBe('colour');
  });

  it('refuses photos by the consent rules, naming the reason', async () => {
    const expired = await testPhoto('Pakketest udløbet', { consents: [{ personName: 'Test', givenAt: '2020-01-01', expiresAt: '2025-01-01' }] });
    const noSocial = await testPhoto('Pakketest uden sociale medier', { useSocial: false });
    const a = await post(stavtrupJwt, `${V1}/portal/preview`, { campaign: 'frivillig-for-fremtiden', photo: expired.documentId });
    expect(a.status).toBe(422);
    expect(a.body.error).toMatchObject({ code: 'consent_expired', field: 'photo' });
    expect(a.body.error.message).toBe('Fotoet "Pakketest udløbet" kan ikke bruges: samtykket fra de afbildede personer er udløbet. Vælg et andet foto fra biblioteket.');
    const b = await post(stavtrupJwt, `${V1}/portal/packs`, { campaign: 'frivillig-for-fremtiden', photo: noSocial.documentId });
    expect(b.status).toBe(422);
    expect(b.body.error.message).toContain('må ikke bruges på sociale medier');
    const missing = await post(stavtrupJwt, `${V1}/portal/packs`, { campaign: 'frivillig-for-fremtiden', photo: 'ingen-saadan-foto' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('missing_photo');
    const elsewhere = await docs('api::photo-asset.photo-asset').findFirst({ locale: 'da', filters: { title: { $containsi: 'Børsteventer' } } });
    const notOurs = await post(stavtrupJwt, `${V1}/portal/packs`, { campaign: 'frivillig-for-fremtiden', photo: elsewhere.documentId });
    expect(notOurs.status).toBe(403);
    expect(notOurs.body.error.code).toBe('photo_not_in_library');
  });

  it('refuses a photo too small for A3 at 300 dpi, with the size it needs', async () => {
    const image = await uploadImage('pakketest-lille.jpg', 2400, 1600);
    const small = await testPhoto('Pakketest lille', { image: image.id });
    const { status, body } = await post(stavtrupJwt, `${V1}/portal/packs`, { campaign: 'frivillig-for-fremtiden', photo: small.documentId });
    expect(status).toBe(422);
    expect(body.error.code).toBe('photo_too_small');
    expect(body.error.message).toMatch(/plakaten \(A3\) i 300 dpi: det skal være mindst 3579 × \d{4} pixel, og det er 2400 × 1600/);
  });

  it('makes a pack, records who made it and for whom, and lets only that organisation download it', async () => {
    const before = await docs('api::pack.pack').count();
    const made = await post(stavtrupJwt, `${V1}/portal/packs`, { campaign: 'frivillig-for-fremtiden', photo: baal.documentId, texts: { text: 'Kom og læs højt for børnene en formiddag.' } });
    expect(made.status).toBe(201);
    created.packs.push(made.body.pack.id);
    expect(made.body.pack).toMatchObject({ organisation: { slug: 'stavtrup-dagtilbud' }, campaign: { slug: 'frivillig-for-fremtiden' }, photo: { id: baal.documentId } });
    expect(await docs('api::pack.pack').count()).toBe(before + 1);

    const record = await docs('api::pack.pack').findOne({ documentId: made.body.pack.id, populate: ['organisation', 'campaign', 'photos', 'files'] });
    expect(record.organisation.slug).toBe('stavtrup-dagtilbud');
    expect(record.campaign.slug).toBe('frivillig-for-fremtiden');
    expect(record.photos.map((p: any) => p.documentId)).toEqual([baal.documentId]);
    expect(record).toMatchObject({ channel: 'portal', createdByName: 'packs-test-stavtrup-dagtilbud', text: 'Kom og læs højt for børnene en formiddag.' });
    expect(record.files.map((f: any) => f.mime).sort()).toEqual(['application/zip', 'image/jpeg']);

    const download = await fetch(`${base}${made.body.download}`, { headers: { authorization: `Bearer ${stavtrupJwt}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/zip');
    const zip = Buffer.from(await download.arrayBuffer());
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    const names = zip.toString('latin1');
    for (const file of ['plakat-A3.pdf', 'plakat-A4.pdf', 'flyer-A5.pdf', 'webbanner-1200x628.jpg', 'webbanner-1200x628.webp', 'opslag-kvadrat-1080x1080.webp', 'story-1080x1920.jpg', 'tekst-nyhedsbrev.txt', 'tekst-kort.txt', 'indlejring.html', 'LAES-MIG.txt']) {
      expect(names).toContain(file);
    }
    const other = await api(made.body.download, auth(tranbjergJwt));
    expect(other.status).toBe(404);
  });
});

describe('the staff pack API and the CLI (API token)', () => {
  it('needs a token, and names what is unknown', async () => {
    expect([401, 403]).toContain((await api(`${V1}/staff/photos?campaign=frivillig-for-fremtiden&organisation=stavtrup-dagtilbud`)).status);
    // Institution staff have no staff routes.
    expect((await api(`${V1}/staff/photos?campaign=frivillig-for-fremtiden&organisation=stavtrup-dagtilbud`, auth(stavtrupJwt))).status).toBe(403);
    const org = await api(`${V1}/staff/source?campaign=frivillig-for-fremtiden&organisation=findes-ikke&photo=x`, auth(token));
    expect(org.status).toBe(404);
    expect(org.body.error).toMatchObject({ code: 'unknown_organisation', field: 'organisation' });
    expect(org.body.error.message).toContain('Der er ingen institution med slug "findes-ikke"');
    const photo = await api(`${V1}/staff/source?campaign=frivillig-for-fremtiden&organisation=stavtrup-dagtilbud&photo=findes-ikke`, auth(token));
    expect(photo.status).toBe(404);
    expect(photo.body.error.code).toBe('missing_photo');
  });

  it('makes a pack with the CLI, records it, and lists the allowed photos', async () => {
    const { main } = await import('@samskab/packs/cli');
    const lines: string[] = [];
    const errors: string[] = [];
    const io = { env: { SAMSKAB_TOKEN: token }, out: (l: string) => lines.push(l), err: (l: string) => errors.push(l) };
    expect(await main(['--campaign', 'frivillig-for-fremtiden', '--organisation', 'stavtrup-dagtilbud', '--list-photos', '--cms', base], io)).toBe(0);
    expect(lines.join('\n')).toContain(`${baal.documentId}  ${baal.title}`);

    const out = path.join(work, 'cli-out');
    lines.length = 0;
    const code = await main(['--campaign', 'frivillig-for-fremtiden', '--organisation', 'stavtrup-dagtilbud', '--photo', baal.title, '--out', out, '--cms', base, '--headline', 'Tænd bål med os'], io);
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    const id = /pakke (\w+)\)/.exec(lines.join('\n'))?.[1];
    expect(id).toBeTruthy();
    created.packs.push(id!);
    const entries = await readdir(out);
    expect(entries.filter((e) => e.endsWith('.zip'))).toHaveLength(1);
    const folder = entries.find((e) => !e.endsWith('.zip'))!;
    expect((await readdir(path.join(out, folder))).length).toBe(13);
    expect(await readFile(path.join(out, folder, 'tekst-kort.txt'), 'utf8')).toContain('Tænd bål med os');
    const record = await docs('api::pack.pack').findOne({ documentId: id, populate: ['organisation', 'files'] });
    expect(record).toMatchObject({ channel: 'cli', headline: 'Tænd bål med os' });
    expect(record.createdByName).toContain('API-token');
    expect(record.files).toHaveLength(1);

    // A refused photo: a clear message, exit code 3, nothing written.
    const refused = await testPhoto('Pakketest trukket tilbage', { consents: [{ personName: 'Test', givenAt: '2026-01-01', expiresAt: '2029-01-01', withdrawn: true }] });
    const empty = path.join(work, 'cli-refused');
    errors.length = 0;
    expect(await main(['--campaign', 'frivillig-for-fremtiden', '--organisation', 'stavtrup-dagtilbud', '--photo', refused.documentId, '--out', empty, '--cms', base], io)).toBe(3);
    expect(errors.join('\n')).toContain('har trukket sit samtykke tilbage');
    await expect(readdir(empty)).rejects.toThrow();
  });
});

describe('a pack made in the admin', () => {
  it('gets its files when communication staff create a Pack entry, and a broken rule refuses it', async () => {
    const organisation = await docs('api::organisation.organisation').findFirst({ filters: { slug: 'tranbjerg-skole' } });
    const campaign = await docs('api::campaign.campaign').findFirst({ locale: 'da', status: 'published', filters: { slug: 'frivillig-for-fremtiden' } });
    const lektie = await docs('api::photo-asset.photo-asset').findFirst({ locale: 'da', filters: { title: { $containsi: 'ektiecaf' } } });
    const pack = await docs('api::pack.pack').create({
      data: { organisation: organisation.documentId, campaign: campaign.documentId, photos: [lektie.documentId], headline: 'Hjælp i lektiecaféen' },
      populate: ['files'],
    });
    created.packs.push(pack.documentId);
    expect(pack.channel).toBe('admin');
    expect(pack.texts.headline).toBe('Hjælp i lektiecaféen');
    expect(pack.files.some((f: any) => f.mime === 'application/zip')).toBe(true);

    const velkomst = await docs('api::photo-asset.photo-asset').findFirst({ locale: 'da', filters: { title: { $containsi: 'Velkomsthuset' } } });
    const count = await docs('api::pack.pack').count();
    await expect(docs('api::pack.pack').create({ data: { organisation: organisation.documentId, campaign: campaign.documentId, photos: [velkomst.documentId] } })).rejects.toThrow(/ikke i biblioteket|kan ikke bruges/);
    await expect(docs('api::pack.pack').create({ data: { organisation: organisation.documentId, photos: [lektie.documentId] } })).rejects.toThrow('Vælg en kampagne');
    expect(await docs('api::pack.pack').count()).toBe(count);
  });
});

describe('taking packs down when a consent ends', () => {
  it('emails the coordinator, deletes the files and logs it on the photo when a consent is withdrawn', async () => {
    const photo = await testPhoto('Pakketest samtykke');
    const made = await post(stavtrupJwt, `${V1}/portal/packs`, { campaign: 'frivillig-for-fremtiden', photo: photo.documentId });
    expect(made.status).toBe(201);
    created.packs.push(made.body.pack.id);

    const email = strapi.plugin('email').service('email');
    const send = email.send;
    const sent: any[] = [];
    email.send = async (message: any) => {
      sent.push(message);
    };
    try {
      await docs('api::photo-asset.photo-asset').update({
        documentId: photo.documentId,
        locale: 'da',
        data: { consents: [{ personName: 'Testperson', givenAt: '2026-01-01', expiresAt: '2029-01-01', withdrawn: true, withdrawnAt: '2026-11-23' }] },
      });
    } finally {
      email.send = send;
    }
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toBe('frivillig@stavtrup-dagtilbud.example.dk');
    expect(sent[0].subject).toContain('Pakketest samtykke');
    expect(sent[0].text).toContain(made.body.pack.id);

    const pack = await docs('api::pack.pack').findOne({ documentId: made.body.pack.id, populate: ['files'] });
    expect(pack.files ?? []).toHaveLength(0);
    expect(pack.takenDownAt).toBeTruthy();
    expect(pack.takedowns[0]).toMatchObject({ photo: photo.documentId, reason: 'consent_withdrawn', emailed: true, emailedTo: 'frivillig@stavtrup-dagtilbud.example.dk', filesDeleted: 2 });
    const logged = await docs('api::photo-asset.photo-asset').findOne({ documentId: photo.documentId, locale: 'da' });
    expect(logged.takedownLog).toContain('Stavtrup Dagtilbud: 1 pakke');
    const gone = await api(made.body.download, auth(stavtrupJwt));
    expect(gone.status).toBe(410);
  });

  it('finds packs whose consent simply expired in the daily check, and retries a mail that failed', async () => {
    const photo = await testPhoto('Pakketest udløber');
    const made = await post(stavtrupJwt, `${V1}/portal/packs`, { campaign: 'frivillig-for-fremtiden', photo: photo.documentId });
    expect(made.status).toBe(201);
    created.packs.push(made.body.pack.id);
    // The consent runs out (written straight to the database, as time would).
    const row = await docs('api::photo-asset.photo-asset').findOne({ documentId: photo.documentId, locale: 'da', populate: ['consents'] });
    await strapi.db.query('media.consent-record').update({ where: { id: row.consents[0].id }, data: { expiresAt: '2026-01-01' } });

    const email = strapi.plugin('email').service('email');
    const send = email.send;
    const sent: any[] = [];
    const takedown = strapi.service('api::pack.takedown');
    try {
      email.send = async () => {
        throw new Error('SMTP nede');
      };
      await takedown.checkAll();
      let pack = await docs('api::pack.pack').findOne({ documentId: made.body.pack.id });
      expect(pack.takedowns[0]).toMatchObject({ reason: 'consent_expired', emailed: false, error: 'SMTP nede' });
      email.send = async (message: any) => {
        sent.push(message);
      };
      await takedown.checkAll();
      pack = await docs('api::pack.pack').findOne({ documentId: made.body.pack.id });
      expect(pack.takedowns).toHaveLength(1);
      expect(pack.takedowns[0]).toMatchObject({ emailed: true, filesDeleted: 2 });
      await takedown.checkAll();
    } finally {
      email.send = send;
    }
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toContain('udløbet');
  });
});
