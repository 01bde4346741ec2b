/**
 * The flow validator for "where do I turn" guides: a pure function from a
 * guide's questions and outcomes to a list of problems, each with a Danish
 * message that names the exact question (or outcome) by its key and text and
 * says what to do, and the path of the field in the admin's form.
 *
 * A valid flow:
 * - starts at a question (`startQuestion`),
 * - has unique keys (questions and outcomes share one name space) made of
 *   lowercase letters, digits, `-` and `_` (they travel in page URLs),
 * - every question has answers, and every answer leads (`next`) to a
 *   question or an outcome that exists: no dead ends, no unknown targets,
 * - has no loops, so every path ends in an outcome,
 * - every question and every outcome can be reached from the start,
 * - a multiple-choice question has exactly one "none of these" answer
 *   (`none`) and at least one ordinary answer; single-choice and district
 *   questions may have one,
 * - every ordinary answer of a district question names its districts or
 *   postcodes, and no district is in two answers,
 * - every outcome names at least one contact point or offer (checked when the
 *   caller knows the count).
 */

export interface FlowAnswer {
  label?: string | null;
  next?: string | null;
  /** The "none of these" answer: chosen on its own, never with others. */
  none?: boolean | null;
  /** District names and postcodes, comma- or newline-separated (or already a list). */
  districts?: string | string[] | null;
}

export interface FlowQuestion {
  key?: string | null;
  text?: string | null;
  kind?: string | null;
  answers?: FlowAnswer[] | null;
}

export interface FlowOutcome {
  key?: string | null;
  title?: string | null;
  /** How many contact points and offers the outcome names; leave out when unknown. */
  targets?: number;
}

export interface Flow {
  start?: string | null;
  questions?: FlowQuestion[] | null;
  outcomes?: FlowOutcome[] | null;
}

export type FlowProblemCode =
  | 'no-questions'
  | 'no-outcomes'
  | 'start-missing'
  | 'start-unknown'
  | 'start-outcome'
  | 'key-missing'
  | 'key-format'
  | 'duplicate-key'
  | 'no-answers'
  | 'dead-end'
  | 'unknown-target'
  | 'self-target'
  | 'duplicate-label'
  | 'no-none'
  | 'several-none'
  | 'only-none'
  | 'no-districts'
  | 'duplicate-district'
  | 'loop'
  | 'unreachable'
  | 'unused-outcome'
  | 'empty-outcome';

export interface FlowProblem {
  code: FlowProblemCode;
  /** Danish, for the editor: what is wrong, where, and what to do. */
  message: string;
  /** The field in the guide's form, e.g. `['questions', 2, 'answers', 0, 'next']`. */
  path: (string | number)[];
}

/** Keys travel in page URLs and Mermaid diagrams: lowercase letters, digits, `-` and `_`. */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

const KINDS: Record<string, string> = { single: 'enkeltvalg', multiple: 'flervalg', district: 'bydel eller postnummer' };

const q = (s: string) => `»${s}«`;
const clean = (s: string | null | undefined) => (typeof s === 'string' ? s.trim() : '');

/** District names and postcodes of an answer, normalised for comparison. */
export function districtList(value: string | string[] | null | undefined): string[] {
  const items = Array.isArray(value) ? value : String(value ?? '').split(/[,\n]/);
  return items.map((d) => d.trim()).filter(Boolean);
}

const normalise = (d: string) => d.toLocaleLowerCase('da').replace(/\s+/g, ' ');

export interface ValidateOptions {
  /** The flow is being published: offers count only when they are published themselves. */
  publishing?: boolean;
}

