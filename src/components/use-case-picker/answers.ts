/**
 * The picker's answers as text, for the `value` attribute and the URL:
 * `project-size:small,deadline:tight`. A question with several answers repeats
 * (`needs:ssr,needs:small-bundles`); a skipped question is `deadline:-` (no id can be `-`).
 */
import type { DecisionQuestion } from '../../data/types.js';
import type { Answers } from './scoring.js';

export const SKIPPED = '-';

/** The query parameter `sync-url` reads and writes unless `url-param` names another. */
export const URL_PARAM = 'versus-answers';

export interface ParsedAnswers {
  answers: Answers;
  skipped: Set<string>;
  /** The first `question:answer` pair that names no question or answer of the data. */
  unknown?: { question: string; answer: string };
}

export function parseAnswers(value: string | null | undefined, questions: readonly DecisionQuestion[]): ParsedAnswers {
  const answers: Answers = {};
  const skipped = new Set<string>();
  let unknown: ParsedAnswers['unknown'];
  for (const pair of (value ?? '').split(',')) {
    if (!pair.trim()) continue;
    const [questionId = '', answerId = ''] = pair.trim().split(':').map((part) => part.trim());
    const question = questions.find((q) => q.id === questionId);
    if (question && answerId === SKIPPED) {
      skipped.add(question.id);
    } else if (question?.answers.some((a) => a.id === answerId)) {
      const chosen = question.multiple ? (answers[question.id] ?? []) : [];
      if (!chosen.includes(answerId)) answers[question.id] = [...chosen, answerId];
      skipped.delete(question.id);
    } else {
      unknown ??= { question: questionId, answer: answerId };
    }
  }
  return { answers, skipped, unknown };
}

export function serializeAnswers(answers: Answers, skipped: ReadonlySet<string>, questions: readonly DecisionQuestion[]): string {
  const pairs: string[] = [];
  for (const question of questions) {
    const chosen = answers[question.id] ?? [];
    if (chosen.length) pairs.push(...chosen.map((answer) => `${question.id}:${answer}`));
    else if (skipped.has(question.id)) pairs.push(`${question.id}:${SKIPPED}`);
  }
  return pairs.join(',');
}

/** `search` with the answers set (or removed when empty), keeping `:` and `,` readable. */
export function withAnswersParam(search: string, value: string, param = URL_PARAM): string {
  const params = new URLSearchParams(search);
  if (value) params.set(param, value);
  else params.delete(param);
  // `:` and `,` are valid in a query; decoding them keeps shared links legible.
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

/** The answers in the page URL, or null. Browser-only. */
export const readUrlAnswers = (param: string): string | null => new URLSearchParams(location.search).get(param);

/** Puts the answers in the page URL without adding a history entry. Browser-only. */
export function writeUrlAnswers(value: string, param: string): void {
  history.replaceState(history.state, '', `${location.pathname}${withAnswersParam(location.search, value, param)}${location.hash}`);
}
