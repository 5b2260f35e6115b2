/**
 * Rules: evaluating every option for one person, and neededFacts, averaged
 * over 10,000 random valid answer sets (issue 3's targets: < 0.2 ms and
 * < 0.5 ms). In-process, no server.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { evaluatePerson, neededFactsFor } from '../../rules';
import { answersWithHostArb } from '../../tests/support/arbitraries';
import { judged, type Figure } from './figures';

export const RULES_RUNS = 10_000;
const AS_OF = '2026-11-28';

/** Mean time per item, the median of three rounds after a warm-up (single rounds swing on 2 shared cores). */
function timeEach<T>(items: readonly T[], fn: (item: T) => unknown): number {
  for (const item of items.slice(0, 3000)) fn(item); // warm up the JIT
  const rounds = [0, 1, 2].map(() => {
    const start = performance.now();
    for (const item of items) fn(item);
    return (performance.now() - start) / items.length;
  });
  return rounds.sort((a, b) => a - b)[1]!;
}

export function benchRules(): Figure[] {
  const people = fc.sample(answersWithHostArb, { numRuns: RULES_RUNS, seed: 42 });
  const evaluate = timeEach(people, (p) => evaluatePerson(p, AS_OF));
  const needed = timeEach(people, (p) => neededFactsFor(p, AS_OF));
  const over = `mean over ${RULES_RUNS} random answer sets, median of 3 rounds`;
  return [
    judged('rules', `evaluate all options for one person (${over})`, `${evaluate.toFixed(3)} ms`, '< 0.2 ms', evaluate < 0.2),
    judged('rules', `neededFacts for one person (${over})`, `${needed.toFixed(3)} ms`, '< 0.5 ms', needed < 0.5),
  ];
}
