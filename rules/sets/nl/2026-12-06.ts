import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd } from '../_shared/conditions';
import previous from './2025-11-28';
import { NL_SOURCES_2026_12_06 } from './sources';

/**
 * The review of 6 December 2026 (issues 17 and 22).
 *
 * - The transition document (transitiedocument): the IND grants it of its own
 *   motion, without an application, to RTB holders who pass a public-order
 *   check and withdraw their dormant asylum application (Rijksoverheid and the
 *   Kamerbrief of 28 November 2025). The public-order check is decided by the
 *   IND person by person (`caseByCase`: Pathway has no fact for it). The
 *   interview now asks `pendingAsylumApplication` (an action note).
 * - Who is covered: people who are not Ukrainian citizens keep temporary
 *   protection if they had protection or a permanent residence permit in
 *   Ukraine, or are a family member (IND 2023); with only a temporary
 *   Ukrainian permit it ended on 4 March 2024 (Rijksoverheid, IND).
 * - IOM's return help is not for Ukrainian nationals (IOM, since 12 July 2017);
 *   DT&V helps them.
 * - Absences (more than 28 days: reception place and living allowance may
 *   stop), the way back after protection lapsed or was refused, and who to call.
 * - Official sources for every option; the EU frame of the same review.
 *
 * Still not found on an official page: the IND's 2026 letter itself (its
 * answers and reply period), the legal basis and fee of the transition
 * document, whether its years count towards permanent residence or
 * naturalisation, and a cut-off for late arrivals.
 */

/**
 * Who temporary protection covers besides Ukrainian citizens (Decision
 * 2022/382, Art. 2; IND 2023): people who had protection or a permanent
 * residence permit in Ukraine, and family members. A person whose nationality
 * was not asked is read as a Ukrainian citizen (contract v2).
 */
const coveredByTheDecision: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
    {
      kind: 'in', fact: 'residenceInUkraine', values: ['protection', 'permanent'],
      reason: 'protection-or-permanent-in-ukraine', source: 'nl-ind-derdelanders-2023',
    },
    // Family members of the groups above are covered too; Pathway does not ask family ties.
    { kind: 'caseByCase', reason: 'family-of-covered-person', source: 'eu-decision-2022-382' },
  ],
};

const notUkrainian: Condition = { kind: 'in', fact: 'nationality', values: ['other', 'stateless'] };

