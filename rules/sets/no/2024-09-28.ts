import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import previous from './2024-07-01';
import { NO_SOURCES_2026_12_06 } from './sources';

/**
 * Correction written in the review of 6 December 2026 (issues 17 and 22),
 * dated from the law's own date: the safe-area rule began on 28 September
 * 2024 together with its exceptions, which the 2024-07-01 version left out.
 * (It cannot carry the review date: an adopted version on or after a
 * proposal's date supersedes it, and the men's proposal is restated on
 * 2026-12-06; see 2026-12-06.ts.)
 *
 * What the official UDI pages say and the earlier version did not:
 * - The safe-area rule does not apply to people whose close family (spouse,
 *   cohabitant, child under 18, household members from before 24 February
 *   2022) already has collective protection, nor to Medevac arrivals. Close
 *   family members of a holder can get collective protection whatever their
 *   nationality. We have no fact for Medevac and none for a family member's
 *   status: a partner in Norway makes it an open question (maybe), and a note
 *   names every exception.
 * - A person who is not a Ukrainian citizen and only had a residence permit
 *   in Ukraine does not get collective protection; documented protection in
 *   Ukraine counts. Such a person can apply for protection individually.
 * - A holder must stay in Norway at least half of the permit period, and since
 *   12 December 2023 a trip to Ukraine can cost the permit.
 * - Norway's law was proposed to allow collective protection for at most 5
 *   years in all (Prop. 94 L (2023–2024)).
 */

const holdsCollectiveProtection: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-collective-protection', source: 's43',
};
const newApplicant: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'asylum-pending', 'no-status'], reason: 'new-applicant', source: 'no-udi-who-can-get',
};
const fromSafeListedRegion: Condition = { kind: 'in', fact: 'originOblast', param: 'safeRegions' };

/** A Ukrainian citizen (an unasked nationality reads as Ukrainian), or someone with documented protection in Ukraine. */
const ukrainianOrProtectedInUkraine: Condition = {
  kind: 'any',
  reason: 'ukrainian-or-protection-in-ukraine',
  source: 'no-udi-who-not',
  of: [
    { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
    { kind: 'in', fact: 'residenceInUkraine', values: ['protection'] },
  ],
};

/**
 * The close family member of someone who has collective protection: the only
 * fact we have is a partner living in Norway; whether that partner holds
 * collective protection (and since when the couple has been together) UDI checks.
 */
const closeFamilyOfHolder: Condition = {
  kind: 'all',
  of: [
    { kind: 'in', fact: 'partner', values: ['in-host-country'], reason: 'partner-in-norway', source: 'no-udi-who-can-get' },
    { kind: 'caseByCase', reason: 'close-family-of-holder', source: 'no-udi-safe-areas-exceptions' },
  ],
};

export default reviseRuleSet(previous, {
  version: '2024-09-28',
  validFrom: '2024-09-28',
  lastVerified: '2026-12-06',
  sources: NO_SOURCES_2026_12_06,
  definitions: {
    holdsCollectiveProtection,
    newApplicant,
    fromSafeListedRegion,
    ukrainianOrProtectedInUkraine,
    closeFamilyOfHolder,
  },
  options: {
    upsert: [
      {
        id: 'NO.collective-protection',
        kind: 'protection',
        test: 'eligibility',
        when: {
          kind: 'any',
          of: [
            holdsCollectiveProtection,
            {
              kind: 'all',
              of: [
                newApplicant,
                {
                  kind: 'any',
                  of: [
                    {
                      kind: 'all',
                      of: [
                        ukrainianOrProtectedInUkraine,
                        { kind: 'not', of: fromSafeListedRegion, reason: 'region-not-safe-listed', source: 'no-udi-safe-areas-exceptions' },
                      ],
                    },
                    closeFamilyOfHolder,
                  ],
                },
              ],
            },
          ],
        },
        sources: ['no-udi-who-can-get', 'no-udi-safe-areas-exceptions', 'no-udi-who-not', 's43', 's45', 's41'],
        verification: 'verified',
        notes: [
          { id: 'renewed-yearly', when: holdsCollectiveProtection, source: 'no-udi-duration' },
          { id: 'absences', source: 'no-udi-half-the-period' },
          { id: 'last-six-months', when: newApplicant, source: 's41' },
          { id: 'safe-area-exceptions', when: { kind: 'all', of: [newApplicant, fromSafeListedRegion] }, source: 'no-udi-safe-areas-exceptions' },
          {
            id: 'non-ukrainian-citizens',
            action: true,
            when: { kind: 'all', of: [newApplicant, { kind: 'in', fact: 'nationality', values: ['other', 'stateless'] }] },
            source: 'no-udi-who-not',
          },
          { id: 'other-exclusions', when: newApplicant, source: 'no-udi-who-not' },
          { id: 'withdrawn-or-ended', when: { kind: 'in', fact: 'protectionInterrupted', values: ['yes'] }, source: 's45' },
          { id: 'norwegian-dates', source: 'no-prop-94-l-2023-2024' },
        ],
      },
      {
        id: 'NO.asylum',
        kind: 'protection',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'asylum-pending', 'no-status'],
              reason: 'can-apply-asylum', source: 'no-udi-who-not',
            },
            { kind: 'caseByCase', reason: 'asylum-individual', source: 'no-udi-safe-areas-exceptions' },
          ],
        },
        sources: ['no-udi-safe-areas-exceptions', 'no-udi-who-not', 's45', 's44', 's42'],
        verification: 'verified',
        notes: [
          { id: 'safe-region-refusals', when: { kind: 'all', of: [newApplicant, fromSafeListedRegion] }, source: 's44' },
          { id: 'conscription-not-a-ground', when: { kind: 'in', fact: 'sex', values: ['male'] }, source: 's42' },
          { id: 'keep-collective-protection', when: holdsCollectiveProtection, source: 's43' },
          { id: 'after-withdrawal', when: { kind: 'in', fact: 'protectionInterrupted', values: ['yes'] }, source: 'no-udi-trips-to-ukraine' },
        ],
      },
    ],
  },
});
