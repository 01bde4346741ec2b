import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { api, startStrapi } from './support/strapi';

/**
 * Guides against a real Strapi: the flow check on save and publish (a
 * document-service middleware, so the admin's content manager gets it too),
 * the diagram endpoint, and the seeded guide behind the front page's doors.
 */
const V1 = '/api/widget/v1';
const UID = 'api::guide.guide';
const run = Date.now().toString(36);

let strapi: Core.Strapi;
const docs = () => strapi.documents(UID) as any;
const created: { uid: string; documentId: string }[] = [];

beforeAll(async () => {
  ({ strapi } = await startStrapi());
});

afterAll(async () => {
  for (const { uid, documentId } of created.reverse()) {
    await (strapi.documents(uid as any) as any).delete({ documentId, locale: '*' });
  }
});

async function contactPointId(slug: string): Promise<string> {
  const found = await strapi.documents('api::contact-point.contact-point').findFirst({ filters: { slug } } as any);
  if (!found) throw new Error(`no contact point ${slug}`);
  return found.documentId;
}

/** A small valid guide: start -> (advice | help), help is multiple choice with "none of these". */
async function validGuide(slug: string) {
  const borgerservice = await contactPointId('borgerservice');
  const frivilligcenter = await contactPointId('frivilligcenter-aarhus');
  return {
    title: 'Testguide',
    slug,
    sensitive: false,
    startQuestion: 'start',
    questions: [
      {
        key: 'start',
        text: 'Hvad søger du?',
        kind: 'single',
        answers: [
          { label: 'Råd', next: 'raad' },
          { label: 'Hjælp', next: 'hjaelp' },
        ],
      },
      {
        key: 'hjaelp',
        text: 'Hvilken hjælp søger du?',
        kind: 'multiple',
        answers: [
          { label: 'Lektiehjælp', next: 'raad' },
          { label: 'Nogen at tale med', next: 'tale' },
          { label: 'Ingen af disse', next: 'borgerservice', none: true },
        ],
      },
    ],
    outcomes: [
      { key: 'raad', title: 'Få råd', text: 'Frivilligcenteret giver råd.', contactPoints: [frivilligcenter] },
      { key: 'tale', title: 'Nogen at tale med', text: 'Ring og tal.', contactPoints: [frivilligcenter] },
      { key: 'borgerservice', title: 'Borgerservice', text: 'Spørg Borgerservice.', contactPoints: [borgerservice] },
    ],
  };
}

async function createGuide(slug: string, data?: Record<string, unknown>) {
  const doc = await docs().create({ locale: 'da', data: data ?? (await validGuide(slug)) });
  created.push({ uid: UID, documentId: doc.documentId });
  return doc.documentId as string;
}

/** The ValidationError a rejected promise carries. */
async function refusal(promise: Promise<unknown>): Promise<{ name: string; message: string; details: { errors: { path: (string | number)[]; message: string }[] } }> {
  try {
    await promise;
  } catch (error) {
    return error as any;
  }
  throw new Error('expected the write to be refused');
}

const draft = (documentId: string, locale = 'da') =>
  docs().findOne({ documentId, locale, status: 'draft', populate: { questions: { populate: { answers: true } }, outcomes: true } });