export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: [...EU_SOURCES_2026_12_06, ...NL_SOURCES_2026_12_06],
  parameters: {
    ...EU_PARAMETERS_2026_12_06,
    // "per 5 maart 2027" in the Kamerbrief (official), no longer a news report alone.
    transitionPermitStart: {
      values: [{ value: '2027-03-05', validFrom: '2025-11-28', source: 'nl-kamerbrief-2025-11-28', status: 'adopted' }],
    },
  },
  definitions: {
    beforeTpEnd: { ...beforeTpEnd, source: 'eu-recommendation-2025-5129' },
    coveredByTheDecision,
  },
  options: {
    upsert: [
      {
        id: 'NL.temporary-protection',
        kind: 'protection',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
              reason: 'covered-by-rtb', source: 'nl-ind-verlenging-sticker',
            },
            { kind: 'ref', name: 'coveredByTheDecision' },
            { kind: 'ref', name: 'beforeTpEnd' },
          ],
        },
        deadline: { param: 'tpEnd' },
        sources: [
          'eu-recommendation-2025-5129', 'nl-rijksoverheid-transitiedocument', 'nl-ind-verlenging-sticker', 'eu-decision-2022-382',
          'nl-ind-derdelanders-2023', 'nl-rijksoverheid-derdelanders', 'nl-leudal-afwezigheid', 'nl-landsmeer-tijdelijk-vertrek',
          'nl-ind-afspraak-bewijs-van-verblijf', 'nl-ind-contact', 's0', 's7',
        ],
        verification: 'verified',
        notes: [
          { id: 'no-exclusions', source: 's0' },
          { id: 'own-contribution', when: { kind: 'in', fact: 'employment', values: ['employed', 'self-employed'] }, source: 's7' },
          // Shown to everyone: a person thinking about a visit home needs it before they go.
          { id: 'absence', source: 'nl-leudal-afwezigheid' },
          // No status now: the way back, if protection lapsed or was refused.
          { id: 'lapsed', action: true, when: { kind: 'in', fact: 'currentStatus', values: ['no-status'] }, source: 'nl-ind-afspraak-bewijs-van-verblijf' },
          // Reads nationality without absentMeans, so the interview asks it.
          { id: 'non-ukrainian', action: true, when: notUkrainian, source: 'nl-ind-derdelanders-2023' },
          {
            id: 'temporary-permit-ended',
            when: { kind: 'all', of: [notUkrainian, { kind: 'in', fact: 'residenceInUkraine', values: ['temporary', 'none'] }] },
            source: 'nl-rijksoverheid-derdelanders',
          },
          { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
        ],
      },
      {
        id: 'NL.transition-permit',
        kind: 'stay',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            // RTB holders when it ends; a registration still being processed will normally be done by then.
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied'],
              reason: 'holds-rtb', source: 'nl-rijksoverheid-transitiedocument',
            },
            { kind: 'ref', name: 'coveredByTheDecision' },
            { kind: 'ref', name: 'beforeTpEnd' },
            // The openbare-ordetoets: the IND decides for each person; Pathway has no fact for it.
            { kind: 'caseByCase', reason: 'public-order-check', source: 'nl-rijksoverheid-transitiedocument' },
          ],
        },
        deadline: { param: 'tpEnd' },
        sources: ['nl-rijksoverheid-transitiedocument', 'nl-kamerbrief-2025-11-28', 's10', 'nl-ind-contact', 's6', 's8', 's0'],
        verification: 'verified',
        notes: [
          {
            // Everyone registered under the RTB lodged an asylum application (Kamervragen 2022);
            // withdrawing it is a condition the person can still meet, when the IND writes.
            id: 'withdraw-asylum', action: true,
            when: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes', 'unknown'] },
            source: 'nl-rijksoverheid-transitiedocument',
          },
          {
            // What the IND letter means, as far as official pages say (the 2026 letter was not found).
            id: 'ind-letter', action: true,
            when: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes', 'unknown'] },
            source: 's10',
          },
          {
            id: 'start-date',
            when: { kind: 'today', op: 'before', than: { param: 'transitionPermitStart' } },
            source: 'nl-kamerbrief-2025-11-28',
          },
          {
            id: 'finish-registration',
            when: { kind: 'in', fact: 'currentStatus', values: ['protection-applied'] },
            source: 'nl-rijksoverheid-transitiedocument',
          },
          { id: 'open-questions', source: 'nl-rijksoverheid-transitiedocument' },
          {
            id: 'late-arrival',
            when: { kind: 'date', fact: 'arrivalDate', op: 'onOrAfter', than: { param: 'transitionPlanAnnounced' } },
            source: 'nl-rijksoverheid-transitiedocument',
          },
          { id: 'non-ukrainian', when: notUkrainian, source: 'nl-rijksoverheid-transitiedocument' },
        ],
      },
      {
        id: 'NL.voluntary-return',
        kind: 'return',
        test: 'eligibility',
        when: { kind: 'always', reason: 'return-open-to-ukrainians', source: 's11' },
        sources: ['s11', 'nl-iom-2017-oekraieners', 's12', 'nl-rijksoverheid-derdelanders', 'nl-rijksoverheid-transitiedocument'],
        verification: 'verified',
        notes: [
          { id: 'conditions', source: 's11' },
          { id: 'withdraw-procedures', when: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes', 'unknown'] }, source: 's11' },
          { id: 'exit-ban-after-return', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's57' },
          // IOM Netherlands excludes Ukrainian nationals (its notice of 2017); DT&V helps them instead.
          {
            id: 'iom-not-for-ukrainians',
            when: { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
            source: 'nl-iom-2017-oekraieners',
          },
          { id: 'iom-for-non-ukrainians', when: notUkrainian, source: 's12' },
        ],
      },
    ],
    patch: {
      'NL.asylum': {
        sources: ['nl-kamervragen-2022-2963', 's10', 's5', 'eu-eprs-qualification-regulation', 'nl-ind-derdelanders-tijdelijke-vergunning', 'nl-ind-contact', 's13', 's0'],
        notes: [
          { id: 'dormant-application', when: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes', 'unknown'] }, source: 'nl-kamervragen-2022-2963' },
          // Art. 8 QR (internal protection alternative), applicable from 1 July 2026.
          { id: 'internal-protection', when: { kind: 'in', fact: 'homeAreaOccupied', values: ['no', 'unknown'] }, source: 's5' },
          { id: 'visits-count-against', source: 's13' },
          // Asylum is assessed against the country of nationality (or, for stateless people, of former residence).
          { id: 'non-ukrainian', when: notUkrainian, source: 's5' },
        ],
      },
      'NL.work-permit': {
        sources: ['nl-ind-versoepelingen', 'nl-ind-contact', 's0'],
        notes: [
          { id: 'flexible-contract', when: { kind: 'in', fact: 'contractType', values: ['on-call', 'agency', 'fixed-term'] }, source: 's0' },
          { id: 'no-mvv', source: 'nl-ind-versoepelingen' },
        ],
      },
      'NL.study-permit': {
        sources: ['nl-ind-versoepelingen', 'nl-ind-contact', 's0'],
        notes: [{ id: 'no-mvv', source: 'nl-ind-versoepelingen' }],
      },
      'NL.family-reunification': {
        sources: ['nl-ind-versoepelingen', 'nl-ind-contact', 's0'],
        notes: [
          {
            id: 'partner-not-citizen',
            when: {
              kind: 'all',
              of: [
                { kind: 'in', fact: 'partner', values: ['in-host-country'] },
                { kind: 'in', fact: 'partnerIsHostOrEuCitizen', values: ['no'] },
              ],
            },
            source: 's0',
          },
          { id: 'no-mvv', source: 'nl-ind-versoepelingen' },
        ],
      },
      'NL.return-programme': {
        sources: ['nl-rijksoverheid-transitiedocument', 'nl-kamerbrief-2025-11-28', 's6', 's8', 's9'],
      },
    },
  },
});
