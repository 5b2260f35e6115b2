import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { manOfMobilisationBand } from '../_shared/conditions';
import { CY_SOURCES } from './sources';

/**
 * Cyprus from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), first written on 6 December 2026.
 * Official: automatic yearly extensions (Ministry of Interior, 2023), the free
 * biometric residence permit (CRMD), employed and self-employed work (EURES
 * Cyprus), permits valid to 4 March 2026 (EUAA, validated by the national
 * administration). Not found at all: a Cypriot decision for 4 March 2027.
 * Not confirmed: a three-month absence rule (news, not specific to temporary
 * protection). No national scheme for after temporary protection was found.
 */
export default defineRuleSet({
  id: 'CY',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite('s4', 's63'), ...EU_SOURCES_2026_12_06, ...CY_SOURCES],
  parameters: {
    // The EU end date: the value of the brief, then the review of 6 December 2026
    // (the Official Journal, and the reported 2028 extension as an overdue proposal).
    tpEnd: { unit: 'date', values: [...EU_PARAMETERS.tpEnd.values, ...EU_PARAMETERS_2026_12_06.tpEnd.values] },
  },
  definitions: {
    beforeTpEnd: {
      kind: 'today', op: 'onOrBefore', than: { param: 'tpEnd' }, reason: 'before-tp-end', source: 'eu-recommendation-2025-5129',
    },
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'CY.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'cy-moi-extension-2023',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['cy-moi-extension-2023', 'cy-crmd-faq', 'cy-eures-labour', 'eu-recommendation-2025-5129', 'cy-euaa-dip'],
      verification: 'verified',
      notes: [
        { id: 'national-extension-unconfirmed', source: 'cy-euaa-dip' },
        { id: 'absences', source: 'cy-absence-2026-news' },
        { id: 'no-scheme-after-tp', source: 'cy-euaa-dip' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
  ],
});
