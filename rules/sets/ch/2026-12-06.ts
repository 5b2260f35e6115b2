import { reviseRuleSet } from '../../schema/revise';
import previous from './2025-10-08';
import { CH_SOURCES_2026_12_06 } from './sources';

/**
 * Switzerland, review of 6 December 2026 (issues 17 and 22): the family
 * exception to the rule for the 7 regions is worded as the Asylum Act's
 * family unit (Art. 71: spouses and minor children), not "parents"; the B
 * permit rests on Art. 74 para. 2 and the settlement permit (C) after ten
 * years on para. 3 (the canton may grant it); trips abroad (15 days per
 * half-year in Ukraine, more than two months abroad can end S); whom to write
 * to. Conditions and lists are unchanged.
 */
export default reviseRuleSet(previous, {
  version: '2026-12-06',
  validFrom: '2026-12-06',
  lastVerified: '2026-12-06',
  sources: CH_SOURCES_2026_12_06,
  parameters: {
    // The same five years, now cited to the Act itself.
    yearsOfSForB: { values: [{ value: 5, validFrom: '2025-10-08', source: 'ch-asyla-art-74', status: 'adopted' }] },
  },
  options: {
    patch: {
      'CH.status-s': {
        sources: ['s49', 's50', 'ch-asyla-art-71', 'ch-asyla-art-74', 'ch-sem-2022-travel', 'ch-so-travel'],
        notes: [
          { id: 'not-lifted-before', when: { kind: 'today', op: 'before', than: { param: 'sNotLiftedBefore' } }, source: 's50' },
          { id: 'travel-limit', source: 'ch-so-travel' },
          {
            id: 'family-of-holders',
            when: {
              kind: 'all',
              of: [{ kind: 'ref', name: 'newApplicant' }, { kind: 'ref', name: 'fromReasonableReturnRegion' }],
            },
            source: 'ch-asyla-art-71',
          },
        ],
      },
      'CH.b-permit': {
        sources: ['ch-asyla-art-74', 's50b', 's50'],
        notes: [
          { id: 'until-s-lifted', source: 'ch-asyla-art-74' },
          { id: 'earliest-2027', source: 's50b' },
          { id: 'settlement-permit-after-10-years', source: 'ch-asyla-art-74' },
        ],
      },
    },
  },
});
