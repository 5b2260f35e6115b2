import { defineRuleSet } from '../../schema/rule-set';
import type { Condition } from '../../schema/condition';
import { cite } from '../_shared/sources';

/**
 * The Ukraine side, for every host country, from the day the dual-citizenship
 * law entered into force (16 January 2026): exit and mobilisation rules for men
 * by exact date of birth (brief §3.1), dual citizenship (§3.2), eRecovery and
 * the housing voucher (§3.3), and the region status lists (§3.6).
 *
 * Age notes quote the birthday of the LAST age leaf of their condition (the
 * evaluator merges the leaves' values, the last one wins): each definition
 * below ends with the age whose birthday the text names.
 */

const man: Condition = { kind: 'in', fact: 'sex', values: ['male'] };
const atLeast18: Condition = { kind: 'age', op: 'gte', years: { value: 18 } };
const under18: Condition = { kind: 'age', op: 'lt', years: { value: 18 } };

export default defineRuleSet({
  id: 'UA',
  version: '2026-01-16',
  validFrom: '2026-01-16',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite('s0', 's56', 's57', 's58', 's59', 's60', 's62'),
  parameters: {
    /**
     * The age from which the exit ban applies to men: since 28 August 2025
     * (CMU resolution of 26 August 2025) men aged 18 to 22 inclusive may leave
     * freely, that is until the day before their 23rd birthday.
     */
    exitBanFromAge: {
      unit: 'years',
      values: [{ value: 23, validFrom: '2025-08-28', source: 's56', status: 'adopted' }],
    },
    /** Lowest age of mobilisation (law of April 2024: lowered from 27 to 25). */
    mobilisationAge: {
      unit: 'years',
      values: [{ value: 25, validFrom: '2024-04-03', source: 's57', status: 'adopted' }],
    },
    /**
     * Highest age of the exit ban, of mobilisation and of military registration
     * (men 18–60, mobilisation law in force 18 May 2024). Whether men aged
     * exactly 60 may leave, and that men over 60 may, rests on background
     * knowledge: unverified (brief §3.1, §6.10).
     */
    exitBanUntilAge: {
      unit: 'years',
      values: [{ value: 60, validFrom: '2024-05-18', source: 's57', status: 'adopted', verification: 'unverified' }],
    },
    /**
     * CMU Resolution No. 1412 of 5 November 2025: states with which multiple
     * citizenship is allowed, in force with Law 4502-IX on 16 January 2026
     * (Canada is not a host country here). Whether it was widened later is unverified.
     */
    dualCitizenshipStates: {
      unit: 'countries',
      values: [{ value: ['CA', 'DE', 'PL', 'US', 'CZ'], validFrom: '2026-01-16', source: 's59', status: 'adopted' }],
    },
    /**
     * Regions fully occupied: Crimea and Sevastopol since 2014; Luhansk about
     * 99–100 % by press and ISW estimates (medium: the percentage is not
     * official). The official list (Order 376 as amended) is by community
     * (hromada); this is the oblast-level reading of it.
     */
    fullyOccupiedRegions: {
      unit: 'regions',
      values: [{ value: ['UA-43', 'UA-40', 'UA-09'], validFrom: '2025-03-20', source: 's62', status: 'adopted' }],
    },
    /**
     * Regions with an active front or partly occupied (early 2026): Donetsk,
     * Zaporizhzhia, Kherson, Kharkiv, Sumy. An oblast-level approximation of
     * the official hromada-level list (Order No. 376 of 28 February 2025, in
     * force 20 March 2025, as amended, S62): a home in one of these regions may
     * or may not be in a listed community, and other regions have listed
     * communities too (border and coastal areas).
     */
    frontlineRegions: {
      unit: 'regions',
      values: [{ value: ['UA-14', 'UA-23', 'UA-65', 'UA-63', 'UA-59'], validFrom: '2025-03-20', source: 's62', status: 'adopted' }],
    },
  },
  definitions: {
    man,
    /** Boys: the text names the 18th birthday. */
    boy: { kind: 'all', of: [man, under18] },
    /** Men 18–22: the text names the 23rd birthday (the day the exit ban starts). */
    freeToLeave: {
      kind: 'all',
      of: [man, atLeast18, { kind: 'age', op: 'lt', years: { param: 'exitBanFromAge' } }],
    },
    /** Men 23–24: the text names the 25th birthday (the day mobilisation age is reached). */
    exitBanNotMobilisable: {
      kind: 'all',
      of: [man, { kind: 'age', op: 'gte', years: { param: 'exitBanFromAge' } }, { kind: 'age', op: 'lt', years: { param: 'mobilisationAge' } }],
    },
    /** Men 25–60: the text names the 60th birthday (the unverified upper bound). */
    exitBanMobilisable: {
      kind: 'all',
      of: [man, { kind: 'age', op: 'gte', years: { param: 'mobilisationAge' } }, { kind: 'age', op: 'lte', years: { param: 'exitBanUntilAge' } }],
    },
    /** Men 23–60: under the exit ban unless exempt. */
    underExitBan: {
      kind: 'all',
      of: [man, { kind: 'age', op: 'gte', years: { param: 'exitBanFromAge' } }, { kind: 'age', op: 'lte', years: { param: 'exitBanUntilAge' } }],
    },
    /** Men 18–60: military register, e-VOD, passports only in Ukraine. */
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
        { id: 'under-18', when: { kind: 'ref', name: 'boy' }, source: 's56' },
        { id: 'age-18-22', when: { kind: 'ref', name: 'freeToLeave' }, source: 's56' },
        { id: 'age-23-24', when: { kind: 'ref', name: 'exitBanNotMobilisable' }, source: 's57' },
        { id: 'age-25-60', when: { kind: 'ref', name: 'exitBanMobilisable' }, source: 's57' },
        {
          id: 'exemption',
          when: { kind: 'all', of: [{ kind: 'ref', name: 'underExitBan' }, { kind: 'in', fact: 'militaryExemption', values: ['exempt', 'deferment', 'unknown'] }] },
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
      sources: ['s60', 's62'],
      verification: 'verified',
      notes: [
        { id: 'damaged', when: { kind: 'in', fact: 'housingInUkraine', values: ['damaged'] }, source: 's60' },
        { id: 'destroyed', when: { kind: 'in', fact: 'housingInUkraine', values: ['destroyed'] }, source: 's60' },
        {
          // Damaged-housing compensation is for homes on government-controlled
          // territory outside active hostilities; in these regions that depends
          // on the community, which only the official list answers.
          id: 'hostilities-region',
          when: {
            kind: 'all',
            of: [
              { kind: 'in', fact: 'housingInUkraine', values: ['damaged', 'destroyed'] },
              {
                kind: 'any',
                of: [
                  { kind: 'in', fact: 'originOblast', param: 'frontlineRegions' },
                  { kind: 'in', fact: 'originOblast', param: 'fullyOccupiedRegions' },
                ],
              },
            ],
          },
          source: 's62',
        },
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
              { kind: 'in', fact: 'originOblast', param: 'fullyOccupiedRegions' },
            ],
            reason: 'home-occupied', source: 's60',
          },
          { kind: 'caseByCase', reason: 'idp-conditions', source: 's60' },
        ],
      },
      sources: ['s60', 's62'],
      verification: 'verified',
      notes: [
        {
          id: 'partly-occupied-region',
          when: { kind: 'in', fact: 'originOblast', param: 'frontlineRegions' },
          source: 's62',
        },
        { id: 'official-list', source: 's62' },
      ],
    },
  ],
});
