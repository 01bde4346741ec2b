import { SMTPServer } from 'smtp-server';
import { api, startStrapi } from './support/strapi';

/**
 * Helpers for the sign-up and portal tests: a local SMTP server on the port the
 * test Strapi mails to (SMTP_PORT, chosen in global setup), valid sign-up bodies,
 * and cleanup of the sign-ups a test file made.
 */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo: string;
}

interface Sink {
  messages: ReceivedMail[];
  /** While true, the server refuses every mail with a temporary error (451). */
  down: boolean;
}

const KEY = Symbol.for('samskab.test.smtp');
type WithSink = typeof globalThis & { [KEY]?: Promise<Sink> };

/** The one SMTP server of this test run, started on first use. */
export function smtpSink(): Promise<Sink> {
  const g = globalThis as WithSink;
  g[KEY] ??= new Promise((resolve, reject) => {
    const sink: Sink = { messages: [], down: false };
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onMailFrom(_address: unknown, _session: unknown, callback: (error?: Error) => void) {
        if (!sink.down) return callback();
        return callback(Object.assign(new Error('Mailbox temporarily unavailable, try again later'), { responseCode: 451 }));
      },
      onData(stream: NodeJS.ReadableStream, session: any, callback: (error?: Error) => void) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          sink.messages.push(parseMail(Buffer.concat(chunks).toString('utf8'), session));
          callback();
        });
      },
    });
    server.on('error', reject);
    server.listen(Number(process.env.SMTP_PORT), '127.0.0.1', () => resolve(sink));
    process.once('exit', () => server.close());
  });
  return g[KEY]!;
}

/** Waits until a mail whose text contains `needle` has arrived. */
export async function waitForMail(needle: string, timeoutMs = 8000): Promise<ReceivedMail> {
  const sink = await smtpSink();
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = sink.messages.find((m) => m.text.includes(needle));
    if (found) return found;
    if (Date.now() > until) throw new Error(`no mail containing ${needle} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
    kind.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(value: string): string {
  const bytes = value.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

function parseMail(raw: string, session: any): ReceivedMail {
  const top = parsePart(raw);
  const parts: Part[] = [];
  const walk = (part: Part) => {
    const boundary = part.headers['content-type']?.match(/boundary="?([^";]+)"?/i)?.[1];
    if (!boundary) return parts.push(part);
    for (const chunk of part.body.split(`--${boundary}`).slice(1, -1)) walk(parsePart(chunk.replace(/^\r\n/, '')));
  };
  walk(top);
  const of = (type: string) => parts.find((p) => (p.headers['content-type'] ?? 'text/plain').startsWith(type))?.decoded ?? '';
  return {
    from: session.envelope.mailFrom?.address ?? '',
    to: session.envelope.rcptTo.map((r: { address: string }) => r.address),
    subject: decodeWords(top.headers.subject ?? ''),
    text: of('text/plain').replace(/\r\n/g, '\n'),
    html: of('text/html'),
    replyTo: top.headers['reply-to'] ?? '',
  };
}

interface Part {
  headers: Record<string, string>;
  body: string;
  decoded: string;
}

function parsePart(raw: string): Part {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const decoded = encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body;
  return { headers, body, decoded };
}

export const V1 = '/api/widget/v1';

/** The form's schema for a campaign at an organisation (the consent version comes from it). */
export async function formSchema(query = 'campaign=frivillig-for-fremtiden&organisation=tranbjerg-skole') {
  const { status, body } = await api(`${V1}/signups/schema?${query}`);
  if (status !== 200) throw new Error(`schema answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** A sign-up the server accepts, with `extra` merged in. */
export async function validSignup(extra: Record<string, unknown> = {}) {
  const { consent } = await formSchema();
  return {
    name: 'Anna Jensen',
    email: 'anna@example.dk',
    phone: '',
    availability: 'episodic',
    message: '',
    consent: true,
    consentVersion: consent.version,
    campaign: 'frivillig-for-fremtiden',
    organisation: 'tranbjerg-skole',
    locale: 'da',
    elapsedMs: 5000,
    ...extra,
  };
}

export function postSignup(body: unknown, headers: Record<string, string> = {}) {
  return api(`${V1}/signups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The sign-up service's settings and rate limit, to adjust for a test and put back after. */
export async function signupServices() {
  const { strapi } = await startStrapi();
  return {
    strapi,
    settings: strapi.service('api::signup.settings') as any,
    limiter: strapi.service('api::signup.rate-limit') as any,
    mailer: strapi.service('api::signup.mailer') as any,
    retention: strapi.service('api::signup.retention') as any,
    signups: strapi.documents('api::signup.signup' as any) as any,
  };
}

/** Remembers which sign-ups exist now; `cleanup()` deletes every one made since. */
export async function trackSignups() {
  const { signups } = await signupServices();
  const before = new Set(((await signups.findMany({ fields: ['documentId'], limit: 100000 })) as { documentId: string }[]).map((s) => s.documentId));
  return {
    async made(): Promise<any[]> {
      const all = await signups.findMany({ limit: 100000, populate: ['campaign', 'opportunity', 'organisation'] });
      return all.filter((s: { documentId: string }) => !before.has(s.documentId));
    },
    async cleanup() {
      for (const s of await this.made()) await signups.delete({ documentId: s.documentId });
    },
  };
}
