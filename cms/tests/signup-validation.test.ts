import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import Redis from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import cases from './signup-cases.json';
import { consentVersion, validateSignup, type SignupInput } from '../src/api/signup/form/validate';
import { newReference, REFERENCE_PATTERN } from '../src/api/signup/lib/reference';
import { checkRate, clientKey, MemoryRateLimitStore } from '../src/api/signup/lib/rate-limit';
import { RedisRateLimitStore } from '../src/api/signup/lib/rate-limit-redis';
import { composeMail, recipientOf } from '../src/api/signup/lib/mail';
import { csvCell, toCsv } from '../src/api/portal/lib/csv';

/** The sign-up rules without a server: the shared case table, references, rate-limit counting, CSV cells, the mail. */
const settings = { retentionDays: 180, dataController: 'Aarhus Kommune', privacyContact: 'frivillig@samskab.example.dk' };
const consent = consentVersion(settings);
const meta = { campaign: 'frivillig-for-fremtiden', consentVersion: consent, elapsedMs: 5000, locale: 'da' };

type Case = (typeof cases.cases)[number] & { raw?: string; value?: Record<string, unknown>; errors?: string[]; valid?: boolean };

function caseBody(c: Case): Record<string, unknown> {
  const body: Record<string, unknown> = { ...cases.base, ...meta };
  if (c.raw) return { ...body, ...JSON.parse(c.raw) };
  for (const [key, value] of Object.entries(c.with as Record<string, unknown>)) {
    if (value === null) delete body[key];
    else body[key] = value;
  }
  return body;
}

describe('the shared case table (signup-cases.json)', () => {
  for (const c of cases.cases as Case[]) {
    it(c.title, () => {
      const verdict = validateSignup(caseBody(c), { minFillMs: 3000, consentVersion: consent });
      if (c.errors) {
        expect(verdict.ok, JSON.stringify(verdict)).toBe(false);
        if (verdict.ok) return;
        expect(verdict.errors.map((e) => e.parameter)).toEqual(c.errors);
        for (const error of verdict.errors) expect(error.message.length).toBeGreaterThan(10);
      } else {
        expect(verdict.ok, JSON.stringify(verdict)).toBe(true);
        if (!verdict.ok) return;
        for (const [key, value] of Object.entries(c.value ?? {})) expect(verdict.value[key as keyof SignupInput], key).toEqual(value);
      }
    });
  }
});

