/**
 * The interview around the current question: the question before it and the
 * ones above it.
 */
import type { FactKey } from '../rules';

/** The question before `current` on the path; null on the first question. */
export function previousQuestion(path: readonly FactKey[], current: FactKey): FactKey | null {
  const index = path.indexOf(current);
  const before = index === -1 ? path.length : index;
  return before > 0 ? (path[before - 1] ?? null) : null;
}

/** The earlier questions shown above the current one: the path up to it. */
export function earlierQuestions(path: readonly FactKey[], current: FactKey): FactKey[] {
  const index = path.indexOf(current);
  return index === -1 ? [...path] : path.slice(0, index);
}
