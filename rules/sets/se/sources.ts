import type { SourceInput } from '../../schema/source';

/**
 * Sweden: the sources of the rule set, read on 6 December 2026 in stored
 * copies of the pages (research notes `new-eu-a`, 2026-12-06). The stored
 * pages on extending the permit cover the rounds to March 2025 and March
 * 2026; no page on the 2026 round (permits to 4 March 2027) was found. The
 * conditions of the residence permit after temporary protection were not
 * found on an official page.
 */
export const SE_SOURCES = [
  {
    id: 'se-mv-apply',
    title: 'Apply for protection under the Temporary Protection Directive',
    publisher: 'Migrationsverket (Swedish Migration Agency)',
    date: '2025-01-29',
    accessed: '2026-12-06',
    url: 'https://migrationsverket.se/en/you-want-to-apply/protection-under-the-temporary-protection-directive/apply-for-protection-under-the-temporary-protection-directive.html',
    official: true,
  },
  {
    id: 'se-mv-employers-faq',
    title: 'Vanliga frågor och svar om arbetstillstånd för arbetstagare: the UT card shows the right to work',
    publisher: 'Migrationsverket',
    dateNote: '2022',
    accessed: '2026-12-06',
    url: 'https://www.migrationsverket.se/Andra-aktorer/Arbetsgivare/Vanliga-fragor-och-svar-om-arbetstillstand-for-arbetstagare.html',
    quote: 'På UT-kortet framgår det att personen har beviljats uppehållstillstånd för tillfälligt skydd, personens dossiernummer, samt att personen har rätt att arbeta.',
    official: true,
  },
  {
    id: 'se-mv-extend-2025',
    title: 'Apply for extended protection by no later than 4 March: whoever has not applied in time loses all rights the permit gave',
    publisher: 'Migrationsverket',
    date: '2025-02-27',
    accessed: '2026-12-06',
    url: 'https://migrationsverket.se/English/Private-individuals/Protection-under-the-Temporary-Protection-Directive/Nyhetsarkiv/2025-02-27-Apply-for-extended-protection-by-no-later-than-4-March.html',
    quote: 'If you have not applied by this deadline, you will lose all rights granted by your residence permit. This rule applies even if you are listed in the Swedish Population Register.',
    official: true,
  },
  {
    id: 'se-mv-extend-page',
    title: 'Extending a residence permit under the Temporary Protection Directive: apply in the e-service within the window; you must be in Sweden',
    publisher: 'Migrationsverket',
    dateNote: '2025',
    accessed: '2026-12-06',
    url: 'https://migrationsverket.se/English/Private-individuals/Protection-under-the-Temporary-Protection-Directive/Apply-for-extended-protection.html',
    official: true,
  },
  {
    id: 'se-mv-closed-2024',
    title: 'Ansökan om förlängt uppehållstillstånd med skydd enligt massflyktsdirektivet är nu stängd: who did not apply in time must apply for protection again, and may not work until a new decision',
    publisher: 'Migrationsverket',
    date: '2024-03-05',
    accessed: '2026-12-06',
    url: 'https://www.migrationsverket.se/Privatpersoner/Skydd-enligt-massflyktsdirektivet/Nyhetsarkiv/2024-03-05-Ansokan-om-forlangt-uppehallstillstand-med-skydd-enligt-massflyktsdirektivet-ar-nu-stangd.html',
    quote: 'Du har inte rätt att arbeta förrän du har fått ett nytt beslut.',
    official: true,
  },
  {
    id: 'se-mv-switch-2022',
    title: 'Fortsatt osäkert läge i Ukraina: changing the ground of a permit is not possible while the Temporary Protection Directive applies',
    publisher: 'Migrationsverket',
    date: '2022-11-24',
    accessed: '2026-12-06',
    url: 'https://www.migrationsverket.se/Privatpersoner/Skydd-enligt-massflyktsdirektivet/Nyhetsarkiv/2022-11-24-Fortsatt-osakert-lage-i-Ukraina.html',
    quote: 'Men det är inte möjligt att byta grund för uppehållstillstånd så länge massflyktsdirektivet gäller.',
    official: true,
  },
  {
    id: 'se-prop-2023-24-151',
    title: 'Prop. 2023/24:151 Förbättrade levnadsvillkor för utlänningar med tillfälligt skydd (names the residence permit after temporary protection)',
    publisher: 'Regeringskansliet (Government Offices of Sweden), rättsdatabaser',
    date: '2024-05-23',
    accessed: '2026-12-06',
    url: 'https://rkrattsbaser.gov.se/prop?fritext=2023&page=1&post_id=69',
    quote: 'en utlänning som har ett uppehållstillstånd med tillfälligt skydd, eller uppehållstillstånd efter tillfälligt skydd, i regel inte ska vara försäkrad för bosättningsbaserade förmåner',
    official: true,
  },
  {
    id: 'se-lund-blog-2024',
    title: 'Ny proposition om förutsättningarna för ukrainare under massflyktsdirektivet att stanna i Sverige efter mars 2025',
    publisher: 'Lund University, migration coordinator blog',
    dateNote: '2024',
    accessed: '2026-12-06',
    url: 'https://inlu.blogg.lu.se/ny-proposition-om-forutsattningarna-for-ukrainare-under-massflyktsdirektivet-att-stanna-i-sverige-efter-mars-2025/',
    official: false,
  },
  {
    id: 'se-mv-faq',
    title: 'Frågor och svar om massflyktsdirektivet: after two years, notify the Tax Agency, which decides on entry in the population register',
    publisher: 'Migrationsverket',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.migrationsverket.se/Privatpersoner/Skydd-enligt-massflyktsdirektivet/Fragor-och-svar-om-massflyktsdirektivet.html',
    quote: 'När du har haft uppehållstillstånd med tillfälligt skydd i två år ska du anmäla flytt till Sverige till Skatteverket som beslutar om du kan bli folkbokförd.',
    official: true,
  },
  {
    id: 'se-mv-travel',
    title: 'Du ska resa utomlands eller flytta från Sverige – massflyktsdirektivet: travelling, moving, and what stops when you leave',
    publisher: 'Migrationsverket',
    dateNote: 'n.d. (new site layout, 2025 or 2026)',
    accessed: '2026-12-06',
    url: 'https://migrationsverket.se/du-har-tillstand-i-sverige/skydd-enligt-massflyktsdirektivet/du-ska-resa-utomlands-eller-flytta-fran-sverige.html',
    quote: 'Migrationsverket kommer inte att återkalla ditt uppehållstillstånd om du flyttar hem till Ukraina, eller om du flyttar till något annat EU-land. Din rätt till ekonomiskt bistånd och boende slutar dock att gälla när du lämnar Sverige.',
    official: true,
  },
  {
    id: 'se-mv-call',
    title: 'Call us: the Migration Agency telephone number',
    publisher: 'Migrationsverket',
    dateNote: 'n.d. (about 2021)',
    accessed: '2026-12-06',
    url: 'https://www.migrationsverket.se/English/Contact-us/Call-us.html',
    quote: 'Telefonnummer 0771‑235 235 Från utlandet: +46 771 235 235',
    official: true,
  },
] satisfies SourceInput[];
