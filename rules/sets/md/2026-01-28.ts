import { defineRuleSet } from '../../schema/rule-set';
import { MD_SOURCES } from './sources';

/**
 * Moldova from the government decision of 28 January 2026, which extends
 * Moldova's own temporary protection (Government Decision 21/2023) to
 * 1 March 2027: a national status and date, not the EU's (so no EU
 * parameters here). Official (IGM): who is covered, the document, the rights,
 * the online extension of 2026 (1 February to 30 April), the call centre and
 * the Green Line. Not confirmed on an official page: the end date of
 * 1 March 2027 (the government's communiqué as the press reproduced it) and
 * the absence rule (removed in 2024 per the IGM, reported back as a
 * suspension in 2026). No national scheme for after temporary protection was
 * found.
 */
export default defineRuleSet({
  id: 'MD',
  version: '2026-01-28',
  validFrom: '2026-01-28',
  status: 'adopted',
  lastVerified: '2026-12-06',
  sources: MD_SOURCES,
  // The end date is written in place (no dated parameter): Moldova's own
  // date, resting on the government's communiqué as the press reproduced it
  // (unverified), and the rule book has no name for a Moldovan parameter.
  parameters: {},
  definitions: {
    holdsTp: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] },
  },
  options: [
    {
      id: 'MD.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 'md-igm-tp',
          },
          { kind: 'today', op: 'onOrBefore', than: { date: '2027-03-01' }, reason: 'before-md-tp-end', source: 'md-gov-communique-2026' },
        ],
      },
      deadline: { date: '2027-03-01' },
      sources: ['md-igm-tp', 'md-igm-online-extension', 'md-igm-contact', 'md-gov-communique-2026'],
      verification: 'verified',
      notes: [
        {
          id: 'renew-online-now',
          action: true,
          when: {
            kind: 'all',
            of: [
              { kind: 'today', op: 'onOrAfter', than: { date: '2026-02-01' } },
              { kind: 'today', op: 'onOrBefore', than: { date: '2026-04-30' } },
              { kind: 'ref', name: 'holdsTp' },
            ],
          },
          source: 'md-igm-online-extension',
        },
        {
          id: 'renewal-2026',
          when: { kind: 'all', of: [{ kind: 'today', op: 'after', than: { date: '2026-04-30' } }, { kind: 'ref', name: 'holdsTp' }] },
          source: 'md-igm-online-extension',
        },
        { id: 'apply-again', when: { kind: 'in', fact: 'currentStatus', values: ['no-status'] }, source: 'md-igm-online-extension' },
        { id: 'end-date-source', source: 'md-gov-communique-2026' },
        { id: 'absences', source: 'md-igm-2024-extension' },
        { id: 'no-scheme-after-tp', source: 'md-igm-tp' },
      ],
    },
  ],
});
