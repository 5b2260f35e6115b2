import { reviseRuleSet } from '../../schema/revise';
import type { Condition } from '../../schema/condition';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';
import previous from './2025-10-27';
import { DE_S14_2026_12_06, DE_SOURCES_2026_12_06 } from './sources';

/**
 * Germany, review of 6 December 2026 (issues 17 and 22; research notes
 * /work/notes/research-de-at-ch-it-es-hr.md):
 *
 * - Official sources: the ordinance of 27 October 2025 in the Federal Law
 *   Gazette, Germany4Ukraine (BMI), the Residence Act and SGB II on
 *   gesetze-im-internet.de, the BAMF, a job centre, the Bundestag.
 * - The benefits switch (Leistungsrechtsanpassungsgesetz, Drucksache 21/3539)
 *   becomes a proposal (ADR 14): planned for 1 July 2026, not confirmed as
 *   passed, so overdue. DE.benefits-regime now tests whether job-centre
 *   benefits (Bürgergeld) are open to the person: under the law in force
 *   every § 24 permit gives access to them, so `benefitsCutoff` is now
 *   the last day a § 24 permit can be issued (the end of temporary
 *   protection); the bill would move it to 31 March 2025. People whose first
 *   permit is later get "maybe" and what to check. The reported renaming of
 *   Bürgergeld (Grundsicherungsgeld) is a note, unconfirmed.
 * - § 19f(1) no. 1 AufenthG (not (2)): no EU Blue Card and no study permit
 *   under § 16b while a person stays under, or has applied for, temporary
 *   protection; §§ 16a, 18a and 18b are not in that list.
 * - People who are not Ukrainian citizens: covered only with protection or a
 *   permanent residence permit in Ukraine, or as family members
 *   (Germany4Ukraine). An unasked nationality reads as Ukrainian.
 * - Trips abroad (6 months, § 51(1) no. 7; 21 days a year for job-centre
 *   benefits), the way back after a lapsed permit, and whom to call.
 * - The family permit cites municipal foreigners' offices (Kempten, Salzgitter,
 *   Landkreis Göppingen) for the general rule of §§ 27–30 AufenthG; still
 *   unverified for people switching from a § 24 permit.
 */

/** Ukrainian citizens, and others only with protection or a permanent residence permit in Ukraine, or as family members. */
const coveredByNationality: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
    {
      kind: 'in', fact: 'residenceInUkraine', values: ['protection', 'permanent'],
      reason: 'protection-or-permanent-residence-in-ukraine', source: 'de-g4u-fgv-change',
    },
    { kind: 'caseByCase', reason: 'family-of-covered-person', source: 'de-g4u-fgv-change' },
  ],
};

