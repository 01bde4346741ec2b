/**
 * The notification mail to the coordinator: plain text, and the same text
 * escaped as the HTML part (nothing a person typed is ever interpreted as
 * markup), in Danish, with the reference in the subject and the person's own
 * words only in the body.
 */
export interface MailSignup {
  reference: string;
  name: string;
  email: string | null;
  phone: string | null;
  availability: string | null;
  message: string | null;
  sourceOrigin: string | null;
  createdAt: string | Date;
  consentVersion: string;
  campaign?: { headline?: string | null; slug?: string | null; coordinator?: { email?: string | null; name?: string | null } | null } | null;
  opportunity?: { title?: string | null; slug?: string | null; contact?: { email?: string | null } | null } | null;
  organisation?: { name?: string | null; coordinatorEmail?: string | null; contact?: { email?: string | null } | null } | null;
}

const AVAILABILITY: Record<string, string> = {
  episodic: 'En gang imellem',
  regular: 'Fast, fx hver uge',
  either: 'Begge dele',
};

/** Who is told: the organisation's coordinator, its contact, the task's contact, the campaign's coordinator, else the fallback. */
export function recipientOf(signup: MailSignup, fallback: string): string {
  return (
    signup.organisation?.coordinatorEmail ||
    signup.organisation?.contact?.email ||
    signup.opportunity?.contact?.email ||
    signup.campaign?.coordinator?.email ||
    fallback
  );
}

export function composeMail(signup: MailSignup, { portalUrl, retentionDays }: { portalUrl: string; retentionDays: number }) {
  const what = signup.opportunity?.title ?? signup.campaign?.headline ?? 'frivilligt arbejde';
  const when = new Date(signup.createdAt);
  const received = Number.isNaN(when.getTime())
    ? ''
    : new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(when);
  const lines = [
    `${signup.name} vil gerne være frivillig: ${what}.`,
    '',
    `Reference: ${signup.reference}`,
    `Modtaget:  ${received}`,
    `Navn:      ${signup.name}`,
    `E-mail:    ${signup.email ?? '(ikke oplyst)'}`,
    `Telefon:   ${signup.phone ?? '(ikke oplyst)'}`,
    `Hvornår:   ${AVAILABILITY[signup.availability ?? ''] ?? '(ikke oplyst)'}`,
    `Fra siden: ${signup.sourceOrigin ?? '(ukendt)'}`,
    '',
    'Besked:',
    signup.message ? signup.message : '(ingen besked)',
    '',
    '--',
    `Se og markér tilmeldingen som håndteret i institutionsportalen: ${portalUrl}/portal/`,
    `Personen har givet samtykke til, at oplysningerne sendes til jer (samtykketekst ${signup.consentVersion}).`,
    `Tilmeldingen slettes automatisk efter ${retentionDays} dage. Slet også denne mail, når I har kontaktet personen.`,
  ];
  const text = `${lines.join('\n')}\n`;
  return {
    subject: `Ny frivillig-tilmelding ${signup.reference}: ${what}`.slice(0, 180),
    text,
    // The provider would otherwise send the text as the HTML part, markup and all:
    // the HTML part is the same text, escaped, so nothing a person typed becomes a link or a tag.
    html: `<!doctype html><html lang="da"><body><div style="font-family:sans-serif;white-space:pre-wrap">${escapeHtml(text)}</div></body></html>`,
    replyTo: signup.email ?? undefined,
  };
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
