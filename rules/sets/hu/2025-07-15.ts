import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { manOfMobilisationBand } from '../_shared/conditions';
import { HU_SOURCES } from './sources';

/**
 * Hungary from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), first written on 6 December 2026.
 * Official (OIF): temporary protection is the menedékes status; cards are
 * extended by law without a new card (done for 2024); people who want to work,
 * run a business or study can apply in an aliens-policing procedure. Not
 * confirmed on an official page: the decree extending cards to 4 March 2027
 * (UNHCR says so), the 2024 regional limit on state-funded accommodation
 * (news), the rule on visits to Ukraine (a UNHCR-linked FAQ), and any national
 * scheme for after temporary protection (none found).
 */
export default defineRuleSet({
  id: 'HU',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite('s4', 's63'), ...EU_SOURCES_2026_12_06, ...HU_SOURCES],
  parameters: {
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
      id: 'HU.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'hu-oif-tp-info',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['hu-oif-tp-info', 'hu-oif-card-extension', 'eu-recommendation-2025-5129', 'hu-unhcr-help'],
      verification: 'verified',
      notes: [
        { id: 'national-extension-unconfirmed', source: 'hu-unhcr-help' },
        { id: 'accommodation-by-region', source: 'hu-accommodation-2024-reports' },
        { id: 'absences', source: 'hu-visits-faq' },
        { id: 'no-scheme-after-tp', source: 'hu-oif-tp-info' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
  ],
});
