/**
 * Benchmarks (not tests): prints each figure beside its target.
 *   npm run bench
 * Rules: evaluating every option for one person, and neededFacts, averaged over
 * 10,000 random valid answer sets (issue 3's targets: < 0.2 ms and < 0.5 ms).
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { evaluatePerson, neededFactsFor } from '../rules';
import { answersWithHostArb } from '../tests/support/arbitraries';

const RUNS = 10_000;
const AS_OF = '2026-11-28';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  met: boolean;
}

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

function benchRules(): Figure[] {
  const people = fc.sample(answersWithHostArb, { numRuns: RUNS, seed: 42 });
  const evaluate = timeEach(people, (p) => evaluatePerson(p, AS_OF));
  const needed = timeEach(people, (p) => neededFactsFor(p, AS_OF));
  return [
    { name: 'rules: evaluate all options for one person', value: evaluate, unit: 'ms', target: '< 0.2 ms', met: evaluate < 0.2 },
    { name: 'rules: neededFacts for one person', value: needed, unit: 'ms', target: '< 0.5 ms', met: needed < 0.5 },
  ];
}

function print(figures: Figure[]): void {
  for (const f of figures) {
    console.log(`${f.met ? 'MET ' : 'MISS'}  ${f.name}: ${f.value.toFixed(3)} ${f.unit} (target ${f.target})`);
  }
}

const figures = benchRules();
print(figures);
console.log(`${figures.filter((f) => f.met).length} of ${figures.length} targets met (over ${RUNS} random answer sets)`);
