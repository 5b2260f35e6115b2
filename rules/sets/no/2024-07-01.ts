import { defineRuleSet } from '../../schema/rule-set';
import type { Condition } from '../../schema/condition';
import { cite } from '../_shared/sources';

/**
 * Norway: temporary collective protection ("midlertidig kollektiv beskyttelse").
 * Not bound by the EU Temporary Protection Directive: Norway sets its own
 * dates. Version from the amendment of the Immigration Regulations § 7-5 a in
 * force 1 July 2024 (G-05/2024); the list of "safe" regions whose new
 * applicants get an individual asylum assessment instead is a dated parameter
 * (6 oblasts from 28 September 2024, 14 oblasts from 13 January 2025).
 * People who already hold collective protection are not affected. Brief §2.13.
 */

/** Already holds collective protection in Norway (contract: currentStatus temporary-protection). */
const holdsCollectiveProtection: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-collective-protection', source: 's43',
};

/** Has applied, or is about to apply: the rules for new applicants apply. */
const newApplicant: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'asylum-pending', 'no-status'], reason: 'new-applicant', source: 's41',
};

/** The region of origin is on UDI's list of areas from which new applicants get no collective protection. */
const fromSafeListedRegion: Condition = { kind: 'in', fact: 'originOblast', param: 'safeRegions' };

export default defineRuleSet({
  id: 'NO',
  version: '2024-07-01',
  validFrom: '2024-07-01',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite('s0', 's41', 's42', 's43', 's44', 's45'),
  parameters: {
    /**
     * Regions (ISO 3166-2:UA) whose new applicants get an individual asylum
     * assessment instead of collective protection. What counts is where the
     * person lived during the last 6 months. Kyiv oblast (UA-32) is listed,
     * Kyiv city (UA-30) is not.
     */
    safeRegions: {
      unit: 'regions',
      values: [
        { value: [], validFrom: '2024-07-01', source: 's45', status: 'adopted' },
        // Lviv, Volyn, Zakarpattia, Ivano-Frankivsk, Ternopil, Rivne.
        { value: ['UA-46', 'UA-07', 'UA-21', 'UA-26', 'UA-61', 'UA-56'], validFrom: '2024-09-28', source: 's41', status: 'adopted' },
        // Cherkasy, Chernivtsi, Ivano-Frankivsk, Khmelnytskyi, Kirovohrad, Kyiv oblast, Lviv,
        // Poltava, Rivne, Ternopil, Vinnytsia, Volyn, Zakarpattia, Zhytomyr.
        {
          value: ['UA-71', 'UA-77', 'UA-26', 'UA-68', 'UA-35', 'UA-32', 'UA-46', 'UA-53', 'UA-56', 'UA-61', 'UA-05', 'UA-07', 'UA-21', 'UA-18'],
          validFrom: '2025-01-13', source: 's41', status: 'adopted',
        },
      ],
    },
  },
  definitions: {
    holdsCollectiveProtection,
    newApplicant,
    fromSafeListedRegion,
  },
  options: [
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
              { kind: 'not', of: fromSafeListedRegion, reason: 'region-not-safe-listed', source: 's41' },
            ],
          },
        ],
      },
      sources: ['s43', 's41', 's45', 's44'],
      verification: 'verified',
      notes: [
        { id: 'renewed-yearly', when: holdsCollectiveProtection, source: 's43' },
        { id: 'last-six-months', when: newApplicant, source: 's41' },
        { id: 'other-exclusions', when: newApplicant, source: 's45' },
        { id: 'norwegian-dates', source: 's43' },
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
            reason: 'can-apply-asylum', source: 's41',
          },
          { kind: 'caseByCase', reason: 'asylum-individual', source: 's41' },
        ],
      },
      sources: ['s41', 's44', 's42'],
      verification: 'verified',
      notes: [
        { id: 'safe-region-refusals', when: { kind: 'all', of: [newApplicant, fromSafeListedRegion] }, source: 's44' },
        { id: 'conscription-not-a-ground', when: { kind: 'in', fact: 'sex', values: ['male'] }, source: 's42' },
        { id: 'keep-collective-protection', when: holdsCollectiveProtection, source: 's43' },
      ],
    },
  ],
});
