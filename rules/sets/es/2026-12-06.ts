import { reviseRuleSet } from '../../schema/revise';
import { EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { beforeTpEnd } from '../_shared/conditions';
import previous from './2026-04-14';
import { ES_SOURCES_2026_12_06 } from './sources';

/**
 * Spain, review of 6 December 2026 (issue 17). The routes out of temporary
 * protection (Royal Decree 316/2026, SEM Instruction 2/2026) rest on a
 * secondary summary only: no BOE or SEM page of them was found, so every
 * switch option is now unverified (at best "maybe") and says so. Royal Decree
 * 316/2026 is mainly the 2026 extraordinary regularisation, from which
 * temporary protection holders are excluded: a warning says it is not for
 * them. Temporary protection itself rests on the EU decision (Official
 * Journal); the TIE card's extension to 4 March 2027 (Order INT/96/2026) is
 * reported, its BOE text not read. The general rules for family members of
 * Spanish citizens and for long-term residence cite the City of Barcelona and
 * the Generalitat de Catalunya; no official page was found for the switches
 * to residence and work, arraigo, minors or students.
 */
const unverified = { verification: 'unverified' as const };

export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: [...EU_SOURCES_2026_12_06, ...ES_SOURCES_2026_12_06],
  parameters: { ...EU_PARAMETERS_2026_12_06 },
  definitions: {
    beforeTpEnd: { ...beforeTpEnd, source: 'eu-recommendation-2025-5129' },
  },
  options: {
    patch: {
      'ES.temporary-protection': {
        sources: ['eu-recommendation-2025-5129', 'es-boe-orden-int-195-2025', 'es-europapress-orden-int-96-2026', 's37', 'es-rd-316-2026-summary'],
        verification: 'verified',
        notes: [
          { id: 'tie-card-valid', when: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] }, source: 'es-europapress-orden-int-96-2026' },
          { id: 'regularisation-not-for-tp', source: 'es-rd-316-2026-summary' },
          { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
        ],
      },
      'ES.work-residence': unverified,
      'ES.arraigo': unverified,
      'ES.minor-switch': unverified,
      'ES.study-switch': unverified,
      // The general rules on official regional and municipal pages; the switch from temporary
      // protection (SEM Instruction 2/2026) still rests on a summary, so both stay unverified.
      'ES.family-of-citizen': { sources: ['es-barcelona-family-of-spaniard', 's37'], ...unverified },
      'ES.long-term-residence': { sources: ['es-gencat-long-term-residence', 's37'], ...unverified },
    },
  },
});
