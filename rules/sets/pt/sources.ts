import type { SourceInput } from '../../schema/source';

/**
 * Portugal: the sources of the first rule set, read on 6 December 2026 in
 * stored copies (research notes new-eu-b-md-ca). The Diário da República
 * resolutions were seen only on a mirror (dre.tretas.org), so they are
 * recorded as secondary until someone reads them on diariodarepublica.pt.
 */
export const PT_SOURCES = [
  {
    id: 'pt-gov-tp-platform',
    title: 'Lançada plataforma online para pedidos de proteção temporária (online applications for temporary protection; tax, social-security and health numbers; access to work)',
    publisher: 'Governo de Portugal (portugal.gov.pt)',
    date: '2022-03-01',
    accessed: '2026-12-06',
    url: 'https://portugal.gov.pt/pt/gc22/comunicacao/noticia?i=lancada-plataforma-online-para-pedidos-de-protecao-temporaria',
    quote: 'os cidadãos com proteção temporária têm acesso, no decorrer do processo, aos números fiscal, de Segurança Social e do Serviço Nacional de Saúde, pelo que podem, desde logo, ter acesso aos vários serviços e ao mercado de trabalho',
    official: true,
  },
  {
    id: 'pt-rcm-47-2025',
    title: 'Resolução do Conselho de Ministros n.º 47/2025, de 17 de março (temporary protection titles extended to March 2026), copy of the Diário da República',
    publisher: 'dre.tretas.org (mirror of the Diário da República)',
    date: '2025-03-17',
    accessed: '2026-12-06',
    url: 'https://dre.tretas.org/dre/6105958/resolucao-do-conselho-de-ministros-47-2025-de-17-de-marco',
    official: false,
  },
  {
    id: 'pt-acm-sos-ucrania',
    title: 'SOS Ucrânia: Migrant Support Line with Ukrainian interpretation (page updated 18 January 2023)',
    publisher: 'Alto Comissariado para as Migrações (ACM), now part of AIMA',
    date: '2023-01-18',
    accessed: '2026-12-06',
    url: 'https://acm.gov.pt/zh/-/sos-ucrania',
    quote: 'Linha de Apoio a Migrantes e o Serviço de Tradução Telefónica, em ucraniano, através do +351 218 106 191 ou 808 257 257 (a partir da rede fixa em Portugal), de segunda-feira a sexta-feira, das 09h00 às 20h00',
    official: true,
  },
  {
    id: 'pt-rr-aima-review',
    title: 'AIMA cria canal especial para casos de proteção temporária decorrentes da guerra na Ucrânia (review of about 65,000 grants, notices of intention to cancel)',
    publisher: 'Rádio Renascença',
    date: '2025-11-08',
    accessed: '2026-12-06',
    url: 'https://rr.pt/noticia/pais/2025/11/08/aima-cria-canal-especial-para-casos-de-protecao-temporaria-decorrentes-da-guerra-na-ucrania/447092/',
    official: false,
  },
] satisfies SourceInput[];
