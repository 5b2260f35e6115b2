import { describe, expect, it } from 'vitest';
import { evaluateRuleSet, proposedVersions, RuleSetSchema, selectRuleSet, type Condition, type RuleSet } from '../../rules';
import { ruleSetWith } from './fixtures';

const AS_OF = '2026-11-28';
const employed: Condition = { kind: 'in', fact: 'employment', values: ['employed'], reason: 'has-work', source: 'src' };

function only(set: RuleSet, facts: Parameters<typeof evaluateRuleSet>[1], asOf = AS_OF, proposals: RuleSet[] = []) {
  const [result] = evaluateRuleSet(set, facts, asOf, proposals);
  return result!;
}

describe('status of an option', () => {
  const set = ruleSetWith(employed);
  it('is eligible when every condition holds, with the reason met', () => {
    const r = only(set, { employment: 'employed' });
    expect(r.status).toBe('eligible');
    expect(r.reasons).toEqual([{ reason: 'has-work', result: 'met', source: 'src', vars: { value: 'employed' } }]);
  });
  it('is not eligible when a condition fails, and says which', () => {
    const r = only(set, { employment: 'unemployed' });
    expect(r.status).toBe('not-eligible');
    expect(r.reasons[0]).toMatchObject({ reason: 'has-work', result: 'not-met' });
  });
  it('is maybe when the answer is "I don\'t know", naming the missing fact', () => {
    const r = only(set, { employment: 'unknown' });
    expect(r.status).toBe('maybe');
    expect(r.missing).toEqual(['employment']);
  });
  it('is maybe when the question was not asked', () => {
    expect(only(set, {}).status).toBe('maybe');
  });
  it('is at best maybe when the rule is unverified, with a warning', () => {
    const unverified = ruleSetWith(employed, {
      options: [{ id: 'NL.test', kind: 'stay', test: 'eligibility', when: employed, sources: ['src'], verification: 'unverified' }],
    });
    const r = only(unverified, { employment: 'employed' });
    expect(r.status).toBe('maybe');
    expect(r.warnings.map((w) => w.type)).toContain('unverified');
  });
  it('is info for an option without an eligibility test', () => {
    const info = ruleSetWith(employed, { options: [{ id: 'NL.test', kind: 'info', test: 'info', sources: ['src'], verification: 'verified' }] });
    expect(only(info, {}).status).toBe('info');
  });
});

describe('deadlines and windows', () => {
  const window: Condition = { kind: 'today', op: 'onOrBefore', than: { param: 'endDate' }, reason: 'window-open', source: 'src' };
  const set = ruleSetWith(window, {
    options: [{ id: 'NL.test', kind: 'stay', test: 'eligibility', when: window, deadline: { param: 'endDate' }, sources: ['src'], verification: 'verified' }],
  });
  it('gives the deadline and the days left', () => {
    const r = only(set, {}, '2027-03-01');
    expect(r).toMatchObject({ status: 'eligible', deadline: '2027-03-04', daysLeft: 3 });
  });
  it('is still open on the deadline itself', () => {
    expect(only(set, {}, '2027-03-04')).toMatchObject({ status: 'eligible', daysLeft: 0 });
  });
  it('is closed the day after, with that reason', () => {
    const r = only(set, {}, '2027-03-05');
    expect(r.status).toBe('not-eligible');
    expect(r.reasons[0]).toMatchObject({ reason: 'window-open', result: 'not-met' });
  });
  it('warns when a pending proposal would move the date, and says what would change', () => {
    const r = only(set, {}, '2027-03-05');
    expect(r.warnings.find((w) => w.type === 'proposal')).toMatchObject({ key: 'proposals.extension' });
    expect(r.warnings.find((w) => w.type === 'if-adopted')).toMatchObject({ status: 'eligible' });
  });
});

describe('parameters are dated', () => {
  const income: Condition = { kind: 'compare', fact: 'monthlyGrossIncome', op: 'gte', than: { param: 'threshold' } };
  const set = ruleSetWith(income);
  it('uses the value in force on the evaluation date', () => {
    expect(only(set, { monthlyGrossIncome: 1100 }, '2026-12-31').status).toBe('eligible');
    expect(only(set, { monthlyGrossIncome: 1100 }, '2027-01-01').status).toBe('not-eligible');
  });
});

describe('versions', () => {
  const base = ruleSetWith(employed);
  const v2 = RuleSetSchema.parse({ ...base, version: '2027-01-01', validFrom: '2027-01-01' });
  const proposed = RuleSetSchema.parse({
    ...base,
    version: '2027-06-01',
    validFrom: '2027-06-01',
    status: 'proposed',
    proposal: 'stricter',
    checkBy: '2027-08-01',
    options: [{ id: 'NL.test', kind: 'stay', test: 'eligibility', when: { kind: 'all', of: [employed, { kind: 'in', fact: 'sex', values: ['female'], reason: 'women-only', source: 'src' }] }, sources: ['src'], verification: 'verified' }],
  });
  const registry = [base, v2, proposed];

  it('selects the adopted version in force on the date', () => {
    expect(selectRuleSet(registry, 'NL', '2026-12-31')?.version).toBe('2026-01-01');
    expect(selectRuleSet(registry, 'NL', '2027-01-01')?.version).toBe('2027-01-01');
    expect(selectRuleSet(registry, 'NL', '2025-12-31')).toBeUndefined();
  });
  it('never selects a proposed version, but lists it as pending', () => {
    expect(selectRuleSet(registry, 'NL', '2027-07-01')?.version).toBe('2027-01-01');
    expect(proposedVersions(registry, 'NL', '2027-07-01').map((s) => s.version)).toEqual(['2027-06-01']);
  });
  it('warns a person the proposal would affect, with the status it would give and why', () => {
    const r = only(v2, { employment: 'employed', sex: 'male' }, '2027-07-01', [proposed]);
    expect(r.status).toBe('eligible');
    expect(r.warnings.find((w) => w.type === 'if-adopted')).toMatchObject({ key: 'proposals.stricter', status: 'not-eligible' });
  });
  it('does not warn a person the proposal would not change', () => {
    const r = only(v2, { employment: 'employed', sex: 'female' }, '2027-07-01', [proposed]);
    expect(r.warnings.filter((w) => w.type === 'if-adopted')).toEqual([]);
  });
});

describe('notes', () => {
  const man: Condition = { kind: 'in', fact: 'sex', values: ['male'] };
  const set = ruleSetWith(employed, {
    options: [{
      id: 'NL.test', kind: 'info', test: 'info', sources: ['src'], verification: 'verified',
      notes: [
        { id: 'for-men', when: man, source: 'src' },
        { id: 'if-unsure', when: { kind: 'in', fact: 'sex', values: ['unknown'] }, source: 'src' },
      ],
    }],
  });
  const noteIds = (facts: Parameters<typeof evaluateRuleSet>[1]) => only(set, facts).warnings.map((w) => w.key.split('.').at(-1));
  it('show when their condition holds', () => expect(noteIds({ sex: 'male' })).toEqual(['for-men']));
  it('do not show while their condition is undecided, but make an info option ask for it', () => {
    expect(noteIds({})).toEqual([]);
    expect(only(set, {}).missing).toEqual(['sex']);
  });
  it('can be written for the answer "I don\'t know" itself', () => expect(noteIds({ sex: 'unknown' })).toEqual(['if-unsure']));
});
