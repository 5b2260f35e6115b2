import type { SourceInput } from '../../schema/source';

/** Greece: the sources of the first rule set, read on 6 December 2026 in stored copies (research notes new-eu-b-md-ca). */
export const GR_SOURCES = [
  {
    id: 'gr-migration-extension-2023-09',
    title: 'Παράταση της προσωρινής προστασίας για τους εκτοπισθέντες από την Ουκρανία (extension by ministerial decision, ΑΔΑ ΨΨ5Λ46ΜΔΨΟ-Ο36)',
    publisher: 'Ministry of Migration and Asylum (migration.gov.gr)',
    date: '2023-09-01',
    accessed: '2026-12-06',
    url: 'https://migration.gov.gr/en/paratasi-tis-prosorinis-prostasias-gia-toys-ektopisthentes-apo-tin-oykrania',
    quote: 'Η προσωρινή παράταση όπως ορίζεται από την υπουργική απόφαση (ΑΔΑ: ΨΨ5Λ46ΜΔΨΟ-Ο36) έχει χρονική διάρκεια έξι (6) μηνών',
    official: true,
  },
  {
    id: 'gr-migration-extension-2023-02',
    title: 'Temporary protection status of displaced persons from Ukraine is extended',
    publisher: 'Ministry of Migration and Asylum (migration.gov.gr)',
    date: '2023-02-01',
    accessed: '2026-12-06',
    url: 'https://migration.gov.gr/en/parateinetai-to-kathestos-prosorinis-prostasias-ektopisthenton-apo-tin-oykrania',
    official: true,
  },
  {
    id: 'gr-sud-2026',
    title: 'Українцям у Греції продовжили статус тимчасового захисту до березня 2027 року (decision no. 4507 of 9 January 2026, quoting the Embassy of Ukraine; card re-issue for travel from 16 February 2026)',
    publisher: 'Sud.ua',
    date: '2026-01-13',
    accessed: '2026-12-06',
    url: 'https://sud.ua/uk/news/abroad/350791-ukraintsam-v-gretsii-prodlili-status-vremennoy-zaschity-do-marta-2027-goda',
    quote: 'згідно з рішенням Міністра міграції та притулку Грецької Республіки Атанасіоса Плевріса № 4507 від 09.01.2026, термін дії тимчасового захисту … продовжено ще на один рік – до 4 березня 2027 року',
    official: false,
  },
] satisfies SourceInput[];
