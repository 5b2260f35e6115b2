import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd } from '../_shared/conditions';
import previous from './2025-07-15';
import { BE_SOURCES_2026_12_06 } from './sources';

/**
 * The review of 6 December 2026 (issues 17 and 22): the Immigration Office's
 * own pages as sources; who is covered among people who are not Ukrainian
 * citizens (Decision 2022/382, Art. 2, as the Immigration Office applies it);
 * absences (no official rule found), the way back after being taken off the
 * register, and who to contact. The renewal of the A card to 4 March 2027
 * rests on the EU date and a secondary source; no Belgian page of 2026 and no
 * scheme for after temporary protection were found.
 */

/**
 * Ukrainian citizens (an unasked nationality reads as Ukrainian); people with
 * protection in Ukraine; people with a permanent Ukrainian permit who cannot
 * return safely (the Immigration Office decides after a short interview);
 * family members.
 */
const coveredByTheDecision: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
    {
      kind: 'all',
      of: [
        {
          kind: 'in', fact: 'residenceInUkraine', values: ['protection', 'permanent'],
          reason: 'protection-or-permanent-in-ukraine', source: 'be-dofi-protection-temporaire',
        },
        {
          kind: 'any',
          of: [
            { kind: 'in', fact: 'residenceInUkraine', values: ['protection'] },
            { kind: 'caseByCase', reason: 'cannot-return-safely', source: 'be-dofi-third-country-nationals' },
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
  sources: [...EU_SOURCES_2026_12_06, ...BE_SOURCES_2026_12_06],
  parameters: { ...EU_PARAMETERS_2026_12_06 },
  definitions: {
    beforeTpEnd: { ...beforeTpEnd, source: 'eu-recommendation-2025-5129' },
    coveredByTheDecision,
  },
  options: {
    upsert: [
      {
        id: 'BE.temporary-protection',
        kind: 'protection',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
              reason: 'covered-by-tp', source: 'be-dofi-protection-temporaire',
            },
            { kind: 'ref', name: 'coveredByTheDecision' },
            { kind: 'ref', name: 'beforeTpEnd' },
          ],
        },
        deadline: { param: 'tpEnd' },
        sources: [
          'eu-recommendation-2025-5129', 'be-dofi-protection-temporaire', 'be-dofi-third-country-nationals', 'eu-decision-2022-382',
          'be-info-ukraine-a-card', 'be-oostende-registratie', 's39',
        ],
        verification: 'verified',
        notes: [
          {
            id: 'protection-elsewhere',
            when: { kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'no-status', 'unknown'] },
            source: 's39',
          },
          // Shown to everyone: no official Belgian rule on absences was found, and the text says where to ask.
          { id: 'absence', source: 'be-dofi-protection-temporaire' },
          { id: 'lapsed', action: true, when: { kind: 'in', fact: 'currentStatus', values: ['no-status'] }, source: 'be-oostende-registratie' },
          { id: 'non-ukrainian', action: true, when: notUkrainian, source: 'be-dofi-third-country-nationals' },
          { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
        ],
      },
    ],
    patch: {
      'BE.after-tp': { sources: ['be-dofi-protection-temporaire', 'be-info-ukraine-a-card', 's39'] },
    },
  },
});
