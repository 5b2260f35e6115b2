import { defineRuleSet } from '../../schema/rule-set';
import type { Condition } from '../../schema/condition';
import { cite } from '../_shared/sources';

/**
 * Denmark: residence permit under the Special Act ("særloven", Law no. 324 of
 * 16 March 2022). Denmark has an opt-out from EU home-affairs law and is not
 * bound by the Temporary Protection Directive. Permits were last extended
 * automatically to 17 March 2026 (L 51, 2024: confirmed); an extension into
 * 2027 is likely but not confirmed in the sources read, so the option is
 * unverified. The 2026 restrictions are a bill (see 2026-06-25, proposed).
 * Brief §2.14.
 */

const holdsSpecialActPermit: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-special-act-permit', source: 's48',
};

export default defineRuleSet({
  id: 'DK',
  version: '2022-03-16',
  validFrom: '2022-03-16',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite('s0', 's46', 's47', 's48'),
  parameters: {
    /** Last extension of Special Act permits that the sources confirm (L 51; the register dates S48 only to 2024, so from 1 January 2024). No later date is confirmed. */
    permitsExtendedTo: {
      unit: 'date',
      values: [{ value: '2026-03-17', validFrom: '2024-01-01', source: 's48', status: 'adopted' }],
    },
  },
  definitions: {
    holdsSpecialActPermit,
  },
  options: [
    {
      id: 'DK.special-act-permit',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'asylum-pending', 'no-status'],
        reason: 'special-act-status', source: 's48',
      },
      sources: ['s48', 's46', 's47'],
      // The extension of permits beyond 17 March 2026 is not confirmed.
      verification: 'unverified',
      notes: [
        { id: 'extension-unconfirmed', when: { kind: 'today', op: 'after', than: { param: 'permitsExtendedTo' } }, source: 's48' },
        {
          id: 'bill-young-men',
          when: {
            kind: 'all',
            of: [
              { kind: 'in', fact: 'sex', values: ['male'] },
              { kind: 'age', op: 'lt', years: { value: 23 } },
              { kind: 'not', of: holdsSpecialActPermit },
            ],
          },
          source: 's47',
        },
        { id: 'work-obligation', when: { kind: 'in', fact: 'receivesHumanitarianBenefit', values: ['yes', 'unknown'] }, source: 's46' },
      ],
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
      // The brief has no Danish asylum rule for Ukrainians: general background only.
      verification: 'unverified',
      notes: [{ id: 'keep-special-act-permit', when: holdsSpecialActPermit, source: 's48' }],
    },
  ],
});
