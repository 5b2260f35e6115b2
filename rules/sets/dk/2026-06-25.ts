import { defineRuleSet } from '../../schema/rule-set';
import type { Condition } from '../../schema/condition';
import { cite } from '../_shared/sources';

/**
 * PROPOSED: the Danish bill introduced on 25 June 2026 (announced 26-27
 * February 2026), for applications made from that date. Passage is not
 * confirmed in the sources read.
 * - New applicants from 14 "less war-affected" oblasts (Kyiv oblast, not
 *   Kyiv city) no longer qualify under the Special Act.
 * - Men aged 23 to 60 qualify only with documented exemption from Ukrainian
 *   military service (a deferment is not counted as exemption).
 * - Men under 23 get a permit only until their 23rd birthday; it cannot be
 *   extended without proof of exemption.
 * Existing permit holders are not affected. We have no application date: a
 * person who has applied and arrived before 25 June 2026 is taken to have
 * applied before it. Brief §2.14.
 */

const holdsSpecialActPermit: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-special-act-permit', source: 's48',
};

const menRulePasses: Condition = {
  kind: 'any',
  reason: 'men-23-60-rule',
  source: 's47',
  of: [
    { kind: 'in', fact: 'sex', values: ['female'] },
    // Under 23: a permit, but only until the day before the 23rd birthday.
    { kind: 'not', of: { kind: 'age', op: 'gte', years: { param: 'menRuleFromAge' }, reason: 'reached-23', source: 's47' } },
    { kind: 'age', op: 'gt', years: { param: 'menRuleToAge' } },
    // Documented exemption; a deferment is not an exemption (the texts say it may be worth asking).
    { kind: 'in', fact: 'militaryExemption', values: ['exempt'] },
  ],
};

export default defineRuleSet({
  id: 'DK',
  version: '2026-06-25',
  validFrom: '2026-06-25',
  status: 'proposed',
  proposal: 'dk-bill-2026',
  lastVerified: '2026-11-28',
  sources: cite('s0', 's46', 's47', 's48'),
  parameters: {
    /** The bill applies to applications from the day it was introduced. */
    billAppliesFrom: {
      unit: 'date',
      values: [{ value: '2026-06-25', validFrom: '2026-06-25', source: 's47', status: 'adopted' }],
    },
    /** The 14 "less war-affected" oblasts (the Norwegian list; Kyiv oblast UA-32, not Kyiv city UA-30). */
    lessAffectedRegions: {
      unit: 'regions',
      values: [
        {
          value: ['UA-71', 'UA-77', 'UA-26', 'UA-68', 'UA-35', 'UA-32', 'UA-46', 'UA-53', 'UA-56', 'UA-61', 'UA-05', 'UA-07', 'UA-21', 'UA-18'],
          validFrom: '2026-06-25', source: 's46', status: 'adopted',
        },
      ],
    },
    menRuleFromAge: {
      unit: 'years',
      values: [{ value: 23, validFrom: '2026-06-25', source: 's47', status: 'adopted' }],
    },
    menRuleToAge: {
      unit: 'years',
      values: [{ value: 60, validFrom: '2026-06-25', source: 's46', status: 'adopted' }],
    },
  },
  definitions: {
    holdsSpecialActPermit,
    menRulePasses,
  },
  options: [
    {
      id: 'DK.special-act-permit',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'asylum-pending', 'no-status'],
            reason: 'special-act-status', source: 's48',
          },
          {
            kind: 'any',
            of: [
              holdsSpecialActPermit,
              {
                kind: 'all',
                of: [
                  { kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'asylum-pending'] },
                  { kind: 'date', fact: 'arrivalDate', op: 'before', than: { param: 'billAppliesFrom' }, reason: 'arrived-before-bill', source: 's47' },
                ],
              },
              {
                kind: 'all',
                of: [
                  {
                    kind: 'not',
                    of: { kind: 'in', fact: 'originOblast', param: 'lessAffectedRegions' },
                    reason: 'region-not-on-list', source: 's46',
                  },
                  menRulePasses,
                ],
              },
            ],
          },
        ],
      },
      sources: ['s47', 's46', 's48'],
      verification: 'unverified',
      notes: [],
    },
    {
      id: 'DK.asylum',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'asylum-pending', 'no-status'],
            reason: 'can-apply-asylum', source: 's48',
          },
          { kind: 'caseByCase', reason: 'asylum-individual', source: 's48' },
        ],
      },
      sources: ['s48', 's46'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
