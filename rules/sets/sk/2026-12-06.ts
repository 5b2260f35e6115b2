import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import previous from './2026-07-15';
import { SK_SOURCES_2026_12_06 } from './sources';

/**
 * Review of 6 December 2026 (issues 17 and 22). What changed:
 * - temporary refuge rests on the EU Official Journal and the Ministry of the
 *   Interior's own page (who is covered), not on a news site;
 * - refuge that ended or lapsed is no longer "eligible": whether it can be
 *   given again is for the foreign police to say (no official page found);
 * - people who are not Ukrainian citizens: who the ministry's decision covers;
 * - trips abroad: no official day limit found, and what the police said;
 * - the extra year of § 131o runs from the end of temporary protection (no
 *   fixed "March 2028"); who to call; the EU frame of 6 December 2026.
 */

const beforeTpEnd: Condition = {
  kind: 'today', op: 'onOrBefore', than: { param: 'tpEnd' }, reason: 'before-tp-end', source: 'eu-recommendation-2025-5129',
};

/** The government's decision of 16 March 2022 as the ministry describes it; an unasked nationality reads as Ukrainian. */
const coveredByTheEuDecision: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] },
    { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
    { kind: 'in', fact: 'residenceInUkraine', values: ['protection'], reason: 'protection-in-ukraine', source: 'sk-minv-who-is-covered' },
    {
      kind: 'all',
      of: [
        { kind: 'in', fact: 'residenceInUkraine', values: ['permanent'] },
        { kind: 'caseByCase', reason: 'cannot-return-safely', source: 'eu-decision-2022-382' },
      ],
    },
    { kind: 'caseByCase', reason: 'family-of-covered-person', source: 'sk-minv-who-is-covered' },
  ],
};

/** Refuge that ended or lapsed; an unasked answer reads as "not lapsed" (the contract's default audience). */
const tpNotLapsed: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'protectionInterrupted', values: ['no'], absentMeans: 'no' },
    { kind: 'caseByCase', reason: 'tp-again', source: 'sk-minv-who-is-covered' },
  ],
};

export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: [...EU_SOURCES_2026_12_06, ...SK_SOURCES_2026_12_06],
  parameters: { ...EU_PARAMETERS_2026_12_06 },
  definitions: { beforeTpEnd, coveredByTheEuDecision, tpNotLapsed },
  options: {
    upsert: [
      {
        id: 'SK.temporary-protection',
        kind: 'protection',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
              reason: 'covered-by-tp', source: 'sk-minv-who-is-covered',
            },
            { kind: 'ref', name: 'beforeTpEnd' },
            { kind: 'ref', name: 'coveredByTheEuDecision' },
            { kind: 'ref', name: 'tpNotLapsed' },
          ],
        },
        deadline: { param: 'tpEnd' },
        sources: ['eu-recommendation-2025-5129', 'sk-minv-who-is-covered', 'eu-decision-2022-382', 'sk-sita-refuge-2027', 's32'],
        verification: 'verified',
        notes: [
          { id: 'trips-abroad', source: 'sk-tasr-stay-in-slovakia' },
          {
            id: 'lapsed-ask-police',
            when: { kind: 'in', fact: 'protectionInterrupted', values: ['yes'] },
            source: 'sk-minv-who-is-covered',
            action: true,
          },
          {
            id: 'not-ukrainian-citizen',
            when: { kind: 'in', fact: 'nationality', values: ['other', 'stateless'] },
            source: 'sk-minv-who-is-covered',
            action: true,
          },
          { id: 'work-statuses', source: 's0' },
          { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
        ],
      },
    ],
    patch: {
      // The EU recommendation is the frame (a national status after temporary protection);
      // the Slovak rule rests on a law firm's summary: the official text was not read.
      'SK.displaced-person-extension': { sources: ['s31', 'sk-sita-refuge-2027', 'eu-recommendation-2025-5129'] },
    },
  },
});
