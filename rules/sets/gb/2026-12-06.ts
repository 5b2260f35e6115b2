import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import previous from './2026-04-08';
import { GB_SOURCES_2026_12_06 } from './sources';

/**
 * Correction of 6 December 2026 (issue 17, item 5). The 2026-04-08 version
 * read the date a person first got protection (protectionStartDate) as the
 * start of their current permission, and counted 18 months from it: most
 * holders got a muddled "maybe", or "your permission may have ended". This
 * version reads the date the current permission ends (permitEndDate, contract
 * v2), which is on the person's eVisa:
 * - before that day the person can extend (a first UPE grant from an earlier
 *   Ukraine scheme, or the further grant of up to 24 months after a first
 *   UPE grant); on and after it, no longer;
 * - in the 90 days before it, apply now (action note, with the end date);
 *   earlier, not yet (a note with the date).
 * Not known: at best "maybe", and the interview asks it.
 *
 * The further grant and the 90-day window (HC 1691, in force 8 April 2026)
 * rest on a secondary source only (s52): the official 2026 text of Appendix
 * Ukraine Scheme was not found in the stored pages. So GB.upe is unverified
 * (at best "maybe") until it is read on gov.uk.
 */

const inWindow: Condition = {
  kind: 'all',
  of: [
    { kind: 'date', fact: 'permitEndDate', op: 'onOrAfter', than: { asOf: true } },
    // Whole days from the end of the permission to today: −90 or more means 90 days or fewer left
    // (UKR 29.2(a) as amended by HC 1691: not more than 90 days before expiry, per s52).
    { kind: 'daysSince', fact: 'permitEndDate', op: 'gte', days: { value: -90 } },
  ],
};

export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: GB_SOURCES_2026_12_06,
  options: {
    upsert: [
      {
        id: 'GB.upe',
        kind: 'stay',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-ukraine-permission', source: 's51' },
            { kind: 'date', fact: 'permitEndDate', op: 'onOrAfter', than: { asOf: true }, reason: 'permission-not-ended', source: 's51' },
          ],
        },
        sources: ['s51', 'gb-upe-caseworker-guidance', 's52', 's53'],
        // Apply before the current permission ends: the person's own end date.
        deadline: { fact: 'permitEndDate' },
        // The further grant and the 90-day window rest on s52 (secondary) only.
        verification: 'unverified',
        notes: [
          { id: 'apply-now', action: true, when: inWindow, source: 's52' },
          {
            id: 'apply-later',
            when: {
              kind: 'all',
              of: [
                { kind: 'date', fact: 'permitEndDate', op: 'after', than: { asOf: true } },
                { kind: 'daysSince', fact: 'permitEndDate', op: 'lt', days: { value: -90 } },
              ],
            },
            source: 's52',
          },
          { id: 'permission-ended', when: { kind: 'date', fact: 'permitEndDate', op: 'before', than: { asOf: true } }, source: 's51' },
          { id: 'stay-in-uk', source: 's51' },
          { id: 'not-settlement', source: 's53' },
        ],
      },
    ],
  },
});
