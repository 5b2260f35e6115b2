import type { SourceInput } from '../../schema/source';
import { EU_SOURCES_2026_12_06 } from '../_shared/eu';

/**
 * Official Danish (and EU) sources read for the review of 6 December 2026
 * (issues 17 and 22), in stored copies of the pages (see
 * ../notes/research-no-dk-gb-us.md). No official text extending Special Act
 * permits beyond 17 March 2026 was found, and none on the bill of 25 June 2026.
 */
export const DK_SOURCES_2026_12_06 = [
  {
    id: 'dk-ft-l51-2024',
    title: 'L 51 (2024-25), bill amending the Special Act: permits extended to 17 March 2026; the minister may extend the time limit further by rules (executive order), § 3(3)',
    publisher: 'Folketinget (ft.dk)',
    date: '2024-10-03',
    accessed: '2026-12-06',
    url: 'https://ft.dk/samling/20241/lovforslag/l51/20241_l51_som_fremsat.htm',
    quote: 'Udlændinge- og integrationsministeren kan fastsætte regler om at forlænge tidsbegrænsningen efter stk. 1 og 2.',
    official: true,
  },
  {
    id: 'dk-ft-l145-2022',
    title: 'L 145 (2021-22), the Special Act as introduced: Ukrainian citizens, people with refugee status in Ukraine on 24 February 2022, and their close family members',
    publisher: 'Folketinget (ft.dk)',
    date: '2022-03-14',
    accessed: '2026-12-06',
    url: 'https://ft.dk/samling/20211/almdel/UUI/bilag/68/2542008/index.htm',
    quote: 'Udlændingen havde den 24. februar 2022 status som flygtning i Ukraine',
    official: true,
  },
  {
    id: 'dk-nyidanmark-bortfald',
    title: 'Bortfald (Fordreven fra Ukraine): the permit lapses when you give up your residence in Denmark or stay abroad more than 6 months in a row; time in Ukraine for a recognised purpose does not count; you can apply again',
    publisher: 'Udlændingestyrelsen (nyidanmark.dk)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.nyidanmark.dk/da/Din-situation-%C3%A6ndrer-sig/Fordreven-fra-Ukraine/Bortfald/',
    quote: 'opholder dig uden for Danmark i mere end 6 måneder i træk. Hvis du som ukrainsk statsborger, har været udrejst til Ukraine i mere end 6 måneder med et anerkendelsesværdigt formål, vil din opholdstilladelse dog ikke bortfalde.',
    official: true,
  },
  {
    id: 'dk-nyidanmark-phone',
    title: 'Forlængelse af opholdstilladelser efter Ukraine-særloven (news of 3 November 2023), with the phone number of the Danish Immigration Service',
    publisher: 'Udlændingestyrelsen (nyidanmark.dk)',
    date: '2023-11-03',
    accessed: '2026-12-06',
    url: 'https://www.nyidanmark.dk/da/Nyheder/2023/11/Ukraine-forlaengelse',
    quote: 'Du kan også ringe til Udlændingestyrelsen på vores telefonnummer: +45 35 36 66 00.',
    official: true,
  },
  {
    id: 'dk-jm-protocol-22',
    title: 'Note of the Ministry of Justice to the European Affairs Committee of the Folketing (18 November 2021): under Articles 1 and 2 of Protocol No 22 on the position of Denmark, Denmark does not take part in measures under Title V of Part Three TFEU (asylum and migration among them), and they do not apply in Denmark',
    publisher: 'Justitsministeriet (eu.dk, Folketinget)',
    date: '2021-11-18',
    accessed: '2026-12-06',
    url: 'https://eu.dk/samling/20211/almdel/EUU/bilag/90/2483910/index.htm',
    quote: 'deltager Danmark ikke i Rådets vedtagelse af foranstaltninger, der foreslås i henhold til tredje del, afsnit V, i TEUF',
    official: true,
  },
  ...EU_SOURCES_2026_12_06.filter((s) => s.id === 'eu-decision-2022-382'),
] satisfies SourceInput[];
