import type { RuleSetInput } from '../../schema/rule-set';

/**
 * EU-wide dated parameters that every rule set of a member state applying the
 * Temporary Protection Directive reads. Values are added, never overwritten.
 */
export const EU_PARAMETERS = {
  /** Last day of EU temporary protection. */
  tpEnd: {
    unit: 'date',
    values: [
      // Council Implementing Decision (EU) 2025/1460 of 15 July 2025.
      { value: '2027-03-04', validFrom: '2025-07-15', source: 's4', status: 'adopted' },
      // Commission proposal (after June 2026) to extend to 4 March 2028; adoption not confirmed.
      { value: '2028-03-04', validFrom: '2026-07-01', source: 's63', status: 'proposed', proposal: 'eu-extension-2028' },
    ],
  },
  /**
   * Qualification Regulation (EU) 2024/1347 applies from the Pact start date:
   * 12 June 2026 per the brief, 1 July 2026 possibly per its own article (unverified).
   */
  qrApplies: {
    unit: 'date',
    values: [{ value: '2026-06-12', validFrom: '2024-06-11', source: 's5', status: 'adopted', verification: 'unverified' }],
  },
} satisfies RuleSetInput['parameters'];

/** The source ids the EU parameters cite; every member-state rule set declares them. */
export const EU_SOURCE_IDS = ['s3', 's4', 's5', 's63', 's64', 's65'] as const;
