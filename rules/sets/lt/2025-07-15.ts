import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCE_IDS, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';
import { LT_SOURCES } from './sources';

/**
 * Lithuania from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), written in the review of
 * 6 December 2026 (issue 19). The Migration Department issues a digital
 * temporary residence permit on the basis of temporary protection
 * (Government Resolution No. 224 of 16 March 2022); the Government's
 * extension to 4 March 2027 (24 September 2025) was found only in news
 * reports. No Lithuanian scheme for after temporary protection was found.
 */
export default defineRuleSet({
  id: 'LT',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite(...EU_SOURCE_IDS), ...EU_SOURCES_2026_12_06, ...LT_SOURCES],
  parameters: {
    // The EU end date with its official source and the reported 2028 extension (ADR 14).
    tpEnd: { unit: 'date', values: [...EU_PARAMETERS.tpEnd.values, ...EU_PARAMETERS_2026_12_06.tpEnd.values] },
    qrApplies: { unit: 'date', values: [...EU_PARAMETERS.qrApplies.values, ...EU_PARAMETERS_2026_12_06.qrApplies.values] },
  },
  definitions: {
    // The shared condition, cited to the Official Journal instead of a law firm's summary.
    beforeTpEnd: { ...beforeTpEnd, source: 'eu-recommendation-2025-5129' },
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'LT.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'lt-gov-resolution-224',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['lt-migracija-faq-2023', 'lt-gov-resolution-224', 'lt-migracija-mobile', 'eu-recommendation-2025-5129', 'eu-decision-2022-382', 'lt-traku-zeme-2025', 'lt-lrytas-2025', 'lt-sorainen-2022'],
      verification: 'verified',
      notes: [
        // The national extension to 4 March 2027: news reports only.
        { id: 'extended-2027-reported', source: 'lt-traku-zeme-2025' },
        // A permit ending before temporary protection: change it in MIGRIS.
        {
          id: 'permit-ends-early', action: true, source: 'lt-migracija-faq-2023',
          when: { kind: 'date', fact: 'permitEndDate', op: 'before', than: { param: 'tpEnd' } },
        },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'LT.after-tp',
      kind: 'info',
      test: 'info',
      // The ordinary grounds are on official pages, but old ones; "no scheme found" is the result of a search.
      sources: ['lt-migracija-grounds', 'lt-migracija-decides', 'lt-migracija-permanent', 'lt-migracija-mobile'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
