import type { SourceInput } from '../../schema/source';

/**
 * Official UK sources read for the review of 6 December 2026 (issue 17), in
 * stored copies (see ../notes/research-no-dk-gb-us.md). The 2026 text of the
 * Immigration Rules Appendix Ukraine Scheme (the further grant of up to 24
 * months, the 90-day window: Statement of Changes HC 1691) was NOT among the
 * stored official pages: the only stored gov.uk copy of the Appendix predates
 * the Ukraine Permission Extension. Those two points rest on s52 (secondary).
 */
export const GB_SOURCES_2026_12_06 = [
  {
    id: 'gb-upe-caseworker-guidance',
    title: 'Ukraine Permission Extension scheme: caseworker guidance, version 1.0 (permission for up to 18 months, with the same entitlements to work, study and public funds)',
    publisher: 'UK Home Office (gov.uk)',
    date: '2025-02-04',
    accessed: '2026-12-06',
    url: 'https://gov.uk/government/publications/ukraine-permission-extension-scheme-caseworker-guidance/ukraine-permission-extension-scheme-accessible',
    quote: 'apply for further permission to remain for up to 18 months, with the same entitlements to work, study and access public funds as provided for under the existing Ukraine schemes',
    official: true,
  },
] satisfies SourceInput[];
