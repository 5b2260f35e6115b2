import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';

/**
 * Austria from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (displaced status to 4 March 2027), with the Rot-Weiß-Rot-Karte plus for
 * displaced persons available since 1 October 2024. Brief §2.7 (high).
 * The settlement-law conditions (accommodation, health insurance, enough
 * income) have no threshold in the brief: decided by the authority.
 */
export default defineRuleSet({
  id: 'AT',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's34'),
  parameters: {
    ...EU_PARAMETERS,
    /** Months of social-insurance-liable work needed within the last 24 months. */
    rwrMinInsuredMonths: {
      unit: 'months',
      values: [{ value: 12, validFrom: '2024-10-01', source: 's34', status: 'adopted' }],
    },
    /** Years of displaced status that, with German A2, give the three-year card straight away. */
    rwrThreeYearCardMinYears: {
      unit: 'years',
      values: [{ value: 2, validFrom: '2024-10-01', source: 's34', status: 'adopted' }],
    },
  },
  definitions: {
    beforeTpEnd,
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'AT.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 's4',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s4', 's65', 's34'],
      verification: 'verified',
      notes: [
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'AT.rwr-card-plus',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-displaced-status', source: 's34' },
          {
            kind: 'compare', fact: 'insuredWorkMonthsLast24', op: 'gte', than: { param: 'rwrMinInsuredMonths' },
            reason: 'insured-work', source: 's34',
          },
          {
            kind: 'in', fact: 'hostLanguageLevel', values: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'],
            reason: 'german-a1', source: 's34',
          },
          { kind: 'caseByCase', reason: 'settlement-conditions', source: 's34' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s34'],
      verification: 'verified',
      notes: [
        {
          id: 'three-year-card',
          when: {
            kind: 'all',
            of: [
              { kind: 'in', fact: 'hostLanguageLevel', values: ['A2', 'B1', 'B2', 'C1', 'C2'] },
              { kind: 'heldContinuously', years: { param: 'rwrThreeYearCardMinYears' }, on: { asOf: true } },
            ],
          },
          source: 's34',
        },
        { id: 'status-continues', source: 's34' },
      ],
    },
  ],
});
