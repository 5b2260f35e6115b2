import { defineRuleSet } from '../../schema/rule-set';
import type { Condition } from '../../schema/condition';
import { cite } from '../_shared/sources';

/**
 * United States: Temporary Protected Status (TPS) for Ukraine, designated in
 * 2022 and redesignated in 2023 (continuous residence since 16 August 2023,
 * physical presence since 20 October 2023: 88 FR 56872), extended from 20
 * April 2025 to 19 October 2026. Brief §2.17.
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
  version: '2025-04-20',
  validFrom: '2025-04-20',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite('s0', 's54', 's55'),
  parameters: {
    /** Continuous residence in the United States required since this date (2023 redesignation). */
    continuousResidenceSince: {
      unit: 'date',
      values: [{ value: '2023-08-16', validFrom: '2023-08-21', source: 's54', status: 'adopted' }],
    },
    /** Physical presence required since this date (2023 redesignation); no fact asks it: in the texts. */
    physicalPresenceSince: {
      unit: 'date',
      values: [{ value: '2023-10-20', validFrom: '2023-08-21', source: 's54', status: 'adopted' }],
    },
    /** Last day of the TPS designation for Ukraine as last extended. */
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
          { kind: 'today', op: 'onOrBefore', than: { param: 'tpsEnd' }, reason: 'tps-designation-in-force', source: 's55' },
        ],
      },
      deadline: { param: 'tpsEnd' },
      sources: ['s55', 's54'],
      verification: 'verified',
      notes: [
        { id: 'physical-presence', when: { kind: 'not', of: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] } }, source: 's54' },
      ],
    },
  ],
});