describe('saving a guide validates its flow', () => {
  it('refuses to create a guide with an answer that leads to an unknown key, naming the question, and stores nothing', async () => {
    const slug = `test-ukendt-${run}`;
    const data = await validGuide(slug);
    data.questions[1].answers[1].next = 'tale-med';
    const error = await refusal(docs().create({ locale: 'da', data }));
    expect(error.name).toBe('ValidationError');
    expect(error.message).toMatch(/^Guiden kan ikke gemmes\. Der er \d+ fejl: 1\) /);
    expect(error.message).toContain('Spørgsmålet »hjaelp« (»Hvilken hjælp søger du?«)');
    expect(error.message).toContain('»tale-med«');
    expect(error.details.errors[0].path).toEqual(['questions', 1, 'answers', 1, 'next']);
    // The outcome no answer leads to any more is reported too.
    expect(error.details.errors.map((e) => e.message).join(' ')).toContain('Resultatet »tale« (»Nogen at tale med«) kan ikke nås');
    expect(await docs().findFirst({ filters: { slug }, status: 'draft' })).toBeNull();
  });

  it('refuses an update that removes the "none of these" answer, and keeps the stored draft', async () => {
    const documentId = await createGuide(`test-ingen-${run}`);
    const data = await validGuide(`test-ingen-${run}`);
    data.questions[1].answers.pop();
    data.outcomes.pop();
    const error = await refusal(docs().update({ documentId, locale: 'da', data }));
    expect(error.message).toContain('Spørgsmålet »hjaelp« (»Hvilken hjælp søger du?«) er et flervalgsspørgsmål uden et »Ingen af disse«-svar');
    const stored = await draft(documentId);
    expect(stored.questions[1].answers.map((a: any) => a.none)).toEqual([false, false, true]);
    expect(stored.outcomes).toHaveLength(3);
  });

  it('checks what a partial update leaves behind, not just the fields sent', async () => {
    const documentId = await createGuide(`test-delvis-${run}`);
    const error = await refusal(docs().update({ documentId, locale: 'da', data: { startQuestion: 'begynd' } }));
    expect(error.message).toContain('Startspørgsmålet »begynd« findes ikke');
    expect(error.details.errors[0].path).toEqual(['startQuestion']);
    expect((await draft(documentId)).startQuestion).toBe('start');
    // A harmless partial update goes through.
    await docs().update({ documentId, locale: 'da', data: { title: 'Testguide, ny titel' } });
    expect((await draft(documentId)).title).toBe('Testguide, ny titel');
  });

  it('checks a copy made with clone (the admin\'s duplicate), not its source', async () => {
    const documentId = await createGuide(`test-kopi-${run}`);
    const error = await refusal(docs().clone({ documentId, locale: 'da', data: { slug: `test-kopi-2-${run}`, startQuestion: 'raad' } }));
    expect(error.message).toContain('Startspørgsmålet »raad« er et resultat, ikke et spørgsmål');
    expect(await docs().findFirst({ filters: { slug: `test-kopi-2-${run}` }, status: 'draft' })).toBeNull();
  });

  it('refuses a loop and an orphaned question', async () => {
    const documentId = await createGuide(`test-loekke-${run}`);
    const data = await validGuide(`test-loekke-${run}`);
    data.questions[1].answers[0].next = 'start';
    data.questions.push({ key: 'glemt', text: 'Et glemt spørgsmål', kind: 'single', answers: [{ label: 'Ok', next: 'raad' }] });
    const error = await refusal(docs().update({ documentId, locale: 'da', data }));
    expect(error.message).toContain('»start« → »hjaelp« → »start«');
    expect(error.message).toContain('Spørgsmålet »glemt« (»Et glemt spørgsmål«) kan ikke nås');
  });

  it('checks the English version too, and says so', async () => {
    const slug = `test-engelsk-${run}`;
    const documentId = await createGuide(slug);
    const en = await validGuide(slug);
    en.title = 'Test guide';
    en.questions[0].answers[0].next = '';
    const error = await refusal(docs().update({ documentId, locale: 'en', data: en }));
    expect(error.message).toMatch(/^Guiden kan ikke gemmes \(i den engelske udgave\)\./);
    expect(error.message).toContain('svaret »Råd« fører ingen steder hen');
    expect(await docs().findOne({ documentId, locale: 'en', status: 'draft' })).toBeNull();
    en.questions[0].answers[0].next = 'raad';
    await docs().update({ documentId, locale: 'en', data: en });
    expect((await draft(documentId, 'en')).title).toBe('Test guide');
  });
});

describe('publishing a guide validates its flow', () => {
  it('refuses to publish when an outcome would name only an offer that is not published', async () => {
    const offer = await strapi.documents('api::offer.offer').create({
      locale: 'da',
      data: { title: `Kladdetilbud ${run}`, slug: `kladdetilbud-${run}`, summary: 'Ikke udgivet endnu.', category: 'raadgivning', audience: 'voksne', mode: 'telefon' },
    } as any);
    created.unshift({ uid: 'api::offer.offer', documentId: offer.documentId });
    const slug = `test-udgiv-${run}`;
    const data: any = await validGuide(slug);
    data.outcomes[1] = { key: 'tale', title: 'Nogen at tale med', offers: [offer.documentId] };
    const documentId = await createGuide(slug, data);

    const error = await refusal(docs().publish({ documentId, locale: 'da' }));
    expect(error.message).toMatch(/^Guiden kan ikke udgives\./);
    expect(error.message).toContain('Resultatet »tale« (»Nogen at tale med«) nævner hverken en kontakt eller et tilbud');
    expect(error.message).toContain('udgivet');
    expect((await api(`${V1}/guides/${slug}`)).status).toBe(404);

    await strapi.documents('api::offer.offer').publish({ documentId: offer.documentId, locale: 'da' } as any);
    await docs().publish({ documentId, locale: 'da' });
    const served = await api(`${V1}/guides/${slug}`);
    expect(served.status).toBe(200);
    expect(served.body.outcomes[1].offers.map((o: any) => o.title)).toEqual([`Kladdetilbud ${run}`]);
    // Unpublish the offer again so the shared offer counts stay as seeded.
    await strapi.documents('api::offer.offer').unpublish({ documentId: offer.documentId, locale: 'da' } as any);
  });

  it('serves a valid, published guide with its "none of these" answers', async () => {
    const slug = `test-visning-${run}`;
    const documentId = await createGuide(slug);
    await docs().publish({ documentId, locale: 'da' });
    const { status, body } = await api(`${V1}/guides/${slug}`);
    expect(status).toBe(200);
    expect(body.start).toBe('start');
    expect(body.questions[1]).toMatchObject({ key: 'hjaelp', kind: 'multiple' });
    expect(body.questions[1].answers.map((a: any) => a.none)).toEqual([false, false, true]);
    expect(body.questions[1]).not.toHaveProperty('noneLabel');
  });
});

