import { RuleSetSchema, type Condition, type RuleSet, type RuleSetInput } from '../../rules';

/** A minimal rule set to exercise one condition in isolation. */
export function ruleSetWith(when: Condition, extra: Partial<RuleSetInput> = {}): RuleSet {
  return RuleSetSchema.parse({
    id: 'NL',
    version: '2026-01-01',
    validFrom: '2026-01-01',
    status: 'adopted',
    lastVerified: '2026-11-28',
    sources: [{ id: 'src', title: 'Test source', publisher: 'Test', date: '2026-01-01', accessed: '2026-11-28', official: true }],
    parameters: {
      threshold: { unit: 'EUR', values: [{ value: 1000, validFrom: '2020-01-01', source: 'src' }, { value: 1200, validFrom: '2027-01-01', source: 'src' }] },
      cutoff: { unit: 'date', values: [{ value: '2025-06-04', validFrom: '2020-01-01', source: 'src' }] },
      regions: { unit: 'regions', values: [{ value: ['UA-46', 'UA-32'], validFrom: '2020-01-01', source: 'src' }] },
      endDate: {
        unit: 'date',
        values: [
          { value: '2027-03-04', validFrom: '2020-01-01', source: 'src' },
          { value: '2028-03-04', validFrom: '2026-07-01', source: 'src', status: 'proposed', proposal: 'extension', checkBy: '2027-01-15' },
        ],
      },
    },
    definitions: { isEmployed: { kind: 'in', fact: 'employment', values: ['employed'] } },
    options: [{ id: 'NL.test', kind: 'stay', test: 'eligibility', when, sources: ['src'], verification: 'verified' }],
    ...extra,
  });
}
