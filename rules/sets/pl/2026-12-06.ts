import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import previous from './2026-03-05';
import { PL_SOURCES_2026_12_06 } from './sources';

/**
 * Review of 6 December 2026 (issues 17 and 22). What changed:
 * - the 800+ child benefit: ZUS stopped paying it to UKR-status holders on
 *   31 January 2026 and a new application was needed from 1 February 2026
 *   (work condition, statement that the child goes to school or preschool in
 *   Poland), not "since 5 March 2026"; health care without insurance kept
 *   only for the groups the reports of the 2026 act name; separate notes;
 * - UKR status that lapsed (more than 30 days abroad, or not renewed) is no
 *   longer "eligible": the person must get it again, with the path back;
 * - people who are not Ukrainian citizens: who the EU decision covers, and
 *   that the CUKR card is only for Ukrainian citizens and their family members;
 * - PESEL UKR within 30 days of entry (the act in force), no "14 days";
 * - the CUKR card rests on secondary sources only (the Office for Foreigners'
 *   page was not read), so it is `unverified`;
 * - official sources (the EU Official Journal, the Border Guard, the City of
 *   Warsaw, ZUS, NFZ), who to call, the EU frame of 6 December 2026;
 * - the permit for work cites two voivode offices (the 2023 rule for people
 *   with UKR status); no official page was found for the CUKR card or the
 *   family permit, which still cite the EU recommendation as their only
 *   official source.
 */

/** The EU decision's end date, cited to the Official Journal. */
const beforeTpEnd: Condition = {
  kind: 'today', op: 'onOrBefore', than: { param: 'tpEnd' }, reason: 'before-tp-end', source: 'eu-recommendation-2025-5129',
};

/**
 * Who temporary protection covers (Implementing Decision 2022/382, Art. 2):
 * Ukrainian citizens (an unasked nationality reads as Ukrainian), people who
 * had protection in Ukraine, people with permanent residence there who cannot
 * return safely, and family members. Someone who already holds it is covered.
 */
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
        { kind: 'caseByCase', reason: 'cannot-return-safely', source: 'pl-gmina-wierzbno-tp-foreigners' },
      ],
    },
    { kind: 'caseByCase', reason: 'family-of-covered-person', source: 'eu-decision-2022-382' },
  ],
};

/**
 * UKR status that lapsed does not come back by itself. An unasked answer reads
 * as "not lapsed" (the contract's default audience); "yes" leaves only the
 * path back, which the municipal office decides.
 */
const ukrStatusNotLapsed: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'protectionInterrupted', values: ['no'], absentMeans: 'no' },
    { kind: 'caseByCase', reason: 'ukr-status-again', source: 'pl-interwencja-30-days' },
  ],
};

