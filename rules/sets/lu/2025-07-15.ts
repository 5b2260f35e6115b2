import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_PARAMETERS_2026_12_06, EU_SOURCES_2026_12_06 } from '../_shared/eu';
import { manOfMobilisationBand } from '../_shared/conditions';
import { LU_SOURCES } from './sources';

/**
 * Luxembourg from Council Implementing Decision (EU) 2025/1460 of 15 July 2025
 * (temporary protection to 4 March 2027), first written on 6 December 2026.
 * Official (guichet.lu, ADEM): registration at the one-stop desk, the right to
 * work, and the one national route found in this group of countries: the
 * residence permit as a salaried worker for holders who work, earn at least
 * the social minimum wage for unskilled workers, live outside ONA housing,
 * hold a biometric passport and give up temporary protection (family members
 * may apply with them). The minimum wage and the housing are checked by the
 * Directorate-General for Immigration (no amount is given here, so they stay
 * case by case). Not confirmed on an official page: the 2026 renewal to
 * 4 March 2027 (press), and any rule on absences (none found).
 */
export default defineRuleSet({
  id: 'LU',
  version: '2025-07-15',
  validFrom: '2025-07-15',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: [...cite('s4', 's63'), ...EU_SOURCES_2026_12_06, ...LU_SOURCES],
  parameters: {
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
      id: 'LU.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'lu-guichet-tp',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['lu-guichet-tp', 'lu-adem-2022', 'eu-recommendation-2025-5129', 'lu-tageblatt-2026'],
      verification: 'verified',
      notes: [
        { id: 'national-extension-unconfirmed', source: 'lu-tageblatt-2026' },
        { id: 'absences', source: 'lu-guichet-tp' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'LU.salaried-permit',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'], reason: 'holds-tp', source: 'lu-guichet-status-change' },
          { kind: 'ref', name: 'beforeTpEnd' },
          { kind: 'in', fact: 'employment', values: ['employed'], reason: 'employed', source: 'lu-guichet-status-change' },
          { kind: 'in', fact: 'validPassport', values: ['yes', 'expiring'], reason: 'biometric-passport', source: 'lu-guichet-status-change' },
          { kind: 'caseByCase', reason: 'minimum-wage', source: 'lu-guichet-status-change' },
          { kind: 'caseByCase', reason: 'own-housing', source: 'lu-guichet-status-change' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['lu-guichet-status-change', 'lu-guichet-news-2023'],
      verification: 'verified',
      notes: [
        { id: 'renounce-tp', source: 'lu-guichet-status-change' },
        {
          id: 'family-members',
          when: {
            kind: 'any',
            of: [
              { kind: 'in', fact: 'partner', values: ['in-host-country'] },
              { kind: 'compare', fact: 'childrenInHost', op: 'gt', than: { value: 0 } },
            ],
          },
          source: 'lu-guichet-status-change',
        },
        { id: 'page-date', source: 'lu-guichet-status-change' },
      ],
    },
  ],
});