describe("the admin's content manager", () => {
  it('answers a broken save with a 400 ValidationError that names the question and the field', async () => {
    const email = `guide-editor-${run}@samskab.test`;
    const password = `Guide-${run}-Passw0rd!`;
    const superAdmin = await (strapi.service('admin::role') as any).getSuperAdmin();
    const user = await (strapi.service('admin::user') as any).create({
      email,
      firstname: 'Guide',
      lastname: 'Editor',
      password,
      isActive: true,
      registrationToken: null,
      roles: [superAdmin.id],
    });
    try {
      const login = await api('/admin/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      expect(login.status).toBe(200);
      const token = login.body.data.token as string;
      const slug = `test-admin-${run}`;
      const documentId = await createGuide(slug);
      const data: any = await validGuide(slug);
      data.questions[0].answers[1].next = 'hjælp';
      const res = await api(`/content-manager/collection-types/${UID}/${documentId}?locale=da`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(data),
      });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.message).toContain('Spørgsmålet »start« (»Hvad søger du?«): svaret »Hjælp« fører til »hjælp«');
      expect(res.body.error.details.errors[0].path).toEqual(['questions', 0, 'answers', 1, 'next']);
      expect((await draft(documentId)).questions[0].answers[1].next).toBe('hjaelp');
    } finally {
      // The user service refuses to delete the last super admin; the test Strapi has no other.
      await strapi.db.query('admin::user').delete({ where: { id: user.id } });
    }
  });
});

