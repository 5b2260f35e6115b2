/**
 * ADR 14: a planned change whose date has passed without a recorded
 * confirmation leaves the people it would change at "maybe", with the open
 * conditions as questions and a warning that says what to check. And action
 * notes: a fact that decides what the person must do is asked.
 */
import { describe, expect, it } from 'vitest';
import { evaluateRuleSet, neededFacts, reviseRuleSet, RuleSetSchema, type Condition, type Facts, type RuleSet } from '../../rules';
import { ruleSetWith } from './fixtures';

const employed: Condition = { kind: 'in', fact: 'employment', values: ['employed'], reason: 'has-work', source: 'src' };
const womenOnly: Condition = { kind: 'in', fact: 'sex', values: ['female'], reason: 'women-only', source: 'src' };

function only(set: RuleSet, facts: Facts, asOf: string, proposed: RuleSet[] = []) {
  return evaluateRuleSet(set, facts, asOf, proposed)[0]!;
}

describe('a proposed version with a planned date', () => {
  const base = ruleSetWith(employed);
  const proposed = RuleSetSchema.parse(
    reviseRuleSet(base, {
      version: '2026-02-26',
      validFrom: '2026-02-26',
      status: 'proposed',
      proposal: 'stricter',
      plannedInForce: '2026-04-05',
      checkBy: '2026-12-20',
      lastVerified: '2026-12-06',
      options: { patch: { 'NL.test': { when: { kind: 'all', of: [employed, womenOnly] } } } },
    }),
  );

  it('is a warning while the planned date is ahead', () => {
    const r = only(base, { employment: 'employed', sex: 'male' }, '2026-03-01', [proposed]);
    expect(r.status).toBe('eligible');
    expect(r.warnings.map((w) => w.type)).toEqual(['if-adopted']);
  });

  it('caps the people it would hit at maybe once the date has passed unconfirmed', () => {
    const r = only(base, { employment: 'employed', sex: 'male' }, '2026-06-01', [proposed]);
    expect(r.status).toBe('maybe');
    expect(r.reasons).toContainEqual(expect.objectContaining({ reason: 'women-only', result: 'unknown' }));
    const overdue = r.warnings.find((w) => w.type === 'overdue');
    expect(overdue).toMatchObject({ key: 'checks.stricter', vars: { date: '2026-04-05' }, status: 'not-eligible' });
    expect(r.warnings.find((w) => w.type === 'proposal')).toMatchObject({ key: 'proposals.stricter' });
  });

  it('leaves the people it would not change as they are', () => {
    const r = only(base, { employment: 'employed', sex: 'female' }, '2026-06-01', [proposed]);
    expect(r.status).toBe('eligible');
    expect(r.warnings.filter((w) => w.type === 'overdue' || w.type === 'if-adopted')).toEqual([]);
  });

  it('opens a refusal it would lift as well (a planned extension, say)', () => {
    const r = only(base, { employment: 'unemployed', sex: 'female' }, '2026-06-01', [
      RuleSetSchema.parse(reviseRuleSet(proposed, {
        version: '2026-02-27', validFrom: '2026-02-27', status: 'proposed', proposal: 'wider', plannedInForce: '2026-04-05',
        checkBy: '2026-12-20', lastVerified: '2026-12-06', options: { patch: { 'NL.test': { when: womenOnly } } },
      })),
    ]);
    expect(r.status).toBe('maybe');
    expect(r.reasons).toContainEqual(expect.objectContaining({ reason: 'has-work', result: 'unknown' }));
  });
});

describe('a proposed parameter value with a planned date', () => {
  const beforeEnd: Condition = { kind: 'today', op: 'onOrBefore', than: { param: 'endDate' }, reason: 'before-end', source: 'src' };
  const withPlan = (plannedInForce: string) =>
    ruleSetWith(beforeEnd, {
      parameters: {
        endDate: {
          unit: 'date',
          values: [
            { value: '2027-03-04', validFrom: '2020-01-01', source: 'src' },
            { value: '2028-03-04', validFrom: '2026-07-01', source: 'src', status: 'proposed', proposal: 'extension', plannedInForce, checkBy: '2026-12-20' },
          ],
        },
      },
      options: [{ id: 'NL.test', kind: 'protection', test: 'eligibility', when: beforeEnd, deadline: { param: 'endDate' }, sources: ['src'], verification: 'verified' }],
    });

  it('says what to check when the date has passed, even where the status is the same today', () => {
    const r = only(withPlan('2026-08-05'), {}, '2026-12-06');
    expect(r.status).toBe('eligible');
    expect(r.deadline).toBe('2027-03-04');
    expect(r.warnings.map((w) => w.type)).toEqual(['proposal', 'overdue']);
    expect(r.warnings[1]).toMatchObject({ key: 'checks.extension', vars: { date: '2026-08-05' } });
    expect(r.warnings[1]!.status).toBeUndefined();
  });

  it('gives maybe, not "not eligible", after the adopted end when the extension is unconfirmed', () => {
    const r = only(withPlan('2026-08-05'), {}, '2027-03-05');
    expect(r.status).toBe('maybe');
    expect(r.reasons).toContainEqual(expect.objectContaining({ reason: 'before-end', result: 'unknown' }));
  });

  it('is only a warning while the planned date is ahead', () => {
    const r = only(withPlan('2027-06-01'), {}, '2027-03-05');
    expect(r.status).toBe('not-eligible');
    expect(r.warnings.map((w) => w.type)).toEqual(['proposal', 'if-adopted']);
  });

  it('refuses a proposed value without its proposal id', () => {
    expect(() =>
      ruleSetWith(beforeEnd, {
        parameters: { endDate: { unit: 'date', values: [{ value: '2027-03-04', validFrom: '2020-01-01', source: 'src' }, { value: '2028-03-04', validFrom: '2026-07-01', source: 'src', status: 'proposed' }] } },
      }),
    ).toThrow(/proposal id/);
  });
});

