import { defineRuleSet } from '../../schema/rule-set';
import type { Condition } from '../../schema/condition';
import { cite } from '../_shared/sources';

/**
 * United States after 19 October 2026, the last day of the TPS extension the
 * sources confirm. What happened to TPS for Ukraine after that date was not
 * found in the sources read (the seed, March 2026, reported no update). By
 * statute a designation is extended automatically by 6 months when no
 * decision is published in time: background knowledge, unverified. So TPS is
 * at best "maybe", and the option is unverified. Brief §2.17 and §6 item 3.
 */

const tpsHolderOrResident: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-tps', source: 's55' },
    {
      kind: 'all',
      of: [
        { kind: 'date', fact: 'arrivalDate', op: 'onOrBefore', than: { param: 'continuousResidenceSince' }, reason: 'continuous-residence', source: 's54' },
        { kind: 'caseByCase', reason: 'first-application-conditions', source: 's54' },
      ],
    },
  ],
};

export default defineRuleSet({
  id: 'US',
  version: '2026-10-20',
  validFrom: '2026-10-20',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite('s0', 's54', 's55'),
  parameters: {
    continuousResidenceSince: {
      unit: 'date',
      values: [{ value: '2023-08-16', validFrom: '2023-08-21', source: 's54', status: 'adopted' }],
    },
    physicalPresenceSince: {
      unit: 'date',
      values: [{ value: '2023-10-20', validFrom: '2023-08-21', source: 's54', status: 'adopted' }],
    },
    tpsEnd: {
      unit: 'date',
      values: [{ value: '2026-10-19', validFrom: '2025-04-20', source: 's55', status: 'adopted' }],
    },
  },
  definitions: { tpsHolderOrResident },
  options: [
    {
      id: 'US.tps',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'ref', name: 'tpsHolderOrResident' },
          {
            kind: 'any',
            of: [
              { kind: 'today', op: 'onOrBefore', than: { param: 'tpsEnd' }, reason: 'tps-designation-in-force', source: 's55' },
              { kind: 'caseByCase', reason: 'tps-after-end-unknown', source: 's0' },
            ],
          },
        ],
      },
      sources: ['s55', 's54', 's0'],
      verification: 'unverified',
      notes: [
        { id: 'automatic-extension-unverified', source: 's0' },
        { id: 'physical-presence', when: { kind: 'not', of: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] } }, source: 's54' },
      ],
    },
  ],
});
