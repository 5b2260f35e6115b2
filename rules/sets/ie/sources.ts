import type { SourceInput } from '../../schema/source';

/**
 * Irish sources read on 6 December 2026 (research notes eu-nl-be-ie-fr,
 * part 4). The Department of Justice notice of 13 February 2026 itself was not
 * found; parliamentary answers read through KildareStreet copies are marked
 * not official (the official record is on oireachtas.ie).
 */
export const IE_SOURCES_2026_12_06 = [
  {
    id: 'ie-irishimmigration-tp',
    title: 'Information on Temporary Protection for people fleeing the conflict in Ukraine',
    publisher: 'Department of Justice, Immigration Service Delivery (irishimmigration.ie)',
    dateNote: 'no date on the page',
    accessed: '2026-12-06',
    url: 'https://irishimmigration.ie/ur/information-on-temporary-protection-for-people-fleeing-the-conflict-in-ukraine',
    official: true,
  },
  {
    id: 'ie-irishimmigration-faq',
    title: 'FAQs for Ukraine nationals and residents of Ukraine (people of other nationalities: covered with international protection, or a permanent Ukrainian permit and no safe return; temporary permits: help to return with IOM)',
    publisher: 'Department of Justice, Immigration Service Delivery (irishimmigration.ie)',
    dateNote: 'no date on the page',
    accessed: '2026-12-06',
    url: 'https://irishimmigration.ie/zh/faqs-for-ukraine-nationals-and-residents-of-ukraine',
    official: true,
  },
  {
    id: 'ie-dail-2024-05-14',
    title: 'Dáil Éireann, written answer, 14 May 2024, Question 425: temporary protection holders may take any existing immigration permission if they meet its criteria; only one permission at a time',
    publisher: 'Houses of the Oireachtas',
    date: '2024-05-14',
    accessed: '2026-12-06',
    url: 'https://www.oireachtas.ie/en/debates/question/2024-05-14/425/',
    quote: 'it is open to all beneficiaries of temporary protection to avail of any existing immigration permission provided that they meet the relevant criteria … However, it is not possible to hold more than one immigration permission at the same time.',
    official: true,
  },
  {
    id: 'ie-dail-2023-10-24',
    title: 'Dáil Éireann, written answer, 24 October 2023, Question 400: naturalisation needs five years of reckonable residence; no exemption for temporary protection holders',
    publisher: 'Houses of the Oireachtas',
    date: '2023-10-24',
    accessed: '2026-12-06',
    url: 'https://www.oireachtas.ie/ga/debates/question/2023-10-24/400/',
    official: true,
  },
  {
    id: 'ie-dail-2025-09-08',
    title: 'Dáil written answer, 8 September 2025 (Question 1684): the JHA Council extended temporary protection until March 2027 (copy on KildareStreet.com)',
    publisher: 'KildareStreet.com (copy of the Oireachtas record)',
    date: '2025-09-08',
    accessed: '2026-12-06',
    url: 'https://www.kildarestreet.com/wrans/?id=2025-09-08a.4773',
    quote: 'On 15 July 2025, the Justice and Home Affairs Council unanimously agreed to extend Temporary Protection by a further year until March 2027.',
    official: false,
  },
  {
    id: 'ie-dail-2024-09-24',
    title: 'Dáil written answer, 24 September 2024: temporary protection registration by email, tpregistration@justice.ie (copy on KildareStreet.com)',
    publisher: 'KildareStreet.com (copy of the Oireachtas record)',
    date: '2024-09-24',
    accessed: '2026-12-06',
    url: 'https://www.kildarestreet.com/wrans/?id=2024-09-24a.632.r',
    official: false,
  },
] satisfies SourceInput[];
