import type { SourceInput } from '../../schema/source';

/**
 * Estonia: the sources of the rule set, read on 6 December 2026 in stored
 * copies of the pages (research notes `new-eu-a`, 2026-12-06). The police
 * pages found describe the extension rounds to March 2025 and March 2026; no
 * official page on the end date of the permits extended in 2026 was found.
 */
export const EE_SOURCES = [
  {
    id: 'ee-ppa-tp',
    title: 'Temporary protection for Ukrainian citizens and their family members: a residence permit with rights similar to those of Estonian residents',
    publisher: 'Politsei- ja Piirivalveamet (Police and Border Guard Board, PPA)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.politsei.ee/en/instructions/information-on-the-war-in-ukraine/temporary-protection-for-ukrainian-citizens-and-their-family-members',
    quote: 'Temporary protection is a one-year residence permit that can provide security and social guarantees to Ukrainian citizens and their family members.',
    official: true,
  },
  {
    id: 'ee-ppa-extension',
    title: 'Extension of temporary protection: apply in the self-service portal asylum.politsei.ee, after a new photo at a service office',
    publisher: 'Politsei- ja Piirivalveamet (PPA)',
    dateNote: 'n.d. (the stored copy names permits valid until March 2025 and March 2026)',
    accessed: '2026-12-06',
    url: 'https://www.politsei.ee/en/instructions/information-on-the-war-in-ukraine/extension-of-temporary-protection',
    quote: 'We kindly ask you to submit your application for extension as early as possible and no later than two months before the expiry of the residence permit.',
    official: true,
  },
  {
    id: 'ee-jarva-extension',
    title: 'Teade ajutise kaitse elamisloa pikendamise kohta: a registered address, the adaptation programme, work or registration as unemployed; staying without temporary protection (relaying the police)',
    publisher: 'Järva vald (municipality)',
    dateNote: 'n.d. (about 2023)',
    accessed: '2026-12-06',
    url: 'https://jarvavald.ee/uudised-ja-teated/-/asset_publisher/JMZZd7N4By63/content/id/36124845',
    quote: 'Ajutise kaitse pikendamise taotlemiseks peab inimese elukoht olema registreeritud. Eestisse registreeritud elukoht annab meile kinnituse, et ajutist kaitset sooviv inimene viibib ka reaalselt Eestis.',
    official: true,
  },
  {
    id: 'ee-kehtna-extension',
    title: 'Ajutise kaitse elamisloa pikendamisest: the conditions of the extension (relaying the police)',
    publisher: 'Kehtna vald (municipality)',
    dateNote: 'n.d. (about 2023)',
    accessed: '2026-12-06',
    url: 'https://kehtna.ee/ukraina/-/asset_publisher/57e0IuLrbo2u/content/ajutise-kaitse-elamisloa-pikendamisest',
    quote: 'Selleks peab iga ajutise kaitse saaja läbima kohanemisprogrammi, tööealised inimesed peavad käima tööl või registreerima ennast töötuna ning lapsevanema kooliealised lapsed peavad käima koolis.',
    official: true,
  },
  {
    id: 'ee-ppa-stay-right',
    title: 'Ukraina kodanike viibimisõiguse ajutine pikendamine: Ukrainian citizens may stay in Estonia without a visa or a temporary protection permit',
    publisher: 'Politsei- ja Piirivalveamet (PPA)',
    dateNote: '2022',
    accessed: '2026-12-06',
    url: 'https://www.politsei.ee/et/juhend/info-seoses-ukraina-sojaga/ukraina-kodanike-viibimisoiguse-ajutine-pikendamine',
    quote: 'Tänavu mais jõustunud välismaalaste seaduse muudatusega tohivad Eestisse siseneda ja siin viibida ka need Ukraina kodanikud ja nende pereliikmed, kel pole biomeetrilist passi või kelle Eestis viibimise alus pidanuks muidu lõppema.',
    official: true,
  },
  {
    id: 'ee-ppa-1247',
    title: 'Riigiinfo telefon 1247: the state information line answers questions for the police',
    publisher: 'Politsei- ja Piirivalveamet (PPA)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.politsei.ee/et/riigiinfo-telefon-1247',
    quote: 'Välismaalt helistades vali number +372 600 1247. Telefonikõnedele vastatakse E-P 24/7 ning kõnesid teenindatakse eesti, vene ja inglise keeles.',
    official: true,
  },
  {
    id: 'ee-humanrights-2026',
    title: 'Inimõigused Eestis 2026: pagulaste ja varjupaigataotlejate õigused (the police asked Ukrainian applicants for residence permits for military-service documents)',
    publisher: 'Eesti Inimõiguste Keskus (Estonian Human Rights Centre)',
    dateNote: '2026',
    accessed: '2026-12-06',
    url: 'https://humanrights.ee/materjalid/inimoigused-eestis-2026/pagulaste-ja-varjupaigataotlejate-oigused',
    official: false,
  },
] satisfies SourceInput[];
