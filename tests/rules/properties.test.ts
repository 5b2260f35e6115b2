import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePerson, FACT_KEYS, FactsSchema, neededFactsFor, REGISTRY, type Condition, type FactKey, type Facts } from '../../rules';
import { answersArb, answersWithHostArb, asOfArb, factValue } from '../support/arbitraries';

describe('the evaluator on any valid answers', () => {
  it('generates only answers the schema accepts', () => {
    fc.assert(fc.property(answersArb, (facts) => FactsSchema.safeParse(facts).success), { numRuns: 300 });
  });

  // Each run evaluates every option of a country, Ukraine and the hubs: allow for a loaded machine.
  it('is total: every option of every rule set gets a status, never an exception', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(answersWithHostArb, asOfArb, (facts, asOf) => {
        const { results } = evaluatePerson(facts, asOf);
        for (const r of results) {
          expect(['eligible', 'maybe', 'not-eligible', 'info']).toContain(r.status);
          if (r.status === 'not-eligible') expect(r.reasons.some((x) => x.result === 'not-met')).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never changes a decided status when an unasked question is answered', () => {
    // Facts read with `absentMeans` (an unasked nationality reads as Ukrainian)
    // are the documented exception (ADR 14): their question is asked whenever it matters.
    const defaulted = factsReadWithDefault();
    const withExtraAnswer = answersWithHostArb.chain((facts) => {
      const unasked = FACT_KEYS.filter((k) => facts[k] === undefined && k !== 'hostCountry' && !defaulted.has(k));
      if (unasked.length === 0) return fc.constant([facts, facts] as const);
      return fc
        .constantFrom(...unasked)
        .chain((key) => factValue(key).map((value) => [facts, { ...facts, [key]: value } as Facts & typeof facts] as const));
    });
    fc.assert(
      fc.property(withExtraAnswer, asOfArb, ([before, after], asOf) => {
        const was = new Map(evaluatePerson(before, asOf).results.map((r) => [r.id, r.status]));
        for (const r of evaluatePerson(after, asOf).results) {
          const earlier = was.get(r.id);
          if (earlier === 'eligible' || earlier === 'not-eligible') expect(r.status, r.id).toBe(earlier);
        }
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('asks only unanswered questions, and asks nothing once every question is answered', () => {
    fc.assert(
      fc.property(answersWithHostArb, asOfArb, (facts, asOf) => {
        for (const key of neededFactsFor(facts, asOf)) expect(facts[key]).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

function factsReadWithDefault(): Set<FactKey> {
  const out = new Set<FactKey>();
  const walk = (c: Condition | undefined): void => {
    if (!c) return;
    if (c.kind === 'in' && c.absentMeans !== undefined) out.add(c.fact);
    if (c.kind === 'all' || c.kind === 'any') c.of.forEach(walk);
    if (c.kind === 'not') walk(c.of);
  };
  for (const set of REGISTRY) {
    Object.values(set.definitions).forEach(walk);
    for (const o of set.options) {
      walk(o.when);
      o.notes.forEach((n) => walk(n.when));
    }
  }
  return out;
}
