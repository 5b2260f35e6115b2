import type { SourceInput } from '../../schema/source';

/**
 * Spain's own sources, read for the review of 6 December 2026
 * (/work/notes/research-de-at-ch-it-es-hr.md). The BOE texts of Order
 * INT/96/2026 (BOE-A-2026-3712), Royal Decree 316/2026 (BOE-A-2026-8284) and
 * SEM Instruction 2/2026 were not found in the stored pages: what they say is
 * known from secondary summaries only.
 */
export const ES_SOURCES_2026_12_06 = [
  {
    id: 'es-boe-orden-int-195-2025',
    title: 'Orden INT/195/2025, de 27 de febrero: TIE cards of temporary protection beneficiaries (Ukraine) extended automatically to 4 March 2026 (the predecessor of Order INT/96/2026)',
    publisher: 'Ministerio del Interior, Boletín Oficial del Estado',
    date: '2025-02-27',
    accessed: '2026-12-06',
    url: 'https://www.boe.es/eli/es/o/2025/02/27/int195',
    official: true,
  },
  {
    id: 'es-europapress-orden-int-96-2026',
    title: 'Order INT/96/2026 (BOE of 17 February 2026, BOE-A-2026-3712): TIE cards of temporary protection beneficiaries extended "directly and automatically" to 4 March 2027',
    publisher: 'Europa Press',
    date: '2026-02-17',
    accessed: '2026-12-06',
    url: 'https://www.europapress.es/epsocial/migracion/noticia-gobierno-prorroga-ano-mas-marzo-2027-tarjetas-extranjeros-ucranianos-20260217093159.html',
    quote: 'El Ministerio del Interior ha prorrogado "directa y automáticamente" hasta el 4 de marzo de 2027 la validez de las tarjetas de identidad de extranjero',
    official: false,
  },
  {
    id: 'es-rd-316-2026-summary',
    title: 'Royal Decree 316/2026 (BOE-A-2026-8284): the 2026 extraordinary regularisation (window to 30 June 2026), from which current and former temporary protection holders are excluded',
    publisher: 'extranjeros.tuciudadhoy.es (summary)',
    dateNote: 'n.d. (after the BOE of 15 April 2026)',
    accessed: '2026-12-06',
    url: 'https://extranjeros.tuciudadhoy.es/en/rd-316-2026-reforma-reglamento-extranjeria',
    official: false,
  },
] satisfies SourceInput[];