/** The same, without the family case: for notes that must hold only when coverage is certain. */
const certainlyCoveredByNationality: Condition = {
  kind: 'any',
  of: [
    { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
    { kind: 'in', fact: 'residenceInUkraine', values: ['protection', 'permanent'] },
  ],
};

const notUkrainian: Condition = { kind: 'in', fact: 'nationality', values: ['other', 'stateless'] };
/** The same, reading an unasked nationality as Ukrainian: asks nothing of people the first note has not yet asked. */
const knownNotUkrainian: Condition = { ...notUkrainian, absentMeans: 'ukrainian' };
const holdsOrAppliedForTp: Condition = { kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied'] };

export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: [...EU_SOURCES_2026_12_06, ...DE_SOURCES_2026_12_06, DE_S14_2026_12_06],
  parameters: {
    ...EU_PARAMETERS_2026_12_06,
    // The same date, now cited to the Federal Law Gazette (in force the day after promulgation).
    autoExtensionValidOn: {
      values: [{ value: '2026-02-01', validFrom: '2025-10-28', source: 'de-bgbl-2025-252', status: 'adopted' }],
    },
    /**
     * § 24 permits first issued on or before this date give access to job-centre
     * benefits (Bürgergeld); the rule book calls it "benefits change for permits
     * first issued after". Law in force: every § 24 permit, so the last day one
     * can be issued (the end of temporary protection; to be moved if temporary
     * protection is extended). The Leistungsrechtsanpassungsgesetz would make it
     * 31 March 2025; planned for 1 July 2026, passage not confirmed (ADR 14).
     * The value of 19 November 2025 recorded the bill's date as if adopted.
     */
    benefitsCutoff: {
      values: [
        { value: '2027-03-04', validFrom: '2026-12-06', source: 's14', status: 'adopted' },
        {
          value: '2025-03-31', validFrom: '2026-07-01', source: 's14', status: 'proposed', proposal: 'de-benefits-switch',
          plannedInForce: '2026-07-01', checkBy: '2026-12-20', verification: 'unverified',
        },
      ],
    },
  },
  definitions: {
    beforeTpEnd: { ...beforeTpEnd, source: 'eu-recommendation-2025-5129' },
    manOfMobilisationBand,
    coveredByNationality,
  },
  options: {
    upsert: [
      {
        id: 'DE.temporary-protection',
        kind: 'protection',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
              reason: 'covered-by-section-24', source: 'de-bgbl-2025-252',
            },
            { kind: 'ref', name: 'coveredByNationality' },
            { kind: 'ref', name: 'beforeTpEnd' },
          ],
        },
        deadline: { param: 'tpEnd' },
        sources: [
          'de-bgbl-2025-252', 'de-g4u-fgv-change', 'eu-recommendation-2025-5129', 'eu-decision-2022-382',
          'de-g4u-travel', 'de-landtag-sh-travel', 'de-aufenthg-51', 'de-bamf-buergerservice', 's18', 's19',
        ],
        verification: 'verified',
        notes: [
          {
            id: 'automatic-extension',
            when: {
              kind: 'all',
              of: [
                { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] },
                { kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { param: 'autoExtensionValidOn' } },
                certainlyCoveredByNationality,
              ],
            },
            source: 'de-bgbl-2025-252',
          },
          {
            id: 'permit-after-reference-date',
            when: {
              kind: 'all',
              of: [
                { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] },
                { kind: 'date', fact: 'protectionStartDate', op: 'after', than: { param: 'autoExtensionValidOn' } },
              ],
            },
            source: 'de-bgbl-2025-252',
          },
          {
            id: 'protection-in-other-eu-state',
            when: { kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'no-status'] },
            source: 's19',
          },
          // Asks the nationality (no absentMeans): people who are not Ukrainian citizens have other rules.
          { id: 'non-ukrainian-citizens', when: notUkrainian, source: 'de-g4u-fgv-change', action: true },
          {
            id: 'temporary-ukrainian-permit',
            when: { kind: 'all', of: [knownNotUkrainian, { kind: 'in', fact: 'residenceInUkraine', values: ['temporary', 'none'] }] },
            source: 'de-g4u-fgv-change',
            action: true,
          },
          { id: 'trips-abroad', source: 'de-landtag-sh-travel' },
          { id: 'permit-lapsed', when: { kind: 'in', fact: 'currentStatus', values: ['no-status'] }, source: 'de-landtag-sh-travel', action: true },
          { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
        ],
      },
      {
        id: 'DE.work-permit',
        kind: 'stay',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            { kind: 'in', fact: 'employment', values: ['employed', 'self-employed'], reason: 'has-work', source: 's18' },
            { kind: 'caseByCase', reason: 'work-conditions-unverified', source: 's20' },
          ],
        },
        sources: ['de-aufenthg-19f', 's18', 's20'],
        verification: 'unverified',
        notes: [
          // § 19f(1) no. 1: no Blue Card while staying under, or applying for, temporary protection.
          { id: 'blue-card', when: holdsOrAppliedForTp, source: 'de-aufenthg-19f', action: true },
          { id: 'few-have-switched', source: 's20' },
        ],
      },
      {
        id: 'DE.training-permit',
        kind: 'stay',
        test: 'eligibility',
        when: { kind: 'caseByCase', reason: 'training-conditions-unverified', source: 's18' },
        sources: ['de-aufenthg-19f', 's18', 's20'],
        verification: 'unverified',
        notes: [{ id: 'not-blocked-by-19f', source: 'de-aufenthg-19f' }],
      },
      {
        id: 'DE.study-permit',
        kind: 'stay',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            { kind: 'in', fact: 'enrolledInStudies', values: ['yes'], reason: 'is-enrolled', source: 's18' },
            { kind: 'caseByCase', reason: 'study-conditions-unverified', source: 's18' },
          ],
        },
        sources: ['de-aufenthg-19f', 's18'],
        verification: 'unverified',
        // § 19f(1) no. 1: no study permit under § 16b(1) and (5) while staying under, or applying for, temporary protection.
        notes: [{ id: 'temporary-protection-blocks-study-permit', when: holdsOrAppliedForTp, source: 'de-aufenthg-19f', action: true }],
      },
      {
        id: 'DE.benefits-regime',
        kind: 'info',
        // Now tested, so that a planned change past its date can leave the people it would hit at "maybe" (ADR 14).
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            {
              kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied'],
              reason: 'holds-section-24-permit', source: 's14',
            },
            {
              kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { param: 'benefitsCutoff' },
              reason: 'first-permit-job-centre', source: 's14',
            },
            { kind: 'caseByCase', reason: 'benefits-need-test', source: 'de-jobcenter-berlin-mitte' },
          ],
        },
        sources: ['s14', 'de-bundestag-kw09-2026', 'de-jobcenter-berlin-mitte', 'de-g4u-travel', 'de-sgb2-7b', 's15', 's16', 's17', 'de-dlf-grundsicherung-vote'],
        verification: 'verified',
        notes: [
          {
            id: 'first-permit-before-cutoff',
            // The bill's own cut-off, as a date: the parameter now holds the law in force.
            when: { kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { date: '2025-03-31' } },
            source: 's16',
          },
          {
            id: 'first-permit-after-cutoff',
            // Worded as "if", so it also shows to someone who does not know the date.
            when: {
              kind: 'any',
              of: [
                { kind: 'date', fact: 'protectionStartDate', op: 'after', than: { date: '2025-03-31' } },
                { kind: 'in', fact: 'protectionStartDate', values: ['unknown'] },
              ],
            },
            source: 's14',
          },
          { id: 'law-not-confirmed', source: 's14' },
          { id: 'name-change-reported', source: 'de-bundestag-kw09-2026' },
          { id: 'absence-21-days', source: 'de-jobcenter-berlin-mitte' },
        ],
      },
    ],
    patch: {
      'DE.asylum': { sources: ['s5', 'de-bamf-buergerservice', 's0'] },
      // The general rule of §§ 27–30 AufenthG on municipal foreigners' offices' pages; none speaks of
      // switching from a § 24 permit, so the option stays unverified (the office decides).
      'DE.family-reunification': {
        sources: ['de-kempten-family-spouse-foreigner', 'de-salzgitter-family-spouse-german', 'de-goeppingen-family', 's18'],
        verification: 'unverified',
      },
    },
  },
});
