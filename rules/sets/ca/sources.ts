import type { SourceInput } from '../../schema/source';

/**
 * Canada: the sources of the first rule set, IRCC's own pages as far as
 * found, read on 6 December 2026 in stored copies (research notes
 * new-eu-b-md-ca and look-ups of the same day). IRCC's own contact page was
 * not seen; its phone line is as the Government of Saskatchewan's page gives it.
 */
export const CA_SOURCES = [
  {
    id: 'ca-ircc-cow-2025',
    title: 'Committee of the Whole, 9 June 2025 – Immigration Responses to Recent Crises: Ukraine (CUAET intake closed 15 July 2023; the family pathway accepted applications from 23 October 2023 to 22 October 2024)',
    publisher: 'Immigration, Refugees and Citizenship Canada (IRCC), canada.ca',
    date: '2025-06-09',
    accessed: '2026-12-06',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/transparency/committees/cow-jun-9-2025/responses-crises-ukraine.html',
    quote: 'Applications were accepted from October 23, 2023, until October 22, 2024. Processing of applications is ongoing.',
    official: true,
  },
  {
    id: 'ca-ircc-post-cuaet',
    title: 'Measures to support Ukrainians and their family members – post CUAET (in-Canada open work permits, renewals and study permits; extended until 31 March 2026)',
    publisher: 'IRCC operational bulletin, canada.ca',
    dateNote: 'n.d. (mentions the extension to 31 March 2026)',
    accessed: '2026-12-06',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/service-delivery/post-march-31-ukraine.html',
    quote: 'These measures originally took effect on August 13, 2024, and have been extended until March 31, 2026.',
    official: true,
  },
  {
    id: 'ca-ircc-family-pr-policy',
    title: 'Temporary public policy to grant permanent residence to certain Ukrainian nationals with family in Canada (IRPA s. 25.2)',
    publisher: 'IRCC, canada.ca',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/public-policies/ukr-nationals-pr.html',
    official: true,
  },
  {
    id: 'ca-ircc-pr-study-permit',
    title: 'Permanent residence for Ukrainian nationals with family members in Canada: Apply for a study permit (new public policy; deadline to apply 31 March 2027)',
    publisher: 'IRCC, canada.ca',
    dateNote: 'n.d. (2026)',
    accessed: '2026-12-06',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/ukraine-measures/pr-family-reunification/apply-temporary-residence/study-permit.html',
    quote: 'If you submitted or were included in an application for the permanent residence pathway for Ukrainian nationals with family members in Canada, you may be eligible for a study permit under a new public policy.',
    official: true,
  },
  {
    id: 'ca-ircc-pr-restore',
    title: 'Permanent residence for Ukrainian nationals with family members in Canada: Restore your status as a temporary resident (deadline to apply 31 March 2026; under 90 days, the regular process)',
    publisher: 'IRCC, canada.ca',
    dateNote: 'n.d. (2026)',
    accessed: '2026-12-06',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/ukraine-measures/pr-family-reunification/apply-temporary-residence/restore.html',
    quote: 'If you lost your status less than 90 days ago You can apply to restore it through our regular process.',
    official: true,
  },
  {
    id: 'ca-ircc-refugee-claim',
    title: 'Claim refugee status from inside Canada: How to apply',
    publisher: 'IRCC, canada.ca',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/refugees/claim-protection-inside-canada/apply.html',
    quote: 'You must be in Canada to make your refugee claim. You can make your claim in 1 of 2 ways: in person (when you arrive in Canada at a port of entry) online (when you’re already inside Canada)',
    official: true,
  },
  {
    id: 'ca-irb-refugee-protection',
    title: 'Claiming refugee protection (the Refugee Protection Division decides; keep your contact information up to date)',
    publisher: 'Immigration and Refugee Board of Canada (IRB)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://irb-cisr.gc.ca/en/applying-refugee-protection/Pages/index.aspx',
    official: true,
  },
  {
    id: 'ca-sk-ircc-contact',
    title: 'Immigration FAQs: How do I get a hold of IRCC? (1-888-242-2100, in Canada only; agents Monday to Friday, 8 a.m. to 4 p.m. local time)',
    publisher: 'Government of Saskatchewan',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program/immigration-faqs',
    quote: 'You can also contact IRCC by telephone at 1-888-242-2100 (in Canada only).',
    official: true,
  },
  {
    id: 'ca-cbc-ircc-statement',
    title: 'Canada says it expects Ukrainians who fled war to return (IRCC statement: extensions before 31 March 2026, maintained status, a pause on removals to Ukraine)',
    publisher: 'CBC News (via briefly.co)',
    dateNote: 'n.d. (before 31 March 2026)',
    accessed: '2026-12-06',
    url: 'https://briefly.co/anchor/Canada_news/story/canada-says-it-expects-ukrainians-who-fled-war-to-return-some-say-thats-the-wrong-approach--cbc-news',
    official: false,
  },
] satisfies SourceInput[];
