import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';

/**
 * United Kingdom from 8 April 2026: Statement of Changes HC 1691 (laid 5 March
 * 2026) makes UPE "an initial grant of up to 18 months followed by a further
 * grant of up to 24 months" (42 months in all), and lets people apply up to 90
 * days before their permission ends (before: 28 days). Still not a settlement
 * route. Brief §2.16.
 *
 * The contract has no "permission end" fact. For a UPE permission (granted on
 * or after 4 February 2025) we take protectionStartDate as the date of the
 * UPE grant and count 18 months as 549 days (18 months from 20 July 2025 end
 * on 20 January 2027). The window for the further grant therefore opens 459
 * days after the grant (549 − 90: for P23, 22 October 2026), and closes when
 * the grant ends after 549 days. Months differ in length, so for other grant
 * dates the real end may be a day or two off: the texts say so and send the
 * person to the end date on their eVisa.
 */
export default defineRuleSet({
  id: 'GB',
  version: '2026-04-08',
  validFrom: '2026-04-08',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite('s51', 's52', 's53'),
  parameters: {
    upeOpened: {
      unit: 'date',
      values: [{ value: '2025-02-04', validFrom: '2025-02-04', source: 's51', status: 'adopted' }],
    },
    upeGrantMonths: {
      unit: 'months',
      values: [{ value: 18, validFrom: '2025-02-04', source: 's51', status: 'adopted' }],
    },
    /** Length of the further grant ("up to 24 months"). */
    furtherGrantMonths: {
      unit: 'months',
      values: [{ value: 24, validFrom: '2026-04-08', source: 's52', status: 'adopted' }],
    },
    applyBeforeExpiryDays: {
      unit: 'days',
      values: [
        { value: 28, validFrom: '2025-02-04', source: 's52', status: 'adopted' },
        { value: 90, validFrom: '2026-04-08', source: 's52', status: 'adopted' },
      ],
    },
    /** 18 months (upeGrantMonths) in days, as from a grant of 20 July 2025: an approximation for other dates. */
    upeGrantDays: {
      unit: 'days',
      values: [{ value: 549, validFrom: '2025-02-04', source: 's51', status: 'adopted', verification: 'unverified' }],
    },
    /** upeGrantDays − applyBeforeExpiryDays: the day after the grant from which the further grant may be applied for. */
    furtherGrantWindowOpensAfterDays: {
      unit: 'days',
      values: [{ value: 459, validFrom: '2026-04-08', source: 's52', status: 'adopted', verification: 'unverified' }],
    },
  },
  definitions: {},
  options: [
    {
      id: 'GB.upe',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-ukraine-permission', source: 's51' },
          {
            kind: 'any',
            of: [
              // A permission from an earlier Ukraine scheme: first UPE grant, in the last 90 days before it ends.
              {
                kind: 'all',
                of: [
                  { kind: 'date', fact: 'protectionStartDate', op: 'before', than: { param: 'upeOpened' } },
                  { kind: 'caseByCase', reason: 'earlier-permission-end-90', source: 's52' },
                ],
              },
              // A UPE permission: the further grant of up to 24 months, from 90 days before it ends.
              {
                kind: 'all',
                of: [
                  { kind: 'date', fact: 'protectionStartDate', op: 'onOrAfter', than: { param: 'upeOpened' }, reason: 'upe-permission', source: 's51' },
                  { kind: 'daysSince', fact: 'protectionStartDate', op: 'gte', days: { param: 'furtherGrantWindowOpensAfterDays' }, reason: 'further-grant-window-open', source: 's52' },
                  { kind: 'daysSince', fact: 'protectionStartDate', op: 'lte', days: { param: 'upeGrantDays' }, reason: 'upe-not-expired', source: 's51' },
                ],
              },
            ],
          },
        ],
      },
      sources: ['s52', 's51', 's53'],
      verification: 'verified',
      notes: [
        { id: 'start-date-meaning', source: 's51' },
        { id: 'exact-end-date', when: { kind: 'date', fact: 'protectionStartDate', op: 'onOrAfter', than: { param: 'upeOpened' } }, source: 's52' },
        { id: 'stay-in-uk', source: 's51' },
        { id: 'not-settlement', source: 's53' },
      ],
    },
    {
      id: 'GB.other-visa',
      kind: 'stay',
      test: 'eligibility',
      when: { kind: 'caseByCase', reason: 'other-route-requirements', source: 's53' },
      sources: ['s53'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
