import type { SourceInput } from '../../schema/source';

/**
 * Bulgaria: the sources of the rule set, read on 6 December 2026 in stored
 * copies of the pages (research notes `new-eu-a`, 2026-12-06). The 2026
 * decision of the Council of Ministers (cards valid until 4 March 2027) was
 * found only in news reports.
 */
export const BG_SOURCES = [
  {
    id: 'bg-sar-card',
    title: 'Информация за картата за временна закрила: the registration card of a foreigner with temporary protection (art. 41(1)(5) of the Asylum and Refugees Act) and the right of residence it gives',
    publisher: 'Държавна агенция за бежанците (State Agency for Refugees, SAR)',
    dateNote: 'n.d. (the stored copy still names 4 March 2025)',
    accessed: '2026-12-06',
    url: 'https://aref.government.bg/новини/информация-картата-временна-закрила',
    quote: 'Документът, който се издава на разселените лица от Украйна … се нарича „регистрационна карта на чужденец с временна закрила“.',
    official: true,
  },
  {
    id: 'bg-mlsp-labour',
    title: 'Access to the labor market: people with temporary protection may work without a permit for access to the labour market',
    publisher: 'Ministry of Labour and Social Policy of Bulgaria',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.mlsp.government.bg/access-to-the-labor-market',
    quote: '► to work in Bulgaria without a permit for access to the labor market, as well as to take vocational training courses',
    official: true,
  },
  {
    id: 'bg-portal-moving',
    title: 'Отказ от ползване на временна закрила в България: moving to another EU member state needs no formal step; the portal hotline',
    publisher: 'Government portal "Bulgaria for Ukraine" (ukraine.gov.bg)',
    date: '2022-06-14',
    accessed: '2026-12-06',
    url: 'https://ukraine.gov.bg/bg/2022/06/14/refusal-to-use-temporary-protection-in-bulgaria/',
    quote: 'За целта не е необходимо да се извършват никакви формални действия, да се подават заявления за отказ от временна закрила, или да се връща регистрационната карта',
    official: true,
  },
  {
    id: 'bg-portal-late-2024',
    title: 'After the re-registration deadline, applications are accepted only at the centres of the State Agency for Refugees',
    publisher: 'Government portal "Bulgaria for Ukraine" (ukraine.gov.bg)',
    date: '2024-07-05',
    accessed: '2026-12-06',
    url: 'https://ukraine.gov.bg/?p=44397',
    official: true,
  },
  {
    id: 'bg-actualno-2026',
    title: 'България удължи временната закрила на украинските бежанци (cards valid until 4 March 2027; re-registration until 30 April 2026)',
    publisher: 'Actualno.com',
    date: '2026-02-17',
    accessed: '2026-12-06',
    url: 'https://www.actualno.com/europe/bylgarija-udylji-vremennata-zakrila-na-ukrainskite-bejanci-news_2557116.html',
    quote: 'утвърждават нови образци на регистрационни карти за временна закрила със срок на валидност от 4 март 2027 г. … Процесът по пререгистрация ще продължи до 30.04.2026 г.',
    official: false,
  },
  {
    id: 'bg-novinite-2026',
    title: 'Удължиха закрилата за украинските бежанци в България',
    publisher: 'Novinite.bg',
    date: '2026-03-04',
    accessed: '2026-12-06',
    url: 'https://www.novinite.bg/articles/281271/udalzhiha-zakrilata-za-ukrainskite-bezhanci-v-balgariya',
    official: false,
  },
  {
    id: 'bg-migrantlife-24-7',
    title: 'Continuous residence permit for extraordinary reasons (art. 24(7) of the Foreigners Act): requested without leaving Bulgaria for a D visa',
    publisher: 'migrantlife.bg (migrant information site)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://migrantlife.bg/articles/continuous-residence-permit-extraordinary-reasons',
    quote: 'не се налага предварително кандидатът да излезе от територията на Република България за получаване на виза тип „Д“',
    official: false,
  },
] satisfies SourceInput[];
