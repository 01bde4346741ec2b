import { describe, expect, it } from 'vitest';
import { summarise, validateFlow, type Flow } from '../../src/api/guide/lib/validate-flow';
import { guides } from '../../src/seed/data/guide';

/** A small valid flow: start -> (idea | help); help -> two outcomes. */
function flow(): Flow {
  return {
    start: 'start',
    questions: [
      {
        key: 'start',
        text: 'Hvad kan vi hjælpe dig med?',
        kind: 'single',
        answers: [
          { label: 'Jeg har en idé', next: 'ide' },
          { label: 'Jeg søger hjælp', next: 'hjaelp' },
        ],
      },
      {
        key: 'hjaelp',
        text: 'Hvad har du brug for?',
        kind: 'multiple',
        answers: [
          { label: 'Lektiehjælp', next: 'lektier' },
          { label: 'Nogen at tale med', next: 'tale' },
          { label: 'Ingen af disse', next: 'borgerservice', none: true },
        ],
      },
    ],
    outcomes: [
      { key: 'ide', title: 'Få sparring', targets: 1 },
      { key: 'lektier', title: 'Lektiehjælp', targets: 2 },
      { key: 'tale', title: 'Nogen at tale med', targets: 1 },
      { key: 'borgerservice', title: 'Borgerservice', targets: 1 },
    ],
  };
}

const codes = (f: Flow) => validateFlow(f).map((p) => p.code);

