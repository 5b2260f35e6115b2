import type { SourceInput } from '../../schema/source';

/**
 * Switzerland's own sources, read for the review of 6 December 2026
 * (/work/notes/research-de-at-ch-it-es-hr.md). The Asylum Act was read in
 * reproductions of the Fedlex text; the addresses are Fedlex's.
 */
export const CH_SOURCES_2026_12_06 = [
  {
    id: 'ch-asyla-art-71',
    title: 'Asylgesetz (AsylG, SR 142.31) Art. 71: temporary protection for spouses of people in need of protection and their minor children',
    publisher: 'Swiss Confederation, Fedlex',
    dateNote: 'current text; wording read in the reproduction at lawbrary.ch (version 2025.01)',
    accessed: '2026-12-06',
    url: 'https://www.fedlex.admin.ch/eli/cc/1999/358/de#art_71',
    quote: 'Ehegatten von Schutzbedürftigen und ihren minderjährigen Kindern wird vorübergehend Schutz gewährt',
    official: true,
  },
  {
    id: 'ch-asyla-art-74',
    title: 'Asylgesetz (AsylG, SR 142.31) Art. 74 paras 2 and 3: a residence permit (B) after five years, limited until protection is lifted; after ten years the canton may grant a settlement permit (C)',
    publisher: 'Swiss Confederation, Fedlex',
    dateNote: 'text as of 1 September 2022, read in the reproductions at lawbrary.ch and droit-bilingue.ch; check Fedlex for later amendments',
    accessed: '2026-12-06',
    url: 'https://www.fedlex.admin.ch/eli/cc/1999/358/de#art_74',
    quote: '3 Zehn Jahre nach Gewährung des vorübergehenden Schutzes kann ihnen der Kanton eine Niederlassungsbewilligung erteilen.',
    official: true,
  },
  {
    id: 'ch-sem-2022-travel',
    title: 'Ukraine: Schutzstatus S kann bei ausgedehnten Heimatreisen widerrufen werden (15 days per quarter in Ukraine; moving the centre of life to another country)',
    publisher: 'State Secretariat for Migration SEM, news.admin.ch',
    date: '2022-06-02',
    accessed: '2026-12-06',
    url: 'https://www.news.admin.ch/de/nsb?id=89100',
    quote: 'Mit einer Aufhebung des Schutzstatus muss auch rechnen, wer seinen Lebensmittelpunkt in einen Drittstaat verlegt.',
    official: true,
  },
  {
    id: 'ch-so-travel',
    title: 'Auslands-Heimatreisen mit dem Schutzstatus S (quoting the SEM Ukraine FAQ): more than two months abroad is presumed a move of the centre of life; questions to ukraine@sem.admin.ch',
    publisher: 'Kanton Solothurn',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://ukraine.so.ch/schutzsuchende/auslands-heimatreisen-mit-dem-schutzstatus-s',
    quote: 'Ab einem Auslandsaufenthalt von zwei Monaten wird eine Verlegung des Lebensmittelpunktes angenommen, die Vermutung kann aber widerlegt werden',
    official: true,
  },
] satisfies SourceInput[];
