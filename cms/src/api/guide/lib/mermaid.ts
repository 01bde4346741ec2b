/**
 * A guide's flow as a Mermaid flowchart: questions as boxes, outcomes as
 * rounded boxes with the contact points and offers they name, answers as
 * labelled arrows ("none of these" answers dashed). Pure and deterministic, so
 * docs/guide.md can be regenerated and compared (cms/scripts/guide-diagram.mjs).
 *
 * Node ids are positional (q0, q1, o0, ...) so any key is safe; labels are
 * quoted and escaped with Mermaid's entity codes.
 */

export interface DiagramGuide {
  title?: string | null;
  start: string;
  questions: {
    key: string;
    text: string;
    kind?: string | null;
    answers: { label: string; next: string; none?: boolean | null }[];
  }[];
  outcomes: { key: string; title: string; names?: string[] }[];
}

const KIND: Record<string, Record<'da' | 'en', string>> = {
  multiple: { da: 'flere svar', en: 'several answers' },
  district: { da: 'bydel eller postnummer', en: 'district or postcode' },
};

/** Text for a quoted Mermaid label: entity codes for the characters Mermaid or HTML would read. */
export function mermaidText(text: string): string {
  return String(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"<>&|{}[\]]/g, (c) => `#${c.charCodeAt(0)};`);
}

export function toMermaid(guide: DiagramGuide, locale: 'da' | 'en' = 'da'): string {
  const ids = new Map<string, string>();
  guide.questions.forEach((q, i) => ids.set(q.key, `q${i}`));
  guide.outcomes.forEach((o, i) => ids.set(o.key, `o${i}`));
  const id = (key: string) => ids.get(key) ?? `missing_${mermaidText(key).replace(/[^a-z0-9_]/gi, '_')}`;

  const lines = ['flowchart TD'];
  if (guide.title) lines.push(`  %% ${mermaidText(guide.title)}`);
  lines.push(`  start((Start)) --> ${id(guide.start)}`);
  for (const q of guide.questions) {
    const kind = q.kind && KIND[q.kind] ? ` (${mermaidText(KIND[q.kind][locale])})` : '';
    lines.push(`  ${id(q.key)}["${mermaidText(q.key)}: ${mermaidText(q.text)}${kind}"]`);
  }
  for (const o of guide.outcomes) {
    const names = (o.names ?? []).filter(Boolean);
    const detail = names.length ? `<br/>${names.map(mermaidText).join(', ')}` : '';
    lines.push(`  ${id(o.key)}(["${mermaidText(o.key)}: ${mermaidText(o.title)}${detail}"])`);
  }
  for (const q of guide.questions) {
    for (const a of q.answers) {
      const arrow = a.none ? '-.->' : '-->';
      lines.push(`  ${id(q.key)} ${arrow}|"${mermaidText(a.label)}"| ${id(a.next)}`);
    }
  }
  lines.push('  classDef question fill:#e8f1f8,stroke:#005a8c,color:#1b1b1b');
  lines.push('  classDef outcome fill:#eaf5ea,stroke:#2e7d32,color:#1b1b1b');
  if (guide.questions.length) lines.push(`  class ${guide.questions.map((q) => id(q.key)).join(',')} question`);
  if (guide.outcomes.length) lines.push(`  class ${guide.outcomes.map((o) => id(o.key)).join(',')} outcome`);
  return `${lines.join('\n')}\n`;
}