export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: [...EU_SOURCES_2026_12_06, ...PL_SOURCES_2026_12_06],
  parameters: {
    ...EU_PARAMETERS_2026_12_06,
    // The act in force says 30 days (the 14 days were the government draft); its text was not read.
    peselUkrApplicationDays: {
      values: [{ value: 30, validFrom: '2026-12-06', source: 'pl-superbiz-pesel-30-days', status: 'adopted', verification: 'unverified' }],
    },
    // The same dates, no longer cited to a personal repository; still secondary (the UdSC page was not read).
    cukrWindowOpens: {
      values: [{ value: '2026-05-04', validFrom: '2026-12-06', source: 's21', status: 'adopted', verification: 'unverified' }],
    },
    cukrUkrCutoff: {
      values: [{ value: '2025-06-04', validFrom: '2026-12-06', source: 's21', status: 'adopted', verification: 'unverified' }],
    },
    cukrMinDays: {
      values: [{ value: 365, validFrom: '2026-12-06', source: 's21', status: 'adopted', verification: 'unverified' }],
    },
    cukrDeadline: {
      values: [{ value: '2027-03-04', validFrom: '2026-12-06', source: 's21', status: 'adopted', verification: 'unverified' }],
    },
  },
  definitions: { beforeTpEnd, coveredByTheEuDecision, ukrStatusNotLapsed },
  options: {
    upsert: [
      {
        id: 'PL.temporary-protection',
        kind: 'protection',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
              reason: 'covered-by-ukr-status', source: 'pl-sg-status-ukr',
            },
            { kind: 'ref', name: 'beforeTpEnd' },
            { kind: 'ref', name: 'coveredByTheEuDecision' },
            { kind: 'ref', name: 'ukrStatusNotLapsed' },
          ],
        },
        deadline: { param: 'tpEnd' },
        sources: [
          'eu-recommendation-2025-5129', 'pl-sg-status-ukr', 'pl-warszawa-19115-ukraina', 'eu-decision-2022-382',
          'pl-prawo-act-2026-203', 's23', 's22',
        ],
        verification: 'verified',
        notes: [
          { id: 'abroad-over-30-days', source: 'pl-interwencja-30-days' },
          {
            id: 'apply-within-30-days',
            when: {
              kind: 'all',
              of: [
                { kind: 'in', fact: 'currentStatus', values: ['no-status'] },
                { kind: 'daysSince', fact: 'arrivalDate', op: 'lte', days: { param: 'peselUkrApplicationDays' } },
              ],
            },
            source: 'pl-superbiz-pesel-30-days',
            action: true,
          },
          {
            id: 'late-application',
            when: {
              kind: 'all',
              of: [
                { kind: 'in', fact: 'currentStatus', values: ['no-status'] },
                { kind: 'daysSince', fact: 'arrivalDate', op: 'gt', days: { param: 'peselUkrApplicationDays' } },
              ],
            },
            source: 'pl-superbiz-pesel-30-days',
            action: true,
          },
          {
            id: 'lapsed-path-back',
            when: { kind: 'in', fact: 'protectionInterrupted', values: ['yes'] },
            source: 'pl-interwencja-30-days',
            action: true,
          },
          {
            id: 'not-ukrainian-citizen',
            when: { kind: 'in', fact: 'nationality', values: ['other', 'stateless'] },
            source: 'pl-gmina-wierzbno-tp-foreigners',
            action: true,
          },
          { id: 'work-notification', when: { kind: 'in', fact: 'employment', values: ['employed', 'self-employed'] }, source: 's23' },
          {
            id: 'child-benefit-800',
            when: { kind: 'compare', fact: 'childrenInHost', op: 'gt', than: { value: 0 } },
            source: 'pl-infor-zus-800',
            action: true,
          },
          { id: 'health-care', source: 'pl-infor-health-2026' },
          { id: 'passport-data', when: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] }, source: 's21' },
          { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
        ],
      },
      {
        id: 'PL.cukr',
        kind: 'stay',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-ukr-status', source: 's21' },
            {
              kind: 'any',
              of: [
                { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
                { kind: 'caseByCase', reason: 'cukr-family-member', source: 's21' },
              ],
            },
            {
              kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { param: 'cukrUkrCutoff' },
              reason: 'ukr-on-cutoff', source: 's21',
            },
            {
              kind: 'heldContinuously', days: { param: 'cukrMinDays' }, on: { asOf: true },
              reason: 'ukr-365-days', source: 's21',
            },
            { kind: 'today', op: 'onOrAfter', than: { param: 'cukrWindowOpens' }, reason: 'cukr-window-open', source: 's21' },
            { kind: 'today', op: 'onOrBefore', than: { param: 'cukrDeadline' }, reason: 'cukr-deadline', source: 's21' },
          ],
        },
        deadline: { param: 'cukrDeadline' },
        // The EU recommendation is the frame (a national permit after temporary protection);
        // the Polish conditions rest on secondary sources only: the UdSC page was not read.
        sources: ['s21', 's26', 's22', 'eu-recommendation-2025-5129'],
        verification: 'unverified',
        notes: [
          { id: 'check-udsc', source: 's21' },
          { id: 'keep-ukr-valid', source: 's21' },
          { id: 'children', when: { kind: 'compare', fact: 'childrenInHost', op: 'gt', than: { value: 0 } }, source: 's26' },
          { id: 'family-members', when: { kind: 'in', fact: 'partner', values: ['in-host-country'] }, source: 's21' },
          { id: 'deadline-may-move', source: 's63' },
        ],
      },
    ],
    patch: {
      // Voivode offices on the 2023 rule for UKR-status holders (national, official); whether it
      // still holds after 5 March 2026 is not confirmed, so the option stays unverified.
      'PL.work-permit': {
        sources: ['pl-duw-ukr-work-permits-2023', 'pl-mazowiecki-ukr-work-permits-2023', 's22', 's23', 's0', 'eu-recommendation-2025-5129'],
      },
      'PL.family-reunification': { sources: ['s0', 's21', 'eu-recommendation-2025-5129'] },
    },
  },
});
