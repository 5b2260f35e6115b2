import type { SourceInput } from '../../schema/source';

/**
 * Sources of the hubs review of 6 December 2026 (issue 17), from the research
 * notes (read in stored copies of public pages). No page of Ukraine's
 * Ministry of Social Policy, Family and Unity was in the store, and no
 * official page gives an address, phone line or opening hours of any Unity
 * Hub. Official: the German Ministry of the Interior (the declaration of
 * intent), ICMPD on its own consultation centres, the Dutch government on
 * the Ukraine houses. News sites are `official: false`.
 */
export const HUB_SOURCES_2026_12_06 = [
  {
    id: 'hub-bmi-declaration',
    title: 'Deutschland und Ukraine unterzeichnen Absichtserklärung für „Unity Hubs“ (declaration of intent of 15 February 2025; the first hub to open in Berlin; return counselling, work, culture and language)',
    publisher: 'Bundesministerium des Innern (German Federal Ministry of the Interior)',
    date: '2025-02-15',
    accessed: '2026-12-06',
    url: 'https://www.bmi.bund.de/SharedDocs/pressemitteilungen/DE/2025/02/unity-hubs.html',
    quote: 'Eröffnung eines ersten ‚Unity Hubs‘ soll bald in Berlin erfolgen.',
    official: true,
  },
  {
    id: 'hub-icmpd-centres',
    title: 'ICMPD opens three Ukrainian Consultation Centres in Prague, Berlin and Gdansk',
    publisher: 'International Centre for Migration Policy Development (ICMPD), on its own service',
    date: '2023-06-09',
    accessed: '2026-12-06',
    url: 'https://icmpd.org/news/icmpd-opens-three-ukrainian-consultation-centres-in-prague-berlin-and-gdansk',
    official: true,
  },
  {
    id: 'hub-icmpd-2025',
    title: 'ICMPD Director General meets Ukraine Vice Prime Minister to discuss further cooperation (the consultation centres had given more than 115,000 consultations)',
    publisher: 'International Centre for Migration Policy Development (ICMPD), on its own service',
    date: '2025-02-03',
    accessed: '2026-12-06',
    url: 'https://icmpd.org/news/icmpd-director-general-meets-ukraine-vice-prime-minister-to-discuss-further-cooperation',
    official: true,
  },
  {
    id: 'hub-interfax-prague-2026',
    title: 'The Unity Centre in Prague is to open at the beginning of 2026 (Ministry of Social Policy, Family and Unity)',
    publisher: 'Interfax-Ukraine (quoting the Ministry of Social Policy, Family and Unity)',
    date: '2025-11-24',
    accessed: '2026-12-06',
    url: 'https://interfax.com.ua/news/general/1122930.html',
    official: false,
  },
  {
    id: 'hub-sud-declarations',
    title: 'Український центр єдності запрацює в Празі у 2026 році (declarations of intent for Munich, Düsseldorf, France and Spain)',
    publisher: 'Sud.ua (quoting the Ministry of Social Policy, Family and Unity)',
    date: '2025-11-24',
    accessed: '2026-12-06',
    url: 'https://sud.ua/uk/news/ukraine/346946-ukrainskiy-tsentr-edinstva-zarabotaet-v-prage-v-2026-godu',
    official: false,
  },
  {
    id: 'hub-mil21-torrevieja',
    title: 'Inaugurada la primera Casa de Ucrania en España por Elma Saiz y Oleksiy Chernyshov (at the CREADE reception centre in Torrevieja; declaration on the Unity Hub signed)',
    publisher: 'Mil21',
    dateNote: 'n.d. (March 2025)',
    accessed: '2026-12-06',
    url: 'https://mil21.es/noticia/14857/claves/inaugurada-la-primera-casa-de-ucrania-en-espana-por-elma-saiz-y-oleksiy-chernyshov.html',
    official: false,
  },
  {
    id: 'hub-sud-torrevieja-2025',
    title: 'Перший в Іспанії український Центр єдності відкриється в місті Торрев’єха (the Ministry of Social Policy, Family and Unity: the premises were handed over; the centre will open)',
    publisher: 'Sud.ua (quoting the Ministry of Social Policy, Family and Unity)',
    dateNote: 'n.d. (November 2025)',
    accessed: '2026-12-06',
    url: 'https://sud.ua/ru/news/abroad/346677-pershiy-v-ispaniyi-ukrayinskiy-tsentr-yednosti-vidkriyetsya-v-misti-torrevyekha',
    official: false,
  },
  {
    id: 'hub-thegaze-uk',
    title: 'Ukraine opens Ukrainian Unity Hub in Czechia, plans more in other countries (the United Kingdom named as under discussion)',
    publisher: 'The Gaze',
    date: '2025-05-01',
    accessed: '2026-12-06',
    url: 'https://thegaze.media/news/ukraine-opens-ukrainian-unity-hub-in-czechia-plans-more-in-other-countries',
    official: false,
  },
  {
    id: 'hub-rijksoverheid-oekrainehuizen',
    title: 'Oekraïnehuizen zijn de schakel tussen ontheemden en de overheid (more than 20 volunteer-run “Ukraine houses” in the Netherlands, in contact with the Ministry of Asylum and Migration)',
    publisher: 'Rijksoverheid, Ministerie van Justitie en Veiligheid (Dutch government)',
    dateNote: '2026 (no day given)',
    accessed: '2026-12-06',
    url: 'https://www.rijksoverheid.nl/ministeries/ministerie-van-justitie-en-veiligheid/het-verhaal-van-j-en-v/2026/oekrainehuizen-zijn-de-schakel-tussen-ontheemden-en-de-overheid',
    quote: 'In Nederland zijn er ruim 20 van zulke Oekraïnehuizen.',
    official: true,
  },
] satisfies SourceInput[];
