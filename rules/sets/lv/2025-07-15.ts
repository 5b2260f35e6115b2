import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCE_IDS, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';
import { LV_SOURCES } from './sources';

/**
 * Latvia from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), written in the review of
 * 6 December 2026 (issue 19). PMLP issues a residence permit that shows
 * temporary protection under the Law on Support of Ukrainian Civilians. No
 * official Latvian text on the permits' end date was found (the 2027 date in
 * the law is for expired travel documents). Leaving Latvia means applying to
 * cancel the status (PMLP). No Latvian scheme for after temporary protection
 * was found.
 */
export default defineRuleSet({
  id: 'LV',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite(...EU_SOURCE_IDS), ...EU_SOURCES_2026_12_06, ...LV_SOURCES],
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
      id: 'LV.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'lv-pmlp-apply',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['lv-pmlp-apply', 'lv-likumi-support-law', 'lv-iem-faq', 'lv-vestnesis-2025', 'lv-pmlp-annul', 'lv-pmlp-2024', 'eu-recommendation-2025-5129', 'eu-decision-2022-382', 'lv-lsm-2024', 'lv-ukrainepuls-2025'],
      verification: 'verified',
      notes: [
        // Leaving Latvia: apply to cancel the status (PMLP). The interview asks whether the person plans to leave.
        {
          id: 'leaving-latvia', action: true, source: 'lv-pmlp-annul',
          when: { kind: 'in', fact: 'returnIntention', values: ['return', 'move-on', 'undecided'] },
        },
        // A card ending before temporary protection: ask PMLP; cancelled statuses reported in the news.
        {
          id: 'permit-ends-early', action: true, source: 'lv-ukrainepuls-2025',
          when: { kind: 'date', fact: 'permitEndDate', op: 'before', than: { param: 'tpEnd' } },
        },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'LV.after-tp',
      kind: 'info',
      test: 'info',
      // The minister's statement and where to ask are official; "no scheme found" is the result of a search.
      sources: ['lv-esfondi-2025', 'lv-pmlp-annul', 'lv-iem-faq'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
