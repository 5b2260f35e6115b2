import type { SourceInput } from '../../schema/source';

/**
 * Sources added in the review of 6 December 2026 (issues 17 and 22), read in
 * stored copies of the public pages on that day. `official: true` only for an
 * authority's own page (the Ministry of the Interior, a municipality) or an
 * official journal; news reports and commercial copies of laws are context.
 *
 * Not read, so not cited as official: the ipc.gov.cz pages on the 2026/2027
 * extension of temporary protection, and Act 65/2022 on e-Sbírka
 * (https://www.e-sbirka.cz/sb/2022/65).
 */
export const CZ_SOURCES_2026_12_06 = [
  {
    id: 'cz-frs-housing-90-days',
    title: 'Změna v poskytování státního humanitárního ubytování od 1. 9. 2024 (state humanitarian housing for at most 90 days from the first grant of temporary protection)',
    publisher: 'Ministry of the Interior CZ – frs.gov.cz (now ipc.gov.cz)',
    dateNote: '2024',
    accessed: '2026-12-06',
    url: 'https://frs.gov.cz/zmena-v-poskytovani-statniho-humanitarniho-ubytovani-od-1-9-2024/',
    quote: 'Od 1. 9. 2024 bude státní humanitární ubytování poskytováno nejvýše na dobu 90 dní od udělení první dočasné ochrany. Změna se týká i zranitelných osob.',
    official: true,
  },
  {
    id: 'cz-frs-kacpu-2024',
    title: 'Dočasná ochrana: changes to the regional assistance centres (KACPU) from 1 January 2024 (where to apply for temporary protection; proof of accommodation)',
    publisher: 'Ministry of the Interior CZ – frs.gov.cz (now ipc.gov.cz)',
    dateNote: '2023 (changes in force from 1 January 2024)',
    accessed: '2026-12-06',
    url: 'https://frs.gov.cz/docasna-ochrana-zmeny-ve-fungovani-kacpu-od-1-1-2024/',
    quote: 'O dočasnou ochranu žádejte na KACPU v kraji, kde bydlíte (s výjimkou Středočeského kraje).',
    official: true,
  },
  {
    id: 'cz-mvcr-infoline',
    title: 'Ministry of the Interior information hotline for foreigners (OAMP): 974 820 680',
    publisher: 'Ministry of the Interior CZ (mvcr.cz)',
    date: '2020-07-27',
    accessed: '2026-12-06',
    url: 'https://www.mvcr.cz/docDetail.aspx?docid=21679741&doctype=ART',
    quote: 'Ministry of the Interior information hotline - 974 820 680, Mo - Th: 8.00 - 16.00 and Fr: 8:00 - 12:00',
    official: true,
  },
  {
    id: 'cz-vysoke-myto-registration',
    title: 'Prodloužení dočasné ochrany (without the online registration for the yearly extension, temporary protection lapses)',
    publisher: 'Město Vysoké Mýto (municipality)',
    dateNote: '2023 (the extension round to 31 March 2024)',
    accessed: '2026-12-06',
    url: 'https://www.vysoke-myto.cz/archiv-zprav/prodlouzeni-docasne-ochrany-%D1%96%D0%BD%D1%84%D0%BE%D1%80%D0%BC%D0%B0%D1%86%D1%96%D1%8F-%D0%BF%D1%80%D0%BE-%D0%B7%D0%B0%D1%8F%D0%B2%D1%83-%D0%BF%D1%80%D0%BE-%D0%BD%D0%B0%D0%B4%D0%B0%D0%BD%D0%BD/',
    quote: 'V případě, že do konce března registrace nebude provedena, dočasná ochrana zanikne.',
    official: true,
  },
  {
    id: 'cz-codexis-65-2022-7o',
    title: 'Act No. 65/2022 Coll. (Lex Ukrajina), § 7o Zvláštní dlouhodobý pobyt: (2) acquired by collecting the card, 5 years; (3) no legal entitlement. Public copy; official text at https://www.e-sbirka.cz/sb/2022/65 (not read)',
    publisher: 'public.codexis.cz (ATLAS consulting), copy of the Collection of Laws',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://public.codexis.cz/zakon/65-2022-sb-zakon-o-nekterych-opatrenich-v-souvislosti-s-ozbrojenym-konfliktem-na-uzemi-ukrajiny-vyvo-CR131856/paragraf-7o---zvlastni-dlouhodoby-pobyt-paragraf7o',
    quote: '(3) Na zvláštní dlouhodobý pobyt není právní nárok.',
    official: false,
  },
  {
    id: 'cz-radio-lapsed',
    title: 'V Česku je skoro 340 tisíc lidí z Ukrajiny (the Ministry of the Interior\'s OAMP: those who did not register lost temporary protection and must go through the same process as a first application)',
    publisher: 'Český rozhlas (cesky.radio.cz)',
    dateNote: '2024',
    accessed: '2026-12-06',
    url: 'https://cesky.radio.cz/v-cesku-je-skoro-340-tisic-lidi-z-ukrajiny-kteri-z-vlasti-odesli-kvuli-valce-8813088',
    quote: 'musí ale projít stejným procesem jako při první registraci',
    official: false,
  },
  {
    id: 'cz-finance-ua-tp-2027',
    title: 'The Czech Ministry of the Interior on the extension of temporary protection to 31 March 2027 (online registration, then a sticker appointment; citing Radio Prague International)',
    publisher: 'news.finance.ua',
    date: '2025-12-08',
    accessed: '2026-12-06',
    url: 'https://news.finance.ua/ua/mvs-chehii-oprylyudnylo-podrobyci-prodovzhennya-tymchasovoho-zahystu-dlya-ukrainciv',
    quote: 'Особи, які користуються тимчасовим захистом до 31 березня 2026 року, зможуть продовжити його до 31 березня 2027 року.',
    official: false,
  },
  // The employee card, the general rule on the Ministry of the Interior's pages; neither page
  // says whether a person with temporary protection can apply for it in Czechia.
  {
    id: 'cz-mvcr-employee-card',
    title: 'Zaměstnanecká karta – základní informace (the employee card: a long-term residence permit for employment, for the job it was issued for or one the Ministry approved)',
    publisher: 'Ministry of the Interior CZ (mvcr.cz)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.mvcr.cz/clanek/zamestnanecka-karta.aspx?q=cHJuPTE%3D',
    quote: 'Zaměstnanecká karta je druh povolení k dlouhodobému pobytu na území ČR, kdy účelem pobytu cizince (delšího než 3 měsíce) je zaměstnání.',
    official: true,
  },
  {
    id: 'cz-frs-employee-card',
    title: 'Zaměstnanecká karta (for third-country nationals, every kind of job; issued for at most 2 years, renewable; a change of employer must be reported to the Ministry of the Interior)',
    publisher: 'Ministry of the Interior CZ – frs.gov.cz (now ipc.gov.cz)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://frs.gov.cz/typy-viz-a-pobytu/obcane-tretich-zemi/dlouhodobe-pobyty/zamestnanecka-karta/',
    quote: 'Zaměstnanecká karta je druh povolení k dlouhodobému pobytu, který umožňuje občanům třetích zemí v České republice legálně pobývat a pracovat déle než 3 měsíce.',
    official: true,
  },
] satisfies SourceInput[];
