import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import previous from './2026-01-01';
import { CZ_SOURCES_2026_12_06 } from './sources';

/**
 * Review of 6 December 2026 (issues 17 and 22). What changed:
 * - ZDP: the window to register interest closed on 30 April 2026, so only a
 *   registration in the 2026 round counts (one from April 2025 does not); the
 *   humanitarian-benefit condition is about 1 October 2025 – 31 March 2026;
 *   § 7o(3) of Act 65/2022: there is no legal entitlement to ZDP; no deadline
 *   is shown any more (it has passed);
 * - temporary protection that lapsed (no yearly registration) is no longer
 *   "eligible": the person must apply again, as on a first application, and
 *   loses the unbroken protection ZDP needs;
 * - the documents of the 2026 extension reportedly run to 31 March 2027
 *   (news reports quoting the ministry; unverified): a note up to that day
 *   asks the person to check the sticker;
 * - people who are not Ukrainian citizens: who the EU decision covers;
 * - trips abroad: only what is official (state housing for 90 days since
 *   1 September 2024); who to call; the EU frame of 6 December 2026;
 * - the employee card cites the Ministry of the Interior (mvcr.cz, frs.gov.cz)
 *   for the general rule; the switch from temporary protection stays
 *   unconfirmed.
 */

const beforeTpEnd: Condition = {
  kind: 'today', op: 'onOrBefore', than: { param: 'tpEnd' }, reason: 'before-tp-end', source: 'eu-recommendation-2025-5129',
};

/** Implementing Decision 2022/382, Art. 2 (Czech Act 65/2022 follows it); an unasked nationality reads as Ukrainian. */
const coveredByTheEuDecision: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] },
    { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
    { kind: 'in', fact: 'residenceInUkraine', values: ['protection'], reason: 'protection-in-ukraine', source: 'eu-decision-2022-382' },
    {
      kind: 'all',
      of: [
        { kind: 'in', fact: 'residenceInUkraine', values: ['permanent'] },
        { kind: 'caseByCase', reason: 'cannot-return-safely', source: 'eu-decision-2022-382' },
      ],
    },
    { kind: 'caseByCase', reason: 'family-of-covered-person', source: 'eu-decision-2022-382' },
  ],
};

/**
 * Protection that lapsed because the yearly registration was missed ends; it
 * can only be applied for again, as on a first application. An unasked answer
 * reads as "not lapsed" (the contract's default audience).
 */
const tpNotLapsed: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'protectionInterrupted', values: ['no'], absentMeans: 'no' },
    { kind: 'caseByCase', reason: 'tp-again', source: 'cz-frs-kacpu-2024' },
  ],
};

export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: [...EU_SOURCES_2026_12_06, ...CZ_SOURCES_2026_12_06],
  parameters: { ...EU_PARAMETERS_2026_12_06 },
  definitions: { beforeTpEnd, coveredByTheEuDecision, tpNotLapsed },
  options: {
    upsert: [
      {
        id: 'CZ.temporary-protection',
        kind: 'protection',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
              reason: 'covered-by-tp', source: 'cz-frs-kacpu-2024',
            },
            { kind: 'ref', name: 'beforeTpEnd' },
            { kind: 'ref', name: 'coveredByTheEuDecision' },
            { kind: 'ref', name: 'tpNotLapsed' },
          ],
        },
        deadline: { param: 'tpEnd' },
        sources: ['eu-recommendation-2025-5129', 'cz-frs-kacpu-2024', 'cz-vysoke-myto-registration', 'eu-decision-2022-382', 's30', 'cz-finance-ua-tp-2027'],
        verification: 'verified',
        notes: [
          {
            id: 'end-date-unverified',
            // 31 March 2027: the end of the documents from the 2026 extension as news reports quoting
            // the ministry give it (unverified, so not a parameter the rules decide anything on).
            when: { kind: 'today', op: 'onOrBefore', than: { date: '2027-03-31' } },
            source: 'cz-finance-ua-tp-2027',
          },
          {
            id: 'yearly-registration',
            when: {
              kind: 'all',
              of: [
                { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] },
                { kind: 'in', fact: 'protectionInterrupted', values: ['no'], absentMeans: 'no' },
              ],
            },
            source: 'cz-vysoke-myto-registration',
          },
          {
            id: 'apply-again',
            when: { kind: 'in', fact: 'protectionInterrupted', values: ['yes'] },
            source: 'cz-frs-kacpu-2024',
            action: true,
          },
          {
            id: 'not-ukrainian-citizen',
            when: { kind: 'in', fact: 'nationality', values: ['other', 'stateless'] },
            source: 'eu-decision-2022-382',
            action: true,
          },
          { id: 'trips-abroad', source: 'cz-frs-housing-90-days' },
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
            // The window closed on 30 April 2026: only a registration in the 2026 round counts.
            { kind: 'in', fact: 'transitionSchemeRegistered', values: ['yes'], reason: 'interest-registered', source: 's27' },
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
            // The period 1 October 2025 – 31 March 2026; the reason texts name it.
            { kind: 'in', fact: 'receivesHumanitarianBenefit', values: ['no'], reason: 'no-humanitarian-benefit', source: 's27' },
            { kind: 'in', fact: 'validPassport', values: ['yes', 'expiring'], reason: 'valid-travel-document', source: 's27' },
          ],
        },
        sources: ['s27', 'cz-codexis-65-2022-7o', 's28', 's29', 's0'],
        verification: 'verified',
        notes: [
          { id: 'no-legal-entitlement', source: 'cz-codexis-65-2022-7o' },
          { id: 'registered-2026-round', when: { kind: 'in', fact: 'transitionSchemeRegistered', values: ['yes'] }, source: 's27' },
          { id: 'next-round-unknown', when: { kind: 'in', fact: 'transitionSchemeRegistered', values: ['no'] }, source: 's27' },
          { id: 'other-conditions', source: 's27' },
          { id: 'passport-expiring', when: { kind: 'in', fact: 'validPassport', values: ['expiring'] }, source: 's58' },
          { id: 'round-one', source: 's28' },
        ],
      },
    ],
    patch: {
      // The employee card on the Ministry of the Interior's pages (general rule); whether it can be
      // applied for in Czechia from temporary protection is not confirmed: still unverified.
      'CZ.work-permit': { sources: ['cz-mvcr-employee-card', 'cz-frs-employee-card', 's0', 'eu-recommendation-2025-5129'] },
    },
  },
});
