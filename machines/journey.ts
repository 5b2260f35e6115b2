import { neededFactsFor, type FactKey, type Facts } from '../rules';

/**
 * The interview as a pure function of the answers: replay the questions in the
 * order the rules ask for them, keeping each stored answer that is still on the
 * path. Answers that a change has taken off the path are pruned, so they can
 * never reach the evaluation, the results or the print.
 */
export interface Journey {
  /** Questions answered, in the order they were (or would be) asked. */
  path: FactKey[];
  /** The next question to ask, or null when nothing more can change an option. */
  next: FactKey | null;
  /** The answers on the path: the only ones evaluated. */
  answers: Facts;
  /** Keys that were stored but no longer matter. */
  pruned: FactKey[];
}

const MAX_QUESTIONS = 64;

export function resolveJourney(stored: Facts, asOf: string): Journey {
  const answers: Facts = {};
  const path: FactKey[] = [];
  for (let i = 0; i <= MAX_QUESTIONS; i++) {
    const needed = neededFactsFor(answers, asOf);
    // Answers given after a question that a change has just made necessary are
    // kept (the person need not give them again) as long as the rules still
    // need them; only answers no rule needs any more are pruned.
    const known = needed.find((k) => stored[k] !== undefined);
    if (known === undefined) {
      const pruned = (Object.keys(stored) as FactKey[]).filter((k) => !(k in answers));
      return { path, next: needed[0] ?? null, answers, pruned };
    }
    (answers as Record<string, unknown>)[known] = stored[known];
    path.push(known);
  }
  throw new Error('the interview did not settle: a rule keeps asking for facts');
}
