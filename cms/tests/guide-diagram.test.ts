import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mermaidText, toMermaid } from '../src/api/guide/lib/mermaid';

/** The Mermaid generator, and docs/guide.md kept true to the seeded guides. */
describe('guide diagram', () => {
  it('draws questions, outcomes and answers, dashing "none of these"', () => {
    const text = toMermaid({
      start: 'a',
      questions: [
        { key: 'a', text: 'Hvad søger du?', kind: 'multiple', answers: [{ label: 'Råd', next: 'r' }, { label: 'Ingen af disse', next: 'x', none: true }] },
      ],
      outcomes: [
        { key: 'r', title: 'Få råd', names: ['Frivilligcenter Aarhus'] },
        { key: 'x', title: 'Borgerservice' },
      ],
    });
    expect(text.split('\n')).toEqual([
      'flowchart TD',
      '  start((Start)) --> q0',
      '  q0["a: Hvad søger du? (flere svar)"]',
      '  o0(["r: Få råd<br/>Frivilligcenter Aarhus"])',
      '  o1(["x: Borgerservice"])',
      '  q0 -->|"Råd"| o0',
      '  q0 -.->|"Ingen af disse"| o1',
      '  classDef question fill:#e8f1f8,stroke:#005a8c,color:#1b1b1b',
      '  classDef outcome fill:#eaf5ea,stroke:#2e7d32,color:#1b1b1b',
      '  class q0 question',
      '  class o0,o1 outcome',
      '',
    ]);
  });

  it('escapes what Mermaid or HTML would read in a label', () => {
    expect(mermaidText('Sig "hej" <b>|{}[]# & farvel\n igen')).toBe('Sig #34;hej#34; #60;b#62;#124;#123;#125;#91;#93;#35; #38; farvel igen');
  });

  it('docs/guide.md shows the seeded guides as they are', () => {
    const script = path.resolve('scripts/guide-diagram.mjs');
    const out = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(out).toContain('up to date');
    const doc = readFileSync(path.resolve('../docs/guide.md'), 'utf8');
    expect(doc).toContain('q2["forening-behov: Hvad søger foreningen? (flere svar)"]');
  });
});
