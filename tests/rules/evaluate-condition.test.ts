import { describe, expect, it } from 'vitest';
import { evaluateCondition, type Condition, type Facts } from '../../rules';
import { ruleSetWith } from './fixtures';

const AS_OF = '2026-11-28';

function run(when: Condition, facts: Facts, asOf = AS_OF) {
  const ruleSet = ruleSetWith(when);
  return evaluateCondition(when, { facts, asOf, ruleSet, mode: 'adopted' });
}

type Row = [string, Condition, Facts, 'true' | 'false' | 'unknown'];

const yes: Condition = { kind: 'always' };
const no: Condition = { kind: 'not', of: { kind: 'always' } };
const unknown: Condition = { kind: 'in', fact: 'sex', values: ['female'] };

describe('each operator, with known, unknown and unasked answers', () => {
  const rows: Row[] = [
    ['in: value in list', { kind: 'in', fact: 'sex', values: ['female'] }, { sex: 'female' }, 'true'],
    ['in: value not in list', { kind: 'in', fact: 'sex', values: ['female'] }, { sex: 'male' }, 'false'],
    ['in: "I don\'t know" is unknown', { kind: 'in', fact: 'sex', values: ['female'] }, { sex: 'unknown' }, 'unknown'],
    ['in: unasked is unknown', { kind: 'in', fact: 'sex', values: ['female'] }, {}, 'unknown'],
    ['in: list parameter', { kind: 'in', fact: 'originOblast', param: 'regions' }, { originOblast: 'UA-32' }, 'true'],
    ['in: Kyiv city is not Kyiv oblast', { kind: 'in', fact: 'originOblast', param: 'regions' }, { originOblast: 'UA-30' }, 'false'],
    ['compare gte: equal', { kind: 'compare', fact: 'monthlyGrossIncome', op: 'gte', than: { param: 'threshold' } }, { monthlyGrossIncome: 1000 }, 'true'],
    ['compare gte: one below', { kind: 'compare', fact: 'monthlyGrossIncome', op: 'gte', than: { param: 'threshold' } }, { monthlyGrossIncome: 999 }, 'false'],
    ['compare gt: equal', { kind: 'compare', fact: 'monthlyGrossIncome', op: 'gt', than: { value: 1000 } }, { monthlyGrossIncome: 1000 }, 'false'],
    ['compare lt', { kind: 'compare', fact: 'childrenInHost', op: 'lt', than: { value: 1 } }, { childrenInHost: 0 }, 'true'],
    ['compare lte: equal', { kind: 'compare', fact: 'childrenInHost', op: 'lte', than: { value: 2 } }, { childrenInHost: 2 }, 'true'],
    ['compare eq', { kind: 'compare', fact: 'householdSize', op: 'eq', than: { value: 3 } }, { householdSize: 3 }, 'true'],
    ['compare neq', { kind: 'compare', fact: 'householdSize', op: 'neq', than: { value: 3 } }, { householdSize: 3 }, 'false'],
    ['compare: unasked', { kind: 'compare', fact: 'householdSize', op: 'eq', than: { value: 3 } }, {}, 'unknown'],
    ['date onOrBefore: on the day', { kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { param: 'cutoff' } }, { protectionStartDate: '2025-06-04' }, 'true'],
    ['date onOrBefore: day after', { kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { param: 'cutoff' } }, { protectionStartDate: '2025-06-05' }, 'false'],
    ['date before: on the day', { kind: 'date', fact: 'arrivalDate', op: 'before', than: { date: '2025-06-04' } }, { arrivalDate: '2025-06-04' }, 'false'],
    ['date after: day after', { kind: 'date', fact: 'arrivalDate', op: 'after', than: { date: '2025-06-04' } }, { arrivalDate: '2025-06-05' }, 'true'],
    ['date onOrAfter: on the day', { kind: 'date', fact: 'arrivalDate', op: 'onOrAfter', than: { date: '2025-06-04' } }, { arrivalDate: '2025-06-04' }, 'true'],
    ['date: "unknown"', { kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { param: 'cutoff' } }, { protectionStartDate: 'unknown' }, 'unknown'],
    ['today onOrBefore end date', { kind: 'today', op: 'onOrBefore', than: { param: 'endDate' } }, {}, 'true'],
    ['age gte 23: day before the 23rd birthday', { kind: 'age', op: 'gte', years: { value: 23 } }, { birthDate: '2003-11-29' }, 'false'],
    ['age gte 23: on the 23rd birthday', { kind: 'age', op: 'gte', years: { value: 23 } }, { birthDate: '2003-11-28' }, 'true'],
    ['age lte 60: aged exactly 60', { kind: 'age', op: 'lte', years: { value: 60 } }, { birthDate: '1966-11-28' }, 'true'],
    ['age lte 60: the day of the 61st birthday', { kind: 'age', op: 'lte', years: { value: 60 } }, { birthDate: '1965-11-28' }, 'false'],
    ['age on a fixed date', { kind: 'age', op: 'lt', years: { value: 18 }, on: { date: '2026-04-01' } }, { birthDate: '2008-04-02' }, 'true'],
    ['age: birth date unknown', { kind: 'age', op: 'gte', years: { value: 18 } }, { birthDate: 'unknown' }, 'unknown'],
    ['daysSince gte 365: exactly 365', { kind: 'daysSince', fact: 'arrivalDate', op: 'gte', days: { value: 365 } }, { arrivalDate: '2025-11-28' }, 'true'],
    ['daysSince gte 365: 364', { kind: 'daysSince', fact: 'arrivalDate', op: 'gte', days: { value: 365 } }, { arrivalDate: '2025-11-29' }, 'false'],
    ['heldContinuously 365 days: exactly', { kind: 'heldContinuously', days: { value: 365 }, on: { asOf: true } }, { protectionStartDate: '2025-11-28', protectionInterrupted: 'no' }, 'true'],
    ['heldContinuously 365 days: one short', { kind: 'heldContinuously', days: { value: 365 }, on: { asOf: true } }, { protectionStartDate: '2025-11-29', protectionInterrupted: 'no' }, 'false'],
    ['heldContinuously: interrupted', { kind: 'heldContinuously', days: { value: 365 }, on: { asOf: true } }, { protectionStartDate: '2022-03-01', protectionInterrupted: 'yes' }, 'false'],
    ['heldContinuously: interruption unknown', { kind: 'heldContinuously', days: { value: 365 }, on: { asOf: true } }, { protectionStartDate: '2022-03-01' }, 'unknown'],
    ['heldContinuously: start too late fails even if interruption unasked', { kind: 'heldContinuously', days: { value: 365 }, on: { asOf: true } }, { protectionStartDate: '2026-10-01' }, 'false'],
    ['heldContinuously 2 years on 1 April 2026: exactly', { kind: 'heldContinuously', years: { value: 2 }, on: { date: '2026-04-01' } }, { protectionStartDate: '2024-04-01', protectionInterrupted: 'no' }, 'true'],
    ['heldContinuously 2 years on 1 April 2026: a day short', { kind: 'heldContinuously', years: { value: 2 }, on: { date: '2026-04-01' } }, { protectionStartDate: '2024-04-02', protectionInterrupted: 'no' }, 'false'],
    ['income per household: exactly on the threshold', { kind: 'incomePerHousehold', fact: 'householdAnnualIncome', sizeFact: 'householdSize', base: { value: 440000 }, perAdditionalMember: { value: 110000 } }, { householdAnnualIncome: 660000, householdSize: 3 }, 'true'],
    ['income per household: one below', { kind: 'incomePerHousehold', fact: 'householdAnnualIncome', sizeFact: 'householdSize', base: { value: 440000 }, perAdditionalMember: { value: 110000 } }, { householdAnnualIncome: 659999, householdSize: 3 }, 'false'],
    ['income per household: size unasked', { kind: 'incomePerHousehold', fact: 'householdAnnualIncome', sizeFact: 'householdSize', base: { value: 440000 }, perAdditionalMember: { value: 110000 } }, { householdAnnualIncome: 660000 }, 'unknown'],
    ['caseByCase is never true', { kind: 'caseByCase', reason: 'individual', source: 'src' }, {}, 'unknown'],
    ['ref follows a definition', { kind: 'ref', name: 'isEmployed' }, { employment: 'employed' }, 'true'],
    ['always', yes, {}, 'true'],
  ];
  it.each(rows)('%s', (_name, when, facts, expected) => {
    expect(run(when, facts).value).toBe(expected);
  });
});

