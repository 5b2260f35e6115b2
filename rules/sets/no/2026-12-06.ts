import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import adopted from './2024-09-28';

/**
 * PROPOSED (restated on 6 December 2026; replaces the proposed version of
 * 26 February 2026): the government's proposal of 26 February 2026 that
 * newly arriving Ukrainian men aged 18 to 60 no longer get collective
 * protection and must apply for asylum under the ordinary rules. Exceptions:
 * men with military discharge or deferment documents, people on the medical
 * evacuation programme (no fact for it: named in the texts), and sole carers
 * of children who came with them. It was to go to public consultation first;
 * adoption was targeted before Easter (5 April 2026). No official text
 * confirming adoption, an in-force date or the age bound was found (research
 * notes, 6 December 2026), so the proposal is overdue (ADR 14): the men it
 * would refuse get "maybe", with what to check in `checks.no-men-18-60`.
 *
 * "18 to 60": whether a man aged 60 is included is unclear. A man aged
 * exactly 60 is open under the proposal itself (case by case), so that both
 * readings lead to "maybe"; from his 61st birthday he is outside it.
 * Existing holders are not affected.
 */

const menRulePasses: Condition = {
  kind: 'any',
  reason: 'men-18-60-rule',
  source: 's42',
  of: [
    { kind: 'in', fact: 'sex', values: ['female'] },
    { kind: 'age', op: 'lt', years: { param: 'menRuleFromAge' } },
    { kind: 'age', op: 'gt', years: { param: 'menRuleToAge' } },
    {
      kind: 'all',
      of: [
        { kind: 'age', op: 'eq', years: { param: 'menRuleToAge' } },
        { kind: 'caseByCase', reason: 'men-upper-bound-unclear', source: 's42' },
      ],
    },
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

export default reviseRuleSet(adopted, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  status: 'proposed',
  proposal: 'no-men-18-60',
  plannedInForce: '2026-04-05',
  checkBy: '2027-01-15',
  lastVerified: '2026-12-06',
  parameters: {
    /** Lowest age of the proposed rule for men. */
    menRuleFromAge: { unit: 'years', values: [{ value: 18, validFrom: '2026-02-26', source: 's42', status: 'adopted' }] },
    /** Highest age of the proposed rule for men; whether 60 itself is included is unclear (60 is read as open). */
    menRuleToAge: { unit: 'years', values: [{ value: 60, validFrom: '2026-02-26', source: 's42', status: 'adopted', verification: 'unverified' }] },
  },
  definitions: { menRulePasses },
  options: {
    patch: {
      'NO.collective-protection': {
        when: {
          kind: 'any',
          of: [
            // Holders are not affected. No reason here: in the world of the proposal this branch
            // fails for every new applicant, and it must not read as an open question for them.
            { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] },
            {
              kind: 'all',
              of: [
                { kind: 'ref', name: 'newApplicant' },
                {
                  kind: 'any',
                  of: [
                    {
                      kind: 'all',
                      of: [
                        { kind: 'ref', name: 'ukrainianOrProtectedInUkraine' },
                        { kind: 'not', of: { kind: 'ref', name: 'fromSafeListedRegion' }, reason: 'region-not-safe-listed', source: 'no-udi-safe-areas-exceptions' },
                      ],
                    },
                    { kind: 'ref', name: 'closeFamilyOfHolder' },
                  ],
                },
                menRulePasses,
              ],
            },
          ],
        },
        sources: ['s42', 'no-udi-who-can-get', 'no-udi-safe-areas-exceptions', 's43'],
        verification: 'unverified',
      },
    },
  },
});
