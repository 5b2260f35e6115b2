import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';

/**
 * The Netherlands from the cabinet's announcement of 28 November 2025 of a
 * three-year permit for RTB holders. Brief §2.1 and §3.3.
 *
 * Not encoded (the brief has no value): the permit's arrival or registration
 * cut-off, its procedure and fees, whether its years count towards permanent
 * residence or naturalisation, and the income thresholds of the regular work,
 * study and family permits. Those options are `caseByCase` and the texts name
 * the authority to ask (IND).
 */
export default defineRuleSet({
  id: 'NL',
  version: '2025-11-28',
  validFrom: '2025-11-28',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's0', 's6', 's7', 's8', 's9', 's10', 's11', 's12', 's13', 's57'),
  parameters: {
    ...EU_PARAMETERS,
    /** Start of the three-year permit: the day after the RTB ends (ministry, per S6). */
    transitionPermitStart: {
      unit: 'date',
      values: [{ value: '2027-03-05', validFrom: '2025-11-28', source: 's6', status: 'adopted', verification: 'unverified' }],
    },
    /**
     * The day the cabinet announced the permit. Not a cut-off: whether people
     * who arrive after it are covered is unknown (brief §6.1), so it only
     * triggers a warning.
     */
    transitionPlanAnnounced: {
      unit: 'date',
      values: [{ value: '2025-11-28', validFrom: '2025-11-28', source: 's6', status: 'adopted' }],
    },
  },
  definitions: {
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
      sources: ['s4', 's3', 's65', 's0', 's7'],
      verification: 'verified',
      notes: [
        { id: 'no-exclusions', source: 's0' },
        // Since 2025 municipal reception is no longer free for people with an income.
        { id: 'own-contribution', when: { kind: 'in', fact: 'employment', values: ['employed', 'self-employed'] }, source: 's7' },
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
          // RTB holders "at that moment" (the end of the RTB); someone whose
          // registration is still being processed will normally hold it by then.
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied'],
            reason: 'holds-rtb', source: 's6',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s6', 's7', 's8', 's9', 's0'],
      // A cabinet plan under implementation, not published legislation.
      verification: 'unverified',
      notes: [
        {
          // Every RTB registrant signed a dormant asylum application (S10); the
          // withdrawal is a condition (S0, S8), one the person can still meet.
          id: 'withdraw-asylum',
          when: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes'] },
          source: 's8',
        },
        {
          id: 'start-date',
          when: { kind: 'today', op: 'before', than: { param: 'transitionPermitStart' } },
          source: 's6',
        },
        {
          id: 'finish-registration',
          when: { kind: 'in', fact: 'currentStatus', values: ['protection-applied'] },
          source: 's6',
        },
        { id: 'open-questions', source: 's6' },
        {
          id: 'late-arrival',
          when: { kind: 'date', fact: 'arrivalDate', op: 'onOrAfter', than: { param: 'transitionPlanAnnounced' } },
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
          // Art. 8 QR (internal protection alternative): mandatory from mid-2026
          // (12 June or 1 July 2026, unverified); weighs on claims from areas
          // that are not occupied.
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
          // Who may act as sponsor (a Dutch or EU citizen, or a partner with a
          // permit of their own) and the income needed were not researched.
          { kind: 'caseByCase', reason: 'family-requirements-unverified', source: 's0' },
        ],
      },
      sources: ['s0'],
      verification: 'unverified',
      notes: [
        {
          id: 'partner-not-citizen',
          when: {
            kind: 'all',
            of: [
              { kind: 'in', fact: 'partner', values: ['in-host-country'] },
              { kind: 'in', fact: 'partnerIsHostOrEuCitizen', values: ['no'] },
            ],
          },
          source: 's0',
        },
      ],
    },
    {
      id: 'NL.voluntary-return',
      kind: 'return',
      test: 'eligibility',
      when: { kind: 'always', reason: 'return-open-to-ukrainians', source: 's11' },
      sources: ['s11', 's12'],
      verification: 'verified',
      notes: [
        { id: 'conditions', source: 's11' },
        { id: 'withdraw-procedures', when: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes', 'unknown'] }, source: 's11' },
        { id: 'exit-ban-after-return', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's57' },
        { id: 'iom-money-unverified', source: 's12' },
      ],
    },
    {
      // The Dutch return programme linked to reconstruction, announced 28
      // November 2025 and still being developed (brief §3.3, medium).
      id: 'NL.return-programme',
      kind: 'return',
      test: 'eligibility',
      when: { kind: 'caseByCase', reason: 'programme-in-development', source: 's6' },
      sources: ['s6', 's8', 's9'],
      verification: 'unverified',
      notes: [
        { id: 'withdraw-asylum', when: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes', 'unknown'] }, source: 's8' },
      ],
    },
  ],
});
