import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { manOfMobilisationBand } from '../_shared/conditions';
import { PT_SOURCES } from './sources';

/**
 * Portugal from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), first written on 6 December 2026.
 * Official: the status, the numbers that come with it and the right to work
 * (portugal.gov.pt), the Migrant Support Line (ACM, 2023). Not confirmed on an
 * official page: a resolution (RCM) extending the Portuguese titles to
 * 4 March 2027 (the last one seen, RCM 47/2025, ran to March 2026, on a
 * mirror), AIMA's 2025 review of grants (news), any rule on absences and any
 * national scheme for after temporary protection (none found).
 */
export default defineRuleSet({
  id: 'PT',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite('s4', 's63'), ...EU_SOURCES_2026_12_06, ...PT_SOURCES],
  parameters: {
    // The EU end date: the value of the brief, then the review of 6 December 2026
    // (the Official Journal, and the reported 2028 extension as an overdue proposal).
    tpEnd: { unit: 'date', values: [...EU_PARAMETERS.tpEnd.values, ...EU_PARAMETERS_2026_12_06.tpEnd.values] },
  },
  definitions: {
    beforeTpEnd: {
      kind: 'today', op: 'onOrBefore', than: { param: 'tpEnd' }, reason: 'before-tp-end', source: 'eu-recommendation-2025-5129',
    },
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'PT.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'pt-gov-tp-platform',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['pt-gov-tp-platform', 'eu-recommendation-2025-5129', 'pt-acm-sos-ucrania', 'pt-rcm-47-2025'],
      verification: 'verified',
      notes: [
        { id: 'national-extension-unconfirmed', source: 'pt-rcm-47-2025' },
        { id: 'aima-review', source: 'pt-rr-aima-review' },
        { id: 'absences', source: 'pt-gov-tp-platform' },
        { id: 'no-scheme-after-tp', source: 'pt-gov-tp-platform' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
  ],
});
