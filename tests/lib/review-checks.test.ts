import { describe, expect, it } from 'vitest';
import { officialShare, reviewChecks } from '../../lib/review-checks';
import { RuleSetSchema, reviseRuleSet } from '../../rules';
import { ruleSetWith } from '../rules/fixtures';

const base = ruleSetWith({ kind: 'in', fact: 'employment', values: ['employed'], reason: 'has-work', source: 'src' }, {
  parameters: {
    endDate: {
      unit: 'date',
      values: [
        { value: '2027-03-04', validFrom: '2020-01-01', source: 'src' },
        { value: '2028-03-04', validFrom: '2026-08-05', source: 'src', status: 'proposed', proposal: 'eu-extension-2028', plannedInForce: '2026-08-05', checkBy: '2026-12-20' },
      ],
    },
  },
});
const stricter = RuleSetSchema.parse(reviseRuleSet(base, {
  version: '2026-02-26', validFrom: '2026-02-26', status: 'proposed', proposal: 'stricter', plannedInForce: '2026-04-05', checkBy: '2027-01-15', lastVerified: '2026-12-06',
}));
const later = RuleSetSchema.parse(reviseRuleSet(base, {
  version: '2026-11-01', validFrom: '2026-11-01', status: 'proposed', proposal: 'later', plannedInForce: '2027-06-01', checkBy: '2027-02-01', lastVerified: '2026-12-06',
}));

describe('the reviewer’s checks', () => {
  const checks = reviewChecks('2026-12-06', [base, stricter, later]);
  it('lists every pending proposal and proposed value once, overdue ones first', () => {
    // Overdue first, each group by its check-again date.
    expect(checks.map((c) => [c.ruleSet, c.proposal, c.overdue, c.due])).toEqual([
      ['EU', 'eu-extension-2028', true, false],
      ['NL', 'stricter', true, false],
      ['NL', 'later', false, false],
    ]);
  });
  it('marks a check due once its check-again date has passed', () => {
    const next = reviewChecks('2027-01-16', [base, stricter, later]);
    expect(next.find((c) => c.proposal === 'stricter')).toMatchObject({ due: true, overdue: true });
    expect(next.find((c) => c.proposal === 'later')).toMatchObject({ due: false, overdue: false });
  });
});

describe('the share of options citing an official source', () => {
  it('counts options with at least one official source', () => {
    expect(officialShare(base)).toEqual({ official: 1, total: 1 });
  });
});
