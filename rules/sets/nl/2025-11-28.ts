import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, holdsTemporaryProtection, manOfMobilisationBand } from '../_shared/conditions';

/**
 * The Netherlands from the cabinet's announcement of 28 November 2025 of a
 * three-year permit for RTB holders. Brief §2.1 and §3.3.
 */
export default defineRuleSet({
  id: 'NL',
  version: '2025-11-28',
  validFrom: '2025-11-28',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's0', 's6', 's7', 's8', 's9', 's10', 's11', 's12', 's13'),
  parameters: {
    ...EU_PARAMETERS,
    /** Start of the three-year permit: the day after the RTB ends (ministry, per S6). */
    transitionPermitStart: {
      unit: 'date',
      values: [{ value: '2027-03-05', validFrom: '2025-11-28', source: 's6', status: 'adopted', verification: 'unverified' }],
    },
  },
  definitions: {
    holdsTemporaryProtection,
    beforeTpEnd,
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'NL.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-rtb', source: 's4',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s4', 's3', 's65'],
      verification: 'verified',
      notes: [
        { id: 'no-exclusions', source: 's0' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'NL.transition-permit',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { ...holdsTemporaryProtection, source: 's6' },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s6', 's7', 's8', 's9', 's0'],
      // A cabinet plan under implementation, not published legislation.
      verification: 'unverified',
      notes: [
        {
          id: 'withdraw-asylum',
          when: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes'] },
          source: 's8',
        },
        { id: 'open-questions', source: 's6' },
        {
          id: 'late-arrival',
          when: { kind: 'date', fact: 'arrivalDate', op: 'onOrAfter', than: { date: '2025-11-28' } },
          source: 's6',
        },
      ],
    },
    {
      id: 'NL.asylum',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'asylum-pending', 'no-status', 'unknown'], reason: 'can-apply-asylum', source: 's10' },
          { kind: 'caseByCase', reason: 'asylum-individual', source: 's5' },
        ],
      },
      sources: ['s10', 's5', 's13', 's0'],
      verification: 'verified',
      notes: [
        { id: 'dormant-application', when: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes', 'unknown'] }, source: 's10' },
        {
          id: 'internal-protection',
          when: { kind: 'in', fact: 'homeAreaOccupied', values: ['no', 'unknown'] },
          source: 's5',
        },
        { id: 'visits-count-against', source: 's13' },
      ],
    },
    {
      id: 'NL.work-permit',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'employment', values: ['employed', 'self-employed'], reason: 'has-work', source: 's0' },
          { kind: 'caseByCase', reason: 'thresholds-unverified', source: 's0' },
        ],
      },
      sources: ['s0'],
      verification: 'unverified',
      notes: [
        { id: 'flexible-contract', when: { kind: 'in', fact: 'contractType', values: ['on-call', 'agency', 'fixed-term'] }, source: 's0' },
      ],
    },
    {
      id: 'NL.study-permit',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'enrolledInStudies', values: ['yes'], reason: 'is-enrolled', source: 's0' },
          { kind: 'caseByCase', reason: 'study-requirements-unverified', source: 's0' },
        ],
      },
      sources: ['s0'],
      verification: 'unverified',
      notes: [],
    },
    {
      id: 'NL.family-reunification',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'partner', values: ['in-host-country'], reason: 'partner-in-host', source: 's0' },
          { kind: 'in', fact: 'partnerIsHostOrEuCitizen', values: ['yes'], reason: 'partner-citizen', source: 's0' },
          { kind: 'caseByCase', reason: 'family-requirements-unverified', source: 's0' },
        ],
      },
      sources: ['s0'],
      verification: 'unverified',
      notes: [],
    },
    {
      id: 'NL.voluntary-return',
      kind: 'return',
      test: 'eligibility',
      when: { kind: 'always', reason: 'return-open-to-ukrainians', source: 's11' },
      sources: ['s11', 's6', 's8', 's12'],
      verification: 'verified',
      notes: [
        { id: 'conditions', source: 's11' },
        { id: 'withdraw-procedures', when: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes', 'unknown'] }, source: 's11' },
        { id: 'return-programme', source: 's6' },
        { id: 'iom-money-unverified', source: 's12' },
      ],
    },
  ],
});
