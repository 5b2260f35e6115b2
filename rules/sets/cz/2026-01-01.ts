import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';

/**
 * Czechia with the 2026 round of the special long-term residence (ZDP, Lex
 * Ukrajina VII) as published by the Ministry of the Interior (ipc.gov.cz). The
 * brief dates that page only to 2026, so this version starts with the year.
 * Brief §2.4. The Czech TP end date for 2027 (4 or 31 March) is unverified;
 * ordinary permits were not researched (unverified).
 *
 * ZDP conditions that the interview does not ask (clean criminal record, tax
 * return, health insurance, registered accommodation) are named in a note.
 */
export default defineRuleSet({
  id: 'CZ',
  version: '2026-01-01',
  validFrom: '2026-01-01',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's0', 's27', 's28', 's29', 's30', 's58'),
  parameters: {
    ...EU_PARAMETERS,
    /** Last day to register interest in the 2026 ZDP round. */
    zdpInterestDeadline: {
      unit: 'date',
      values: [{ value: '2026-04-30', validFrom: '2026-01-01', source: 's27', status: 'adopted' }],
    },
    /** The date on which the two years of temporary protection are counted. */
    zdpReferenceDate: {
      unit: 'date',
      values: [{ value: '2026-04-01', validFrom: '2026-01-01', source: 's27', status: 'adopted' }],
    },
    /** Years of temporary protection without a break on the reference date. */
    zdpMinTpYears: {
      unit: 'years',
      values: [{ value: 2, validFrom: '2026-01-01', source: 's27', status: 'adopted' }],
    },
    /** Children under this age on the reference date need not have the two years. */
    zdpMinorAge: {
      unit: 'years',
      values: [{ value: 18, validFrom: '2026-01-01', source: 's27', status: 'adopted' }],
    },
    /** Household income for tax year 2025: base amount for the first person. */
    zdpIncomeBase: {
      unit: 'CZK',
      values: [{ value: 440000, validFrom: '2026-01-01', source: 's27', status: 'adopted' }],
    },
    /** Household income for tax year 2025: added for each further household member. */
    zdpIncomePerMember: {
      unit: 'CZK',
      values: [{ value: 110000, validFrom: '2026-01-01', source: 's27', status: 'adopted' }],
    },
  },
  definitions: {
    beforeTpEnd,
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'CZ.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 's30',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s30', 's4', 's65'],
      verification: 'verified',
      notes: [
        { id: 'end-date-unverified', source: 's30' },
        { id: 'yearly-registration', when: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] }, source: 's30' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'CZ.zdp',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            // The window closed on 30 April 2026; those who registered in time stay in.
            kind: 'any',
            of: [
              { kind: 'today', op: 'onOrBefore', than: { param: 'zdpInterestDeadline' } },
              { kind: 'in', fact: 'transitionSchemeRegistered', values: ['yes'] },
            ],
            reason: 'interest-registered', source: 's27',
          },
          { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-tp', source: 's27' },
          {
            kind: 'any',
            of: [
              {
                kind: 'heldContinuously', years: { param: 'zdpMinTpYears' }, on: { param: 'zdpReferenceDate' },
                reason: 'tp-two-years', source: 's27',
              },
              { kind: 'age', op: 'lt', years: { param: 'zdpMinorAge' }, on: { param: 'zdpReferenceDate' } },
            ],
          },
          {
            kind: 'incomePerHousehold', fact: 'householdAnnualIncome', sizeFact: 'householdSize',
            base: { param: 'zdpIncomeBase' }, perAdditionalMember: { param: 'zdpIncomePerMember' },
            reason: 'household-income', source: 's27',
          },
          { kind: 'in', fact: 'receivesHumanitarianBenefit', values: ['no'], reason: 'no-humanitarian-benefit', source: 's27' },
          // An expiring passport is still valid: it is a warning (renew in time), not a refusal.
          { kind: 'in', fact: 'validPassport', values: ['yes', 'expiring'], reason: 'valid-travel-document', source: 's27' },
        ],
      },
      deadline: { param: 'zdpInterestDeadline' },
      sources: ['s27', 's28', 's29', 's0'],
      verification: 'verified',
      notes: [
        { id: 'other-conditions', source: 's27' },
        { id: 'passport-expiring', when: { kind: 'in', fact: 'validPassport', values: ['expiring'] }, source: 's58' },
        { id: 'round-one', source: 's28' },
      ],
    },
    {
      id: 'CZ.work-permit',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'employment', values: ['employed', 'self-employed'], reason: 'has-work', source: 's0' },
          { kind: 'caseByCase', reason: 'work-conditions-unverified', source: 's0' },
        ],
      },
      sources: ['s0'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
