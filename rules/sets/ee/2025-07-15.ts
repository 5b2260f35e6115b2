import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCE_IDS, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';
import { EE_SOURCES } from './sources';

/**
 * Estonia from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), written in the review of
 * 6 December 2026 (issue 19). The Police and Border Guard Board (PPA) grants
 * temporary protection as a residence permit, extended only on application
 * (asylum.politsei.ee), with a registered address in Estonia. No official page
 * on the permits extended to 2027 and no Estonian scheme for after temporary
 * protection was found.
 */
export default defineRuleSet({
  id: 'EE',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite(...EU_SOURCE_IDS), ...EU_SOURCES_2026_12_06, ...EE_SOURCES],
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
      id: 'EE.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'ee-ppa-tp',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['ee-ppa-tp', 'ee-ppa-extension', 'ee-jarva-extension', 'ee-kehtna-extension', 'ee-ppa-stay-right', 'ee-ppa-1247', 'eu-recommendation-2025-5129', 'eu-decision-2022-382'],
      verification: 'verified',
      notes: [
        // A permit ending before temporary protection: the extension is not automatic.
        {
          id: 'permit-ends-early', action: true, source: 'ee-ppa-extension',
          when: { kind: 'date', fact: 'permitEndDate', op: 'before', than: { param: 'tpEnd' } },
        },
        // Ukrainian citizens without temporary protection: the statutory right to stay (Aliens Act).
        {
          id: 'staying-without-tp', source: 'ee-ppa-stay-right',
          when: {
            kind: 'all',
            of: [
              { kind: 'in', fact: 'currentStatus', values: ['no-status'] },
              { kind: 'in', fact: 'nationality', values: ['ukrainian'], absentMeans: 'ukrainian' },
            ],
          },
        },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'EE.after-tp',
      kind: 'info',
      test: 'info',
      // Where to ask is official; "no scheme found" is the result of a search.
      sources: ['ee-ppa-1247', 'ee-jarva-extension', 'ee-humanrights-2026'],
      verification: 'unverified',
      notes: [],
    },
  ],
});
