import { defineRuleSet } from '../../schema/rule-set';
import type { Condition } from '../../schema/condition';
import { cite } from '../_shared/sources';

/**
 * The Ukraine side, for every host country: exit and mobilisation rules for
 * men by exact age (brief §3.1), dual citizenship (§3.2, in force 16 January
 * 2026), eRecovery and the housing voucher (§3.3).
 */

const man: Condition = { kind: 'in', fact: 'sex', values: ['male'] };
const atLeast18: Condition = { kind: 'age', op: 'gte', years: { value: 18 } };
const atLeast23: Condition = { kind: 'age', op: 'gte', years: { value: 23 } };

export default defineRuleSet({
  id: 'UA',
  version: '2026-01-16',
  validFrom: '2026-01-16',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite('s0', 's56', 's57', 's58', 's59', 's60', 's62'),
  parameters: {
    /** Men may leave freely up to and including this age (CMU resolution of 26 August 2025, in force 28 August 2025). */
    freeExitUntilAge: {
      unit: 'years',
      values: [{ value: 22, validFrom: '2025-08-28', source: 's56', status: 'adopted' }],
    },
    /** Lowest age of mobilisation (law of April 2024: lowered from 27 to 25). */
    mobilisationAge: {
      unit: 'years',
      values: [{ value: 25, validFrom: '2024-04-03', source: 's57', status: 'adopted' }],
    },
    /** Highest age of the exit ban and of military registration. Whether men over 60 may leave rests on background knowledge. */
    exitBanUntilAge: {
      unit: 'years',
      values: [{ value: 60, validFrom: '2024-05-18', source: 's57', status: 'adopted', verification: 'unverified' }],
    },
    /** CMU Resolution No. 1412 of 5 November 2025: states with which multiple citizenship is allowed (Canada is not a host here). */
    dualCitizenshipStates: {
      unit: 'countries',
      values: [{ value: ['CA', 'DE', 'PL', 'US', 'CZ'], validFrom: '2026-01-16', source: 's59', status: 'adopted' }],
    },
  },
  definitions: {
    man,
    freeToLeave: {
      kind: 'all',
      of: [man, atLeast18, { kind: 'age', op: 'lte', years: { param: 'freeExitUntilAge' } }, { kind: 'age', op: 'lt', years: { value: 23 } }],
    },
    exitBanNotMobilisable: {
      kind: 'all',
      of: [man, atLeast23, { kind: 'age', op: 'lt', years: { param: 'mobilisationAge' } }],
    },
    exitBanMobilisable: {
      kind: 'all',
      of: [man, { kind: 'age', op: 'gte', years: { param: 'mobilisationAge' } }, { kind: 'age', op: 'lte', years: { param: 'exitBanUntilAge' } }],
    },
    militaryRegistration: {
      kind: 'all',
      of: [man, atLeast18, { kind: 'age', op: 'lte', years: { param: 'exitBanUntilAge' } }],
    },
  },
  options: [
    {
      id: 'UA.exit-rules',
      kind: 'info',
      test: 'info',
      sources: ['s56', 's57', 's58'],
      verification: 'verified',
      notes: [
        { id: 'woman', when: { kind: 'in', fact: 'sex', values: ['female'] }, source: 's57' },
        { id: 'under-18', when: { kind: 'all', of: [man, { kind: 'age', op: 'lt', years: { value: 18 } }] }, source: 's56' },
        { id: 'age-18-22', when: { kind: 'ref', name: 'freeToLeave' }, source: 's56' },
        { id: 'age-23-24', when: { kind: 'ref', name: 'exitBanNotMobilisable' }, source: 's57' },
        { id: 'age-25-60', when: { kind: 'ref', name: 'exitBanMobilisable' }, source: 's57' },
        {
          id: 'exemption',
          when: {
            kind: 'all',
            of: [{ kind: 'ref', name: 'man' }, atLeast23, { kind: 'age', op: 'lte', years: { param: 'exitBanUntilAge' } }, { kind: 'in', fact: 'militaryExemption', values: ['exempt', 'deferment'] }],
          },
          source: 's57',
        },
        { id: 'over-60', when: { kind: 'all', of: [man, { kind: 'age', op: 'gt', years: { param: 'exitBanUntilAge' } }] }, source: 's57' },
        { id: 'registration-abroad', when: { kind: 'ref', name: 'militaryRegistration' }, source: 's58' },
        { id: 'partner-in-ukraine', when: { kind: 'in', fact: 'partner', values: ['in-ukraine'] }, source: 's57' },
      ],
    },
    {
      id: 'UA.dual-citizenship',
      kind: 'info',
      test: 'info',
      sources: ['s59'],
      verification: 'verified',
      notes: [
        { id: 'host-on-list', when: { kind: 'in', fact: 'hostCountry', param: 'dualCitizenshipStates' }, source: 's59' },
        { id: 'host-not-on-list', when: { kind: 'not', of: { kind: 'in', fact: 'hostCountry', param: 'dualCitizenshipStates' } }, source: 's59' },
        { id: 'list-may-change', source: 's59' },
      ],
    },
    {
      id: 'UA.erecovery',
      kind: 'return',
      test: 'eligibility',
      when: { kind: 'in', fact: 'housingInUkraine', values: ['damaged', 'destroyed'], reason: 'housing-damaged-or-destroyed', source: 's60' },
      sources: ['s60'],
      verification: 'verified',
      notes: [
        { id: 'damaged', when: { kind: 'in', fact: 'housingInUkraine', values: ['damaged'] }, source: 's60' },
        { id: 'destroyed', when: { kind: 'in', fact: 'housingInUkraine', values: ['destroyed'] }, source: 's60' },
        { id: 'from-abroad', source: 's60' },
      ],
    },
    {
      id: 'UA.housing-voucher',
      kind: 'return',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'any',
            of: [
              { kind: 'in', fact: 'housingInUkraine', values: ['occupied'] },
              { kind: 'in', fact: 'homeAreaOccupied', values: ['yes'] },
            ],
            reason: 'home-occupied', source: 's60',
          },
          { kind: 'caseByCase', reason: 'idp-conditions', source: 's60' },
        ],
      },
      sources: ['s60', 's62'],
      verification: 'verified',
      notes: [{ id: 'official-list', source: 's62' }],
    },
  ],
});