describe('validateSignup', () => {
  const valid = () => ({ ...cases.base, ...meta });

  it('answers in the language of the body, else of Accept-Language', () => {
    const da = validateSignup({ ...valid(), name: '' }, { minFillMs: 0, consentVersion: consent });
    const en = validateSignup({ ...valid(), name: '', locale: 'en' }, { minFillMs: 0, consentVersion: consent });
    const header = validateSignup({ ...valid(), name: '', locale: undefined }, { minFillMs: 0, consentVersion: consent, acceptLanguage: 'en-GB,en;q=0.9' });
    expect(!da.ok && da.errors[0].message).toBe('Skriv dit navn.');
    expect(!en.ok && en.errors[0].message).toBe('Enter your name.');
    expect(!header.ok && header.errors[0].message).toBe('Enter your name.');
  });

  it('refuses a form sent faster than the minimum fill time, and a missing or odd elapsedMs', () => {
    const fast = validateSignup({ ...valid(), elapsedMs: 900 }, { minFillMs: 3000, consentVersion: consent });
    expect(!fast.ok && fast.errors.map((e) => [e.parameter, e.code])).toEqual([['elapsedMs', 'too_fast']]);
    for (const elapsedMs of [undefined, -1, 1.5, '5000', Number.MAX_SAFE_INTEGER]) {
      const odd = validateSignup({ ...valid(), elapsedMs }, { minFillMs: 3000, consentVersion: consent });
      expect(!odd.ok && odd.errors[0].parameter, String(elapsedMs)).toBe('elapsedMs');
    }
  });

  it('needs the consent text version that is shown now', () => {
    const old = validateSignup({ ...valid(), consentVersion: '2020-01.deadbeef' }, { minFillMs: 0, consentVersion: consent });
    expect(!old.ok && old.errors.map((e) => [e.parameter, e.code])).toEqual([['consentVersion', 'outdated']]);
  });

  it('needs exactly one of campaign and opportunity, as slugs', () => {
    const none = validateSignup({ ...valid(), campaign: undefined }, { minFillMs: 0, consentVersion: consent });
    const both = validateSignup({ ...valid(), opportunity: 'baal-i-skoven-stavtrup' }, { minFillMs: 0, consentVersion: consent });
    const odd = validateSignup({ ...valid(), campaign: '../admin', organisation: 'Tranbjerg Skole' }, { minFillMs: 0, consentVersion: consent });
    expect(!none.ok && none.errors.map((e) => e.parameter)).toEqual(['campaign']);
    expect(!both.ok && both.errors.map((e) => e.parameter)).toEqual(['opportunity']);
    expect(!odd.ok && odd.errors.map((e) => e.parameter)).toEqual(['campaign', 'organisation']);
  });

  it('takes a page origin as the source, and nothing else', () => {
    const ok = validateSignup({ ...valid(), sourceOrigin: 'https://tranbjerg-skole.example.dk' }, { minFillMs: 0, consentVersion: consent });
    expect(ok.ok && ok.value.sourceOrigin).toBe('https://tranbjerg-skole.example.dk');
    const long = `https://${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.dk`;
    for (const sourceOrigin of ['https://x.example/path', 'javascript:alert(1)', 'null', 'https://x.example/', 'ftp://x.example', long]) {
      const bad = validateSignup({ ...valid(), sourceOrigin }, { minFillMs: 0, consentVersion: consent });
      expect(!bad.ok && bad.errors[0].parameter, sourceOrigin).toBe('sourceOrigin');
    }
  });

  it('notices the honeypot', () => {
    const bot = validateSignup({ ...valid(), hp_website: 'http://spam.example' }, { minFillMs: 0, consentVersion: consent });
    expect(bot.ok && bot.honeypot).toBe(true);
    const person = validateSignup({ ...valid(), hp_website: '' }, { minFillMs: 0, consentVersion: consent });
    expect(person.ok && person.honeypot).toBe(false);
  });

  it('refuses bodies that are not objects', () => {
    for (const body of [null, 'name=Anna', [valid()], 42]) {
      const verdict = validateSignup(body, { minFillMs: 0, consentVersion: consent });
      expect(!verdict.ok && verdict.errors.map((e) => e.parameter)).toEqual(['body']);
    }
  });

  it('changes the consent version when the text or its settings change', () => {
    expect(consent).toMatch(/^\d{4}-\d{2}\.[0-9a-f]{8}$/);
    expect(consentVersion({ ...settings, retentionDays: 90 })).not.toBe(consent);
    expect(consentVersion({ ...settings })).toBe(consent);
  });
});

describe('references', () => {
  it('are FRV- and two groups of four unambiguous characters, and differ', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const reference = newReference();
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(reference.slice(4)).not.toMatch(/[01ILOUV]/);
      seen.add(reference);
    }
    expect(seen.size).toBe(2000);
  });
});

