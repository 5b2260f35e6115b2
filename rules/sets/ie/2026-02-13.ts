import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';

/**
 * Ireland from the Department of Justice notice of 13 February 2026 that
 * extended temporary protection permissions automatically to 4 March 2027.
 * Brief §2.8: no post-TP scheme was found (low); employment permits were not
 * researched (unverified).
 */
export default defineRuleSet({
  id: 'IE',
  version: '2026-02-13',
  validFrom: '2026-02-13',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's0', 's35', 's36'),
  parameters: {
    ...EU_PARAMETERS,
  },
  definitions: {
    beforeTpEnd,
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'IE.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 's35',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s35', 's4', 's65'],
      verification: 'verified',
      notes: [
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'IE.international-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'asylum-pending', 'no-status', 'unknown'],
            reason: 'can-apply-ip', source: 's36',
          },
          { kind: 'caseByCase', reason: 'ip-individual', source: 's5' },
        ],
      },
      sources: ['s36', 's5'],
      // The brief found only press reports (low) on how Ireland will treat Ukrainians after TP.
      verification: 'unverified',
      notes: [
        { id: 'internal-protection', when: { kind: 'in', fact: 'homeAreaOccupied', values: ['no', 'unknown'] }, source: 's5' },
      ],
    },
    {
      id: 'IE.employment-permit',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'employment', values: ['employed'], reason: 'has-job', source: 's36' },
          { kind: 'caseByCase', reason: 'permit-requirements-unverified', source: 's36' },
        ],
      },
      sources: ['s36'],
      verification: 'unverified',
      notes: [],
    },
    {
      id: 'IE.after-tp',
      kind: 'info',
      test: 'info',
      sources: ['s36', 's35'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
