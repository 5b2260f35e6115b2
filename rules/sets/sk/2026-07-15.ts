import { defineRuleSet } from '../../schema/rule-set';
import { cite } from '../_shared/sources';
import { EU_PARAMETERS, EU_SOURCE_IDS } from '../_shared/eu';
import { beforeTpEnd, manOfMobilisationBand } from '../_shared/conditions';

/**
 * Slovakia from the amendment to the Act on the Residence of Aliens
 * (404/2011), in force 15 July 2026, which adds § 131o: whoever holds
 * temporary refuge in Slovakia on 3 March 2027 stays a "displaced person" for
 * one more year. Brief §2.5 (medium: a law-firm summary). The conditions of
 * the later temporary residence for displaced persons were not retrieved.
 */
export default defineRuleSet({
  id: 'SK',
  version: '2026-07-15',
  validFrom: '2026-07-15',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: cite(...EU_SOURCE_IDS, 's0', 's31', 's32'),
  parameters: {
    ...EU_PARAMETERS,
    /** § 131o: temporary refuge held in Slovakia on this date carries over for one more year. */
    displacedPersonReferenceDate: {
      unit: 'date',
      values: [{ value: '2027-03-03', validFrom: '2026-07-15', source: 's31', status: 'adopted', verification: 'unverified' }],
    },
  },
  definitions: {
    beforeTpEnd,
    manOfMobilisationBand,
  },
  options: [
    {
      id: 'SK.temporary-protection',
      kind: 'protection',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          {
            kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied', 'no-status'],
            reason: 'covered-by-tp', source: 's32',
          },
          { kind: 'ref', name: 'beforeTpEnd' },
        ],
      },
      deadline: { param: 'tpEnd' },
      sources: ['s32', 's4', 's65'],
      verification: 'verified',
      notes: [
        { id: 'work-statuses', source: 's0' },
        { id: 'eu-men-exit-permit', when: { kind: 'ref', name: 'manOfMobilisationBand' }, source: 's63' },
      ],
    },
    {
      id: 'SK.displaced-person-extension',
      kind: 'stay',
      test: 'eligibility',
      when: {
        kind: 'all',
        of: [
          { kind: 'in', fact: 'currentStatus', values: ['temporary-protection', 'protection-applied'], reason: 'holds-tp', source: 's31' },
          {
            kind: 'heldContinuously', days: { value: 0 }, on: { param: 'displacedPersonReferenceDate' },
            reason: 'tp-on-reference-date', source: 's31',
          },
        ],
      },
      deadline: { param: 'displacedPersonReferenceDate' },
      sources: ['s31', 's32'],
      // A law-firm summary of the amendment (medium); the official text was not read.
      verification: 'unverified',
      notes: [
        { id: 'later-residence-not-retrieved', source: 's31' },
        { id: 'may-shift', source: 's63' },
      ],
    },
  ],
});