export function validateFlow(flow: Flow, options: ValidateOptions = {}): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const add = (code: FlowProblemCode, path: FlowProblem['path'], message: string) => problems.push({ code, path, message });

  const questions = flow.questions ?? [];
  const outcomes = flow.outcomes ?? [];

  /** "Spørgsmålet »key« (»text«)" or, without a key, "Spørgsmål nr. 3 (»text«)". */
  const nameQuestion = (question: FlowQuestion, index: number) => {
    const key = clean(question.key);
    const text = clean(question.text);
    return `${key ? `Spørgsmålet ${q(key)}` : `Spørgsmål nr. ${index + 1}`}${text ? ` (${q(text)})` : ''}`;
  };
  const nameOutcome = (outcome: FlowOutcome, index: number) => {
    const key = clean(outcome.key);
    const title = clean(outcome.title);
    return `${key ? `Resultatet ${q(key)}` : `Resultat nr. ${index + 1}`}${title ? ` (${q(title)})` : ''}`;
  };
  const nameAnswer = (answer: FlowAnswer, index: number) => {
    const label = clean(answer.label);
    return label ? `svaret ${q(label)}` : `svar nr. ${index + 1}`;
  };

  if (questions.length === 0) add('no-questions', ['questions'], 'Guiden har ingen spørgsmål. Tilføj mindst ét spørgsmål, og skriv dets nøgle i »startQuestion«.');
  if (outcomes.length === 0) add('no-outcomes', ['outcomes'], 'Guiden har ingen resultater, så ingen vej kan ende et sted. Tilføj mindst ét resultat med en kontakt eller et tilbud.');

  // Keys: present, well-formed and unique across questions and outcomes.
  const byKey = new Map<string, { type: 'question' | 'outcome'; index: number }>();
  const checkKey = (type: 'question' | 'outcome', key: string, index: number, name: string) => {
    const path = [type === 'question' ? 'questions' : 'outcomes', index, 'key'];
    if (!key) {
      add('key-missing', path, `${name} har ingen nøgle. Giv det en kort nøgle, fx »barn-behov«.`);
      return;
    }
    if (!KEY_PATTERN.test(key)) {
      add('key-format', path, `${name}: nøglen ${q(key)} må kun indeholde små bogstaver a-z, tal, bindestreg og understreg (fx »barn-behov«), fordi den bruges i sidens adresse.`);
    }
    const other = byKey.get(key);
    if (other) {
      const first = other.type === 'question' ? nameQuestion(questions[other.index], other.index) : nameOutcome(outcomes[other.index], other.index);
      add('duplicate-key', path, `${name} har nøglen ${q(key)}, som ${first} også har. Hver nøgle må kun bruges én gang: giv det ene en ny nøgle.`);
      return;
    }
    byKey.set(key, { type, index });
  };
  questions.forEach((question, i) => checkKey('question', clean(question.key), i, nameQuestion(question, i)));
  outcomes.forEach((outcome, i) => checkKey('outcome', clean(outcome.key), i, nameOutcome(outcome, i)));

  const isQuestion = (key: string) => byKey.get(key)?.type === 'question';
  const isOutcome = (key: string) => byKey.get(key)?.type === 'outcome';

  // The start.
  const start = clean(flow.start);
  let startOk = false;
  if (!start) {
    if (questions.length) add('start-missing', ['startQuestion'], 'Guiden har intet startspørgsmål. Skriv nøglen på det første spørgsmål i »startQuestion«.');
  } else if (isOutcome(start)) {
    add('start-outcome', ['startQuestion'], `Startspørgsmålet ${q(start)} er et resultat, ikke et spørgsmål. Skriv nøglen på det første spørgsmål i »startQuestion«.`);
  } else if (!isQuestion(start)) {
    add('start-unknown', ['startQuestion'], `Startspørgsmålet ${q(start)} findes ikke. Skriv nøglen på et af guidens spørgsmål i »startQuestion«${questions[0]?.key ? `, fx ${q(clean(questions[0].key))}` : ''}.`);
  } else {
    startOk = true;
  }

  // Questions and their answers.
  const edges = new Map<string, string[]>();
  questions.forEach((question, qi) => {
    const name = nameQuestion(question, qi);
    const key = clean(question.key);
    const answers = question.answers ?? [];
    const kind = question.kind ?? 'single';
    const targets: string[] = [];
    if (answers.length === 0) {
      add('no-answers', ['questions', qi, 'answers'], `${name} har ingen svar, så guiden går i stå her. Tilføj mindst ét svar, der fører videre til et spørgsmål eller et resultat.`);
    }
    const labels = new Map<string, number>();
    answers.forEach((answer, ai) => {
      const path = ['questions', qi, 'answers', ai];
      const next = clean(answer.next);
      const label = clean(answer.label);
      if (label) {
        const seen = labels.get(label.toLocaleLowerCase('da'));
        if (seen !== undefined) add('duplicate-label', [...path, 'label'], `${name} har to svar med teksten ${q(label)} (nr. ${seen + 1} og nr. ${ai + 1}). Gør teksterne forskellige, eller slet det ene.`);
        else labels.set(label.toLocaleLowerCase('da'), ai);
      }
      if (!next) {
        add('dead-end', [...path, 'next'], `${name}: ${nameAnswer(answer, ai)} fører ingen steder hen. Skriv nøglen på det næste spørgsmål eller et resultat i »next«.`);
      } else if (next === key) {
        add('self-target', [...path, 'next'], `${name}: ${nameAnswer(answer, ai)} fører tilbage til samme spørgsmål, så guiden går i ring. Lad svaret føre til et andet spørgsmål eller et resultat.`);
      } else if (!byKey.has(next)) {
        add('unknown-target', [...path, 'next'], `${name}: ${nameAnswer(answer, ai)} fører til ${q(next)}, som hverken er et spørgsmål eller et resultat i guiden. Ret »next« til en nøgle, der findes, eller opret ${q(next)}.`);
      } else {
        targets.push(next);
      }
    });
    if (key && byKey.get(key)?.index === qi && byKey.get(key)?.type === 'question') edges.set(key, targets);

    const noneAnswers = answers.filter((a) => !!a.none);
    const ordinary = answers.filter((a) => !a.none);
    if (kind === 'multiple' && answers.length > 0 && noneAnswers.length === 0) {
      add('no-none', ['questions', qi, 'answers'], `${name} er et flervalgsspørgsmål uden et »Ingen af disse«-svar. Tilføj et svar med »none« slået til (fx »Ingen af disse«), så man kan komme videre, når intet passer.`);
    }
    if (noneAnswers.length > 1) {
      add('several-none', ['questions', qi, 'answers'], `${name} har ${noneAnswers.length} »Ingen af disse«-svar. Der må kun være ét: slå »none« fra på de andre.`);
    }
    if (kind === 'multiple' && answers.length > 0 && ordinary.length === 0) {
      add('only-none', ['questions', qi, 'answers'], `${name} er et flervalgsspørgsmål med kun et »Ingen af disse«-svar. Tilføj de svar, man kan vælge imellem.`);
    }
    if (kind === 'district') {
      const owner = new Map<string, number>();
      answers.forEach((answer, ai) => {
        if (answer.none) return;
        const districts = districtList(answer.districts);
        if (districts.length === 0) {
          add('no-districts', ['questions', qi, 'answers', ai, 'districts'], `${name} spørger om ${KINDS.district}, men ${nameAnswer(answer, ai)} nævner ingen bydele eller postnumre. Skriv dem i »districts«, adskilt af komma (fx »Viby, 8260«).`);
        }
        for (const district of districts) {
          const first = owner.get(normalise(district));
          if (first !== undefined && first !== ai) {
            add('duplicate-district', ['questions', qi, 'answers', ai, 'districts'], `${name}: ${q(district)} står både i ${nameAnswer(answers[first], first)} og i ${nameAnswer(answer, ai)}. En bydel eller et postnummer må kun høre til ét svar.`);
          } else {
            owner.set(normalise(district), ai);
          }
        }
      });
    }
  });

  // Loops: depth-first search over every question; grey = on the current path.
  const colour = new Map<string, 'grey' | 'black'>();
  const reported = new Set<string>();
  const visit = (key: string, path: string[]) => {
    colour.set(key, 'grey');
    for (const next of edges.get(key) ?? []) {
      if (!isQuestion(next) || next === key) continue;
      if (colour.get(next) === 'grey') {
        const cycle = [...path.slice(path.indexOf(next)), key, next];
        const id = [...cycle.slice(0, -1)].sort().join(' ');
        if (reported.has(id)) continue;
        reported.add(id);
        const index = byKey.get(next)!.index;
        const answerIndex = (questions[byKey.get(key)!.index].answers ?? []).findIndex((a) => clean(a.next) === next);
        add(
          'loop',
          ['questions', byKey.get(key)!.index, 'answers', Math.max(0, answerIndex), 'next'],
          `${nameQuestion(questions[index], index)} indgår i en løkke: ${cycle.map(q).join(' → ')}. Så kan man gå i ring uden at nå et resultat. Lad et af svarene føre til et resultat eller et nyt spørgsmål i stedet.`,
        );
      } else if (!colour.has(next)) {
        visit(next, [...path, key]);
      }
    }
    colour.set(key, 'black');
  };
  for (const key of edges.keys()) if (!colour.has(key)) visit(key, []);

  // Reachability from the start (only meaningful when the start is right).
  if (startOk) {
    const reached = new Set<string>([start]);
    const queue = [start];
    while (queue.length) {
      const key = queue.shift()!;
      for (const next of edges.get(key) ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          if (isQuestion(next)) queue.push(next);
        }
      }
    }
    questions.forEach((question, qi) => {
      const key = clean(question.key);
      if (!key || byKey.get(key)?.index !== qi || reached.has(key)) return;
      add('unreachable', ['questions', qi, 'key'], `${nameQuestion(question, qi)} kan ikke nås: intet svar på vejen fra startspørgsmålet ${q(start)} fører dertil. Lad et svar føre til ${q(key)} i »next«, eller slet spørgsmålet.`);
    });
    outcomes.forEach((outcome, oi) => {
      const key = clean(outcome.key);
      if (!key || byKey.get(key)?.type !== 'outcome' || byKey.get(key)?.index !== oi || reached.has(key)) return;
      add('unused-outcome', ['outcomes', oi, 'key'], `${nameOutcome(outcome, oi)} kan ikke nås: intet svar på vejen fra startspørgsmålet ${q(start)} fører dertil. Lad et svar føre til ${q(key)} i »next«, eller slet resultatet.`);
    });
  }

  // Outcomes must name someone to turn to.
  outcomes.forEach((outcome, oi) => {
    if (outcome.targets === 0) {
      add('empty-outcome', ['outcomes', oi, 'contactPoints'], `${nameOutcome(outcome, oi)} nævner hverken en kontakt eller et tilbud. Vælg mindst én i »contactPoints« eller »offers«${options.publishing ? ' (et tilbud tæller først med, når det selv er udgivet)' : ''}.`);
    }
  });

  return problems;
}

/** One message for all problems, for a toast in the admin: the first few, then how many more. */
export function summarise(problems: FlowProblem[], lead: string, max = 5): string {
  const shown = problems.slice(0, max).map((p, i) => `${i + 1}) ${p.message}`);
  const more = problems.length > max ? ` … og ${problems.length - max} fejl mere.` : '';
  return `${lead} ${problems.length === 1 ? 'Der er 1 fejl' : `Der er ${problems.length} fejl`}: ${shown.join(' ')}${more}`;
}