describe('validateFlow', () => {
  it('accepts a valid flow', () => {
    expect(validateFlow(flow())).toEqual([]);
  });

  it.each(guides.flatMap((g) => (['da', 'en'] as const).map((locale) => [g.slug, locale, g] as const)))(
    'accepts the seeded guide %s (%s)',
    (_slug, locale, g) => {
      const f: Flow = {
        start: g.startQuestion,
        questions: g[locale].questions,
        outcomes: g[locale].outcomes.map((o) => ({ ...o, targets: o.contactPoints.length + o.offers.length })),
      };
      expect(validateFlow(f)).toEqual([]);
    },
  );

  it('finds a dead end: an answer that leads nowhere, naming the question by key and text', () => {
    const f = flow();
    f.questions![0].answers![1].next = '';
    const problems = validateFlow(f);
    expect(problems[0]).toMatchObject({ code: 'dead-end', path: ['questions', 0, 'answers', 1, 'next'] });
    expect(problems[0].message).toContain('»start«');
    expect(problems[0].message).toContain('»Hvad kan vi hjælpe dig med?«');
    expect(problems[0].message).toContain('»Jeg søger hjælp«');
    // The question behind it can no longer be reached either.
    expect(problems.map((p) => p.code)).toContain('unreachable');
  });

  it('finds a question without answers', () => {
    const f = flow();
    f.questions![1].answers = [];
    const problems = validateFlow(f);
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['no-answers']));
    const noAnswers = problems.find((p) => p.code === 'no-answers')!;
    expect(noAnswers.path).toEqual(['questions', 1, 'answers']);
    expect(noAnswers.message).toMatch(/Spørgsmålet »hjaelp« \(»Hvad har du brug for\?«\) har ingen svar/);
  });

  it('finds an unknown target and says which key is missing', () => {
    const f = flow();
    f.questions![1].answers![0].next = 'lektie';
    const problems = validateFlow(f);
    const unknown = problems.find((p) => p.code === 'unknown-target')!;
    expect(unknown.path).toEqual(['questions', 1, 'answers', 0, 'next']);
    expect(unknown.message).toContain('»lektie«');
    expect(unknown.message).toContain('»hjaelp«');
    // "lektier" is now an orphan outcome.
    expect(problems.find((p) => p.code === 'unused-outcome')?.message).toContain('»lektier«');
  });

  it('finds a loop over several questions and names the whole cycle', () => {
    const f = flow();
    f.questions!.push(
      { key: 'a', text: 'Spørgsmål A', kind: 'single', answers: [{ label: 'videre', next: 'b' }] },
      { key: 'b', text: 'Spørgsmål B', kind: 'single', answers: [{ label: 'tilbage', next: 'a' }, { label: 'slut', next: 'ide' }] },
    );
    f.questions![0].answers!.push({ label: 'Noget tredje', next: 'a' });
    const problems = validateFlow(f);
    expect(problems.map((p) => p.code)).toEqual(['loop']);
    expect(problems[0].message).toContain('»a« → »b« → »a«');
    expect(problems[0].path).toEqual(['questions', 3, 'answers', 0, 'next']);
  });

  it('finds an answer that leads back to its own question', () => {
    const f = flow();
    f.questions![1].answers![1].next = 'hjaelp';
    expect(codes(f)).toEqual(expect.arrayContaining(['self-target', 'unused-outcome']));
  });

  it('finds orphans: questions and outcomes that cannot be reached from the start', () => {
    const f = flow();
    f.questions!.push({ key: 'glemt', text: 'Et glemt spørgsmål', kind: 'single', answers: [{ label: 'ok', next: 'ekstra' }] });
    f.outcomes!.push({ key: 'ekstra', title: 'Ekstra', targets: 1 }, { key: 'alene', title: 'Helt alene', targets: 1 });
    const problems = validateFlow(f);
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['unreachable', 'questions.2.key'],
      ['unused-outcome', 'outcomes.4.key'],
      ['unused-outcome', 'outcomes.5.key'],
    ]);
    expect(problems[0].message).toContain('Spørgsmålet »glemt« (»Et glemt spørgsmål«) kan ikke nås');
  });

  it('finds duplicate keys, also between a question and an outcome', () => {
    const f = flow();
    f.outcomes![0].key = 'hjaelp';
    const problems = validateFlow(f);
    expect(problems[0]).toMatchObject({ code: 'duplicate-key', path: ['outcomes', 0, 'key'] });
    expect(problems[0].message).toContain('Spørgsmålet »hjaelp« (»Hvad har du brug for?«)');
  });

  it('finds keys that cannot travel in a URL, and missing keys', () => {
    const f = flow();
    f.outcomes![1].key = 'Lektie Hjælp';
    f.outcomes![2].key = '';
    expect(codes(f)).toEqual(expect.arrayContaining(['key-format', 'key-missing']));
  });

  it('needs a "none of these" answer, and only one, in a multiple-choice question', () => {
    const f = flow();
    f.questions![1].answers!.pop();
    f.outcomes!.pop();
    const problems = validateFlow(f);
    expect(problems.map((p) => p.code)).toEqual(['no-none']);
    expect(problems[0].message).toContain('»hjaelp«');
    expect(problems[0].message).toContain('Ingen af disse');

    const g = flow();
    g.questions![1].answers![0].none = true;
    expect(codes(g)).toEqual(['several-none']);

    const h = flow();
    h.questions![1].answers = [{ label: 'Ingen af disse', next: 'borgerservice', none: true }];
    h.outcomes = h.outcomes!.filter((o) => ['ide', 'borgerservice'].includes(o.key!));
    expect(codes(h)).toEqual(['only-none']);
  });

  it('checks the start question', () => {
    expect(codes({ ...flow(), start: '' })).toEqual(['start-missing']);
    expect(codes({ ...flow(), start: 'begynd' })).toEqual(['start-unknown']);
    expect(codes({ ...flow(), start: 'ide' })).toEqual(['start-outcome']);
  });

  it('checks the districts of a district question', () => {
    const f = flow();
    f.questions![0].answers!.push({ label: 'Jeg vil være frivillig', next: 'omraade' });
    f.questions!.push({
      key: 'omraade',
      text: 'Hvor bor du?',
      kind: 'district',
      answers: [
        { label: 'Nord', next: 'ide', districts: 'Lystrup, 8520' },
        { label: 'Syd', next: 'tale', districts: 'Viby, 8520' },
        { label: 'Vest', next: 'tale', districts: '' },
        { label: 'Ved ikke', next: 'borgerservice', none: true },
      ],
    });
    const problems = validateFlow(f);
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['duplicate-district', 'questions.2.answers.1.districts'],
      ['no-districts', 'questions.2.answers.2.districts'],
    ]);
    expect(problems[0].message).toContain('»8520«');
  });

  it('needs every outcome to name a contact point or an offer, when the count is known', () => {
    const f = flow();
    f.outcomes![2].targets = 0;
    expect(validateFlow(f)).toMatchObject([{ code: 'empty-outcome', path: ['outcomes', 2, 'contactPoints'] }]);
    delete f.outcomes![2].targets;
    expect(validateFlow(f)).toEqual([]);
    f.outcomes![2].targets = 0;
    expect(validateFlow(f, { publishing: true })[0].message).toContain('udgivet');
  });

  it('reports an empty guide', () => {
    expect(codes({ start: '', questions: [], outcomes: [] })).toEqual(['no-questions', 'no-outcomes']);
  });

  it('summarises the problems for one notification', () => {
    const f = flow();
    for (const a of f.questions![0].answers!) a.next = '';
    const problems = validateFlow(f);
    const text = summarise(problems, 'Guiden kan ikke gemmes.', 2);
    expect(text.startsWith(`Guiden kan ikke gemmes. Der er ${problems.length} fejl: 1) `)).toBe(true);
    expect(text).toContain(`og ${problems.length - 2} fejl mere`);
  });
});
