/**
 * What a walk stop must satisfy, as pure functions with Danish messages for the
 * communication staff (the admin shows them as a notification):
 *
 * - its audio is an mp3, m4a, ogg or wav file of at most WALK_AUDIO_MAX_MB
 *   (default 30) megabytes, checked on every save and publish;
 * - it has a transcript before it can be published, in every language that is
 *   published (Strapi checks `required` only on publish, with a message about
 *   types; this one says what to do);
 * - it belongs to a walk before it can be published.
 */

/** The audio formats a phone's browser plays, by file extension, with the MIME types they arrive as. */
export const AUDIO_FORMATS: Record<string, readonly string[]> = {
  '.mp3': ['audio/mpeg', 'audio/mp3', 'audio/mpeg3', 'audio/x-mpeg-3'],
  '.m4a': ['audio/mp4', 'audio/x-m4a', 'audio/m4a', 'audio/aac'],
  '.ogg': ['audio/ogg', 'audio/vorbis', 'audio/opus'],
  '.oga': ['audio/ogg', 'audio/vorbis', 'audio/opus'],
  '.wav': ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave'],
};

export const DEFAULT_AUDIO_MAX_MB = 30;

/** The largest audio file a stop may use, in bytes (WALK_AUDIO_MAX_MB megabytes of 1,000,000 bytes). */
export function audioMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.WALK_AUDIO_MAX_MB;
  const mb = raw === undefined || raw.trim() === '' ? DEFAULT_AUDIO_MAX_MB : Number(raw);
  return Number.isFinite(mb) && mb > 0 ? Math.round(mb * 1_000_000) : DEFAULT_AUDIO_MAX_MB * 1_000_000;
}

/** An upload as Strapi stores it: `size` is in kilobytes (1000 bytes), `ext` has its dot. */
export interface StoredFile {
  name?: string | null;
  ext?: string | null;
  mime?: string | null;
  size?: number | string | null;
}

const megabytes = (bytes: number) => (bytes / 1_000_000).toLocaleString('da-DK', { maximumFractionDigits: 1 });

/** Why this file cannot be a stop's audio, or null when it can. */
export function audioProblem(file: StoredFile, maxBytes = audioMaxBytes()): string | null {
  const name = file.name || 'lydfilen';
  const ext = (file.ext || (name.match(/\.[^.]+$/)?.[0] ?? '')).toLowerCase();
  const mime = (file.mime || '').toLowerCase().split(';')[0].trim();
  const allowed = AUDIO_FORMATS[ext];
  if (!allowed || !allowed.includes(mime)) {
    return (
      `Lydfilen «${name}» er ${mime ? `af typen ${mime}` : 'af en ukendt type'}${ext ? ` (${ext})` : ''}. ` +
      'Et stop kan kun bruge mp3, m4a, ogg eller wav: gem lyden i et af de formater, upload den igen og vælg den i feltet «audio».'
    );
  }
  const bytes = Math.round(Number(file.size ?? 0) * 1000);
  if (bytes > maxBytes) {
    return (
      `Lydfilen «${name}» fylder ${megabytes(bytes)} MB, men må højst fylde ${megabytes(maxBytes)} MB (WALK_AUDIO_MAX_MB). ` +
      'Gem den med en lavere bitrate (fx mp3 på 96 kbit/s til tale), upload den igen og vælg den i feltet «audio».'
    );
  }
  return null;
}

const LOCALE_NAMES: Record<string, string> = { da: 'den danske udgave', en: 'den engelske udgave' };
const localeName = (locale: string | null | undefined) => LOCALE_NAMES[locale ?? 'da'] ?? `udgaven «${locale}»`;

/** A stop version about to be published. */
export interface StopVersion {
  title?: string | null;
  locale?: string | null;
  transcript?: string | null;
  hasWalk: boolean;
}

/** Why this version cannot be published, as { field, message } pairs; empty when it can. */
export function publishProblems(stop: StopVersion): { path: string; message: string }[] {
  const title = stop.title?.trim() ? `«${stop.title.trim()}»` : 'uden titel';
  const problems: { path: string; message: string }[] = [];
  if (!stop.transcript || !stop.transcript.trim()) {
    problems.push({
      path: 'transcript',
      message:
        `Stoppet ${title} kan ikke udgives uden en udskrift (${localeName(stop.locale)}). ` +
        'Skriv det, der bliver sagt i lyden, i feltet «transcript», så de, der ikke kan høre lyden, også kan følge med. Gem og udgiv igen.',
    });
  }
  if (!stop.hasWalk) {
    problems.push({
      path: 'walk',
      message: `Stoppet ${title} hører ikke til nogen gåtur. Vælg gåturen i feltet «walk», gem og udgiv igen.`,
    });
  }
  return problems;
}
