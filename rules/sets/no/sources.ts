import type { SourceInput } from '../../schema/source';

/**
 * Official Norwegian sources read for the review of 6 December 2026 (issue 17
 * and issue 22), in stored copies of the pages (see
 * ../notes/research-no-dk-gb-us.md). Where a page gives no date, `dateNote`
 * says what the stored copy shows.
 */
export const NO_SOURCES_2026_12_06 = [
  {
    id: 'no-udi-safe-areas-exceptions',
    title: 'Important changes to the right to apply for collective protection (safe areas; the changes do not apply to Medevac arrivals, to people whose close family has collective protection, to applications made before 28 September 2024 or to permits up for extension)',
    publisher: 'Norwegian Directorate of Immigration (UDI)',
    dateNote: 'n.d.; the stored version lists the 6 areas in force from 28 September 2024 to 12 January 2025',
    accessed: '2026-12-06',
    url: 'https://udi.no/en/important-messages/important-changes-to-the-right-to-apply-for-collective-protection',
    quote: 'The changes do not apply for those who have close family members which have been granted collective protection in Norway.',
    official: true,
  },
  {
    id: 'no-udi-who-can-get',
    title: 'Personer som kan få kollektiv beskyttelse (Ukrainian citizens; people with protection in Ukraine; close family members of holders whatever their nationality; other household members)',
    publisher: 'Utlendingsdirektoratet (UDI)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/skal-soke-rettigheter-og-plikter/personer-som-kan-fa-kollektiv-beskyttelse/',
    quote: 'er nært familiemedlem av personer som har fått kollektiv beskyttelse uavhengig av nasjonalitet. Med nære familiemedlemmer menes ektefelle, samboer og barn under 18 år.',
    official: true,
  },
  {
    id: 'no-udi-who-not',
    title: 'Hvem omfattes ikke av kollektiv beskyttelse? (among others: people who are not Ukrainian citizens and only had a residence permit in Ukraine; they may still apply for protection on an individual basis)',
    publisher: 'Utlendingsdirektoratet (UDI)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/vanlige-sporsmal-og-svar/hvem-omfattes-ikke-av-kollektiv-beskyttelse/',
    quote: 'ikke er ukrainsk borger, men har hatt oppholdstillatelse i Ukraina. Vær oppmerksom på at du kan ha rett på kollektiv beskyttelse i Norge hvis du hadde beskyttelse i Ukraina. Dette må du kunne dokumentere.',
    official: true,
  },
  {
    id: 'no-udi-trips-to-ukraine',
    title: 'Can I return to Ukraine, even though I have received collective protection in Norway? (since 12 December 2023 a trip can cost the permit; advance notice, right to explain and appeal, lawyer paid)',
    publisher: 'Norwegian Directorate of Immigration (UDI)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/received-an-answer/can-i-return-home-to-ukraine-when-there-is-peace-even-if-i-received-collective-protection-in-norway/',
    quote: 'You can travel back to Ukraine if you have a legitimate purpose for the trip, but there are extremely few purposes that will be approved.',
    official: true,
  },
  {
    id: 'no-udi-half-the-period',
    title: 'Jeg har fått innvilget kollektiv beskyttelse, men ønsker å flytte tilbake til Ukraina (a holder must stay in Norway at least half of the permit period)',
    publisher: 'Utlendingsdirektoratet (UDI)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/har-fatt-svar/dette-trenger-du-a-vite-hvis-du-har-fatt-innvilget-kollektiv-beskyttelse-men-onsker-a-flytte-tilbake-til-ukraina/',
    quote: 'Når du har fått kollektiv beskyttelse, er det et krav at du oppholder deg i Norge minst halvparten av tiden du har tillatelse.',
    official: true,
  },
  {
    id: 'no-udi-duration',
    title: 'Varighet på tillatelse for kollektiv beskyttelse (one year at a time; a permit stays valid until it expires even if the scheme ends)',
    publisher: 'Utlendingsdirektoratet (UDI)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/beskyttelse-i-norge/skal-soke-rettigheter-og-plikter/varighet-pa-tillatelse-for-kollektiv-beskyttelse/',
    quote: 'Ordningen med kollektiv beskyttelse kan bortfalle hvis Ukraina blir trygt igjen. Oppholdstillatelsen du har fått gjelder til den utløper, selv om ordningen bortfaller.',
    official: true,
  },
  {
    id: 'no-prop-94-l-2023-2024',
    title: 'Prop. 94 L (2023–2024): collective protection for at most 5 years in all instead of 3 (utlendingsloven § 34); debated in the Storting on 12 November 2024 (Innst. 27 L (2024–2025)); the final vote and the law text were not seen',
    publisher: 'Justis- og beredskapsdepartementet (regjeringen.no)',
    date: '2024-04-01',
    accessed: '2026-12-06',
    url: 'https://www.regjeringen.no/no/dokumenter/prop.-94-l-20232024/id3034997/',
    quote: 'Det foreslås å forlenge adgangen til å gi midlertidig kollektiv beskyttelse, fra dagens tre til totalt fem år.',
    official: true,
  },
  {
    id: 'no-udi-contact',
    title: 'About the website: contact UDI via www.udi.no (forms and the information service; no phone line found on a stored official page)',
    publisher: 'Norwegian Directorate of Immigration (UDI)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://udi.no/en/about-the-udi/about-the-website',
    official: true,
  },
] satisfies SourceInput[];
