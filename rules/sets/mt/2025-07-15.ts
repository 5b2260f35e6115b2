import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { manOfMobilisationBand } from '../_shared/conditions';
import { MT_SOURCES } from './sources';

/**
 * Malta from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), first written on 6 December 2026.
 * Official (IPA): who decides, a residence permit for the whole period, work.
 * Not confirmed on an official page, and shown as such: the renewal for 2027
 * (nothing found for 2025 to 2027), and the IPA's 2022 statement, quoted by
 * the Malta Refugee Council, that any return to Ukraine ends temporary
 * protection in Malta (high impact: a warning on every holder's option).
 * No national scheme for after temporary protection was found.
 */
export default defineRuleSet({
  id: 'MT',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite('s4', 's63'), ...EU_SOURCES_2026_12_06, ...MT_SOURCES],
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
      id: 'MT.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'mt-ipa-tp',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['mt-ipa-tp', 'eu-recommendation-2025-5129', 'mt-mrc-return-2022'],
      verification: 'verified',
      notes: [
        { id: 'return-to-ukraine', action: true, source: 'mt-mrc-return-2022' },
        { id: 'national-extension-unconfirmed', source: 'mt-mrc-renew-2023' },
        { id: 'no-scheme-after-tp', source: 'mt-ipa-tp' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
  ],
});
