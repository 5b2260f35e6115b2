import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { manOfMobilisationBand } from '../_shared/conditions';
import { SI_SOURCES } from './sources';

/**
 * Slovenia from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), first written on 6 December 2026.
 * Official: the card that is also the residence permit, its re-issue by the
 * administrative units (to 2025 and 2026), the 2025 act ZZZRO-1. Not confirmed
 * on an official page: the re-issue of cards to 4 March 2027, the reported
 * 8-day window to apply for another permit after temporary protection ends
 * (a 2023 bill, news), any rule on absences and any national scheme for after
 * temporary protection (none found).
 */
export default defineRuleSet({
  id: 'SI',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite('s4', 's63'), ...EU_SOURCES_2026_12_06, ...SI_SOURCES],
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
      id: 'SI.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'si-gov-cards-2022',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['si-gov-cards-2022', 'si-gov-extension-2024', 'si-zzzro-1', 'eu-recommendation-2025-5129', 'si-euaa-dip'],
      verification: 'verified',
      notes: [
        { id: 'national-extension-unconfirmed', source: 'si-euaa-dip' },
        { id: 'switch-within-8-days', source: 'si-ztuj-bill-2023' },
        { id: 'absences', source: 'si-zzzro-1' },
        { id: 'no-scheme-after-tp', source: 'si-euaa-dip' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
  ],
});
