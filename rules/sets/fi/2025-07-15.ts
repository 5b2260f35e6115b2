import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCE_IDS, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';
import { FI_SOURCES } from './sources';

/**
 * Finland from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), written in the review of
 * 6 December 2026 (issue 19). Migri: every temporary protection permit is
 * valid until 4 March 2027 by law, and people who want to stay should apply
 * now for an extended permit (work, family, studies) while keeping temporary
 * protection. No continuous permit for temporary protection holders is
 * offered: the law in force since 5 March 2025 was reported to keep these
 * permits temporary (B).
 */
export default defineRuleSet({
  id: 'FI',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite(...EU_SOURCE_IDS), ...EU_SOURCES_2026_12_06, ...FI_SOURCES],
  parameters: {
    // The EU end date with its official source and the reported 2028 extension (ADR 14).
    tpEnd: { unit: 'date', values: [...EU_PARAMETERS.tpEnd.values, ...EU_PARAMETERS_2026_12_06.tpEnd.values] },
    qrApplies: { unit: 'date', values: [...EU_PARAMETERS.qrApplies.values, ...EU_PARAMETERS_2026_12_06.qrApplies.values] },
  },
  definitions: {
    // The shared condition, cited to the Official Journal instead of a law firm's summary.
    beforeTpEnd: { ...beforeTpEnd, source: 'eu-recommendation-2025-5129' },
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'FI.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'fi-migri-tp',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['fi-migri-tp', 'fi-migri-permit-types', 'fi-migri-press-2025-07-16', 'fi-intermin-2024-12-05', 'fi-migri-third-country-2023', 'fi-migri-advice', 'eu-recommendation-2025-5129', 'eu-decision-2022-382', 'fi-suomenuutiset-2025'],
      verification: 'verified',
      notes: [
        // The date on an older card does not end the permit: valid by law until 4 March 2027 (information, not asked).
        {
          id: 'card-shows-earlier-date', source: 'fi-migri-press-2025-07-16',
          when: { kind: 'date', fact: 'permitEndDate', op: 'before', than: { param: 'tpEnd' } },
        },
        {
          id: 'not-ukrainian-temporary-permit', source: 'fi-migri-third-country-2023',
          when: {
            kind: 'all',
            of: [
              { kind: 'in', fact: 'nationality', values: ['other', 'stateless'] },
              { kind: 'in', fact: 'residenceInUkraine', values: ['temporary'] },
            ],
          },
        },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'FI.extended-permit',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-tp', source: 'fi-migri-permit-types' },
          { kind: 'ref', name: 'beforeTpEnd' },
          // Migri decides each application on the requirements of the permit applied for; Pathway does not model them.
          { kind: 'caseByCase', reason: 'meets-permit-requirements', source: 'fi-migri-permit-types' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['fi-migri-permit-types', 'fi-migri-permit-kinds', 'fi-migri-advice', 'fi-eduskunta-2025-02-11', 'fi-suomenuutiset-2025', 'fi-demokraatti-2025'],
      verification: 'verified',
      notes: [
        // Do not offer a continuous permit for temporary protection holders: reported as removed in 2025.
        { id: 'no-continuous-permit', source: 'fi-suomenuutiset-2025' },
      ],
    },
  ],
});
