import type { SourceInput } from '../../schema/source';

/**
 * Official US sources read for the review of 6 December 2026 (issue 17, item
 * 3), in stored copies (see ../notes/research-no-dk-gb-us.md). No 2026 Federal
 * Register notice on TPS for Ukraine was found.
 */
export const US_SOURCES_2026_12_06 = [
  {
    id: 'us-fr-2025-00771',
    title: 'Extension of the Designation of Ukraine for Temporary Protected Status, FR Doc. 2025-00771 (an extension, not a redesignation: 20 April 2025 to 19 October 2026; existing beneficiaries re-register). The official abstract was read in a stored copy.',
    publisher: 'DHS/USCIS, Federal Register',
    date: '2025-01-17',
    accessed: '2026-12-06',
    url: 'https://www.federalregister.gov/documents/2025/01/17/2025-00771/extension-of-the-designation-of-ukraine-for-temporary-protected-status',
    quote: 'extending the designation of Ukraine for Temporary Protected Status (TPS) for 18 months, beginning on April 20, 2025, and ending on October 19, 2026. Existing TPS beneficiaries who wish to extend their status through October 19, 2026, must re-register',
    official: true,
  },
  {
    id: 'us-cfr-244-2',
    title: '8 CFR 244.2(f)(2) and (g): late initial registration during an extension (nonimmigrant or other status, a pending application, parole or a pending re-parole request at the time of the initial registration period, or spouse or child of a TPS registrant; file within 60 days after it ends). Text read in the GPO edition revised 1 January 2004 (http://edocket.access.gpo.gov/cfr_2004/janqtr/8cfr244.2.htm); check the current text at this address.',
    publisher: 'Code of Federal Regulations (eCFR, National Archives)',
    dateNote: 'edition read: revised as of 1 January 2004',
    accessed: '2026-12-06',
    url: 'https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-244/section-244.2',
    quote: '(2) During any subsequent extension of such designation if at the time of the initial registration period: … (iii) The applicant is a parolee or has a pending request for reparole',
    official: true,
  },
  {
    id: 'us-fr-2022-08390',
    title: 'Designation of Ukraine for Temporary Protected Status, FR Doc. 2022-08390 (USCIS Contact Center phone number)',
    publisher: 'DHS/USCIS, Federal Register (govinfo.gov)',
    date: '2022-04-19',
    accessed: '2026-12-06',
    url: 'https://www.govinfo.gov/content/pkg/FR-2022-04-19/html/2022-08390.htm',
    quote: 'or by phone at 800-375-5283',
    official: true,
  },
  {
    id: 'us-uscis-reparole-faq',
    title: 'Frequently Asked Questions about the Re-Parole Process for Certain Ukrainians and Their Immediate Family Members (only people already in the United States; parole ends on leaving)',
    publisher: 'U.S. Citizenship and Immigration Services (uscis.gov)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://uscis.gov/humanitarian/uniting-for-ukraine/re-parole-process-for-certain-ukrainian-citizens-and-their-immediate-family-members/frequently-asked-questions-about-the-re-parole-process-for-certain-ukrainians-and-their-immediate',
    quote: 'Only certain Ukrainian citizens and their immediate family members already in the United States may apply for re-parole under this application process.',
    official: true,
  },
  {
    id: 'us-fr-2000-automatic-extension',
    title: 'Six-Month Extension and Termination of Designation of Guinea-Bissau under TPS (Federal Register, 20 March 2000): the statutory automatic 6-month extension when no decision is made at least 60 days before a designation ends. An official notice, read in an archived copy; it says nothing about Ukraine.',
    publisher: 'INS, Federal Register (archived copy)',
    date: '2000-03-20',
    accessed: '2026-12-06',
    url: 'http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=2000_register&docid=fr20mr00-147',
    quote: 'because this determination was not made at least 60 days before the termination date, the designation of Guinea-Bissau for TPS was automatically extended by statute for 6 months',
    official: false,
  },
] satisfies SourceInput[];
