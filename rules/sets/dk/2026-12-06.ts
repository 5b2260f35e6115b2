import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import adopted from './2026-03-18';

/**
 * PROPOSED (restated on 6 December 2026; replaces the proposed version of
 * 25 June 2026): the Danish bill introduced on 25 June 2026 (announced 26-27
 * February 2026), reported to apply to applications made from that date
 * (Komersant, secondary). No official text on its passage was found (research
 * notes, 6 December 2026): its planned date has passed, so it is overdue (ADR
 * 14) and the new applicants it would refuse get "maybe", with what to check
 * in `checks.dk-bill-2026`.
 * - New applicants from 14 "less war-affected" oblasts (Kyiv oblast, not
 *   Kyiv city) no longer qualify under the Special Act. (Announced in
 *   February for an April bill: whether it is in the same bill is not
 *   confirmed.)
 * - Men aged 23 to 60 qualify only with documented exemption from Ukrainian
 *   military service (a deferment is not counted as exemption).
 * - Men under 23 get a permit only until their 23rd birthday.
 * Existing permit holders are not affected. We have no application date: a
 * person who has applied and arrived before 25 June 2026 is taken to have
 * applied before it.
 */

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

export default reviseRuleSet(adopted, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  status: 'proposed',
  proposal: 'dk-bill-2026',
  plannedInForce: '2026-06-25',
  checkBy: '2027-01-15',
  lastVerified: '2026-12-06',
  parameters: {
    /** The bill applies to applications from the day it was introduced. */
    billAppliesFrom: { unit: 'date', values: [{ value: '2026-06-25', validFrom: '2026-06-25', source: 's47', status: 'adopted' }] },
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
    menRuleFromAge: { unit: 'years', values: [{ value: 23, validFrom: '2026-06-25', source: 's47', status: 'adopted' }] },
    menRuleToAge: { unit: 'years', values: [{ value: 60, validFrom: '2026-06-25', source: 's46', status: 'adopted' }] },
  },
  definitions: { menRulePasses },
  options: {
    patch: {
      'DK.special-act-permit': {
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
                // Holders are not affected (no reason here: it must not read as an open question for new applicants).
                { kind: 'all', of: [{ kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] }, { kind: 'ref', name: 'holderPermitRuns' }] },
                {
                  kind: 'all',
                  of: [
                    { kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'asylum-pending'] },
                    // No reason: once the bill is overdue, a later arrival must not read as an open question of its own.
                    { kind: 'date', fact: 'arrivalDate', op: 'before', than: { param: 'billAppliesFrom' } },
                  ],
                },
                {
                  kind: 'all',
                  of: [
                    { kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'asylum-pending', 'no-status'] },
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
      },
    },
  },
});
