import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd } from '../_shared/conditions';
import previous from './2025-07-15';
import { AT_SOURCES_2026_12_06 } from './sources';

/**
 * Austria, review of 6 December 2026 (issues 17 and 22): official sources
 * (the Interior Ministry's page on the Red-White-Red Card plus, the BFA, the
 * City of Vienna) instead of the secondary S34 and S4. Who is covered when not
 * a Ukrainian citizen (BFA: protection in Ukraine, or family), short trips
 * and moving away (BFA: no number of days), the date on the card, and whom to
 * write to. That displaced-status years themselves count towards long-term
 * residence is not on the official page: the texts now say so. No Austrian act
 * setting 4 March 2027 was found; the date rests on the EU decision.
 */

/** Ukrainian citizens; others only with protection in Ukraine before 24 February 2022, or as family members (BFA). */
const coveredByNationality: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
    { kind: 'in', fact: 'residenceInUkraine', values: ['protection'], reason: 'protection-in-ukraine', source: 'at-bfa-2022-info' },
    { kind: 'caseByCase', reason: 'family-of-covered-person', source: 'at-bfa-2022-info' },
  ],
};

export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: [...EU_SOURCES_2026_12_06, ...AT_SOURCES_2026_12_06],
  parameters: {
    ...EU_PARAMETERS_2026_12_06,
    // The same threshold, now cited to the Interior Ministry's page.
    rwrMinInsuredMonths: { values: [{ value: 12, validFrom: '2024-10-01', source: 'at-bmi-rwr-plus', status: 'adopted' }] },
  },
  definitions: {
    beforeTpEnd: { ...beforeTpEnd, source: 'eu-recommendation-2025-5129' },
    coveredByNationality,
  },
  options: {
    upsert: [
      {
        id: 'AT.temporary-protection',
        kind: 'protection',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
              reason: 'covered-by-tp', source: 'at-bfa-2022-info',
            },
            { kind: 'ref', name: 'coveredByNationality' },
            { kind: 'ref', name: 'beforeTpEnd' },
          ],
        },
        deadline: { param: 'tpEnd' },
        sources: ['eu-recommendation-2025-5129', 'eu-decision-2022-382', 'at-bfa-2022-info', 'at-bfa-2023-card', 'at-stadt-wien', 's34'],
        verification: 'verified',
        notes: [
          // Asks the nationality: the BFA covers people who are not Ukrainian citizens only with protection in Ukraine.
          { id: 'non-ukrainian-citizens', when: { kind: 'in', fact: 'nationality', values: ['other', 'stateless'] }, source: 'at-bfa-2022-info', action: true },
          { id: 'card-date', when: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] }, source: 'at-bfa-2023-card' },
          { id: 'trips-abroad', source: 'at-bfa-2022-info' },
          { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
        ],
      },
    ],
    patch: {
      'AT.rwr-card-plus': { sources: ['at-bmi-rwr-plus', 's34'] },
    },
  },
});