describe('rate limiting', () => {
  it('counts per key within a window and tells when to come back', async () => {
    const store = new MemoryRateLimitStore();
    const verdicts = [];
    for (let i = 0; i < 4; i += 1) verdicts.push(await checkRate(store, 'a', 3, 60_000));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    expect(verdicts[3].retryAfter).toBeGreaterThan(55);
    expect(verdicts[3].retryAfter).toBeLessThanOrEqual(60);
    expect((await checkRate(store, 'b', 3, 60_000)).allowed).toBe(true);
  });

  it('opens a new window when the old one ends', async () => {
    const store = new MemoryRateLimitStore();
    expect((await checkRate(store, 'a', 1, 30)).allowed).toBe(true);
    expect((await checkRate(store, 'a', 1, 30)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect((await checkRate(store, 'a', 1, 30)).allowed).toBe(true);
  });

  it('stays bounded when many addresses come at once', async () => {
    const store = new MemoryRateLimitStore(100);
    for (let i = 0; i < 1000; i += 1) await store.hit(`10.0.${i >> 8}.${i & 255}`, 60_000);
    expect((store as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100);
  });

  it('keys IPv4 as is and IPv6 by its /64', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('rate limiting shared through Redis', () => {
  let server: ChildProcess | undefined;
  const clients: Redis[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    server?.kill();
  });

  /** The Redis the run was given (REDIS_URL), else a throwaway redis-server on a free port. */
  async function redisUrl(): Promise<string> {
    if (process.env.REDIS_URL) return process.env.REDIS_URL;
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      server!.on('error', (error) => reject(new Error(`redis-server could not start (apt-get install redis-server, or set REDIS_URL): ${error.message}`)));
      server!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve());
    });
    return `redis://127.0.0.1:${port}`;
  }

  const connect = (url: string) => {
    const client = new Redis(url, { maxRetriesPerRequest: 1 });
    clients.push(client);
    return client;
  };

  it('counts one window across several instances, and resets', async () => {
    const url = await redisUrl();
    const one = new RedisRateLimitStore(() => connect(url));
    const a = connect(url);
    const b = connect(url);
    const instanceA = new RedisRateLimitStore(() => a);
    const instanceB = new RedisRateLimitStore(() => b);
    const key = `test-${process.pid}-${Date.now()}`;
    await instanceA.reset();
    const verdicts = [];
    for (const store of [instanceA, instanceB, instanceA, instanceB]) verdicts.push(await checkRate(store, key, 3, 60_000));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    expect(verdicts[3].retryAfter).toBeGreaterThan(55);
    await instanceB.reset();
    expect((await checkRate(instanceA, key, 3, 60_000)).allowed).toBe(true);
    expect(one).toBeInstanceOf(RedisRateLimitStore);
  });

  it('counts in the instance when Redis cannot be reached, instead of refusing sign-ups', async () => {
    const down = connect('redis://127.0.0.1:1');
    down.on('error', () => {});
    const store = new RedisRateLimitStore(() => down);
    const verdicts = [];
    for (let i = 0; i < 3; i += 1) verdicts.push(await checkRate(store, 'x', 2, 60_000));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false]);
  });
});

describe('CSV cells', () => {
  it('neutralises formulas and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","klik")')).toBe(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(csvCell('+45 12 34 56 78')).toBe("'+45 12 34 56 78");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('Søren Ågård')).toBe('Søren Ågård');
    expect(csvCell(null)).toBe('');
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv([['a', 'b'], ['c', 'd']]);
    expect(csv).toBe('\uFEFFa;b\r\nc;d\r\n');
  });
});

describe('the notification mail', () => {
  const signup = {
    reference: 'FRV-7K3Q-9M2D',
    name: 'Anna Jensen',
    email: 'anna@example.dk',
    phone: null,
    availability: 'regular',
    message: 'Jeg kan tirsdage.',
    sourceOrigin: 'https://tranbjerg-skole.example.dk',
    createdAt: '2026-11-23T13:05:00.000Z',
    consentVersion: consent,
    campaign: { headline: 'Bliv frivillig', coordinator: { email: 'kampagne@example.dk' } },
    organisation: { name: 'Tranbjerg Skole', coordinatorEmail: 'frivillig@tranbjerg-skole.example.dk' },
  };

  it('goes to the organisation’s coordinator first, then the other contacts, then the fallback', () => {
    expect(recipientOf(signup, 'fallback@example.dk')).toBe('frivillig@tranbjerg-skole.example.dk');
    expect(recipientOf({ ...signup, organisation: { name: 'X', contact: { email: 'kontakt@example.dk' } } }, 'f@example.dk')).toBe('kontakt@example.dk');
    expect(recipientOf({ ...signup, organisation: null }, 'f@example.dk')).toBe('kampagne@example.dk');
    expect(recipientOf({ ...signup, organisation: null, campaign: null }, 'f@example.dk')).toBe('f@example.dk');
  });

  it('is plain text with the reference, the details, the portal link, and replies to the volunteer', () => {
    const mail = composeMail(signup, { portalUrl: 'https://cms.example.dk', retentionDays: 180 });
    expect(mail.subject).toBe('Ny frivillig-tilmelding FRV-7K3Q-9M2D: Bliv frivillig');
    expect(mail.text).toContain('Anna Jensen');
    expect(mail.text).toContain('Jeg kan tirsdage.');
    expect(mail.text).toContain('Fast, fx hver uge');
    expect(mail.text).toContain('https://cms.example.dk/portal/');
    expect(mail.text).toContain('23. november 2026');
    expect(mail.replyTo).toBe('anna@example.dk');
    expect(composeMail({ ...signup, email: null }, { portalUrl: '', retentionDays: 1 }).replyTo).toBeUndefined();
  });
});
