import { reviseRuleSet } from '../../schema/revise';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd } from '../_shared/conditions';
import previous from './2025-07-15';
import { IT_SOURCES_2026_12_06 } from './sources';

/**
 * Italy, review of 6 December 2026 (issue 17): Decree-Law 201/2025 (official,
 * Portale Integrazione Migranti) confirms temporary protection to 4 March 2027
 * and lets Ukrainians who were in Italy before 24 February 2022 renew a special
 * protection permit to that date. The conversion into a work permit rests on
 * law 213/2023, article 1, paragraph 396, which names the permits of paragraph
 * 395 (those that ran until 31 December 2023): for a protection that started
 * later, whether the permit can be converted is not confirmed, so it is open.
 * The fee amount is not confirmed: the texts no longer give one.
 */
export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: [...EU_SOURCES_2026_12_06, ...IT_SOURCES_2026_12_06],
  parameters: { ...EU_PARAMETERS_2026_12_06 },
  definitions: {
    beforeTpEnd: { ...beforeTpEnd, source: 'eu-recommendation-2025-5129' },
  },
  options: {
    patch: {
      'IT.temporary-protection': {
        sources: ['eu-recommendation-2025-5129', 'it-integrazione-dl-201-2025', 's38', 'eu-decision-2022-382'],
        notes: [
          { id: 'permit-renewal', source: 'it-integrazione-dl-201-2025' },
          {
            id: 'special-protection-renewal',
            when: {
              kind: 'all',
              of: [
                { kind: 'date', fact: 'arrivalDate', op: 'before', than: { date: '2022-02-24' } },
                { kind: 'in', fact: 'currentStatus', values: ['other-permit'] },
              ],
            },
            source: 'it-integrazione-dl-201-2025',
          },
          { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
        ],
      },
    },
    upsert: [
      {
        id: 'IT.work-permit-conversion',
        kind: 'stay',
        test: 'eligibility',
        when: {
          kind: 'all',
          of: [
            { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-tp-permit', source: 's38' },
            { kind: 'in', fact: 'employment', values: ['employed'], reason: 'has-job', source: 'it-parma-l-213-2023' },
            {
              kind: 'any',
              of: [
                // Paragraph 396 names the permits of paragraph 395: those that ran until 31 December 2023.
                {
                  kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { date: '2023-12-31' },
                  reason: 'permit-by-2023', source: 'it-parma-l-213-2023',
                },
                { kind: 'caseByCase', reason: 'later-permit-conversion', source: 'it-prefettura-lecco' },
              ],
            },
          ],
        },
        // The permit to convert is valid until temporary protection ends.
        deadline: { param: 'tpEnd' },
        sources: ['it-parma-l-213-2023', 'it-prefettura-lecco', 's38'],
        verification: 'verified',
        notes: [
          { id: 'expired-permit', source: 's38' },
          { id: 'self-employed', when: { kind: 'in', fact: 'employment', values: ['self-employed'] }, source: 'it-parma-l-213-2023' },
        ],
      },
    ],
  },
});
