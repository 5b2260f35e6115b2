import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePerson, FACT_KEYS, FactsSchema, neededFactsFor, type Facts } from '../../rules';
import { answersArb, answersWithHostArb, asOfArb, factValue } from '../support/arbitraries';

describe('the evaluator on any valid answers', () => {
  it('generates only answers the schema accepts', () => {
    fc.assert(fc.property(answersArb, (facts) => FactsSchema.safeParse(facts).success), { numRuns: 300 });
  });

  it('is total: every option of every rule set gets a status, never an exception', () => {
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
    const withExtraAnswer = answersWithHostArb.chain((facts) => {
      const unasked = FACT_KEYS.filter((k) => facts[k] === undefined && k !== 'hostCountry');
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
  });

  it('asks only unanswered questions, and asks nothing once every question is answered', () => {
    fc.assert(
      fc.property(answersWithHostArb, asOfArb, (facts, asOf) => {
        for (const key of neededFactsFor(facts, asOf)) expect(facts[key]).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
