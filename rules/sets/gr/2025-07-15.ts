import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { manOfMobilisationBand } from '../_shared/conditions';
import { GR_SOURCES } from './sources';

/**
 * Greece from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), first written on 6 December 2026.
 * Official (migration.gov.gr): the Ministry of Migration and Asylum extends
 * the permits by ministerial decision (2023, 2024). Not confirmed on an
 * official page: decision no. 4507 of 9 January 2026 extending them to
 * 4 March 2027 and the card re-issue for travel (the Embassy of Ukraine, as
 * quoted by the press), any rule on absences and any national scheme for
 * after temporary protection (none found).
 */
export default defineRuleSet({
  id: 'GR',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite('s4', 's63'), ...EU_SOURCES_2026_12_06, ...GR_SOURCES],
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
      id: 'GR.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'gr-migration-extension-2023-09',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['gr-migration-extension-2023-09', 'gr-migration-extension-2023-02', 'eu-recommendation-2025-5129', 'gr-sud-2026'],
      verification: 'verified',
      notes: [
        { id: 'national-extension-unconfirmed', source: 'gr-sud-2026' },
        { id: 'absences', source: 'gr-sud-2026' },
        { id: 'no-scheme-after-tp', source: 'gr-migration-extension-2023-09' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
  ],
});
