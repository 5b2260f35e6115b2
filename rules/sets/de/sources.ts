import type { SourceInput } from '../../schema/source';

/**
 * Germany's own sources, read for the review of 6 December 2026
 * (/work/notes/research-de-at-ch-it-es-hr.md). `official: true` only for an
 * authority's page or a legal text; where the wording of a statute was read
 * in a reproduction, the address is the official portal's and `dateNote`
 * says so. Secondary reports are kept for context with `official: false`.
 */
export const DE_SOURCES_2026_12_06 = [
  {
    id: 'de-bgbl-2025-252',
    title: 'Zweite Verordnung zur Änderung der Ukraine-Aufenthaltserlaubnis-Fortgeltungsverordnung: § 24 permits valid on 1 February 2026 continue to 4 March 2027 (§ 2(1) sentence 1, § 3(2))',
    publisher: 'Bundesministerium des Innern, Bundesgesetzblatt 2025 I Nr. 252',
    date: '2025-10-27',
    dateNote: 'promulgated 27 October 2025, in force the next day; wording read in the reproduction at buzer.de/gesetz/17171',
    accessed: '2026-12-06',
    url: 'https://www.recht.bund.de/bgbl/1/2025/252/VO.html',
    quote: 'die Angabe „1. Februar 2025" durch die Angabe „1. Februar 2026" und die Angabe „4. März 2026" durch die Angabe „4. März 2027" ersetzt',
    official: true,
  },
  {
    id: 'de-g4u-fgv-change',
    title: 'Änderung der Ukraine-Aufenthaltserlaubnis-Fortgeltungsverordnung: third-country nationals and stateless people covered only with protection or a permanent residence permit in Ukraine, or as family members',
    publisher: 'Germany4Ukraine (Bundesministerium des Innern)',
    dateNote: 'n.d. (content of late 2024 / early 2025)',
    accessed: '2026-12-06',
    url: 'https://www.germany4ukraine.de/hilfeportal-de/aenderung-der-ukraine-aufenthaltserlaubnis-fortgeltungsverordnung-2322174',
    quote: 'Ab dem 5. März 2025 endet der vorübergehende Schutz für Drittstaatenangehörige, die aus der Ukraine nach Deutschland geflüchtet sind und in der Ukraine kein unbefristetes ukrainisches Aufenthaltsrecht hatten.',
    official: true,
  },
  {
    id: 'de-g4u-travel',
    title: 'Reisen in die Ukraine: up to 21 calendar days a year with the job centre\'s consent; longer stays and the residence permit',
    publisher: 'Germany4Ukraine (Bundesministerium des Innern)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.germany4ukraine.de/hilfeportal-de/einreise-aufenthalt-und-rueckkehr/reisen-in-die-ukraine-2162620',
    quote: 'für eine Dauer von bis zu 3 Wochen (21 Kalendertagen) pro Jahr – einschließlich Wochenenden und Feiertagen – in Ihre Heimat reisen',
    official: true,
  },
  {
    id: 'de-landtag-sh-travel',
    title: 'Reisen außerhalb der EU: the permit lapses after more than six months abroad (§ 51(1) no. 7 AufenthG); after a lapse, re-entry and a new application for temporary protection (BMI letter of 30 May 2024, 8.6.2)',
    publisher: 'Landtag Schleswig-Holstein, Beauftragter für Flüchtlings-, Asyl- und Zuwanderungsfragen',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://landtag.ltsh.de/beauftragte/fb/ukraine/reisen-ausserhalb-der-eu',
    quote: 'besteht für Begünstigte der Massenzustromrichtlinie trotzdem ein Recht auf Wiedereinreise und erneute Beantragung von vorübergehenden Schutz',
    official: true,
  },
  {
    id: 'de-aufenthg-51',
    title: 'Aufenthaltsgesetz § 51(1) nos. 6 and 7: a residence title lapses on leaving for a reason that is not temporary, or after six months abroad',
    publisher: 'Bundesministerium der Justiz, gesetze-im-internet.de',
    dateNote: 'current text; wording read in reproductions',
    accessed: '2026-12-06',
    url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__51.html',
    quote: 'wenn der Ausländer ausgereist und nicht innerhalb von sechs Monaten oder einer von der Ausländerbehörde bestimmten längeren Frist wieder eingereist ist',
    official: true,
  },
  {
    id: 'de-aufenthg-19f',
    title: 'Aufenthaltsgesetz § 19f(1) no. 1: no residence title under § 16b(1) and (5), §§ 16e, 17(2), 18d, 18g (EU Blue Card) and 19e for people staying under, or applying for, temporary protection',
    publisher: 'Bundesministerium der Justiz, gesetze-im-internet.de',
    dateNote: 'wording as of 1 July 2024, read in the reproduction at deubner-recht.de; check the portal for later amendments',
    accessed: '2026-12-06',
    url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__19f.html',
    quote: '(1) Ein Aufenthaltstitel nach § 16b Absatz 1 und 5, den §§ 16e, 17 Absatz 2, §§ 18d, 18g und 19e wird nicht erteilt an Ausländer, 1. die sich im Rahmen einer Regelung zum vorübergehenden Schutz in einem Mitgliedstaat der Europäischen Union aufhalten',
    official: true,
  },
  {
    id: 'de-sgb2-7b',
    title: 'Sozialgesetzbuch II § 7b: people able to work who are away from the area get benefits only with an important reason and the job centre\'s consent',
    publisher: 'Bundesministerium der Justiz, gesetze-im-internet.de',
    dateNote: 'current text; wording read in the reproduction at rewis.io',
    accessed: '2026-12-06',
    url: 'https://www.gesetze-im-internet.de/sgb_2/__7b.html',
    quote: 'Erwerbsfähige Leistungsberechtigte, die nicht erreichbar sind, erhalten nur dann Leistungen, wenn für den Aufenthalt außerhalb des näheren Bereichs ein wichtiger Grund vorliegt und das Jobcenter … zugestimmt hat.',
    official: true,
  },
  {
    id: 'de-jobcenter-berlin-mitte',
    title: 'Ortsabwesenheit: Bürgergeld continues for 21 days a year in total with the job centre\'s consent; Saturdays and Sundays count',
    publisher: 'Jobcenter Berlin Mitte',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://berlin.de/jobcenter-mitte/allgemeine-seiten/aktuelles/artikel.1461845.php',
    quote: 'Du hast dann weiterhin einen Anspruch auf Bürgergeld für insgesamt 21 Tage pro Jahr',
    official: true,
  },
  {
    id: 'de-bundestag-kw09-2026',
    title: 'Hearing of the Committee on Labour and Social Affairs on the basic income support bills (Drucksachen 21/3539, 21/3541, 21/4086, 21/4087), including the new name Grundsicherungsgeld',
    publisher: 'Deutscher Bundestag, Textarchiv 2026 (KW 09)',
    date: '2026-02-23',
    accessed: '2026-12-06',
    url: 'https://www.bundestag.de/dokumente/textarchiv/2026/kw09-pa-arbeit-soziales-grundsicherung-1140732',
    quote: 'die geplanten Änderungen beim Bürgergeld, zu denen auch ein neuer Name (Grundsicherungsgeld) gehört',
    official: true,
  },
  {
    id: 'de-dlf-grundsicherung-vote',
    title: 'Bundestag stimmt für neue Grundsicherung (vote of 5 March 2026; Bundesrat, promulgation and entry into force not reported)',
    publisher: 'Deutschlandfunk',
    date: '2026-03-05',
    accessed: '2026-12-06',
    url: 'https://www.deutschlandfunk.de/bundestag-stimmt-fuer-neue-grundsicherung-100.html',
    official: false,
  },
  {
    id: 'de-bamf-buergerservice',
    title: 'Bürgerservice: telephone +49 911 943-0, Monday to Friday 9:00–11:00, German and English; no individual legal advice',
    publisher: 'Bundesamt für Migration und Flüchtlinge (BAMF)',
    dateNote: 'n.d. (mentions tests evaluated to 20 February 2025)',
    accessed: '2026-12-06',
    url: 'https://www.bamf.de/DE/Service/ServiceCenter/Buergerservice/buergerservice-node.html',
    quote: 'Telefonnummer +49 911 943-0 … von Montag bis Freitag zwischen 9:00 und 11:00 Uhr.',
    official: true,
  },
] satisfies SourceInput[];

/** The brief's S14, read again on 6 December 2026: the official FAQ still describes the bill before its passage. */
export const DE_S14_2026_12_06 = {
  id: 's14',
  brief: 'S14',
  title: 'FAQ Rechtskreiswechsel (Leistungsrechtsanpassungsgesetz): planned entry into force 1 July 2026, subject to the parliamentary procedure; cut-off 1 April 2025',
  publisher: 'sgb2.info (Bundesagentur für Arbeit / BMAS)',
  date: '2025-11-01',
  accessed: '2026-12-06',
  url: 'https://www.sgb2.info/DE/Service/Publikationen/Flucht/publikationen-Flucht/rechtskreiswechsel-faq-art.html',
  quote: 'Das Gesetz soll, vorbehaltlich des parlamentarischen Verfahrens, zum 1. Juli 2026 in Kraft treten. Der Stichtag für die neuen Regelungen ist der 1. April 2025.',
  official: true,
} satisfies SourceInput;
