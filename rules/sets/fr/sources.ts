import type { SourceInput } from '../../schema/source';

/**
 * French official sources read on 6 December 2026 (research notes
 * eu-nl-be-ie-fr, part 5): prefecture pages, the government's refugee portal
 * and service-public.fr; for the residence card for work, the State's regional
 * labour administration (general rule only).
 */
export const FR_SOURCES_2026_12_06 = [
  {
    id: 'fr-prefecture-aube',
    title: 'Protection temporaire – Ukrainiens (APS of 6 months marked "bénéficiaire de la protection temporaire", the right to work, the asylum-seeker allowance ADA)',
    publisher: "Préfecture de l'Aube",
    date: '2022-04-01',
    accessed: '2026-12-06',
    url: 'https://www.aube.gouv.fr/layout/set/print/Actualites/Crise-ukrainienne/Informations-a-destinations-des-ressortissants-ukrainiens-deplaces/Protection-temporaire-Ukrainiens',
    quote: "la délivrance d'une autorisation provisoire de séjour sur le territoire français d'une durée de 6 mois, portant la mention « bénéficiaire de la protection temporaire » ; le versement de l'allocation pour demandeur d'asile",
    official: true,
  },
  {
    id: 'fr-prefecture-haute-corse',
    title: 'Accueil des Ukrainiens (renewal of the APS online; ask at least three weeks before it ends, or social rights may be interrupted)',
    publisher: 'Préfecture de la Haute-Corse',
    dateNote: 'no date on the page; read in a stored copy at http://haute-corse.gouv.fr/Demarches/Pour-les-particuliers/Demarches-des-etrangers/Accueil-des-Ukrainiens',
    accessed: '2026-12-06',
    url: 'http://haute-corse.gouv.fr/Demarches/Pour-les-particuliers/Demarches-des-etrangers/Accueil-des-Ukrainiens',
    quote: "Nous vous invitons à déposer votre demande suffisamment tôt, au moins trois semaines avant l’expiration de votre autorisation provisoire au séjour. Toute demande tardive pourrait entraîner une rupture de vos droits sociaux.",
    official: true,
  },
  {
    id: 'fr-prefecture-hauts-de-seine',
    title: 'Première demande de protection temporaire (who is covered: Ukrainians; people of other nationalities or stateless people with protection in Ukraine, or with a permanent Ukrainian permit who cannot return safely; family members; appointment by email)',
    publisher: 'Préfecture des Hauts-de-Seine',
    dateNote: 'no date on the page',
    accessed: '2026-12-06',
    url: 'https://www.hauts-de-seine.gouv.fr/Demarches/Etrangers-dans-les-Hauts-de-Seine/ASILE/Protection-temporaire/Premiere-demande-de-protection-temporaire',
    quote: "aux ressortissants de pays tiers ou apatrides qui établissent qu'ils résident régulièrement en Ukraine sous couvert d'un titre de séjour permanent en cours de validité et qui sont dans l'impossibilité de regagner leur pays dans des conditions sûres et durables",
    official: true,
  },
  {
    id: 'fr-refugies-info',
    title: 'Protection temporaire (procedure page; renewal of the APS; it still gives an earlier end date)',
    publisher: 'refugies.info (Délégation interministérielle à l’accueil et à l’intégration des réfugiés, DIAIR)',
    dateNote: 'about 2025',
    accessed: '2026-12-06',
    url: 'https://refugies.info/en/procedure/6239b353c3bdabcc237e9905',
    official: true,
  },
  {
    id: 'fr-service-public-f10292',
    title: "Protection temporaire (fiche F10292): where to apply — the prefecture, or in Paris the Préfecture de police",
    publisher: 'service-public.fr (DILA)',
    dateNote: 'read through a municipal copy of the fiche (mairie-millery.fr)',
    accessed: '2026-12-06',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F10292',
    official: true,
  },
  {
    id: 'fr-service-public-f2689',
    title: 'Protection subsidiaire : statut, titre de séjour et document de voyage (fiche F2689): a multi-year card of at most 4 years',
    publisher: 'service-public.fr (DILA)',
    date: '2020-03-01',
    accessed: '2026-12-06',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F2689',
    quote: 'vous recevez une carte de séjour pluriannuelle "bénéficiaire de la protection subsidiaire" d\'une durée maximale de 4 ans',
    official: true,
  },
  {
    id: 'fr-gironde-demarche',
    title: 'Ressortissants ukrainiens – demande de protection temporaire en France (online request to the prefecture, together with the asylum-seeker allowance paid by OFII)',
    publisher: 'Préfecture de la Gironde (demarches-simplifiees.fr)',
    dateNote: 'no date on the page',
    accessed: '2026-12-06',
    url: 'https://www.demarches-simplifiees.fr/commencer/pref33-ukraine-protectiontemporaire',
    official: true,
  },
  // The general rule for the residence card for work; it does not speak of changing from
  // temporary protection (no official page found on that, search of 6 December 2026).
  {
    id: 'fr-direccte-titres-travail',
    title: 'Les différents types d\'autorisation de travail: the temporary residence card "salarié" (permanent contract; valid one year, then a multi-year card) and "travailleur temporaire" (fixed-term contract), each worth a work permit for the job in the approved contract',
    publisher: 'DIRECCTE Grand Est, unité départementale de la Meuse (State regional labour administration)',
    date: '2018-10-05',
    dateNote: 'last updated 29 October 2018, before the immigration law of 26 January 2024',
    accessed: '2026-12-06',
    url: 'http://grand-est.direccte.gouv.fr/Les-differents-types-d-autorisation-de-travail',
    quote: 'Elle vaut autorisation de travail pour l’emploi figurant sur le contrat de travail visé.',
    official: true,
  },
] satisfies SourceInput[];
