import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import previous from './2022-03-16';
import { DK_SOURCES_2026_12_06 } from './sources';

/**
 * Correction written in the review of 6 December 2026 (issues 17 and 22),
 * dated from the law's own date: 18 March 2026 is the first day after the
 * last end of Special Act permits that an official source confirms (L 51,
 * 2024: 17 March 2026). L 51 lets the minister extend the permits further
 * by executive order; no official text doing so was found. So from this day a
 * holder's permit is an open question (maybe), never "not eligible" and never
 * "eligible, verified", with what to check in the note `extension-unconfirmed`.
 * (It cannot carry the review date: an adopted version on or after a
 * proposal's date supersedes it, and the bill is restated on 2026-12-06.)
 *
 * Also from the official pages: the permit lapses after more than 6 months
 * abroad in a row (time in Ukraine for a recognised purpose excepted), and a
 * lapsed permit can be applied for again; the phone number of the Danish
 * Immigration Service. And contract v2: Denmark is an EU member state, but
 * does not apply EU temporary protection (opt-out); the Special Act permit
 * plays that role (`DK.temporary-protection`, information).
 */

const holdsSpecialActPermit: Condition = {
  kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-special-act-permit', source: 's48',
};

/** A holder's permit beyond 17 March 2026: confirmed only up to that day. */
const holderPermitRuns: Condition = {
  kind: 'any',
  of: [
    { kind: 'today', op: 'onOrBefore', than: { param: 'permitsExtendedTo' }, reason: 'permit-confirmed-until', source: 's48' },
    { kind: 'caseByCase', reason: 'extension-after-last-confirmed', source: 'dk-ft-l51-2024' },
  ],
};

export default reviseRuleSet(previous, {
  version: '2026-03-18',
  validFrom: '2026-03-18',
  lastVerified: '2026-12-06',
  sources: DK_SOURCES_2026_12_06,
  definitions: { holdsSpecialActPermit, holderPermitRuns },
  options: {
    upsert: [
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
                { kind: 'all', of: [holdsSpecialActPermit, holderPermitRuns] },
                { kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'asylum-pending', 'no-status'] },
              ],
            },
          ],
        },
        sources: ['s48', 'dk-ft-l51-2024', 'dk-ft-l145-2022', 'dk-nyidanmark-bortfald', 's46', 's47'],
        // No official text confirms permits beyond 17 March 2026.
        verification: 'unverified',
        notes: [
          { id: 'extension-unconfirmed', when: { kind: 'today', op: 'after', than: { param: 'permitsExtendedTo' } }, source: 'dk-ft-l51-2024' },
          { id: 'absences', source: 'dk-nyidanmark-bortfald' },
          {
            id: 'bill-young-men',
            when: {
              kind: 'all',
              of: [
                { kind: 'in', fact: 'sex', values: ['male'] },
                { kind: 'age', op: 'lt', years: { value: 23 } },
                { kind: 'not', of: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] } },
              ],
            },
            source: 's47',
          },
          { id: 'work-obligation', when: { kind: 'in', fact: 'receivesHumanitarianBenefit', values: ['yes', 'unknown'] }, source: 's46' },
        ],
      },
      {
        id: 'DK.temporary-protection',
        kind: 'info',
        test: 'info',
        sources: ['dk-jm-protocol-22', 'eu-decision-2022-382', 'dk-ft-l145-2022', 's48'],
        verification: 'verified',
        notes: [],
      },
    ],
    patch: {
      // The law lets the authorities put an asylum case on hold while a Special Act permit is open (L 51).
      'DK.asylum': { sources: ['s48', 'dk-ft-l51-2024', 's46'] },
    },
  },
});
