import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';

/**
 * France from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027). APS of 6 months renewable; asylum
 * at OFPRA; other permits not researched (unverified). Brief §2.12.
 */
export default defineRuleSet({
  id: 'FR',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's0', 's40'),
  parameters: {
    ...EU_PARAMETERS,
  },
  definitions: {
    beforeTpEnd,
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'FR.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 's40',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s40', 's0', 's4', 's65'],
      verification: 'verified',
      notes: [
        { id: 'durable-status-check', source: 's0' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'FR.asylum',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'asylum-pending', 'no-status', 'unknown'],
            reason: 'can-apply-asylum', source: 's40',
          },
          { kind: 'caseByCase', reason: 'asylum-individual', source: 's5' },
        ],
      },
      sources: ['s40', 's0', 's5'],
      verification: 'verified',
      notes: [
        { id: 'subsidiary-protection', source: 's0' },
        { id: 'internal-protection', when: { kind: 'in', fact: 'homeAreaOccupied', values: ['no', 'unknown'] }, source: 's5' },
      ],
    },
    {
      id: 'FR.work-permit',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'employment', values: ['employed', 'self-employed'], reason: 'has-work', source: 's0' },
          { kind: 'caseByCase', reason: 'work-permit-requirements-unverified', source: 's0' },
        ],
      },
      sources: ['s0'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
