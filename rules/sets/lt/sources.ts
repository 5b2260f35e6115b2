import type { SourceInput } from '../../schema/source';

/**
 * Lithuania: the sources of the rule set, read on 6 December 2026 in stored
 * copies of the pages (research notes `new-eu-a`, 2026-12-06). The extension
 * to 4 March 2027 (Government, 24 September 2025) was found only in news
 * reports; the pages on the ordinary grounds for a permit are old.
 */
export const LT_SOURCES = [
  {
    id: 'lt-migracija-faq-2023',
    title: 'Dažniausiai užduodami klausimai apie leidimų laikinai gyventi laikinosios apsaugos pagrindu keitimą Ukrainos karo pabėgėliams: the digital residence permit on the basis of temporary protection, changed in MIGRIS',
    publisher: 'Migracijos departamentas (Migration Department under the Ministry of the Interior)',
    date: '2023-12-11',
    accessed: '2026-12-06',
    url: 'https://www.migracija.lt/-/dažniausiai-užduodami-klausimai-apie-leidimų-laikinai-gyventi-laikinosios-apsaugos-pagrindu-keitimą-ukrainos-karo-pabėgėliams',
    quote: 'Skaitmeninis leidimas laikinai gyventi suteikia teisę laikinai gyventi Lietuvos Respublikoje ir patvirtina, kad jo turėtojui suteikta laikinoji apsauga',
    official: true,
  },
  {
    id: 'lt-gov-resolution-224',
    title: 'Government Resolution No. 224 of 16 March 2022 on temporary protection for people displaced from Ukraine',
    publisher: 'Government of the Republic of Lithuania (e-seimas.lrs.lt)',
    date: '2022-03-16',
    accessed: '2026-12-06',
    url: 'https://e-seimas.lrs.lt/rs/legalact/TAD/cf1be101a54511ecaf79c2120caf5094/',
    official: true,
  },
  {
    id: 'lt-migracija-grounds',
    title: 'Kas gali gauti ar pasikeisti leidimą laikinai gyventi? The grounds for a temporary residence permit (Law on the Legal Status of Aliens, art. 40: family, work, highly qualified work, lawful business, studies)',
    publisher: 'Migracijos departamentas',
    dateNote: 'n.d. (old site, probably 2019 or earlier)',
    accessed: '2026-12-06',
    url: 'https://www.migracija.lt/index.php?920726407',
    official: true,
  },
  {
    id: 'lt-migracija-decides',
    title: 'Kas priima sprendimą dėl leidimo laikinai gyventi: temporary protection is a ground of its own (art. 40(1)(10)); the Migration Department decides when the ground changes',
    publisher: 'Migracijos departamentas',
    dateNote: 'n.d. (old site)',
    accessed: '2026-12-06',
    url: 'https://www.migracija.lt/index.php?2138272824',
    official: true,
  },
  {
    id: 'lt-migracija-permanent',
    title: 'The grounds for a permanent residence permit (art. 53(1)(8): 5 years of uninterrupted residence with a temporary residence permit)',
    publisher: 'Migracijos departamentas',
    dateNote: 'n.d. (old site)',
    accessed: '2026-12-06',
    url: 'https://www.migracija.lt/index.php?1896181403',
    quote: '8) jis pragyveno Lietuvos Respublikoje be pertraukos pastaruosius 5 metus ir turėjo leidimą laikinai gyventi Lietuvos Respublikoje',
    official: true,
  },
  {
    id: 'lt-migracija-mobile',
    title: 'Mobili paslauga: the call centre of the Migration Department',
    publisher: 'Migracijos departamentas (migracija.lrv.lt)',
    dateNote: 'n.d. (after 5 June 2023)',
    accessed: '2026-12-06',
    url: 'https://migracija.lrv.lt/lt/paslaugos/administracines-paslaugos/mobili-paslauga/',
    quote: 'skambinkite Migracijos departamento skambučių centro telefono numeriu 8 707 67000',
    official: true,
  },
  {
    id: 'lt-traku-zeme-2025',
    title: 'Laikinoji apsauga ukrainiečiams pratęsta iki 2027 m. kovo 4 d. (quoting the Government, lrv.lt)',
    publisher: 'Trakų žemė',
    date: '2025-09-29',
    accessed: '2026-12-06',
    url: 'https://www.traku-zeme.lt/laikinoji-apsauga-ukrainieciams-pratesta-iki-2027-m-kovo-4-d/',
    quote: 'Vyriausybė pritarė Vidaus reikalų ministerijos siūlymui pratęsti laikinąją apsaugą Ukrainos piliečiams dar vieneriems metams – iki 2027 m. kovo 4 d.',
    official: false,
  },
  {
    id: 'lt-lrytas-2025',
    title: 'Lietuvoje pradedami keisti Ukrainos karo pabėgėlių leidimai laikinai gyventi (exchange from 3 November 2025, free of charge)',
    publisher: 'lrytas.lt',
    date: '2025-10-31',
    accessed: '2026-12-06',
    url: 'https://www.lrytas.lt/lietuvosdiena/aktualijos/2025/10/31/news/lietuvoje-pradedami-keisti-ukrainos-karo-pabegeliu-leidimai-laikinai-gyventi-40109530/',
    official: false,
  },
  {
    id: 'lt-sorainen-2022',
    title: 'Ukrainos piliečių įdarbinimas Lietuvoje: nuoseklios gairės (work without a work permit for people with temporary protection)',
    publisher: 'Sorainen (law firm)',
    dateNote: '2022',
    accessed: '2026-12-06',
    url: 'https://www.sorainen.com/lt/publikacijos/ukrainos-pilieciu-idarbinimas-lietuvoje-nuoseklios-gaires/',
    official: false,
  },
] satisfies SourceInput[];
