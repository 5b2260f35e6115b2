import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, holdsTemporaryProtection, manOfMobilisationBand } from '../_shared/conditions';

/**
 * Spain from Royal Decree 316/2026 of 14 April 2026 (19th additional provision
 * of the Immigration Regulation) and SEM Instruction 2/2026: temporary
 * protection holders may move to an ordinary authorisation before TP ends, and
 * the TP time counts. Brief §2.9 (high, via a summary of the instruction, S37).
 */
export default defineRuleSet({
  id: 'ES',
  version: '2026-04-14',
  validFrom: '2026-04-14',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's37'),
  parameters: {
    ...EU_PARAMETERS,
    /** Residence required for arraigo (art. 125); time under TP counts (RD 316/2026, SEM Instruction 2/2026). */
    arraigoResidenceYears: {
      unit: 'years',
      values: [{ value: 2, validFrom: '2026-04-14', source: 's37', status: 'adopted' }],
    },
    /** Legal residence required for long-term residence; time under TP counts in full. */
    longTermResidenceYears: {
      unit: 'years',
      values: [{ value: 5, validFrom: '2026-04-14', source: 's37', status: 'adopted' }],
    },
  },
  definitions: {
    holdsTemporaryProtection,
    beforeTpEnd,
    manOfMobilisationBand,
    holdsTpHere: { ...holdsTemporaryProtection, source: 's37' },
  },
  options: [
    {
      id: 'ES.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 's37',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s37', 's4', 's65'],
      verification: 'verified',
      notes: [
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'ES.work-residence',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'ref', name: 'holdsTpHere' },
          { kind: 'ref', name: 'beforeTpEnd' },
          { kind: 'in', fact: 'employment', values: ['employed', 'self-employed'], reason: 'has-work', source: 's37' },
          { kind: 'caseByCase', reason: 'work-residence-requirements', source: 's37' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s37'],
      verification: 'verified',
      notes: [
        { id: 'renounce-tp', source: 's37' },
        { id: 'self-employed', when: { kind: 'in', fact: 'employment', values: ['self-employed'] }, source: 's37' },
      ],
    },
    {
      id: 'ES.arraigo',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'ref', name: 'holdsTpHere' },
          { kind: 'ref', name: 'beforeTpEnd' },
          {
            kind: 'heldContinuously', years: { param: 'arraigoResidenceYears' }, on: { asOf: true },
            reason: 'two-years-residence', source: 's37',
          },
          { kind: 'caseByCase', reason: 'arraigo-requirements', source: 's37' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s37'],
      verification: 'verified',
      notes: [
        { id: 'renounce-tp', source: 's37' },
      ],
    },
    {
      id: 'ES.minor-switch',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'compare', fact: 'childrenInHost', op: 'gte', than: { value: 1 }, reason: 'has-children', source: 's37' },
          { kind: 'ref', name: 'holdsTpHere' },
          { kind: 'ref', name: 'beforeTpEnd' },
          { kind: 'caseByCase', reason: 'minor-requirements', source: 's37' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s37'],
      verification: 'verified',
      notes: [
        { id: 'renounce-tp', source: 's37' },
      ],
    },
    {
      id: 'ES.study-switch',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'enrolledInStudies', values: ['yes'], reason: 'is-enrolled', source: 's37' },
          { kind: 'ref', name: 'holdsTpHere' },
          { kind: 'ref', name: 'beforeTpEnd' },
          { kind: 'caseByCase', reason: 'study-requirements', source: 's37' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s37'],
      verification: 'verified',
      notes: [
        { id: 'renounce-tp', source: 's37' },
      ],
    },
    {
      id: 'ES.family-of-citizen',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'partner', values: ['in-host-country'], reason: 'partner-in-spain', source: 's37' },
          { kind: 'in', fact: 'partnerIsHostOrEuCitizen', values: ['yes'], reason: 'partner-citizen', source: 's37' },
          { kind: 'caseByCase', reason: 'family-requirements', source: 's37' },
        ],
      },
      sources: ['s37'],
      verification: 'verified',
      notes: [
        { id: 'renounce-tp', when: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'unknown'] }, source: 's37' },
      ],
    },
    {
      id: 'ES.long-term-residence',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'other-permit'], reason: 'legal-residence-now', source: 's37' },
          {
            kind: 'heldContinuously', years: { param: 'longTermResidenceYears' }, on: { asOf: true },
            reason: 'five-years-residence', source: 's37',
          },
          { kind: 'caseByCase', reason: 'long-term-requirements', source: 's37' },
        ],
      },
      sources: ['s37'],
      verification: 'verified',
      notes: [],
    },
  ],
});
