/**
 * The picker's arithmetic, free of DOM and Lit so it can be tested on its own: chosen answers in,
 * scores, a ranking, an honest strength and the reasons on each side out.
 */
import type { DecisionQuestion, DecisionReason, Subject } from '../../data/types.js';

/** Chosen answer ids per question id. A question that is absent, or maps to `[]`, is unanswered. */
export type Answers = Record<string, string[]>;

export type Strength = 'clear-fit' | 'leaning' | 'either-fits';

/**
 * A lead of at least this many points over the runner-up is a "clear fit", provided at least half
 * of the questions were answered; anything less is "leaning".
 */
export const CLEAR_FIT_MARGIN = 3;

/** A reason from a chosen answer; `speaksFor` is false when that answer weighs against its subject. */
export interface ScoredReason extends DecisionReason {
  speaksFor: boolean;
}

export interface Recommendation {
  /** The recommended subject: the top score, the first in dataset order on a tie. */
  subject: string;
  strength: Strength;
  /** Every subject tied for the top score (one id unless the strength is `either-fits`). */
  leaders: string[];
  /** The best subject below the leaders, if any. */
  runnerUp?: string;
  scores: Record<string, number>;
  /** Subject ids from the highest score to the lowest; ties keep dataset order. */
  ranking: string[];
  /** Every reason of every chosen answer, in question order. */
  reasons: ScoredReason[];
  /** How many questions have an answer. */
  answered: number;
}

/**
 * Adds up the weights of the chosen answers per subject. A reason counts as speaking for its
 * subject when the answer gives that subject a positive weight, and against it otherwise (the
 * article's "sledgehammer to crack a nut" sits on an answer that weighs against Django).
 */
export function recommend(subjects: readonly Subject[], questions: readonly DecisionQuestion[], answers: Answers): Recommendation {
  const scores: Record<string, number> = Object.fromEntries(subjects.map((s) => [s.id, 0]));
  const reasons: ScoredReason[] = [];
  let answered = 0;
  for (const question of questions) {
    const chosen = question.answers.filter((a) => answers[question.id]?.includes(a.id));
    if (chosen.length) answered++;
    for (const answer of chosen) {
      const weightOf = (subject: string) => answer.weights.find((w) => w.subject === subject)?.weight ?? 0;
      for (const id of Object.keys(scores)) scores[id] += weightOf(id);
      for (const reason of answer.reasons ?? []) reasons.push({ ...reason, speaksFor: weightOf(reason.subject) > 0 });
    }
  }
  // Weights may have decimals: 0.1 + 0.2 must tie with 0.3, and show as 0.3.
  for (const id of Object.keys(scores)) scores[id] = Math.round(scores[id] * 1e6) / 1e6;
  const order = subjects.map((s) => s.id);
  const ranking = [...order].sort((a, b) => scores[b] - scores[a] || order.indexOf(a) - order.indexOf(b));
  const top = scores[ranking[0]];
  const leaders = ranking.filter((id) => scores[id] === top);
  const runnerUp = ranking.find((id) => !leaders.includes(id));
  const margin = runnerUp === undefined ? 0 : top - scores[runnerUp];
  const clear = margin >= CLEAR_FIT_MARGIN && answered * 2 >= questions.length;
  const strength: Strength = leaders.length > 1 || runnerUp === undefined ? 'either-fits' : clear ? 'clear-fit' : 'leaning';
  return { subject: ranking[0], strength, leaders, runnerUp, scores, ranking, reasons, answered };
}

/** Reasons that back `subject`: those for it, then those against `other` (if given). */
export function reasonsFor(recommendation: Recommendation, subject: string, other?: string): ScoredReason[] {
  const { reasons } = recommendation;
  return [
    ...reasons.filter((r) => r.subject === subject && r.speaksFor),
    ...(other === undefined ? [] : reasons.filter((r) => r.subject === other && !r.speaksFor)),
  ];
}

/** The reasons behind the result: for each leader, and against the runner-up unless it is a tie. */
export function resultReasons(rec: Recommendation): ScoredReason[] {
  return rec.leaders.flatMap((id) => reasonsFor(rec, id, rec.strength === 'either-fits' ? undefined : rec.runnerUp));
}