describe('combinators in three-valued logic', () => {
  const table: [string, Condition, 'true' | 'false' | 'unknown'][] = [
    ['all(true, true)', { kind: 'all', of: [yes, yes] }, 'true'],
    ['all(true, unknown)', { kind: 'all', of: [yes, unknown] }, 'unknown'],
    ['all(false, unknown): a failure decides', { kind: 'all', of: [no, unknown] }, 'false'],
    ['any(false, false)', { kind: 'any', of: [no, no] }, 'false'],
    ['any(false, unknown)', { kind: 'any', of: [no, unknown] }, 'unknown'],
    ['any(true, unknown): a success decides', { kind: 'any', of: [yes, unknown] }, 'true'],
    ['not(true)', { kind: 'not', of: yes }, 'false'],
    ['not(false)', { kind: 'not', of: no }, 'true'],
    ['not(unknown)', { kind: 'not', of: unknown }, 'unknown'],
  ];
  it.each(table)('%s', (_name, when, expected) => {
    expect(run(when, {}).value).toBe(expected);
  });

  it('reports the facts that would decide an undecided condition, and no others', () => {
    const when: Condition = {
      kind: 'all',
      of: [
        { kind: 'in', fact: 'sex', values: ['female'] },
        { kind: 'any', of: [{ kind: 'in', fact: 'partner', values: ['none'] }, { kind: 'compare', fact: 'childrenInHost', op: 'gt', than: { value: 0 } }] },
      ],
    };
    expect([...run(when, { sex: 'female' }).missing].sort()).toEqual(['childrenInHost', 'partner']);
    expect([...run(when, { sex: 'female', partner: 'none' }).missing]).toEqual([]);
    expect([...run(when, { sex: 'male' }).missing]).toEqual([]);
  });

  it('explains each reason node as met, not met or unknown, with the values it used', () => {
    const when: Condition = {
      kind: 'all',
      of: [
        { kind: 'incomePerHousehold', fact: 'householdAnnualIncome', sizeFact: 'householdSize', base: { value: 440000 }, perAdditionalMember: { value: 110000 }, reason: 'income', source: 'src' },
        { kind: 'in', fact: 'receivesHumanitarianBenefit', values: ['no'], reason: 'no-benefit', source: 'src' },
      ],
    };
    const result = run(when, { householdAnnualIncome: 655000, householdSize: 3 });
    expect(result.value).toBe('false');
    // The open question about benefits cannot change a failed income test, so it is not offered as a reason.
    expect(result.trace).toEqual([
      { reason: 'income', result: 'not-met', source: 'src', vars: { threshold: 660000, income: 655000, size: 3, shortBy: 5000 } },
    ]);
    const undecided = run(when, { householdAnnualIncome: 660000, householdSize: 3 });
    expect(undecided.trace.map((t) => [t.reason, t.result])).toEqual([['income', 'met'], ['no-benefit', 'unknown']]);
  });

  it('explains an "any" by the branch that holds, not by the ones that do not matter', () => {
    const when: Condition = {
      kind: 'any',
      of: [
        { kind: 'in', fact: 'transitionSchemeRegistered', values: ['yes'], reason: 'registered', source: 'src' },
        { kind: 'today', op: 'onOrBefore', than: { date: '2026-04-30' }, reason: 'window-open', source: 'src' },
      ],
    };
    expect(run(when, { transitionSchemeRegistered: 'yes' }).trace.map((t) => t.reason)).toEqual(['registered']);
    expect(run(when, { transitionSchemeRegistered: 'no' }).trace.map((t) => [t.reason, t.result])).toEqual([['registered', 'not-met'], ['window-open', 'not-met']]);
  });

  it('gives the date of a birthday that changes a rule', () => {
    const result = run({ kind: 'age', op: 'lt', years: { value: 23 } }, { birthDate: '2004-08-25' });
    expect(result.vars).toMatchObject({ age: 22, birthday: '2027-08-25', dayBefore: '2027-08-24' });
  });
});
