import { reviseRuleSet } from '../../schema/revise';
import previous from './2026-10-20';
import { US_SOURCES_2026_12_06 } from './sources';

/**
 * Correction of 6 December 2026 (issue 17, item 3).
 *
 * - The January 2025 Federal Register notice (2025-00771) extended the TPS
 *   designation of Ukraine to 19 October 2026 without a redesignation: the
 *   initial registration under the 2023 redesignation has closed. A person
 *   who never had TPS can now file only as a late initial registrant under
 *   8 CFR 244.2(f)(2) and (g) (case by case), never in general terms. The
 *   option rests on the Federal Register, not on s55 (a blog).
 * - After 19 October 2026 no Federal Register notice was found. By statute a
 *   designation is extended automatically by 6 months when no decision is
 *   published at least 60 days before it ends; whether that happened for
 *   Ukraine is not confirmed. It is a planned value of the designation's end
 *   (to 19 April 2027) that took effect, if at all, on 20 October 2026: overdue
 *   (ADR 14), so holders and late filers get "maybe", with what to check at
 *   uscis.gov. Check again by 20 December 2026.
 * `tpsEnd` gets the same end date again, cited to the Federal Register (the
 * value cited to s55 stays in the history), and the planned value.
 */
export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: US_SOURCES_2026_12_06,
  parameters: {
    // The same end, now cited to the Federal Register (the earlier value cited s55, a blog; values are never removed).
    tpsEnd: {
      values: [
        { value: '2026-10-19', validFrom: '2025-04-20', source: 'us-fr-2025-00771', status: 'adopted' },
        {
          value: '2027-04-19', validFrom: '2026-10-20', source: 'us-fr-2000-automatic-extension', status: 'proposed',
          proposal: 'us-tps-automatic-extension', plannedInForce: '2026-10-20', checkBy: '2026-12-20', verification: 'unverified',
        },
      ],
    },
  },
  options: {
    upsert: [
      {
        id: 'US.tps',
        kind: 'protection',
        test: 'eligibility',
        // Two branches, each with the designation's end, so that where the end is open (the
        // automatic extension, overdue) what a person told us still reads as met or not met.
        when: {
          kind: 'any',
          of: [
            {
              kind: 'all',
              of: [
                { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-tps', source: 'us-fr-2025-00771' },
                { kind: 'today', op: 'onOrBefore', than: { param: 'tpsEnd' }, reason: 'tps-designation-in-force', source: 'us-fr-2025-00771' },
              ],
            },
            {
              kind: 'all',
              of: [
                { kind: 'date', fact: 'arrivalDate', op: 'onOrBefore', than: { param: 'continuousResidenceSince' }, reason: 'continuous-residence', source: 's54' },
                { kind: 'caseByCase', reason: 'late-initial-registration', source: 'us-cfr-244-2' },
                { kind: 'today', op: 'onOrBefore', than: { param: 'tpsEnd' } },
              ],
            },
          ],
        },
        sources: ['us-fr-2025-00771', 'us-cfr-244-2', 's54', 'us-uscis-reparole-faq', 'us-fr-2022-08390'],
        verification: 'verified',
        notes: [
          { id: 'automatic-extension-unverified', source: 'us-fr-2000-automatic-extension' },
          { id: 'physical-presence', when: { kind: 'not', of: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] } }, source: 's54' },
          { id: 'parole', when: { kind: 'not', of: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] } }, source: 'us-uscis-reparole-faq' },
        ],
      },
    ],
  },
});
