import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCE_IDS, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';
import { SE_SOURCES } from './sources';

/**
 * Sweden from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), written in the review of
 * 6 December 2026 (issue 19). The Migration Agency grants a residence permit
 * under the Temporary Protection Directive, extended each year on
 * application; missing the deadline loses every right the permit gave. No
 * page on the 2026 round was found. Swedish law names a residence permit
 * after temporary protection, but its conditions were not confirmed, so it is
 * information, not an option anyone is told they may qualify for.
 */
export default defineRuleSet({
  id: 'SE',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite(...EU_SOURCE_IDS), ...EU_SOURCES_2026_12_06, ...SE_SOURCES],
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
      id: 'SE.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'se-mv-apply',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['se-mv-apply', 'se-mv-extend-page', 'se-mv-extend-2025', 'se-mv-closed-2024', 'se-mv-employers-faq', 'se-mv-faq', 'se-mv-travel', 'se-mv-call', 'se-prop-2023-24-151', 'eu-recommendation-2025-5129', 'eu-decision-2022-382'],
      verification: 'verified',
      notes: [
        // No page on the 2026 round: the end date on the card decides.
        { id: 'round-2026-not-found', source: 'se-mv-extend-2025' },
        // A card ending before temporary protection: rights lost without a timely application; apply again.
        {
          id: 'permit-ends-early', action: true, source: 'se-mv-closed-2024',
          when: { kind: 'date', fact: 'permitEndDate', op: 'before', than: { param: 'tpEnd' } },
        },
        // Leaving Sweden: tell the Migration Agency; support stops.
        {
          id: 'leaving-sweden', action: true, source: 'se-mv-travel',
          when: { kind: 'in', fact: 'returnIntention', values: ['return', 'move-on', 'undecided'] },
        },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'SE.after-tp',
      kind: 'info',
      test: 'info',
      // The category exists in an official bill; its conditions were found only on a university blog.
      sources: ['se-prop-2023-24-151', 'se-mv-switch-2022', 'se-mv-call', 'se-lund-blog-2024'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
