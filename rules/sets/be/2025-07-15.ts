import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';

/**
 * Belgium from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027; A card renewed at the commune).
 * Brief §2.11: no Belgian post-TP scheme was found (low).
 */
export default defineRuleSet({
  id: 'BE',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's39'),
  parameters: {
    ...EU_PARAMETERS,
  },
  definitions: {
    beforeTpEnd,
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'BE.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 's39',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s39', 's4', 's65'],
      verification: 'verified',
      notes: [
        {
          id: 'protection-elsewhere',
          when: { kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'no-status', 'unknown'] },
          source: 's39',
        },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'BE.after-tp',
      kind: 'info',
      test: 'info',
      sources: ['s39'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
