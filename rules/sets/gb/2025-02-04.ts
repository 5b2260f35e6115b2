import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';

/**
 * United Kingdom from the opening of the Ukraine Permission Extension (UPE)
 * scheme on 4 February 2025: one grant of up to 18 months, free, applied for
 * from inside the UK by holders of permission under the earlier Ukraine
 * schemes (Homes for Ukraine, Family Scheme, Extension Scheme), in the last 28
 * days before that permission ends. Not a settlement route. The end date of an
 * earlier-scheme permission is not in the brief: case by case. Brief §2.16.
 */
export default defineRuleSet({
  id: 'GB',
  version: '2025-02-04',
  validFrom: '2025-02-04',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite('s51', 's52', 's53'),
  parameters: {
    /** The day UPE opened: permissions granted from this day on are taken to be UPE permissions. */
    upeOpened: {
      unit: 'date',
      values: [{ value: '2025-02-04', validFrom: '2025-02-04', source: 's51', status: 'adopted' }],
    },
    /** Length of a UPE grant ("up to 18 months"). */
    upeGrantMonths: {
      unit: 'months',
      values: [{ value: 18, validFrom: '2025-02-04', source: 's51', status: 'adopted' }],
    },
    /** How long before the current permission ends one may apply (28 days until HC 1691). */
    applyBeforeExpiryDays: {
      unit: 'days',
      values: [{ value: 28, validFrom: '2025-02-04', source: 's52', status: 'adopted' }],
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
          { kind: 'date', fact: 'protectionStartDate', op: 'before', than: { param: 'upeOpened' }, reason: 'upe-single-grant-2025', source: 's51' },
          { kind: 'caseByCase', reason: 'earlier-permission-end-28', source: 's51' },
        ],
      },
      sources: ['s51', 's53'],
      verification: 'verified',
      notes: [
        { id: 'start-date-meaning', source: 's51' },
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
