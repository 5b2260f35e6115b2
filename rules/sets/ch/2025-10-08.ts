import { defineRuleSet } from '../../schema/rule-set';
import type { Condition } from '../../schema/condition';
import { cite } from '../_shared/sources';

/**
 * Switzerland: protection status S. Not bound by the EU Temporary Protection
 * Directive. Version from the Federal Council decision of 8 October 2025: S is
 * not lifted before 4 March 2027 unless the situation stabilises lastingly,
 * and (Friedli motion 24.3378) from 1 November 2025 S is refused to new
 * applicants from 7 regions where SEM considers return reasonable: every
 * application processed after 31 October 2025, including those lodged
 * earlier. Holders of S are not affected. A refused applicant gets a removal
 * order, or provisional admission (F) if removal is impermissible or
 * unreasonable. After 5 years of S: a B permit (Art. 74 AsylA). Brief §2.15.
 */

const holdsS: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-s', source: 's49',
};
const newApplicant: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'asylum-pending', 'no-status'], reason: 'new-applicant', source: 's49',
};
const fromReasonableReturnRegion: Condition = { kind: 'in', fact: 'originOblast', param: 'reasonableReturnRegions' };

export default defineRuleSet({
  id: 'CH',
  version: '2025-10-08',
  validFrom: '2025-10-08',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite('s0', 's49', 's50', 's50b'),
  parameters: {
    /**
     * Regions (ISO 3166-2:UA) where SEM considers return reasonable, for
     * applications processed after 31 October 2025: Volyn, Rivne, Lviv,
     * Ternopil, Zakarpattia, Ivano-Frankivsk, Chernivtsi (SEM, 8 October 2025).
     */
    reasonableReturnRegions: {
      unit: 'regions',
      values: [
        { value: [], validFrom: '2025-10-08', source: 's50', status: 'adopted' },
        { value: ['UA-07', 'UA-56', 'UA-46', 'UA-61', 'UA-21', 'UA-26', 'UA-77'], validFrom: '2025-11-01', source: 's49', status: 'adopted' },
      ],
    },
    /** Years of S after which a B permit is granted (Art. 74 AsylA). */
    yearsOfSForB: {
      unit: 'years',
      values: [{ value: 5, validFrom: '2025-10-08', source: 's50b', status: 'adopted' }],
    },
    /** The Federal Council will not lift S before this date, unless the situation stabilises lastingly. */
    sNotLiftedBefore: {
      unit: 'date',
      values: [{ value: '2027-03-04', validFrom: '2025-10-08', source: 's50', status: 'adopted' }],
    },
  },
  definitions: {
    holdsS,
    newApplicant,
    fromReasonableReturnRegion,
  },
  options: [
    {
      id: 'CH.status-s',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'any',
        of: [
          holdsS,
          {
            kind: 'all',
            of: [
              newApplicant,
              { kind: 'not', of: fromReasonableReturnRegion, reason: 'region-not-on-list', source: 's49' },
            ],
          },
        ],
      },
      sources: ['s49', 's50'],
      verification: 'verified',
      notes: [
        { id: 'not-lifted-before', when: { kind: 'today', op: 'before', than: { param: 'sNotLiftedBefore' } }, source: 's50' },
        { id: 'travel-limit', source: 's50' },
        { id: 'family-of-holders', when: { kind: 'all', of: [newApplicant, fromReasonableReturnRegion] }, source: 's49' },
      ],
    },
    {
      id: 'CH.b-permit',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          holdsS,
          {
            kind: 'any',
            of: [
              { kind: 'heldContinuously', years: { param: 'yearsOfSForB' }, on: { asOf: true }, reason: 'five-years-of-s', source: 's50b' },
              {
                kind: 'all',
                of: [
                  { kind: 'in', fact: 'protectionInterrupted', values: ['no'], reason: 's-not-interrupted', source: 's50b' },
                  { kind: 'caseByCase', reason: 's-still-in-force-later', source: 's50' },
                ],
              },
            ],
          },
        ],
      },
      sources: ['s50b', 's50'],
      verification: 'verified',
      notes: [
        { id: 'until-s-lifted', source: 's50b' },
        { id: 'earliest-2027', source: 's50b' },
      ],
    },
    {
      id: 'CH.provisional-admission',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          newApplicant,
          { ...fromReasonableReturnRegion, reason: 'region-on-list', source: 's49' },
          { kind: 'caseByCase', reason: 'removal-not-possible', source: 's49' },
        ],
      },
      sources: ['s49'],
      verification: 'verified',
      notes: [{ id: 'what-f-means', source: 's49' }],
    },
    {
      id: 'CH.asylum',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'asylum-pending', 'no-status'],
            reason: 'can-apply-asylum', source: 's49',
          },
          { kind: 'caseByCase', reason: 'asylum-individual', source: 's49' },
        ],
      },
      sources: ['s49'],
      verification: 'verified',
      notes: [{ id: 'keep-s', when: holdsS, source: 's49' }],
    },
  ],
});
