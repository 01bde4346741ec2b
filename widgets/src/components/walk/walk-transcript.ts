import type { Block, Inline, RichText } from '../../base/api-types.js';

/**
 * Timed transcripts. A transcript paragraph that starts with a time in square
 * brackets, `[mm:ss]` or `[h:mm:ss]`, is the passage spoken from that point in
 * the audio until the next timed paragraph:
 *
 *     [00:00] Velkommen til Frivillighed i ørerne.
 *
 *     [00:42] Det begyndte med et møde.
 *
 * Untimed paragraphs belong to the timed passage before them. A transcript
 * without times is shown as it is, with nothing highlighted.
 */
export interface Passage {
  /** The blocks of this passage, the time marker removed. */
  blocks: Block[];
  /** Start in seconds, or null for the untimed lead-in before the first time. */
  start: number | null;
}

const MARKER = /^\s*\[(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)\]\s*/;

/** The time a paragraph starts with, and the paragraph without it; null when it has none. */
function timed(block: Block): { start: number; block: Block } | null {
  if (block.type !== 'paragraph') return null;
  const first = block.children[0];
  if (!first || first.type !== 'text') return null;
  const match = MARKER.exec(first.text);
  if (!match) return null;
  const start = Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  const rest = first.text.slice(match[0].length);
  const children: Inline[] = rest ? [{ type: 'text', text: rest }, ...block.children.slice(1)] : block.children.slice(1);
  return { start, block: { type: 'paragraph', children } };
}

/** Splits a transcript into passages; `timed` is false when no paragraph has a time. */
export function passages(transcript: RichText): { timed: boolean; passages: Passage[] } {
  const out: Passage[] = [];
  let any = false;
  for (const block of Array.isArray(transcript) ? transcript : []) {
    const t = timed(block);
    if (t) {
      any = true;
      out.push({ start: t.start, blocks: [t.block] });
    } else if (out.length) {
      out[out.length - 1]!.blocks.push(block);
    } else {
      out.push({ start: null, blocks: [block] });
    }
  }
  return { timed: any, passages: out };
}

/** The index of the passage being spoken at `seconds`, or -1 before the first timed one. */
export function passageAt(list: Passage[], seconds: number): number {
  let found = -1;
  list.forEach((p, i) => {
    if (p.start !== null && p.start <= seconds + 0.05) found = i;
  });
  return found;
}

/** 75 -> "1:15", 3725 -> "1:02:05". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
