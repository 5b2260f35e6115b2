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

const RULES_RUNS = 10_000;
const AS_OF = '2026-11-28';

interface Timing {
  /** Wall-clock ms per item: the figure judged against the target. */
  wall: number;
  /** This process's CPU ms per item (process.cpuUsage): hardly moved by other work on the machine. */
  cpu: number;
}

/** Mean time per item, the median of three rounds after a warm-up (single rounds swing on 2 shared cores). */
function timeEach<T>(items: readonly T[], fn: (item: T) => unknown): Timing {
  for (const item of items.slice(0, 3000)) fn(item); // warm up the JIT
  const rounds = [0, 1, 2].map(() => {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (const item of items) fn(item);
    const cpu = process.cpuUsage(cpuStart);
    return { wall: (performance.now() - start) / items.length, cpu: (cpu.user + cpu.system) / 1000 / items.length };
  });
  const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;
  return { wall: median(rounds.map((r) => r.wall)), cpu: median(rounds.map((r) => r.cpu)) };
}

export function benchRules(): Figure[] {
  const people = fc.sample(answersWithHostArb, { numRuns: RULES_RUNS, seed: 42 });
  const evaluate = timeEach(people, (p) => evaluatePerson(p, AS_OF));
  const needed = timeEach(people, (p) => neededFactsFor(p, AS_OF));
  const over = `mean over ${RULES_RUNS} random answer sets, median of 3 rounds`;
  const cpu = (t: Timing) => `${t.wall.toFixed(3)} ms (CPU time ${t.cpu.toFixed(3)} ms)`;
  return [
    judged('rules', `evaluate all options for one person (${over})`, cpu(evaluate), '< 0.2 ms', evaluate.wall < 0.2),
    judged('rules', `neededFacts for one person (${over})`, cpu(needed), '< 0.5 ms', needed.wall < 0.5),
  ];
}
