import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCE_IDS, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';
import { RO_SOURCES } from './sources';

/**
 * Romania from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), written in the review of
 * 6 December 2026 (issue 19). The General Inspectorate for Immigration (IGI)
 * grants temporary protection under Government Decision 367/2022. No official
 * Romanian text on permits running to 4 March 2027 was found (only a news
 * report quoting IGI), and no Romanian scheme for after temporary protection.
 */
export default defineRuleSet({
  id: 'RO',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite(...EU_SOURCE_IDS), ...EU_SOURCES_2026_12_06, ...RO_SOURCES],
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
      id: 'RO.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'ro-gov-apply-tp',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['ro-gov-apply-tp', 'ro-igi-permits-2024', 'ro-igi-categories-2022', 'ro-igi-bucharest', 'ro-igi-petitions', 'eu-recommendation-2025-5129', 'eu-decision-2022-382', 'ro-euaa-who-is-who', 'ro-evz-2026'],
      verification: 'verified',
      notes: [
        // The card's date decides whether the person must ask IGI for a new permit.
        {
          id: 'permit-ends-early', action: true, source: 'ro-evz-2026',
          when: { kind: 'date', fact: 'permitEndDate', op: 'before', than: { param: 'tpEnd' } },
        },
        {
          id: 'not-ukrainian', source: 'ro-gov-apply-tp',
          when: { kind: 'in', fact: 'nationality', values: ['other', 'stateless'] },
        },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'RO.after-tp',
      kind: 'info',
      test: 'info',
      // Where to ask is official; "no scheme found" is the result of a search, and the ordinary permits were read on a law database only.
      sources: ['ro-igi-petitions', 'ro-igi-bucharest', 'ro-oug-194-2002'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
