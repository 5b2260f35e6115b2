import type { SourceInput } from '../../schema/source';

/**
 * Cyprus: the sources of the first rule set, read on 6 December 2026 in
 * stored copies (research notes new-eu-b-md-ca). The CRMD and EURES pages are
 * recorded at the http:// addresses they were stored at.
 */
export const CY_SOURCES = [
  {
    id: 'cy-moi-extension-2023',
    title: 'Ανακοίνωση αναφορικά με την παράταση της προσωρινής προστασίας (automatic one-year extension, no new application or biometric permit needed)',
    publisher: 'Ministry of Interior of Cyprus (moi.gov.cy)',
    date: '2023-02-14',
    accessed: '2026-12-06',
    url: 'https://www.moi.gov.cy/moi/moi.nsf/All/7EF8D6D6C5446AAAC22589570024C990?OpenDocument',
    quote: 'επεκτείνεται αυτόματα για ένα έτος το δικαίωμα σε προσωρινή προστασία, σε όσους δικαιούχους έχουν λάβει τέτοιο δικαίωμα στην Κύπρο',
    official: true,
  },
  {
    id: 'cy-crmd-faq',
    title: 'Temporary protection: frequently asked questions (the biometric residence permit, free of charge)',
    publisher: 'Civil Registry and Migration Department (CRMD), Cyprus',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'http://www.moi.gov.cy/moi/CRMD/crmd.nsf/All/A86D9E2CF623B5D5C225881300291392',
    official: true,
  },
  {
    id: 'cy-eures-labour',
    title: 'Access of Ukrainian Refugees to the Cyprus Labour Market',
    publisher: 'EURES Cyprus (Department of Labour)',
    dateNote: '2022',
    accessed: '2026-12-06',
    url: 'http://www.eures.gov.cy/mlsi/dl/eures/eures.nsf/All/139FAA2639053563C225880900313570?OpenDocument',
    quote: 'By receiving temporary protection status, the beneficiary may engage in an employed or self-employed activity in the Republic of Cyprus',
    official: true,
  },
  {
    id: 'cy-euaa-dip',
    title: 'Temporary Protection – Cyprus (page validated by the national administration: residence permits valid until 4 March 2026)',
    publisher: 'European Union Agency for Asylum (EUAA), Data and Information Portal',
    date: '2026-01-14',
    accessed: '2026-12-06',
    url: 'https://dip.euaa.europa.eu/countries/cyprus/temporary-protection-cyprus',
    official: true,
  },
  {
    id: 'cy-absence-2026-news',
    title: 'Residence-permit holders who exceeded a three-month absence because of flight disruption may re-enter until 30 April 2026 (general rule for residence permits, not specific to temporary protection)',
    publisher: 'Cyprus News Digest',
    date: '2026-03-01',
    accessed: '2026-12-06',
    official: false,
  },
] satisfies SourceInput[];
