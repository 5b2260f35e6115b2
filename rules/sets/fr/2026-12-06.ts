import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd } from '../_shared/conditions';
import previous from './2025-07-15';
import { FR_SOURCES_2026_12_06 } from './sources';

/**
 * The review of 6 December 2026 (issues 17 and 22): prefecture pages and
 * service-public.fr as sources; who is covered among people who are not
 * Ukrainian citizens (Hauts-de-Seine prefecture, as Decision 2022/382,
 * Art. 2); the Qualification Regulation from 1 July 2026; absences and the way
 * back (no official rule found) and whom to contact. The yearly check for a
 * more durable status rests on a study, not an official page. Switching to a
 * residence permit for work is still not confirmed on an official page; the
 * card "salarié" itself cites the State's labour administration (general rule).
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
          reason: 'protection-or-permanent-in-ukraine', source: 'fr-prefecture-hauts-de-seine',
        },
        {
          kind: 'any',
          of: [
            { kind: 'in', fact: 'residenceInUkraine', values: ['protection'] },
            { kind: 'caseByCase', reason: 'cannot-return-safely', source: 'fr-prefecture-hauts-de-seine' },
          ],
        },
      ],
    },
    { kind: 'caseByCase', reason: 'family-of-covered-person', source: 'fr-prefecture-hauts-de-seine' },
  ],
};

const notUkrainian: Condition = { kind: 'in', fact: 'nationality', values: ['other', 'stateless'] };

export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: [...EU_SOURCES_2026_12_06, ...FR_SOURCES_2026_12_06],
  parameters: { ...EU_PARAMETERS_2026_12_06 },
  definitions: {
    beforeTpEnd: { ...beforeTpEnd, source: 'eu-recommendation-2025-5129' },
    coveredByTheDecision,
  },
  options: {
    upsert: [
      {
        id: 'FR.temporary-protection',
        kind: 'protection',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
              reason: 'covered-by-tp', source: 'fr-prefecture-aube',
            },
            { kind: 'ref', name: 'coveredByTheDecision' },
            { kind: 'ref', name: 'beforeTpEnd' },
          ],
        },
        deadline: { param: 'tpEnd' },
        sources: [
          'eu-recommendation-2025-5129', 'fr-prefecture-aube', 'fr-prefecture-haute-corse', 'fr-prefecture-hauts-de-seine', 'fr-refugies-info',
          'fr-service-public-f10292', 'fr-gironde-demarche', 'eu-decision-2022-382', 's0',
        ],
        verification: 'verified',
        notes: [
          // From a 2026 study (secondary); the text says it is not confirmed on an official page.
          { id: 'durable-status-check', source: 's0' },
          { id: 'absence', source: 'fr-service-public-f10292' },
          { id: 'lapsed', action: true, when: { kind: 'in', fact: 'currentStatus', values: ['no-status'] }, source: 'fr-service-public-f10292' },
          { id: 'non-ukrainian', action: true, when: notUkrainian, source: 'fr-prefecture-hauts-de-seine' },
          { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
        ],
      },
    ],
    patch: {
      // The general rule for the card "salarié" (State labour administration, 2018); changing
      // from temporary protection to it is not confirmed on an official page: still unverified.
      'FR.work-permit': { sources: ['fr-direccte-titres-travail', 's0'], verification: 'unverified' },
      'FR.asylum': {
        sources: ['fr-service-public-f2689', 's40', 's5', 'eu-eprs-qualification-regulation', 's0'],
        notes: [
          { id: 'subsidiary-protection', source: 's40' },
          { id: 'internal-protection', when: { kind: 'in', fact: 'homeAreaOccupied', values: ['no', 'unknown'] }, source: 's5' },
          { id: 'non-ukrainian', when: notUkrainian, source: 's5' },
        ],
      },
    },
  },
});
