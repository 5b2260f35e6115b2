import type { SourceInput } from '../../schema/source';

/**
 * Spain's own sources, read for the review of 6 December 2026
 * (/work/notes/research-de-at-ch-it-es-hr.md). The BOE texts of Order
 * INT/96/2026 (BOE-A-2026-3712), Royal Decree 316/2026 (BOE-A-2026-8284) and
 * SEM Instruction 2/2026 were not found in the stored pages: what they say is
 * known from secondary summaries only. Nor were the BOE text of the Regulation
 * (Royal Decree 1155/2024) or an inclusion.gob.es page on arraigo, residence
 * and work, minors or students found (search of 6 December 2026): the only
 * official pages found give the general rules for family members of Spanish
 * citizens (City of Barcelona) and long-term residence (Generalitat de
 * Catalunya).
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
  // The general rules of the Immigration Regulation as regional and municipal governments
  // describe them; neither page speaks of temporary protection holders.
  {
    id: 'es-barcelona-family-of-spaniard',
    title: 'Residencia temporal para familiares de españoles: under the new Immigration Regulation (in force 20 May 2025) the spouse, registered or stable partner and other family members of a Spanish citizen can apply for this residence authorisation',
    publisher: 'Ajuntament de Barcelona – Barcelona International Welcome (City of Barcelona)',
    dateNote: 'n.d. (after 20 May 2025)',
    accessed: '2026-12-06',
    url: 'https://www.barcelona.cat/internationalwelcome/es/residencia-temporal-para-familiares-de-espanoles',
    quote: 'Con el nuevo Reglamento de extranjería, que entró en vigor el día 20 de mayo de 2025, los familiares de los ciudadanos/as españoles/as podrán solicitar esta autorización temporal de residencia.',
    official: true,
  },
  {
    id: 'es-gencat-long-term-residence',
    title: 'La residencia de larga duración: for foreigners with 5 years of legal and continuous residence in Spain; it allows indefinite residence, renewed every 5 years, and work on the same terms as Spanish citizens',
    publisher: 'Generalitat de Catalunya, Departament de Drets Socials (Web d\'Acollida; regional government)',
    dateNote: 'n.d. (may predate the Regulation of Royal Decree 1155/2024)',
    accessed: '2026-12-06',
    url: 'http://dps.gencat.cat/WebAcollida/AppJava/es/Menu_Principal/Legislacio/Residencia_de_llarga_durada.jsp@pag=tcm_394-87596-64&pagindex=tcm_394-87589-64.html',
    quote: 'La residencia de larga duración nos autoriza a residir en España indefinidamente, renovándola cada 5 años, y a trabajar en igualdad de condiciones que los ciudadanos españoles.',
    official: true,
  },
] satisfies SourceInput[];
