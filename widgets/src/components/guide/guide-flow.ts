import type { Guide, GuideOutcome, GuideQuestion } from '../../base/api-types.js';

/**
 * The guide's flow, without any DOM: where a list of answers leads, how many
 * questions may be left, and how answers travel in a page URL.
 *
 * An answer is identified by where it leads (its `next` key), not by its
 * position, so a shared link keeps its meaning when an editor reorders or
 * rewords the answers. A multiple-choice step may hold several choices: the
 * guide then follows each chosen branch in turn (in the editor's order) and
 * the result shows every outcome reached.
 */

/** One answered question. `question` is empty when it came from a URL (it is implied by the order). */
export interface Step {
  question: string;
  choices: string[];
}

export interface FlowPosition {
  /** The steps that fit the flow, in order (a URL or an edit may have had more). */
  steps: Step[];
  /** The question to ask next, or null when the guide has ended. */
  question: GuideQuestion | null;
  /** Every outcome reached so far, in order, each once. */
  outcomes: GuideOutcome[];
  /** Branches chosen in a multiple-choice question that are still to be followed. */
  pending: string[];
}

const MAX_STEPS = 200;

export function questionOf(guide: Guide, key: string): GuideQuestion | undefined {
  return guide.questions.find((q) => q.key === key);
}

export function outcomeOf(guide: Guide, key: string): GuideOutcome | undefined {
  return guide.outcomes.find((o) => o.key === key);
}

/** The answers of `question` a step's choices stand for (the first answer leading to each key), or null if they do not fit. */
export function chosenAnswers(question: GuideQuestion, choices: readonly string[]): GuideQuestion['answers'] | null {
  if (choices.length === 0 || new Set(choices).size !== choices.length) return null;
  const answers = choices.map((next) => question.answers.find((a) => a.next === next));
  if (answers.some((a) => !a)) return null;
  const chosen = answers as GuideQuestion['answers'];
  if (question.kind !== 'multiple' && chosen.length !== 1) return null;
  if (chosen.length > 1 && chosen.some((a) => a.none)) return null;
  // In the editor's order, so the branches are followed the same way however they were clicked.
  return question.answers.filter((a) => chosen.includes(a));
}

/** Follows `steps` from the start; stops at the first step that does not fit. */
export function replay(guide: Guide, steps: readonly Step[]): FlowPosition {
  const taken: Step[] = [];
  const outcomes: GuideOutcome[] = [];
  const seen = new Set<string>();
  const pending: string[] = [];
  let node: string | undefined = guide.start;
  let question: GuideQuestion | null = null;

  for (let guard = 0; node !== undefined && guard < MAX_STEPS; guard += 1) {
    if (seen.has(node)) {
      node = pending.shift();
      continue;
    }
    seen.add(node);
    const outcome = outcomeOf(guide, node);
    if (outcome) {
      outcomes.push(outcome);
      node = pending.shift();
      continue;
    }
    const current = questionOf(guide, node);
    if (!current) {
      // A broken flow (the CMS refuses these): skip the unknown key.
      node = pending.shift();
      continue;
    }
    const step = steps[taken.length];
    const answers = step && (!step.question || step.question === current.key) ? chosenAnswers(current, step.choices) : null;
    if (!answers) {
      question = current;
      break;
    }
    const targets = [...new Set(answers.map((a) => a.next))];
    taken.push({ question: current.key, choices: targets });
    node = targets[0];
    pending.unshift(...targets.slice(1));
  }
  return { steps: taken, question, outcomes, pending: question ? [...pending] : [] };
}

/** How many questions are at least and at most still to answer from `key` (counting it). */
export function questionsLeft(guide: Guide, keys: readonly string[]): { min: number; max: number } {
  const memo = new Map<string, { min: number; max: number }>();
  const busy = new Set<string>();
  const from = (key: string): { min: number; max: number } => {
    const known = memo.get(key);
    if (known) return known;
    const q = questionOf(guide, key);
    if (!q || busy.has(key) || q.answers.length === 0) return { min: 0, max: 0 };
    busy.add(key);
    const each = q.answers.map((a) => ({ answer: a, left: from(a.next) }));
    busy.delete(key);
    const min = 1 + Math.min(...each.map((e) => e.left.min));
    let max: number;
    if (q.kind === 'multiple') {
      // Several branches may be followed: at most all the ordinary ones (or the "none" branch).
      const distinct = new Map<string, number>();
      for (const e of each) if (!e.answer.none) distinct.set(e.answer.next, e.left.max);
      const all = [...distinct.values()].reduce((sum, n) => sum + n, 0);
      max = 1 + Math.max(all, ...each.filter((e) => e.answer.none).map((e) => e.left.max));
    } else {
      max = 1 + Math.max(...each.map((e) => e.left.max));
    }
    const result = { min, max };
    memo.set(key, result);
    return result;
  };
  return keys.reduce((sum, key) => {
    const left = from(key);
    return { min: sum.min + left.min, max: sum.max + left.max };
  }, { min: 0, max: 0 });
}

const SAFE = /^[a-z0-9_-]+$/;
const encodeKey = (key: string) => (SAFE.test(key) ? key : encodeURIComponent(key));

/** Steps as a readable URL value: `ide-behov/lokaler,penge` (steps by `/`, several choices by `,`). */
export function encodeSteps(steps: readonly Step[]): string {
  return steps.map((s) => s.choices.map(encodeKey).join(',')).join('/');
}

/** The inverse of {@link encodeSteps}; the question of each step is left empty (replay fills it in). */
export function decodeSteps(value: string | null | undefined): Step[] {
  if (!value) return [];
  return value
    .split('/')
    .slice(0, MAX_STEPS)
    .map((part) => ({
      question: '',
      choices: part
        .split(',')
        .map((c) => {
          try {
            return decodeURIComponent(c).trim();
          } catch {
            return '';
          }
        })
        .filter(Boolean),
    }));
}

/** Whether `a` and `b` hold the same choices for their first `count` steps. */
export function samePrefix(a: readonly Step[], b: readonly Step[], count: number): boolean {
  if (a.length < count || b.length < count) return false;
  for (let i = 0; i < count; i += 1) {
    if (a[i].choices.join(',') !== b[i].choices.join(',')) return false;
  }
  return true;
}

/** Normalises a place typed by the citizen, and a district from the CMS, for comparison. */
export const normalisePlace = (place: string) => place.trim().toLocaleLowerCase('da').replace(/\s+/g, ' ');

/** The answer of a district question whose districts or postcodes include `place`. */
export function answerForPlace(question: GuideQuestion, place: string): GuideQuestion['answers'][number] | undefined {
  const wanted = normalisePlace(place);
  if (!wanted) return undefined;
  return question.answers.find((a) => !a.none && a.districts.some((d) => normalisePlace(d) === wanted));
}
