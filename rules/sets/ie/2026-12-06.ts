import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd } from '../_shared/conditions';
import previous from './2026-02-13';
import { IE_SOURCES_2026_12_06 } from './sources';

/**
 * The review of 6 December 2026 (issues 17 and 22): official sources (the
 * Department of Justice's pages, answers in the Dáil, the Official Journal);
 * the automatic extension of 13 February 2026 still rests on news reports (the
 * notice itself was not found). Taking an employment permit ends temporary
 * protection: only one immigration permission at a time (Dáil, 14 May 2024).
 * Who is covered among people who are not Ukrainian citizens
 * (irishimmigration.ie); absences, the way back and whom to contact, as far as
 * official pages say.
 */

/** As Decision 2022/382, Art. 2, in Ireland's own FAQ; an unasked nationality reads as Ukrainian. */
const coveredByTheDecision: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
    {
      kind: 'all',
      of: [
        {
          kind: 'in', fact: 'residenceInUkraine', values: ['protection', 'permanent'],
          reason: 'protection-or-permanent-in-ukraine', source: 'ie-irishimmigration-faq',
        },
        {
          kind: 'any',
          of: [
            { kind: 'in', fact: 'residenceInUkraine', values: ['protection'] },
            { kind: 'caseByCase', reason: 'cannot-return-safely', source: 'ie-irishimmigration-faq' },
          ],
        },
      ],
    },
    { kind: 'caseByCase', reason: 'family-of-covered-person', source: 'eu-decision-2022-382' },
  ],
};

const notUkrainian: Condition = { kind: 'in', fact: 'nationality', values: ['other', 'stateless'] };

export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: [...EU_SOURCES_2026_12_06, ...IE_SOURCES_2026_12_06],
  parameters: { ...EU_PARAMETERS_2026_12_06 },
  definitions: {
    beforeTpEnd: { ...beforeTpEnd, source: 'eu-recommendation-2025-5129' },
    coveredByTheDecision,
  },
  options: {
    upsert: [
      {
        id: 'IE.temporary-protection',
        kind: 'protection',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
              reason: 'covered-by-tp', source: 'ie-irishimmigration-tp',
            },
            { kind: 'ref', name: 'coveredByTheDecision' },
            { kind: 'ref', name: 'beforeTpEnd' },
          ],
        },
        deadline: { param: 'tpEnd' },
        sources: [
          'eu-recommendation-2025-5129', 'ie-irishimmigration-tp', 'ie-irishimmigration-faq', 'eu-decision-2022-382',
          'ie-dail-2025-09-08', 'ie-dail-2024-09-24', 's35',
        ],
        verification: 'verified',
        notes: [
          // Shown to everyone: no official rule on absences was found; the passport rule is reported only.
          { id: 'absence', source: 'ie-irishimmigration-tp' },
          { id: 'lapsed', action: true, when: { kind: 'in', fact: 'currentStatus', values: ['no-status'] }, source: 'ie-irishimmigration-tp' },
          { id: 'non-ukrainian', action: true, when: notUkrainian, source: 'ie-irishimmigration-faq' },
          { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
        ],
      },
      {
        id: 'IE.employment-permit',
        kind: 'stay',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            { kind: 'in', fact: 'employment', values: ['employed'], reason: 'has-job', source: 'ie-dail-2024-05-14' },
            { kind: 'caseByCase', reason: 'permit-requirements-unverified', source: 'ie-dail-2024-05-14' },
          ],
        },
        sources: ['ie-dail-2024-05-14', 's36'],
        // The route is official (any existing permission, if its criteria are met); its criteria were not read.
        verification: 'verified',
        notes: [
          // Only one immigration permission at a time: an employment permit ends temporary protection.
          { id: 'ends-tp', source: 'ie-dail-2024-05-14' },
        ],
      },
    ],
    patch: {
      'IE.international-protection': {
        sources: ['s36', 's5', 'ie-irishimmigration-tp'],
        notes: [
          { id: 'internal-protection', when: { kind: 'in', fact: 'homeAreaOccupied', values: ['no', 'unknown'] }, source: 's5' },
          { id: 'non-ukrainian', when: notUkrainian, source: 's5' },
        ],
      },
      'IE.after-tp': { sources: ['ie-dail-2024-05-14', 'ie-dail-2023-10-24', 'ie-irishimmigration-tp', 's36', 's35'] },
    },
  },
});