describe('the diagram', () => {
  it('gives the published flow as Mermaid text, cached like the rest of the widget API', async () => {
    const res = await api(`${V1}/guides/hvor-henvender-jeg-mig/diagram`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.text.startsWith('flowchart TD\n')).toBe(true);
    const guide = (await api(`${V1}/guides/hvor-henvender-jeg-mig`)).body;
    for (const q of guide.questions) expect(res.text).toContain(`${q.key}: ${q.text}`);
    for (const o of guide.outcomes) expect(res.text).toContain(`${o.key}: ${o.title}`);
    // Edges: one per answer, "none of these" answers dashed.
    const answers = guide.questions.flatMap((q: any) => q.answers);
    expect(res.text.match(/ -->\|/g)?.length).toBe(answers.filter((a: any) => !a.none).length);
    expect(res.text.match(/-\.->\|/g)?.length).toBe(answers.filter((a: any) => a.none).length);

    const again = await api(`${V1}/guides/hvor-henvender-jeg-mig/diagram`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
    // docs/guide.md shows the same diagram (generated from the seed by scripts/guide-diagram.mjs).
    const doc = readFileSync(path.resolve('../docs/guide.md'), 'utf8');
    const block = doc.split('<!-- guide-diagram:hvor-henvender-jeg-mig -->')[1].split('```mermaid\n')[1].split('```')[0];
    expect(res.text).toBe(block);
    const en = await api(`${V1}/guides/hvor-henvender-jeg-mig/diagram?locale=en`);
    expect(en.text).toContain('hvad-vil-du: What can we help you with?');
  });

  it('answers unknown guides and bad parameters with the widget API errors', async () => {
    const missing = await api(`${V1}/guides/findes-ikke/diagram`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const bad = await api(`${V1}/guides/hvor-henvender-jeg-mig/diagram?locale=xx`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.parameter).toBe('locale');
  });
});

describe('the seeded guide "hvor-henvender-jeg-mig"', () => {
  /** Follows answers (by the start of their label) from the start; returns the outcome keys reached. */
  function walk(guide: any, choices: string[][]): string[] {
    const questions = new Map(guide.questions.map((q: any) => [q.key, q]));
    let node: string | undefined = guide.start;
    const queue: string[] = [];
    const outcomes: string[] = [];
    for (const choice of choices) {
      const question: any = questions.get(node!);
      if (!question) throw new Error(`"${node}" is not a question`);
      const targets = choice.map((label) => {
        const answer = question.answers.find((a: any) => a.label.startsWith(label));
        if (!answer) throw new Error(`"${question.key}" has no answer starting "${label}"`);
        return answer.next;
      });
      [node] = targets;
      queue.push(...targets.slice(1));
      while (node && !questions.has(node)) {
        outcomes.push(node);
        node = queue.shift();
      }
    }
    if (node) throw new Error(`the walk stopped at the question "${node}"`);
    return outcomes;
  }
  const contacts = (guide: any, keys: string[]) =>
    keys.flatMap((k) => guide.outcomes.find((o: any) => o.key === k).contactPoints.map((c: any) => c.name));
  const offers = (guide: any, keys: string[]) => keys.flatMap((k) => guide.outcomes.find((o: any) => o.key === k).offers.map((o: any) => o.slug));

  it('leads each of the real cases to someone to turn to', async () => {
    const guide = (await api(`${V1}/guides/hvor-henvender-jeg-mig`)).body;
    // A citizen with an idea for the neighbourhood.
    const idea = walk(guide, [['Jeg har en idé'], ['Sparring']]);
    expect(contacts(guide, idea)).toContain('Fællessekretariatet for Frivillighed og Samskabelse');
    // An association looking for premises and funding (multiple choice: both outcomes).
    const association = walk(guide, [['Jeg er fra en forening'], ['Lokaler', 'Penge']]);
    expect(association).toEqual(['lokaler', 'penge']);
    expect(contacts(guide, association)).toEqual(expect.arrayContaining(['Lokaler til foreninger', 'Puljer og tilskud']));
    // ... or none of these.
    expect(walk(guide, [['Jeg er fra en forening'], ['Ingen af disse']])).toEqual(['forening-raadgivning']);
    // A school wanting volunteers.
    const school = walk(guide, [['Jeg arbejder på en skole'], ['På en skole']]);
    expect(contacts(guide, school)).toContain('Frivilligkonsulenten i Børn og Unge');
    // A parent looking for help for a child.
    const parent = walk(guide, [['Jeg er forælder'], ['Hjælp til lektier']]);
    expect(offers(guide, parent).length).toBeGreaterThan(1);
    // A volunteer wanting to start.
    const volunteer = walk(guide, [['Jeg vil gerne være frivillig'], ['Noget med børn'], ['Et par timer en gang imellem']]);
    expect(contacts(guide, volunteer)).toContain('Frivilligcenter Aarhus');
    // Someone looking for help for an adult.
    expect(offers(guide, walk(guide, [['Jeg søger hjælp til mig selv'], ['Støtte i sorg']]))).toContain('citykirken-sorggruppe');
  });

  it('finds the local consultant by postcode or district', async () => {
    const guide = (await api(`${V1}/guides/hvor-henvender-jeg-mig`)).body;
    const district = guide.questions.find((q: any) => q.kind === 'district');
    const byPlace = (place: string) => district.answers.find((a: any) => a.districts.includes(place))?.next;
    expect(byPlace('8310')).toBe('lokal-syd');
    expect(byPlace('Risskov')).toBe('lokal-nord');
    expect(byPlace('8220')).toBe('lokal-vest');
  });

  it("is behind the front page's idea and help doors", async () => {
    const entry = (await api(`${V1}/entry-point`)).body;
    const guide = (await api(`${V1}/guides/hvor-henvender-jeg-mig`)).body;
    const idea = new URL(entry.doors.find((d: any) => d.kind === 'idea').href, 'http://cms.test');
    const first = idea.searchParams.get('hvor-henvender-jeg-mig');
    const start = guide.questions.find((q: any) => q.key === guide.start);
    expect(start.answers.map((a: any) => a.next)).toContain(first);
    expect(guide.questions.map((q: any) => q.key)).toContain(first);
    const help = new URL(entry.doors.find((d: any) => d.kind === 'help').href, 'http://cms.test');
    for (const page of [idea.pathname, help.pathname]) {
      const html = (await api(page)).text;
      expect(html, page).toContain('<samskab-guide guide="hvor-henvender-jeg-mig"');
    }
  });
});
