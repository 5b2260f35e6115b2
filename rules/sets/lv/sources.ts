import type { SourceInput } from '../../schema/source';

/**
 * Latvia: the sources of the rule set, read on 6 December 2026 in stored
 * copies of the pages (research notes `new-eu-a`, 2026-12-06). No official
 * Latvian text on the end date of the permits was found; the 2027 date in the
 * official journal is for expired Ukrainian travel documents.
 */
export const LV_SOURCES = [
  {
    id: 'lv-pmlp-apply',
    title: 'Звернення за статусом тимчасового захисту: where to apply and the residence permit that shows temporary protection',
    publisher: 'Pilsonības un migrācijas lietu pārvalde (Office of Citizenship and Migration Affairs, PMLP)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://pmlp.gov.lv/lv/zvernennya-za-statusom-timchasovogo-zakhistu',
    quote: 'Документом, що посвідчує тимчасовий статус, є посвідка на проживання, яка видається на два роки.',
    official: true,
  },
  {
    id: 'lv-likumi-support-law',
    title: 'Ukrainas civiliedzīvotāju atbalsta likums (Law on Support of Ukrainian Civilians), consolidated text',
    publisher: 'Latvijas Vēstnesis, likumi.lv',
    dateNote: 'consolidated version, n.d.',
    accessed: '2026-12-06',
    url: 'https://likumi.lv/ta/id/330546-ukrainas-civiliedzivotaju-atbalsta-likums',
    official: true,
  },
  {
    id: 'lv-vestnesis-2025',
    title: 'Grozījumi Ukrainas civiliedzīvotāju atbalsta likumā (art. 4: expired Ukrainian travel documents valid in Latvia until 4 March 2027)',
    publisher: 'Latvijas Vēstnesis (official journal), 2025/244.34',
    date: '2025-12-01',
    accessed: '2026-12-06',
    url: 'https://www.vestnesis.lv/op/2025/244.34',
    quote: 'Aizstāt 4. pantā skaitļus un vārdus "2026. gada 28. februārim" ar skaitļiem un vārdiem "2027. gada 4. martam".',
    official: true,
  },
  {
    id: 'lv-iem-faq',
    title: 'Biežāk uzdotie jautājumi / Часто задавані питання: work, and the information line "Palīdzība ukraiņiem Latvijā"',
    publisher: 'Iekšlietu ministrija (Ministry of the Interior of Latvia)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.iem.gov.lv/lv/biezak-uzdotie-jautajumichasto-zadavani-pitannya',
    quote: 'lūdzam zvanīt uz vienoto informatīvo tālruni – “Palīdzība ukraiņiem Latvijā” +37127380380',
    official: true,
  },
  {
    id: 'lv-pmlp-annul',
    title: 'Ilgtermiņa vīzu un uzturēšanās atļauju anulēšana Ukrainas pilsoņiem: leaving Latvia means applying to cancel temporary protection and the visa or permit',
    publisher: 'Pilsonības un migrācijas lietu pārvalde (PMLP)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.pmlp.gov.lv/lv/ilgtermina-vizu-un-uzturesanas-atlauju-anulesana-ukrainas-pilsoniem',
    quote: 'Jums Pilsonības un migrācijas lietu pārvaldē jāiesniedz iesniegums par pagaidu aizsardzības statusa un vīzas vai termiņuzturēšanās atļaujas anulēšanu.',
    official: true,
  },
  {
    id: 'lv-pmlp-2024',
    title: 'Uzturēšanās Latvijā no 01.01.2024: residence of Ukrainian civilians from 1 January 2024',
    publisher: 'Pilsonības un migrācijas lietu pārvalde (PMLP)',
    dateNote: 'November or December 2023',
    accessed: '2026-12-06',
    url: 'https://www.pmlp.gov.lv/lv/jaunums/uzturesanas-latvija-no-01012024',
    official: true,
  },
  {
    id: 'lv-esfondi-2025',
    title: 'EU confirms support: temporary protection status for Ukrainians extended until 2027 (the Interior Minister on future solutions)',
    publisher: 'ES fondi (esfondi.lv, Latvian government portal for EU funds)',
    date: '2025-06-01',
    accessed: '2026-12-06',
    url: 'https://www.esfondi.lv/en/about-eu-funds/news/eu-confirms-support-temporary-protection-status-for-ukrainians-extended-until-2027',
    quote: 'we must return to discussions about possible future solutions regarding temporary protection status as soon as possible',
    official: true,
  },
  {
    id: 'lv-lsm-2024',
    title: 'Saeima approves support plan for Ukrainian refugees (residence permits for three years)',
    publisher: 'LSM (Latvian public broadcasting)',
    date: '2024-11-21',
    accessed: '2026-12-06',
    url: 'https://eng.lsm.lv/article/politics/saeima/21.11.2024-saeima-approves-support-plan-for-ukrainian-refugees.a577228/',
    official: false,
  },
  {
    id: 'lv-ukrainepuls-2025',
    title: 'Латвія анулювала статус тимчасового захисту для понад 18 тисяч українців (restored by sending the documents to PMLP)',
    publisher: 'ukrainepuls.com',
    dateNote: '2025',
    accessed: '2026-12-06',
    url: 'https://www.ukrainepuls.com/latviya-anulyuvala-status-tymchasovogo-zahystu-dlya-ponad-18-tysyach-ukrayincziv/',
    official: false,
  },
] satisfies SourceInput[];