describe('action notes', () => {
  const set = ruleSetWith(employed, {
    options: [
      {
        id: 'NL.test', kind: 'stay', test: 'eligibility', when: employed, sources: ['src'], verification: 'verified',
        notes: [
          { id: 'withdraw', action: true, when: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes'] }, source: 'src' },
          { id: 'fyi', when: { kind: 'in', fact: 'partner', values: ['in-ukraine'] }, source: 'src' },
        ],
      },
    ],
  });

  it('ask the fact that decides an action while the option can apply, not the facts of mere information', () => {
    expect(neededFacts(set, { hostCountry: 'NL', employment: 'employed' }, '2026-12-06')).toEqual(['pendingAsylumApplication']);
    expect(only(set, { employment: 'employed' }, '2026-12-06').missing).toEqual(['pendingAsylumApplication']);
  });

  it('do not ask it once the option cannot apply', () => {
    expect(neededFacts(set, { hostCountry: 'NL', employment: 'unemployed' }, '2026-12-06')).toEqual([]);
  });

  it('mark the note shown as an action', () => {
    const r = only(set, { employment: 'employed', pendingAsylumApplication: 'yes' }, '2026-12-06');
    expect(r.warnings).toContainEqual(expect.objectContaining({ type: 'note', key: 'options.test.notes.withdraw', action: true }));
  });
});

describe('a version written as changes to the previous one', () => {
  const base = ruleSetWith(employed);
  const next = reviseRuleSet(base, {
    version: '2026-12-06',
    validFrom: '2026-12-06',
    lastVerified: '2026-12-06',
    sources: [{ id: 'gov', title: 'An official page', publisher: 'Ministry', date: '2026-11-01', accessed: '2026-12-06', official: true, url: 'https://example.gov/page' }],
    parameters: { threshold: { values: [{ value: 1500, validFrom: '2026-12-06', source: 'gov' }] } },
    options: {
      patch: { 'NL.test': { sources: ['gov', 'src'] } },
      upsert: [{ id: 'NL.other', kind: 'info', test: 'info', sources: ['gov'], verification: 'verified' }],
    },
  });

  it('is a whole rule set the schema accepts', () => {
    const parsed = RuleSetSchema.parse(next);
    expect(parsed.options.map((o) => o.id)).toEqual(['NL.test', 'NL.test'.replace('test', 'other')]);
    expect(parsed.options[0]!.when).toEqual(employed);
    expect(parsed.options[0]!.sources).toEqual(['gov', 'src']);
    expect(parsed.sources.map((s) => s.id)).toEqual(['src', 'gov']);
  });

  it('adds dated values to a parameter and never overwrites the earlier ones', () => {
    expect(next.parameters!.threshold!.values.map((v) => v.value)).toEqual([1000, 1200, 1500]);
  });

  it('leaves the previous version as it was', () => {
    expect(base.options[0]!.sources).toEqual(['src']);
    expect(base.version).toBe('2026-01-01');
  });

  it('refuses to patch an option that does not exist', () => {
    expect(() => reviseRuleSet(base, { version: '2026-12-06', validFrom: '2026-12-06', lastVerified: '2026-12-06', options: { patch: { 'NL.none': {} } } })).toThrow(/no option/);
  });
});

describe('a deadline the person gives', () => {
  const set = ruleSetWith(employed, {
    options: [{ id: 'NL.test', kind: 'stay', test: 'eligibility', when: employed, deadline: { fact: 'permitEndDate' }, sources: ['src'], verification: 'verified' }],
  });
  it('is the date of the answer, with the days left', () => {
    const r = only(set, { employment: 'employed', permitEndDate: '2027-01-20' }, '2026-12-06');
    expect(r.deadline).toBe('2027-01-20');
    expect(r.daysLeft).toBe(45);
  });
  it('is none while the date is not known', () => {
    expect(only(set, { employment: 'employed', permitEndDate: 'unknown' }, '2026-12-06').deadline).toBeUndefined();
    expect(only(set, { employment: 'employed' }, '2026-12-06').deadline).toBeUndefined();
  });
});
