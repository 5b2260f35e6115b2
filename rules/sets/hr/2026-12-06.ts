import { reviseRuleSet } from '../../schema/revise';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd } from '../_shared/conditions';
import previous from './2025-07-15';
import { HR_S33_2026_12_06 } from './sources';

/**
 * Croatia, review of 6 December 2026 (issue 17): temporary protection cited to
 * the Official Journal and the government's own page (S33, read again). No
 * Croatian decision for the time to 4 March 2027 was found: a note says that in
 * earlier years the police recorded the extension on the existing card, and to
 * ask. Who is covered when not a Ukrainian citizen is in the texts (S33); the
 * interview does not ask it here. Conditions are unchanged.
 */
export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: [...EU_SOURCES_2026_12_06, HR_S33_2026_12_06],
  parameters: { ...EU_PARAMETERS_2026_12_06 },
  definitions: {
    beforeTpEnd: { ...beforeTpEnd, source: 'eu-recommendation-2025-5129' },
  },
  options: {
    patch: {
      'HR.temporary-protection': {
        sources: ['s33', 'eu-recommendation-2025-5129', 'eu-decision-2022-382', 's0'],
        notes: [
          { id: 'card-extension', when: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] }, source: 's33' },
          { id: 'counts-towards-permanent-residence', source: 's0' },
          { id: 'no-scheme-after-tp', source: 's33' },
          { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
        ],
      },
    },
  },
});
