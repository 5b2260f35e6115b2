import type { SourceInput } from '../../schema/source';

/**
 * Official Belgian sources, read on 6 December 2026 (research notes
 * eu-nl-be-ie-fr, part 3). Belgian pages from 2026 were not found; these are
 * the Immigration Office's standing pages and pages of 2022–2023.
 */
export const BE_SOURCES_2026_12_06 = [
  {
    id: 'be-dofi-protection-temporaire',
    title: 'Protection temporaire (Ukraine): who is covered (Ukrainians and family members, stateless people and people of other nationalities with protection in Ukraine)',
    publisher: 'Office des étrangers / Dienst Vreemdelingenzaken (FPS Home Affairs)',
    dateNote: 'no date on the page',
    accessed: '2026-12-06',
    url: 'https://dofi.ibz.be/fr/themes/ukraine/protection-temporaire',
    official: true,
  },
  {
    id: 'be-dofi-third-country-nationals',
    title: 'Stateless persons and third-country nationals (permanent Ukrainian residence permit: short interview, prima facie proof that a safe return is impossible; appeal without suspensive effect; asylum remains possible; return help from Fedasil)',
    publisher: 'Office des étrangers / Dienst Vreemdelingenzaken (FPS Home Affairs)',
    dateNote: 'no date on the page',
    accessed: '2026-12-06',
    url: 'https://dofi.ibz.be/en/themes/ukraine/temporary-protection/stateless-persons-and-third-country-nationals',
    quote: 'If the concerned person is not considered for temporary protection, this does not affect his/her right to submit an application for international protection.',
    official: true,
  },
  {
    id: 'be-info-ukraine-a-card',
    title: 'Tijdelijke bescherming: verlenging van de A-kaart (the municipality renews the A card; it can be extended even late unless the person was taken off the register)',
    publisher: 'info-ukraine.be (federal government portal)',
    dateNote: 'about January 2023',
    accessed: '2026-12-06',
    url: 'https://info-ukraine.be/nl/newsroom/tijdelijke-bescherming-verlenging-van-de-kaart',
    official: true,
  },
  {
    id: 'be-oostende-registratie',
    title: 'Tijdelijke bescherming Oekraïne (taken off the registers after losing the right of residence: report again in person at the registration centre)',
    publisher: 'Stad Oostende',
    dateNote: 'about 2023',
    accessed: '2026-12-06',
    url: 'https://www.oostende.be/tijdelijke-bescherming-oekraine',
    quote: 'Ben je uit de registers afgevoerd door verlies van verblijfsrecht? Dan moet je je (opnieuw) aanbieden in het registratiecentrum',
    official: true,
  },
] satisfies SourceInput[];
