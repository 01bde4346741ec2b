import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStrapi } from './support/strapi';
import { postSignup, signupServices, smtpSink, trackSignups, validSignup, waitForMail } from './signup-support';

/**
 * The coordinator's mail, through Strapi's email plugin and nodemailer to a local
 * SMTP server started here; what happens when it is down; and the retention job.
 */
let tracker: Awaited<ReturnType<typeof trackSignups>>;
let restore: () => Promise<void>;

beforeAll(async () => {
  await startStrapi();
  await smtpSink();
  const { settings, limiter } = await signupServices();
  const saved = { rateLimit: settings.rateLimit, mailRetryBaseMs: settings.mailRetryBaseMs };
  settings.rateLimit = 1000;
  await limiter.reset();
  restore = async () => {
    Object.assign(settings, saved);
    await limiter.reset();
  };
  tracker = await trackSignups();
});

afterAll(async () => {
  (await smtpSink()).down = false;
  await restore();
  await tracker.cleanup();
});

async function row(reference: string) {
  const { signups } = await signupServices();
  return signups.findFirst({ filters: { reference } });
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 8000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the coordinator’s mail', () => {
  it('goes out at once to the organisation’s coordinator, in plain text, replying to the volunteer', async () => {
    const message = 'Jeg kan hjælpe om torsdagen.\nHilsen Mette <a href="https://evil.example">klik</a>';
    const { status, body } = await postSignup(await validSignup({ name: 'Mette Mail', message }), { Origin: 'https://tranbjerg-skole.example.dk' });
    expect(status).toBe(201);
    const mail = await waitForMail(body.reference);
    expect(mail.to).toEqual(['frivillig@tranbjerg-skole.example.dk']);
    expect(mail.subject).toContain(body.reference);
    expect(mail.subject).toContain('Bliv frivillig for fremtiden');
    expect(mail.text).toContain('Mette Mail');
    expect(mail.text).toContain(message);
    // The HTML part is the same text, escaped: what the volunteer typed is never markup.
    expect(mail.html).toContain('Hilsen Mette &lt;a href=&quot;https://evil.example&quot;&gt;klik&lt;/a&gt;');
    expect(mail.html).not.toContain('<a href');
    expect(mail.text).toContain('https://tranbjerg-skole.example.dk');
    expect(mail.text).toContain('/portal/');
    expect(mail.replyTo).toContain('anna@example.dk');
    const stored = await until('the mail status', async () => {
      const r = await row(body.reference);
      return r?.mailStatus === 'sent' && r;
    });
    expect(stored.mailAttempts).toBe(1);
    expect(stored.mailedAt).toBeTruthy();
  });

  it('goes to the campaign’s coordinator when no organisation is named', async () => {
    const { body } = await postSignup(await validSignup({ organisation: undefined, name: 'Uden Skole' }));
    const mail = await waitForMail(body.reference);
    expect(mail.to).toEqual(['frivillig@boern-og-unge.example.dk']);
  });

  it('keeps the sign-up when the mail server is down, and sends it exactly once when it is back', async () => {
    const sink = await smtpSink();
    const { strapi, settings, mailer } = await signupServices();
    settings.mailRetryBaseMs = 400;
    sink.down = true;
    // The scheduled retry is paused so that this test decides when each try happens.
    strapi.cron.stop();
    try {
    const { status, body } = await postSignup(await validSignup({ name: 'Nede Server' }));
    expect(status).toBe(201);
    const failed = await until('the first attempt to fail', async () => {
      const r = await row(body.reference);
      return r?.mailStatus === 'failed' && r;
    });
    expect(failed.mailAttempts).toBe(1);
    expect(new Date(failed.nextMailAt).getTime()).toBeGreaterThan(Date.now() - 1000);

    // Still down at the next try: a second failure, a longer wait (backoff doubles).
    await new Promise((resolve) => setTimeout(resolve, 450));
    await mailer.sendDue();
    const again = await row(body.reference);
    expect(again).toMatchObject({ mailStatus: 'failed', mailAttempts: 2 });
    expect(new Date(again.nextMailAt).getTime() - Date.now()).toBeGreaterThan(400);

    // Back up. Not yet due: nothing happens.
    sink.down = false;
    expect(await mailer.sendDue()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 900));
    // Due: the retry job and a parallel attempt race; one mail goes out.
    const [swept, direct] = await Promise.all([mailer.sendDue(), mailer.deliver(again.documentId)]);
    expect(swept + (direct === 'sent' ? 1 : 0)).toBe(1);
    await mailer.sendDue();
    const mails = sink.messages.filter((m) => m.text.includes(body.reference));
    expect(mails).toHaveLength(1);
    expect(await row(body.reference)).toMatchObject({ mailStatus: 'sent', mailAttempts: 3 });
    } finally {
      sink.down = false;
      strapi.cron.start();
    }
  });

  it('is retried by a scheduled job', async () => {
    const { strapi, settings } = await signupServices();
    const names = (strapi.cron as unknown as { jobs: { name: string }[] }).jobs.map((j) => j.name);
    expect(names).toEqual(expect.arrayContaining(['signup-mail-retry', 'signup-retention']));
    expect(settings.mailRetryCron).toBeTruthy();
  });
});

describe('retention', () => {
  it('deletes sign-ups older than the retention period and logs only how many', async () => {
    const { strapi, retention, settings } = await signupServices();
    const oldOne = await postSignup(await validSignup({ name: 'Gammel Tilmelding', email: 'gammel@example.dk' }));
    const newOne = await postSignup(await validSignup({ name: 'Ny Tilmelding' }));
    await waitForMail(oldOne.body.reference);
    const days = settings.retentionDays;
    expect(days).toBe(180);
    await strapi.db.query('api::signup.signup' as any).update({
      where: { reference: oldOne.body.reference },
      data: { createdAt: new Date(Date.now() - (days + 1) * 24 * 3600 * 1000) },
    });
    const info = vi.spyOn(strapi.log, 'info');
    try {
      const deleted = await retention.deleteExpired();
      expect(deleted).toBeGreaterThanOrEqual(1);
      expect(await row(oldOne.body.reference)).toBeNull();
      expect(await row(newOne.body.reference)).not.toBeNull();
      const lines = info.mock.calls.map((call) => String(call[0])).filter((line) => line.startsWith('signup retention'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`deleted ${deleted} sign-up\\(s\\).*older than 180 days`));
      expect(lines[0]).not.toMatch(/Gammel|gammel@|FRV-/);
    } finally {
      info.mockRestore();
    }
    // One day younger than the limit stays.
    await strapi.db.query('api::signup.signup' as any).update({
      where: { reference: newOne.body.reference },
      data: { createdAt: new Date(Date.now() - (days - 1) * 24 * 3600 * 1000) },
    });
    await retention.deleteExpired();
    expect(await row(newOne.body.reference)).not.toBeNull();
  });
});
