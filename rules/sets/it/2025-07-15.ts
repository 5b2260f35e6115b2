import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';

/**
 * Italy from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027; the renewal of the Italian permit to
 * that date rests on a newer report, medium). Conversion of the TP permit into
 * a work permit since budget law 213/2023. Brief §2.10.
 */
export default defineRuleSet({
  id: 'IT',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's0', 's38'),
  parameters: {
    ...EU_PARAMETERS,
  },
  definitions: {
    beforeTpEnd,
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'IT.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 's38',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s38', 's4', 's65'],
      verification: 'verified',
      notes: [
        { id: 'permit-renewal', source: 's38' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'IT.work-permit-conversion',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-tp-permit', source: 's38' },
          { kind: 'in', fact: 'employment', values: ['employed'], reason: 'has-job', source: 's38' },
        ],
      },
      // The permit to convert is valid until temporary protection ends.
      deadline: { param: 'tpEnd' },
      sources: ['s38'],
      verification: 'verified',
      notes: [
        { id: 'expired-permit', source: 's38' },
        { id: 'self-employed', when: { kind: 'in', fact: 'employment', values: ['self-employed'] }, source: 's38' },
      ],
    },
  ],
});
