import type { RuleSetInput } from '../../schema/rule-set';
import type { Revision } from '../../schema/revise';
import type { SourceInput } from '../../schema/source';

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

/**
 * The review of 6 December 2026 (issue 17, ADR 14): official sources for the
 * EU frame, and the EU parameters' new dated values. Each member state's next
 * version adds them (`reviseRuleSet(previous, { sources: [...EU_SOURCES_2026_12_06, …],
 * parameters: { ...EU_PARAMETERS_2026_12_06, … } })`); earlier versions keep theirs.
 */
export const EU_SOURCES_2026_12_06 = [
  {
    id: 'eu-recommendation-2025-5129',
    title: 'Council Recommendation of 16 September 2025 on a coordinated approach to the transition out of temporary protection for displaced persons from Ukraine (C/2025/5129); recital 1: temporary protection, extended by Implementing Decision (EU) 2025/1460, is in force until and including 4 March 2027',
    publisher: 'Council of the European Union, Official Journal (EUR-Lex)',
    date: '2025-09-23',
    accessed: '2026-12-06',
    url: 'https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=OJ%3AC_202505129',
    quote: 'zoals verlengd bij Uitvoeringsbesluiten (EU) 2023/2409, (EU) 2024/1836 en (EU) 2025/1460 van de Raad, is tot en met 4 maart 2027 van kracht',
    official: true,
  },
  {
    id: 'eu-decision-2022-382',
    title: 'Council Implementing Decision (EU) 2022/382 of 4 March 2022 (temporary protection for people displaced from Ukraine), Article 2: who is covered',
    publisher: 'Council of the European Union, Official Journal L 71 (EUR-Lex)',
    date: '2022-03-04',
    accessed: '2026-12-06',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32022D0382',
    official: true,
  },
  {
    id: 'eu-eprs-qualification-regulation',
    title: 'Reform of the Qualification Directive (briefing): Regulation (EU) 2024/1347 applies from 1 July 2026',
    publisher: 'European Parliamentary Research Service',
    date: '2024-05-24',
    accessed: '2026-12-06',
    url: 'https://www.europarl.europa.eu/thinktank/en/document/EPRS_BRI(2017)603914',
    quote: 'The regulation enters into force in June 2024 and into application on 1 July 2026.',
    official: true,
  },
] satisfies SourceInput[];

export const EU_PARAMETERS_2026_12_06 = {
  tpEnd: {
    values: [
      // The same end date, now cited to the Official Journal.
      { value: '2027-03-04', validFrom: '2025-07-15', source: 'eu-recommendation-2025-5129', status: 'adopted' },
      // Reported (news sites, not an official page) as adopted by Council Implementing
      // Decision (EU) 2026/1912, in force 5 August 2026. Unconfirmed, so overdue (ADR 14).
      {
        value: '2028-03-04', validFrom: '2026-08-05', source: 's63', status: 'proposed', proposal: 'eu-extension-2028',
        plannedInForce: '2026-08-05', checkBy: '2026-12-20', verification: 'unverified',
      },
    ],
  },
  // 1 July 2026, not 12 June (the Parliament's research service; the date of the other Pact acts was 12 June).
  qrApplies: { values: [{ value: '2026-07-01', validFrom: '2024-06-11', source: 'eu-eprs-qualification-regulation', status: 'adopted' }] },
} satisfies NonNullable<Revision['parameters']>;
