import type { Condition } from '../../schema/condition';

/**
 * Condition fragments many rule sets share. They are plain data (no logic):
 * each rule set copies them into its own `definitions`, so a published rule set
 * still reads on its own.
 */

/** Holds (or has applied for) temporary protection in the host country now. */
export const holdsTemporaryProtection: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-tp',
};

/** The EU temporary protection has not ended yet on the evaluation date. */
export const beforeTpEnd: Condition = {
  kind: 'today', op: 'onOrBefore', than: { param: 'tpEnd' }, reason: 'before-tp-end', source: 's4',
};

/** A man aged 23 to 60: the group the proposed EU 2028 extension would no longer cover automatically after leaving Ukraine without an exit permit. */
export const manOfMobilisationBand: Condition = {
  kind: 'all',
  of: [
    { kind: 'in', fact: 'sex', values: ['male'] },
    { kind: 'age', op: 'gte', years: { value: 23 } },
    { kind: 'age', op: 'lte', years: { value: 60 } },
  ],
};
