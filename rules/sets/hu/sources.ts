import type { SourceInput } from '../../schema/source';

/**
 * Hungary: the sources of the first rule set, read on 6 December 2026 in
 * stored copies (research notes new-eu-b-md-ca). The two OIF pages are
 * recorded at the http:// addresses they were stored at. Decrees seen only on jogkodex.hu or net.jogtar.hu are mirrors.
 */
export const HU_SOURCES = [
  {
    id: 'hu-oif-tp-info',
    title: 'Tájékoztató az Ukrajnából menekülő ukrán állampolgárok részére (temporary protection as menedékes status; aliens-policing procedures for work, business or study)',
    publisher: 'Országos Idegenrendészeti Főigazgatóság (OIF)',
    dateNote: 'n.d. (2022/23)',
    accessed: '2026-12-06',
    url: 'http://ukran2022.oif.gov.hu/hun/Tajekoztato_az_Ukrajnabol_menekulo_ukran_allampolgarok_reszere',
    quote: 'Az ideiglenes védelem formája a menedékeskénti elismerés. A menedékes státusz ideiglenes, addig biztosít tartózkodási jogosultságot, amíg a háború tart.',
    official: true,
  },
  {
    id: 'hu-oif-card-extension',
    title: 'További egy évig érvényes a menedékesek okmánya (menedékes documents valid for one more year by law, without a new card)',
    publisher: 'Országos Idegenrendészeti Főigazgatóság (OIF)',
    dateNote: '2023',
    accessed: '2026-12-06',
    url: 'http://oif.gov.hu/index.php?option=com_k2&view=item&id=1996:tovabbi-egy-evig-ervenyes-a-menedekesek-okmanya&lang=hu',
    official: true,
  },
  {
    id: 'hu-unhcr-help',
    title: 'UNHCR Hungary help page: "Validity of Temporary Protection cards are extended until 4 March 2027"',
    publisher: 'UNHCR Hungary (help.unhcr.org)',
    date: '2026-02-20',
    accessed: '2026-12-06',
    url: 'https://help.unhcr.org/hungary/',
    quote: 'The Hungarian government has extended the validity of Temporary Protection cards until 4 March 2027.',
    official: false,
  },
  {
    id: 'hu-accommodation-2024-reports',
    title: 'State-funded accommodation from 21 August 2024 only for people from war-affected Ukrainian regions on a government list (amendment of Gov. Decree 104/2022), as reported by Népszava and Human Rights Watch',
    publisher: 'Népszava (via szentkoronaradio.com); Human Rights Watch (via censor.net)',
    date: '2024-07-22',
    accessed: '2026-12-06',
    official: false,
  },
  {
    id: 'hu-unhcr-helpline-2023',
    title: 'Temporary protection in Hungary, with UNHCR\'s Refugee Helpline (archived page)',
    publisher: 'UNHCR Hungary (web archive)',
    date: '2023-06-30',
    accessed: '2026-12-06',
    url: 'https://webarchive.archive.unhcr.org/20230630022955mp_/https://help.unhcr.org/hungary/temporary-protection',
    official: false,
  },
  {
    id: 'hu-visits-faq',
    title: 'FAQ for people from Ukraine in Hungary: temporary visits to Ukraine do not end temporary protection',
    publisher: 'ukraineishome.org (UNHCR-linked FAQ)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    quote: 'Temporary visits to Ukraine do not result in the withdrawal of your temporary protection status in Hungary',
    official: false,
  },
] satisfies SourceInput[];
