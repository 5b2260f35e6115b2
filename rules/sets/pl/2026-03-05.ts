import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';

/**
 * Poland from the Act on the expiry of solutions under the Ukraine assistance
 * law (Dz.U. 2026 item 203), in force 5 March 2026: UKR status (PESEL UKR)
 * gives legal stay to 4 March 2027; the CUKR card (3-year temporary residence
 * for former TP holders) can be applied for online in MOS from 4 May 2026 to
 * 4 March 2027. Brief §2.3. Ordinary permits were not researched (unverified).
 */
export default defineRuleSet({
  id: 'PL',
  version: '2026-03-05',
  validFrom: '2026-03-05',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's0', 's21', 's22', 's23', 's24', 's25', 's26'),
  parameters: {
    ...EU_PARAMETERS,
    /** New arrivals apply for PESEL UKR within this many days of entry (one secondary source says 14: conflict flagged). */
    peselUkrApplicationDays: {
      unit: 'days',
      values: [{ value: 30, validFrom: '2026-03-05', source: 's22', status: 'adopted', verification: 'unverified' }],
    },
    /** UKR status must have been active on this date (the 2024 version of the law used 4 March 2024). */
    cukrUkrCutoff: {
      unit: 'date',
      values: [{ value: '2025-06-04', validFrom: '2026-03-05', source: 's21', status: 'adopted' }],
    },
    /** UKR status held without a break for at least this many days before applying. */
    cukrMinDays: {
      unit: 'days',
      values: [{ value: 365, validFrom: '2026-03-05', source: 's21', status: 'adopted' }],
    },
    /** The MOS system opened for CUKR applications. */
    cukrWindowOpens: {
      unit: 'date',
      values: [{ value: '2026-05-04', validFrom: '2026-03-05', source: 's25', status: 'adopted' }],
    },
    /** Last day to apply for CUKR. */
    cukrDeadline: {
      unit: 'date',
      values: [{ value: '2027-03-04', validFrom: '2026-03-05', source: 's21', status: 'adopted' }],
    },
  },
  definitions: {
    beforeTpEnd,
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'PL.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-ukr-status', source: 's23',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s23', 's22', 's24', 's4'],
      verification: 'verified',
      notes: [
        { id: 'abroad-over-30-days', source: 's23' },
        {
          id: 'apply-within-30-days',
          when: {
            kind: 'all',
            of: [
              { kind: 'in', fact: 'currentStatus', values: ['no-status'] },
              { kind: 'daysSince', fact: 'arrivalDate', op: 'lte', days: { param: 'peselUkrApplicationDays' } },
            ],
          },
          source: 's22',
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
          source: 's22',
        },
        { id: 'work-notification', when: { kind: 'in', fact: 'employment', values: ['employed', 'self-employed'] }, source: 's23' },
        { id: 'benefits-changed', source: 's24' },
        { id: 'passport-data', when: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] }, source: 's25' },
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
            kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { param: 'cukrUkrCutoff' },
            reason: 'ukr-on-cutoff', source: 's21',
          },
          {
            kind: 'heldContinuously', days: { param: 'cukrMinDays' }, on: { asOf: true },
            reason: 'ukr-365-days', source: 's21',
          },
          { kind: 'today', op: 'onOrAfter', than: { param: 'cukrWindowOpens' }, reason: 'cukr-window-open', source: 's25' },
          { kind: 'today', op: 'onOrBefore', than: { param: 'cukrDeadline' }, reason: 'cukr-deadline', source: 's21' },
        ],
      },
      deadline: { param: 'cukrDeadline' },
      sources: ['s21', 's25', 's26', 's22'],
      verification: 'verified',
      notes: [
        { id: 'keep-ukr-valid', source: 's21' },
        { id: 'children', when: { kind: 'compare', fact: 'childrenInHost', op: 'gt', than: { value: 0 } }, source: 's26' },
        { id: 'family-members', when: { kind: 'in', fact: 'partner', values: ['in-host-country'] }, source: 's21' },
        { id: 'deadline-may-move', source: 's63' },
      ],
    },
    {
      id: 'PL.work-permit',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'employment', values: ['employed', 'self-employed'], reason: 'has-work', source: 's22' },
          { kind: 'caseByCase', reason: 'work-conditions-unverified', source: 's0' },
        ],
      },
      sources: ['s22', 's23', 's0'],
      verification: 'unverified',
      notes: [
        { id: 'cukr-includes-work', source: 's21' },
      ],
    },
    {
      id: 'PL.family-reunification',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'partner', values: ['in-host-country'], reason: 'partner-in-poland', source: 's0' },
          { kind: 'caseByCase', reason: 'family-conditions-unverified', source: 's0' },
        ],
      },
      sources: ['s0', 's21'],
      verification: 'unverified',
      notes: [
        {
          id: 'partner-also-ukrainian',
          when: {
            kind: 'all',
            of: [
              { kind: 'in', fact: 'partner', values: ['in-host-country'] },
              { kind: 'in', fact: 'partnerIsHostOrEuCitizen', values: ['no'] },
            ],
          },
          source: 's21',
        },
      ],
    },
  ],
});
