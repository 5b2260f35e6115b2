import type { SourceInput } from '../../schema/source';

/**
 * Sources added in the review of 6 December 2026 (issues 17 and 22), read in
 * stored copies of the public pages on that day. `official: true` only for an
 * authority's own page (the Ministry of the Interior, a municipality); news
 * reports are context.
 *
 * Not read, so not cited: the text of § 131o of Act 404/2011 on slov-lex.sk,
 * and any 2026 page of the Ministry of the Interior on ending, lapsed or
 * refused temporary refuge.
 */
export const SK_SOURCES_2026_12_06 = [
  {
    id: 'sk-minv-who-is-covered',
    title: 'Rozširuje sa okruh osôb, ktoré môžu na Slovensku požiadať o dočasné útočisko (who can get temporary refuge: Ukrainian citizens and family members; people with protection in Ukraine before 24 February 2022; people with permanent residence in Ukraine)',
    publisher: 'Ministerstvo vnútra Slovenskej republiky (minv.sk)',
    date: '2022-03-16',
    accessed: '2026-12-06',
    url: 'https://www.minv.sk/?tlacove-spravy&sprava=rozsiruje-sa-okruh-osob-ktore-mozu-na-slovensku-poziadat-o-docasne-utocisko',
    quote: 'CUDZINCI, KTORÍ NIE SÚ ŠTÁTNYMI OBČANMI UKRAJINY A MAJÚ NA ÚZEMÍ UKRAJINY MEDZINÁRODNÚ OCHRANU ALEBO ROVNOCENNÚ VNÚTROŠTÁTNU OCHRANU udelenú pred 24. februárom 2022',
    official: true,
  },
  {
    id: 'sk-banska-bystrica-lines',
    title: 'Pomoc pre Ukrajinu (telephone lines of the Ministry of the Interior for Ukrainian speakers: +421 513 816 111, +421 259 765 111)',
    publisher: 'Mesto Banská Bystrica (municipality)',
    dateNote: 'n.d. (2022)',
    accessed: '2026-12-06',
    url: 'https://www.banskabystrica.sk/samosprava/pomoc-pre-ukrajinu/',
    quote: 'Ministerstvo vnútra SR zriadilo telefonické infolinky pre informovanie osôb v núdzi hovoriacich ukrajinským jazykom. Dostupné sú aj pre volajúcich z Ukrajiny: +421513816111, +421259765111.',
    official: true,
  },
  {
    id: 'sk-sita-refuge-2027',
    title: 'Dočasné útočisko pre odídencov z Ukrajiny sa predlžuje o ďalší rok, do marca 2027 (the Ministry of the Interior, via SITA)',
    publisher: '24hod.sk / SITA',
    date: '2026-02-21',
    accessed: '2026-12-06',
    url: 'https://www.24hod.sk/docasne-utocisko-pre-odidencov-z-ukrajiny-sa-predlzuje-o-dalsi-rok-do-marca-2027-cl823348.html',
    quote: 'Dočasné útočisko pre odídencov z Ukrajiny na Slovensku sa automaticky predlžuje do 4. marca 2027 v súlade s vykonávacím rozhodnutím Rady Európskej únie.',
    official: false,
  },
  {
    id: 'sk-tasr-stay-in-slovakia',
    title: 'Štátni príslušníci Ukrajiny môžu požiadať o dočasné útočisko (the Police Presidium: people with temporary refuge must stay in Slovakia while it lasts, and report a new address)',
    publisher: 'TASR (teraz.sk)',
    date: '2022-03-03',
    accessed: '2026-12-06',
    url: 'https://www.teraz.sk/slovensko/statni-prislusnici-ukrajiny-mozu/616530-clanok.html',
    quote: 'Cudzinci s poskytnutým dočasným útočiskom sa musia zdržiavať na území SR počas jeho trvania.',
    official: false,
  },
] satisfies SourceInput[];
