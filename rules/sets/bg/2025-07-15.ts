import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCE_IDS, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';
import { BG_SOURCES } from './sources';

/**
 * Bulgaria from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), written in the review of
 * 6 December 2026 (issue 19). The State Agency for Refugees issues the
 * registration card for temporary protection; the 2026 decision of the
 * Council of Ministers (new cards valid until 4 March 2027, re-registration
 * until 30 April 2026) was found only in news reports. No Bulgarian scheme for
 * after temporary protection was found.
 */
export default defineRuleSet({
  id: 'BG',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite(...EU_SOURCE_IDS), ...EU_SOURCES_2026_12_06, ...BG_SOURCES],
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
      id: 'BG.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'bg-sar-card',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['bg-sar-card', 'bg-mlsp-labour', 'bg-portal-moving', 'bg-portal-late-2024', 'eu-recommendation-2025-5129', 'eu-decision-2022-382', 'bg-actualno-2026', 'bg-novinite-2026'],
      verification: 'verified',
      notes: [
        // The 2026 cards to 4 March 2027: news reports only.
        { id: 'cards-2027-reported', source: 'bg-actualno-2026' },
        // A card ending before temporary protection: not re-registered in spring 2026.
        {
          id: 'card-ends-early', action: true, source: 'bg-portal-late-2024',
          when: { kind: 'date', fact: 'permitEndDate', op: 'before', than: { param: 'tpEnd' } },
        },
        { id: 'moving-in-the-eu', source: 'bg-portal-moving', when: { kind: 'in', fact: 'returnIntention', values: ['move-on'] } },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'BG.after-tp',
      kind: 'info',
      test: 'info',
      // Where to ask is official; "no scheme found" is the result of a search, and the art. 24(7) route was found on a migrant information site only.
      sources: ['bg-portal-moving', 'bg-sar-card', 'bg-migrantlife-24-7'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
