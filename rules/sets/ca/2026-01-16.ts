import { defineRuleSet } from '../../schema/rule-set';
import { CA_SOURCES } from './sources';

/**
 * Canada as of 16 January 2026, when IRCC's public policy for people in the
 * family pathway to permanent residence took effect (work and study permits,
 * restoration of status), first written on 6 December 2026. Canada has no
 * temporary protection: people who came under CUAET hold work or study
 * permits or visitor status. From IRCC's own pages: the special in-Canada
 * measure for CUAET arrivals ran until 31 March 2026 (no later extension
 * found); the family pathway took applications from 23 October 2023 to
 * 22 October 2024 (closed; processing continues); a refugee claim can be made
 * from inside Canada, online. Not confirmed on an official page: the pause on
 * removals to Ukraine (press).
 */
export default defineRuleSet({
  id: 'CA',
  version: '2026-01-16',
  validFrom: '2026-01-16',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: CA_SOURCES,
  // The last day of IRCC's facilitated in-Canada permits for CUAET arrivals
  // (31 March 2026) is written in place: the rule book has no name for it.
  parameters: {},
  definitions: {},
  options: [
    {
      id: 'CA.work-study-permit',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'other-permit', 'no-status'],
            reason: 'temporary-resident', source: 'ca-ircc-post-cuaet',
          },
          {
            kind: 'any',
            of: [
              { kind: 'today', op: 'onOrBefore', than: { date: '2026-03-31' }, reason: 'cuaet-measure-open', source: 'ca-ircc-post-cuaet' },
              { kind: 'caseByCase', reason: 'ordinary-permit', source: 'ca-ircc-post-cuaet' },
            ],
          },
        ],
      },
      sources: ['ca-ircc-post-cuaet', 'ca-ircc-pr-restore', 'ca-sk-ircc-contact', 'ca-cbc-ircc-statement'],
      verification: 'verified',
      notes: [
        {
          id: 'permit-ends',
          action: true,
          when: { kind: 'date', fact: 'permitEndDate', op: 'onOrAfter', than: { asOf: true } },
          source: 'ca-ircc-post-cuaet',
        },
        {
          id: 'permit-ended-recently',
          action: true,
          when: {
            kind: 'all',
            of: [
              { kind: 'date', fact: 'permitEndDate', op: 'before', than: { asOf: true } },
              { kind: 'daysSince', fact: 'permitEndDate', op: 'lt', days: { value: 90 } },
            ],
          },
          source: 'ca-ircc-pr-restore',
        },
        {
          id: 'permit-ended-long-ago',
          when: {
            kind: 'all',
            of: [
              { kind: 'date', fact: 'permitEndDate', op: 'before', than: { asOf: true } },
              { kind: 'daysSince', fact: 'permitEndDate', op: 'gte', days: { value: 90 } },
            ],
          },
          source: 'ca-ircc-pr-restore',
        },
      ],
    },
    {
      id: 'CA.family-pr-pathway',
      kind: 'stay',
      test: 'info',
      sources: ['ca-ircc-cow-2025', 'ca-ircc-family-pr-policy', 'ca-ircc-pr-study-permit', 'ca-ircc-pr-restore'],
      verification: 'verified',
      notes: [
        { id: 'applicants-permits', source: 'ca-ircc-pr-study-permit' },
      ],
    },
    {
      id: 'CA.asylum',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'asylum-pending', 'other-permit', 'no-status'],
            reason: 'not-yet-protected', source: 'ca-ircc-refugee-claim',
          },
          { kind: 'caseByCase', reason: 'irb-decides', source: 'ca-irb-refugee-protection' },
        ],
      },
      sources: ['ca-ircc-refugee-claim', 'ca-irb-refugee-protection', 'ca-cbc-ircc-statement'],
      verification: 'verified',
      notes: [
        { id: 'claim-pending', when: { kind: 'in', fact: 'currentStatus', values: ['asylum-pending'] }, source: 'ca-irb-refugee-protection' },
        { id: 'work-permit', source: 'ca-ircc-refugee-claim' },
        { id: 'removals-pause-unverified', source: 'ca-cbc-ircc-statement' },
      ],
    },
  ],
});
