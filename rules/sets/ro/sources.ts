import type { SourceInput } from '../../schema/source';

/**
 * Romania: the sources of the rule set, read on 6 December 2026 in stored
 * copies of the pages (research notes `new-eu-a`, 2026-12-06). Official pages
 * first; the secondary ones are context and never the only source of an option.
 */
export const RO_SOURCES = [
  {
    id: 'ro-gov-apply-tp',
    title: 'Aplică pentru protecție temporară: who is covered, one visit to an immigration office, a residence permit and a personal numeric code (CNP) on the spot',
    publisher: 'Government of Romania, protectieucraina.gov.ro',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://protectieucraina.gov.ro/1/aplica-pentru-protectie-temporara/',
    quote: 'Procesul de obținere a protecției temporare este simplu și presupune un singur drum la centrele de imigrări deschise în toate județele din România. Acolo vei obține pe loc un act de identitate și un cod numeric personal.',
    official: true,
  },
  {
    id: 'ro-igi-categories-2022',
    title: 'Informare privind noile prevederi legislative referitoare la extinderea categoriilor de persoane refugiate din Ucraina cărora li se poate acorda protecție temporară (HG 367/2022 as amended)',
    publisher: 'Inspectoratul General pentru Imigrări (IGI)',
    date: '2022-09-23',
    accessed: '2026-12-06',
    url: 'https://igi.mai.gov.ro/informare-privind-noile-prevederi-legislative-referitoare-la-extinderea-categoriilor-de-persoane-refugiate-din-ucraina-carora-li-se-poate-acorda-protectie-temporara/',
    official: true,
  },
  {
    id: 'ro-igi-permits-2024',
    title: 'În luna iunie … aproximativ 3.200 de permise de ședere pentru beneficiarii protecției temporare: the rights temporary protection gives',
    publisher: 'Inspectoratul General pentru Imigrări (IGI), press release',
    date: '2024-07-22',
    accessed: '2026-12-06',
    url: 'https://igi.mai.gov.ro/in-luna-iunie-a-acestui-an-politistii-de-imigrari-au-emis-aproximativ-3-200-de-permise-de-sedere-pentru-beneficiarii-protectiei-temporare',
    quote: 'Acest lucru îți oferă anumite drepturi, printre care un permis de ședere, acces la piața muncii, asistență medicală și acces la educație pentru copii.',
    official: true,
  },
  {
    id: 'ro-igi-bucharest',
    title: 'Direcția pentru Imigrări a Municipiului București: telephone numbers, e-mail and audience hours per service',
    publisher: 'Inspectoratul General pentru Imigrări (IGI)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://igi.mai.gov.ro/directia-pentru-imigrari-a-municipiului-bucuresti/',
    quote: 'SERVICIUL CETĂȚENI STATE TERȚE – Marți, 08:00 – 10:00',
    official: true,
  },
  {
    id: 'ro-igi-petitions',
    title: 'Formular petiții: written questions to the General Inspectorate for Immigration',
    publisher: 'Inspectoratul General pentru Imigrări (IGI)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://igi.mai.gov.ro/formular-petitii/',
    official: true,
  },
  {
    id: 'ro-euaa-who-is-who',
    title: 'Temporary Protection – Romania (Who is who): temporary protection extended to 4 March 2026; implementing act HG 367/2022',
    publisher: 'European Union Agency for Asylum (EUAA)',
    date: '2026-01-14',
    accessed: '2026-12-06',
    url: 'https://dip.euaa.europa.eu/countries/romania/temporary-protection-romania',
    official: true,
  },
  {
    id: 'ro-evz-2026',
    title: 'Câți cetățeni ucraineni au primit permise de ședere în România (IGI: 1,928 permits issued or re-issued in 1–25 February 2026)',
    publisher: 'evz.ro',
    dateNote: '2026 (February or March)',
    accessed: '2026-12-06',
    url: 'https://evz.ro/cati-cetateni-ucraineni-au-primit-permise-de-sedere-in-romania-mii-de-persoane-au-solicitat-azil.html',
    quote: 'au emis/reemis, la nivel naţional, 1.928 de permise de şedere pentru beneficiarii protecţiei temporare, asigurând continuitatea dreptului de şedere',
    official: false,
  },
  {
    id: 'ro-oug-194-2002',
    title: 'Ordonanța de urgență 194/2002 privind regimul străinilor în România, chapter VI, art. 107: the kinds of residence permit (law text on a private database)',
    publisher: 'sintact.ro (Wolters Kluwer)',
    date: '2025-07-10',
    accessed: '2026-12-06',
    url: 'https://sintact.ro/legislatie/monitorul-oficial/ordonanta-de-urgenta-194-2002-privind-regimul-strainilor-in-16837535/roz-vi',
    quote: 'e)permis de şedere pe termen lung, străinului căruia i s-a acordat dreptul de şedere pe termen lung',
    official: false,
  },
] satisfies SourceInput[];
