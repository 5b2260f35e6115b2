import type { SourceInput } from '../../schema/source';

/**
 * Austria's own sources, read for the review of 6 December 2026
 * (/work/notes/research-de-at-ch-it-es-hr.md). No Austrian act setting
 * 4 March 2027 was found; the date rests on the EU decision.
 */
export const AT_SOURCES_2026_12_06 = [
  {
    id: 'at-bmi-rwr-plus',
    title: 'Informationen zum Umstieg auf eine Rot-Weiß-Rot – Karte plus (displaced persons from Ukraine): 12 months of insured work in the last 24 months, German A1, the general conditions of the Settlement and Residence Act',
    publisher: 'Bundesministerium für Inneres (Austria)',
    date: '2024-06-13',
    dateNote: 'page says "Stand: 13.6.2024"',
    accessed: '2026-12-06',
    url: 'https://www.bmi.gv.at/Ukraine/Informationen_zum_Umstieg_auf_eine_Rot-_Weiss_Rot_Karte_plus.aspx',
    quote: 'Der Aufenthalt mit der „Rot-Weiß-Rot – Karte plus" gilt als Niederlassung. D.h. nach fünf Jahren können Sie bei Erfüllung der Voraussetzungen den Aufenthaltstitel „Daueraufenthalt – EU" erwerben',
    official: true,
  },
  {
    id: 'at-bfa-2022-info',
    title: 'Information zum vorübergehenden Aufenthaltsrecht für Vertriebene aus der Ukraine: who is covered; the right ends when the person leaves Austria not just briefly',
    publisher: 'Bundesamt für Fremdenwesen und Asyl (BFA)',
    dateNote: '2022',
    accessed: '2026-12-06',
    url: 'https://www.bfa.gv.at/news.aspx?id=6D346344574568386A70303D',
    quote: 'Das Aufenthaltsrecht erlischt weiters, wenn diese Personen Österreich nicht bloß kurzfristig verlassen, d.h. wenn sie in einen anderen Staat übersiedeln. Kurze Reisen sind aber möglich',
    official: true,
  },
  {
    id: 'at-bfa-2023-card',
    title: 'Ukraine-Vertriebene erhalten automatisch Ausweis mit verlängertem Gültigkeitsdatum: the right to stay continues whatever date the card shows',
    publisher: 'Bundesamt für Fremdenwesen und Asyl (BFA)',
    dateNote: '2023',
    accessed: '2026-12-06',
    url: 'https://www.bfa.gv.at/news.aspx?id=514D4A6C6570764E726E413D',
    quote: 'Vertriebene aus der Ukraine jedenfalls auch nach Ablauf des Gültigkeitsdatums auf ihrem Ausweis weiterhin ein Aufenthaltsrecht in Österreich haben',
    official: true,
  },
  {
    id: 'at-stadt-wien',
    title: 'Aufenthaltsrecht für Vertriebene aus der Ukraine: card not received or change of address, write to the BFA (bfa-info@bmi.gv.at)',
    publisher: 'Stadt Wien',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://start.wien.gv.at/en/aufenthaltsrecht-de',
    official: true,
  },
] satisfies SourceInput[];
