import type { SourceInput } from '../../schema/source';

/**
 * Croatia's sources, read again for the review of 6 December 2026
 * (/work/notes/research-de-at-ch-it-es-hr.md): the government's page on the
 * status of temporary protection (the brief's S33), with what it says about
 * who is covered. No Croatian act for 2027 was found.
 */
export const HR_S33_2026_12_06 = {
  id: 's33',
  brief: 'S33',
  title: 'Status privremene zaštite: who has the right to temporary protection (including third-country nationals with a valid permanent residence in Ukraine who cannot return safely), where to apply (police administration or station), the card',
  publisher: 'Vlada Republike Hrvatske – hrvatskazaukrajinu.gov.hr',
  date: '2025-12-27',
  accessed: '2026-12-06',
  url: 'https://hrvatskazaukrajinu.gov.hr/informacije/status-privremene-zastite/152',
  quote: 'državljani treće zemlje koji su u Ukrajini imali važeći stalni boravak na dan 24. veljače 2022. godine sukladno ukrajinskim propisima i koji se ne mogu vratiti u svoju zemlju ili regiju podrijetla u sigurnim i trajnim uvjetima',
  official: true,
} satisfies SourceInput;
