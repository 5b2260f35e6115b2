import type { SourceInput } from '../../schema/source';

/**
 * Finland: the sources of the rule set, read on 6 December 2026 in stored
 * copies of the pages (research notes `new-eu-a`, 2026-12-06). Migri says
 * every temporary protection permit is valid until 4 March 2027 and advises
 * applying now for an extended permit. That temporary protection permits no
 * longer turn into continuous (A) permits after three years (HE 199/2024, in
 * force 5 March 2025) was seen only in news reports of the debate.
 */
export const FI_SOURCES = [
  {
    id: 'fi-migri-tp',
    title: 'Temporary protection (information bank): registration by the police or the Border Guard, the residence permit, the right to work from registration',
    publisher: 'Maahanmuuttovirasto (Finnish Immigration Service, Migri)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://migri.fi/en/information-bank/temporary-protection',
    quote: 'The client has the right to work as soon as they have been registered.',
    official: true,
  },
  {
    id: 'fi-migri-permit-types',
    title: 'What type of permit do you need? Other residence permits: temporary protection permits valid until 4 March 2027; an extended permit (work, family, studies) while keeping temporary protection',
    publisher: 'Maahanmuuttovirasto (Migri)',
    dateNote: 'n.d. (2025 or 2026)',
    accessed: '2026-12-06',
    url: 'https://migri.fi/en/what-type-of-permit-do-you-need',
    quote: 'You do not need to cancel your temporary protection residence permit in order to be eligible for an extended permit. You may hold a valid temporary protection residence permit and an extended permit at the same time.',
    official: true,
  },
  {
    id: 'fi-migri-press-2025-07-16',
    title: 'Temporary protection for Ukrainians fleeing the war continues until 4 March 2027: permits and cards valid by law, a new card optional and subject to a fee',
    publisher: 'Maahanmuuttovirasto (Migri), press release',
    date: '2025-07-16',
    accessed: '2026-12-06',
    url: 'https://migri.fi/uk/-/timcasovij-zahist-dla-ukrainciv-aki-ratuut-sa-vid-vijni-bude-prodovzeno-do-4-berezna-2027-roku?languageId=sv_SE',
    official: true,
  },
  {
    id: 'fi-intermin-2024-12-05',
    title: 'Government proposes amendments to legislation on temporary protection (HE 199/2024)',
    publisher: 'Sisäministeriö (Ministry of the Interior of Finland)',
    date: '2024-12-05',
    accessed: '2026-12-06',
    url: 'https://intermin.fi/en/-/government-proposes-amendments-to-legislation-on-temporary-protection',
    official: true,
  },
  {
    id: 'fi-eduskunta-2025-02-11',
    title: 'Plenary record PR 4/2025 rd, item 14: debate on government proposal HE 199/2024 (the key sentence on B permits was not in the part read)',
    publisher: 'Eduskunta (Parliament of Finland)',
    date: '2025-02-11',
    accessed: '2026-12-06',
    url: 'https://www.eduskunta.fi/valtiopaivaasiakirjat/EDK-2025-AK-2587',
    official: true,
  },
  {
    id: 'fi-suomenuutiset-2025',
    title: 'Muutokset ulkomaalaislakiin välttämättömiä (temporary protection permits always temporary B permits; no change to a continuous A permit after three years)',
    publisher: 'Suomen Uutiset',
    date: '2025-02-11',
    accessed: '2026-12-06',
    url: 'https://suomenuutiset.fi/muutokset-ulkomaalaislakiin-valttamattomia-sisaministeri-rantanen-tilapainen-suojelu-on-nimensakin-mukaan-luonteeltaan-tilapaista',
    quote: 'tilapäisen suojelun perusteella myönnetyt oleskeluluvat olisivat jatkossa luonteeltaan aina tilapäisiä eli B-lupia. Lupa ei siis muuttuisi jatkuvaksi A-luvaksi kolmen vuoden jälkeen',
    official: false,
  },
  {
    id: 'fi-demokraatti-2025',
    title: 'Eduskunnassa haluja jatkaa ukrainalaisten tilapäistä suojelua (the debate on HE 199/2024)',
    publisher: 'Demokraatti',
    date: '2025-02-01',
    accessed: '2026-12-06',
    url: 'https://demokraatti.fi/eduskunnassa-haluja-jatkaa-ukrainalaisten-tilapaista-suojelua-on-ilo-kuulla-etta-me-tassa-salissa-olemme-samaa-mielta',
    official: false,
  },
  {
    id: 'fi-migri-permit-kinds',
    title: 'Oleskelulupatyypit: continuous (A), temporary (B) and permanent (P, P-EU) permits; 4 years on an A permit for a permanent permit',
    publisher: 'Maahanmuuttovirasto (Migri)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://migri.fi/oleskelulupatyypit',
    quote: 'Voit hakea pysyvää oleskelulupaa, jos olet asunut Suomessa 4 vuotta jatkuvalla oleskeluluvalla (A-lupa) ilman katkoja',
    official: true,
  },
  {
    id: 'fi-migri-advice',
    title: 'Migrationsverkets rådgivningstjänst: the advisory service and its hours',
    publisher: 'Maahanmuuttovirasto (Migri)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://migri.fi/sv/radgivningstjanst',
    quote: 'Betjäningstid: från måndag till fredag kl. 8.30–12.00 och 13–15.30.',
    official: true,
  },
  {
    id: 'fi-migri-third-country-2023',
    title: 'Tilapäistä suojelua ei myönnetä tietyille kolmansien maiden kansalaisille 7.9.2023 alkaen',
    publisher: 'Maahanmuuttovirasto (Migri)',
    dateNote: 'September 2023',
    accessed: '2026-12-06',
    url: 'https://migri.fi/-/tilapaista-suojelua-ei-myonneta-3.-maan-kansalaisille',
    official: true,
  },
] satisfies SourceInput[];
