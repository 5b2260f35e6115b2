import { defineRuleSet } from '../../schema/rule-set';
import type { Condition } from '../../schema/condition';
import { cite } from '../_shared/sources';

/**
 * PROPOSED: the government's proposal of 26 February 2026 that newly arriving
 * Ukrainian men aged 18 to 60 no longer get collective protection and must
 * apply for asylum under the ordinary rules. Exceptions: men with military
 * discharge or deferment documents, people on the medical evacuation
 * programme (no fact for it: named in the proposal text), and sole carers of
 * children who arrived with them. Adoption was targeted before Easter 2026;
 * entry into force is not confirmed in the sources read. Whether "to 60"
 * includes 60 is unclear: coded inclusive (60 until the day before the 61st
 * birthday) and marked unverified. Existing holders are not affected.
 * Brief §2.13 item 2.
 */

const holdsCollectiveProtection: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-collective-protection', source: 's43',
};
const newApplicant: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'asylum-pending', 'no-status'], reason: 'new-applicant', source: 's41',
};
const fromSafeListedRegion: Condition = { kind: 'in', fact: 'originOblast', param: 'safeRegions' };

/** The proposed rule for men does not stand in the way. */
const menRulePasses: Condition = {
  kind: 'any',
  reason: 'men-18-60-rule',
  source: 's42',
  of: [
    { kind: 'in', fact: 'sex', values: ['female'] },
    { kind: 'age', op: 'lt', years: { param: 'menRuleFromAge' } },
    { kind: 'age', op: 'gt', years: { param: 'menRuleToAge' } },
    { kind: 'in', fact: 'militaryExemption', values: ['exempt', 'deferment'] },
    {
      kind: 'all',
      of: [
        { kind: 'in', fact: 'soleCarerOfChildren', values: ['yes'] },
        { kind: 'compare', fact: 'childrenInHost', op: 'gt', than: { value: 0 } },
      ],
    },
  ],
};

export default defineRuleSet({
  id: 'NO',
  version: '2026-02-26',
  validFrom: '2026-02-26',
  status: 'proposed',
  proposal: 'no-men-18-60',
  lastVerified: '2026-11-28',
  sources: cite('s0', 's41', 's42', 's43', 's44', 's45'),
  parameters: {
    safeRegions: {
      unit: 'regions',
      values: [
        {
          value: ['UA-71', 'UA-77', 'UA-26', 'UA-68', 'UA-35', 'UA-32', 'UA-46', 'UA-53', 'UA-56', 'UA-61', 'UA-05', 'UA-07', 'UA-21', 'UA-18'],
          validFrom: '2025-01-13', source: 's41', status: 'adopted',
        },
      ],
    },
    /** Lowest age of the proposed rule for men. */
    menRuleFromAge: {
      unit: 'years',
      values: [{ value: 18, validFrom: '2026-02-26', source: 's42', status: 'adopted' }],
    },
    /** Highest age of the proposed rule for men; whether 60 itself is included is unclear. */
    menRuleToAge: {
      unit: 'years',
      values: [{ value: 60, validFrom: '2026-02-26', source: 's42', status: 'adopted', verification: 'unverified' }],
    },
  },
  definitions: {
    holdsCollectiveProtection,
    newApplicant,
    fromSafeListedRegion,
    menRulePasses,
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
              menRulePasses,
            ],
          },
        ],
      },
      sources: ['s42', 's43', 's41'],
      verification: 'unverified',
      notes: [],
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
      notes: [],
    },
  ],
});
