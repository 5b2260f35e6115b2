import type { SourceInput } from '../../schema/source';

/** Italy's own sources, read for the review of 6 December 2026 (/work/notes/research-de-at-ch-it-es-hr.md). */
export const IT_SOURCES_2026_12_06 = [
  {
    id: 'it-integrazione-dl-201-2025',
    title: 'Protezione temporanea per gli ucraini, permessi rinnovabili fino a marzo 2027 (Decree-Law 201/2025: special protection permits of Ukrainians renewable to 4 March 2027, temporary protection extended to the same date)',
    publisher: 'Portale Integrazione Migranti (Italian government), news 4550',
    date: '2026-01-01',
    dateNote: 'January 2026 (the page gives the month)',
    accessed: '2026-12-06',
    url: 'https://integrazionemigranti.gov.it/it-it/Ricerca-news/Dettaglio-news/id/4550/Protezione-temporanea-per-gli-ucraini-permessi-rinnovabili-fino-a-marzo-2027',
    quote: 'Il DL prevede il rinnovo a richiesta dell\'interessato, fino al 4 marzo 2027, dei permessi di soggiorno per protezione speciale in possesso di cittadini ucraini già presenti … ferma restando la proroga della protezione temporanea concessa, fino alla medesima data',
    official: true,
  },
  {
    id: 'it-prefettura-lecco',
    title: 'Proroga validità permesso di soggiorno cittadini ucraini: law 213/2023, article 1, paragraphs 395 and 396 (conversion into a work permit)',
    publisher: 'Prefettura di Lecco (Ministero dell\'Interno)',
    dateNote: 'n.d. (early 2024)',
    accessed: '2026-12-06',
    url: 'https://prefettura.interno.gov.it/it/prefetture/lecco/comunicazioni/proroga-validita-permesso-soggiorno-cittadini-ucraini',
    official: true,
  },
  {
    id: 'it-parma-l-213-2023',
    title: 'Proroga dei permessi per emergenza Ucraina (text of law 213/2023, article 1, paragraph 396)',
    publisher: 'Comune di Parma, informastranieri',
    date: '2024-01-03',
    accessed: '2026-12-06',
    url: 'https://informastranieri.comune.parma.it/news/2024-01-03/it-IT/PROROGA-DEI-PERMESSI-PER-EMERGENZA-UCRAINA.aspx',
    quote: '396. I permessi di soggiorno di cui al comma 395 possono essere convertiti, a richiesta dell\'interessato, in permessi di soggiorno per lavoro, per l\'attività effettivamente svolta',
    official: true,
  },
] satisfies SourceInput[];
