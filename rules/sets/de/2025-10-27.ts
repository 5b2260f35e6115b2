import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';

/**
 * Germany from the 2nd Ordinance amending the UkraineAufenthFGV (BGBl. I
 * No. 252 of 27 October 2025): § 24 permits valid on 1 February 2026 run on
 * automatically to 4 March 2027. Brief §2.2.
 *
 * The planned benefits switch (Leistungsrechtsanpassungsgesetz: AsylbLG instead
 * of Bürgergeld for permits first issued after 31 March 2025, planned from
 * 1 July 2026) is not confirmed as passed: it is an info option marked
 * unverified, whose notes say which regime the person would fall under.
 * Salary, language and other thresholds of the work, training, study and
 * family permits were not researched: those options are unverified and
 * decided case by case.
 */
export default defineRuleSet({
  id: 'DE',
  version: '2025-10-27',
  validFrom: '2025-10-27',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's0', 's14', 's15', 's16', 's17', 's18', 's19', 's20'),
  parameters: {
    ...EU_PARAMETERS,
    /** § 24 permits valid on this date are extended automatically to 4 March 2027 (BGBl. I No. 252/2025). */
    autoExtensionValidOn: {
      unit: 'date',
      values: [{ value: '2026-02-01', validFrom: '2025-10-27', source: 's18', status: 'adopted' }],
    },
    /**
     * Benefits switch: permits (or Fiktionsbescheinigungen) first issued after this
     * date would fall under the AsylbLG. Cabinet bill of 19 November 2025; passage
     * and entry into force (planned 1 July 2026) not confirmed.
     */
    benefitsCutoff: {
      unit: 'date',
      values: [{ value: '2025-03-31', validFrom: '2025-11-19', source: 's16', status: 'adopted', verification: 'unverified' }],
    },
  },
  definitions: {
    beforeTpEnd,
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'DE.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-section-24', source: 's18',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s18', 's19', 's4', 's65'],
      verification: 'verified',
      notes: [
        {
          id: 'automatic-extension',
          when: {
            kind: 'all',
            of: [
              { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] },
              { kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { param: 'autoExtensionValidOn' } },
            ],
          },
          source: 's18',
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
          source: 's18',
        },
        {
          id: 'protection-in-other-eu-state',
          when: { kind: 'in', fact: 'currentStatus', values: ['protection-applied', 'no-status'] },
          source: 's19',
        },
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
      sources: ['s18', 's20'],
      verification: 'unverified',
      notes: [
        { id: 'blue-card', when: { kind: 'in', fact: 'education', values: ['higher'] }, source: 's18' },
        { id: 'few-have-switched', source: 's20' },
      ],
    },
    {
      id: 'DE.training-permit',
      kind: 'stay',
      test: 'eligibility',
      when: { kind: 'caseByCase', reason: 'training-conditions-unverified', source: 's18' },
      sources: ['s18', 's20'],
      verification: 'unverified',
      notes: [],
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
      sources: ['s18'],
      verification: 'unverified',
      notes: [],
    },
    {
      id: 'DE.family-reunification',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'partner', values: ['in-host-country'], reason: 'partner-in-germany', source: 's18' },
          { kind: 'caseByCase', reason: 'family-conditions-unverified', source: 's18' },
        ],
      },
      sources: ['s18'],
      verification: 'unverified',
      notes: [
        {
          id: 'partner-also-displaced',
          when: {
            kind: 'all',
            of: [
              { kind: 'in', fact: 'partner', values: ['in-host-country'] },
              { kind: 'in', fact: 'partnerIsHostOrEuCitizen', values: ['no'] },
            ],
          },
          source: 's18',
        },
      ],
    },
    {
      id: 'DE.asylum',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'asylum-pending', 'no-status'],
            reason: 'can-apply-asylum', source: 's5',
          },
          { kind: 'caseByCase', reason: 'asylum-individual', source: 's5' },
        ],
      },
      sources: ['s5', 's0'],
      verification: 'verified',
      notes: [
        { id: 'internal-protection', when: { kind: 'in', fact: 'homeAreaOccupied', values: ['no'] }, source: 's5' },
      ],
    },
    {
      id: 'DE.benefits-regime',
      kind: 'info',
      test: 'info',
      sources: ['s14', 's15', 's16', 's17'],
      // The law's passage and entry into force are not confirmed in the sources read.
      verification: 'unverified',
      notes: [
        {
          id: 'first-permit-before-cutoff',
          when: { kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { param: 'benefitsCutoff' } },
          source: 's16',
        },
        {
          id: 'first-permit-after-cutoff',
          // Worded as "if", so it also shows to someone who does not know the date.
          when: {
            kind: 'any',
            of: [
              { kind: 'date', fact: 'protectionStartDate', op: 'after', than: { param: 'benefitsCutoff' } },
              { kind: 'in', fact: 'protectionStartDate', values: ['unknown'] },
            ],
          },
          source: 's14',
        },
        { id: 'law-not-confirmed', source: 's17' },
      ],
    },
  ],
});
