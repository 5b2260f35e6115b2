import type { SourceInput } from '../../schema/source';

/**
 * Sources added in the review of 6 December 2026 (issues 17 and 22), read in
 * stored copies of the public pages on that day. `official: true` only for an
 * authority's own page (municipal pages included) or a legal text on an
 * official site; news reports, law firms, NGOs and commercial copies of laws
 * are context (`official: false`).
 *
 * Not read, so not cited: the Office for Foreigners' CUKR page
 * (https://www.gov.pl/web/udsc/cukr-QA), the ZUS announcement of 27 January
 * 2026 on zus.pl, Dz.U. 2026 item 203 and the compiled protection act on
 * ISAP/ELI. None of them was in the stored corpus, nor (search of 6 December
 * 2026) an official page on the CUKR card or on the family permit for people
 * with UKR status.
 */
export const PL_SOURCES_2026_12_06 = [
  {
    id: 'pl-sg-status-ukr',
    title: 'Status UKR – uregulowania prawne dotyczące ochrony czasowej dla obywateli Ukrainy (UKR status as the Polish form of temporary protection, state of 2023)',
    publisher: 'Straż Graniczna (Polish Border Guard)',
    date: '2023-08-23',
    accessed: '2026-12-06',
    url: 'https://strazgraniczna.pl/pl/cudzoziemcy/status-ukr-uregulowania-prawne/12199,Status-UKR-uregulowania-prawne-dotyczace-ochrony-czasowej-dla-obywateli-Ukrainy.html',
    quote: 'OCHRONA CZASOWA DLA OBYWATELI UKRAINY-UREGULOWANIA PRAWNE',
    official: true,
  },
  {
    id: 'pl-warszawa-19115-ukraina',
    title: 'Legalizacja pobytu w Polsce dla obywateli Ukrainy (UdSC information line; sections on leaving Poland for more than 30 days and on temporary protection for people who are not Ukrainian citizens)',
    publisher: 'Miasto Stołeczne Warszawa (City of Warsaw), Warszawa 19115',
    dateNote: 'n.d. (mentions Diia.pl in mObywatel, so 2023 or later)',
    accessed: '2026-12-06',
    url: 'https://warszawa19115.pl/-/legalizacja-pobytu-w-polsce-dla-obywateli-ukrainy',
    quote: 'Informacje telefoniczne dotyczące spraw cudzoziemców prowadzonych w Urzędzie do Spraw Cudzoziemców można uzyskać wyłącznie pod numerem: 47 721 76 75.',
    official: true,
  },
  {
    id: 'pl-gmina-wierzbno-tp-foreigners',
    title: 'Ochrona czasowa dla cudzoziemców (people who are not Ukrainian citizens: protection or permanent residence in Ukraine, unable to return safely; certificate from the Office for Foreigners)',
    publisher: 'Gmina Wierzbno (municipality)',
    date: '2022-04-20',
    accessed: '2026-12-06',
    url: 'https://gminawierzbno.pl/ochrona-czasowa-dla-cudzoziemcow-2022-04-20/',
    quote: 'Potwierdzeniem korzystania z ochrony czasowej jest zaświadczenie wydawane przez Urząd do Spraw Cudzoziemców.',
    official: true,
  },
  {
    id: 'pl-zus-cot',
    title: 'Centrum Obsługi Telefonicznej (COT): 22 560 16 00, consultants Monday to Friday 7:00–18:00',
    publisher: 'Zakład Ubezpieczeń Społecznych (ZUS)',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://www.zus.pl/pl/o-zus/kontakt/centrum-obslugi-telefonicznej-cot-',
    quote: 'Konsultanci COT są dostępni pon. - pt. w godz. 7.00 - 18.00.',
    official: true,
  },
  {
    id: 'pl-nfz-infolinia',
    title: 'Infolinia NFZ dla pacjentów z Ukrainy: Telefoniczna Informacja Pacjenta 800 190 590, free, 24 hours, also in Ukrainian',
    publisher: 'Narodowy Fundusz Zdrowia, Śląski Oddział Wojewódzki',
    date: '2022-03-11',
    accessed: '2026-12-06',
    url: 'https://nfz-katowice.pl/index.php/o-nas/biuro-prasowe/item/126527-infolinia-nfz-dla-pacjentow-onkologicznych-z-ukrainy',
    quote: 'Kontakt, także w języku ukraińskim, jest możliwy przez całodobową i bezpłatną infolinię Narodowego Funduszu Zdrowia.',
    official: true,
  },
  {
    id: 'pl-prawo-act-2026-203',
    title: 'Ustawa z dnia 23 stycznia 2026 r. o wygaszeniu rozwiązań wynikających z ustawy o pomocy obywatelom Ukrainy (Dz.U. 2026 poz. 203), text copy; official text at https://dziennikustaw.gov.pl/DU/2026/203 (not read)',
    publisher: 'prawo.pl (Wolters Kluwer), copy of the Journal of Laws',
    dateNote: 'n.d. (copy of the act of 23 January 2026, in force 5 March 2026)',
    accessed: '2026-12-06',
    url: 'https://www.prawo.pl/akty/dz-u-2026-203,22239662.html',
    quote: 'USTAWA z dnia 23 stycznia 2026 r. o wygaszeniu rozwiązań wynikających z ustawy o pomocy obywatelom Ukrainy w związku z konfliktem zbrojnym na terytorium tego państwa',
    official: false,
  },
  {
    id: 'pl-superbiz-pesel-30-days',
    title: 'Koniec specustawy dla Ukraińców: the Sejm passes the act; PESEL UKR must be applied for within 30 days of entry (the 14 days were the government draft)',
    publisher: 'Super Biznes (se.pl)',
    date: '2026-01-23',
    accessed: '2026-12-06',
    url: 'https://superbiz.se.pl/wiadomosci/koniec-specustawy-dla-ukraincow-sejm-zaostrza-zasady-pomocy-aa-T3uU-6vth-uYDP.html',
    quote: 'wymóg złożenia wniosku o PESEL UKR w ciągu 30 dni od wjazdu, by utrzymać ochronę czasową',
    official: false,
  },
  {
    id: 'pl-interwencja-30-days',
    title: 'Leaving Poland for more than 30 days ends UKR status (art. 11(2) of the special act; exception for people sent abroad by an employer in Poland); how UKR status can be given again',
    publisher: 'Stowarzyszenie Interwencji Prawnej (NGO)',
    date: '2023-06-19',
    accessed: '2026-12-06',
    url: 'https://ukraina.interwencjaprawna.pl/wedlug-specustawy-wyjazd-obywatela-ukrainy-z-polski-na-okres-powyzej-1-miesiaca-pozbawia-go-uprawnien-czy-moge-wyjechac-do-ukrainy-lub-ue-tylko-na-30-dni-w-okresie-18-miesiecy-czy-w-przypadku-przekr/',
    quote: 'Wyjazd obywatela Ukrainy z terytorium Rzeczypospolitej Polskiej na okres powyżej 30 dni pozbawia go uprawnienia',
    official: false,
  },
  {
    id: 'pl-infor-zus-800',
    title: 'Komunikat ZUS: od lutego 2026 r. zmiany w 800+ dla obywateli Ukrainy (quotes the ZUS announcement of 27 January 2026)',
    publisher: 'infor.pl',
    date: '2026-01-27',
    accessed: '2026-12-06',
    url: 'https://www.infor.pl/prawo/nowosci-prawne/7508803,komunikat-zus-od-lutego-2026-r-zmiany-w-800-dla-obywateli-ukrainy.html',
    quote: '31 stycznia 2026 roku wypłata świadczenia 800+ dla obywateli Ukrainy ze statusem UKR zostanie wstrzymana. Aby mogli oni zachować prawo do świadczenia, od 1 lutego 2026 roku będą musieli złożyć nowy wniosek',
    official: false,
  },
  {
    id: 'pl-interia-800-exemptions',
    title: '800 plus dla Ukraińców: new rules from February 2026; exemptions from the work condition (parents of children with a disability, a child who is a Polish citizen)',
    publisher: 'Interia (wydarzenia.interia.pl)',
    date: '2026-01-30',
    accessed: '2026-12-06',
    url: 'https://wydarzenia.interia.pl/kraj/news-rewolucja-dla-mieszkajacych-w-polsce-ukraincow-zmiany-od-lut,nId,22544828',
    quote: 'z obowiązku spełnienia warunku aktywności zawodowej zwolnieni są m.in. rodzice dzieci z niepełnosprawnościami oraz osoby, które wnioskują o świadczenie na dziecko będące obywatelem Polski',
    official: false,
  },
  {
    id: 'pl-infor-health-2026',
    title: 'Nowe zasady NFZ od 5 marca: who keeps free health care without insurance (PAP)',
    publisher: 'infor.pl (PAP)',
    date: '2026-03-05',
    accessed: '2026-12-06',
    url: 'https://www.infor.pl/prawo/nowosci-prawne/7533462,nowe-zasady-nfz-od-5-marca-kto-ma-prawo-do-darmowej-opieki-zdrowotnej.html',
    quote: 'tylko dorośli obywatele Ukrainy, którzy byli ofiarami tortur, gwałtu, a także dzieci i młodzież, kobiety w ciąży lub połogu oraz osoby z zaświadczeniem o zamieszkaniu w ośrodku zbiorowego zakwaterowania',
    official: false,
  },
  {
    id: 'pl-businessinsider-health-2026',
    title: 'Koniec bezpłatnego leczenia Ukraińców w Polsce: exceptions, including people injured in the war (PAP)',
    publisher: 'Business Insider Polska (PAP)',
    date: '2026-02-24',
    accessed: '2026-12-06',
    url: 'https://businessinsider.com.pl/gospodarka/koniec-bezplatnego-leczenia-ukraincow-w-polsce-beda-jednak-wyjatki/vhz6j8q',
    quote: 'będą nadal miały osoby ranne i poszkodowane na wojnie',
    official: false,
  },
  // The permit for work: voivode offices on the rule of 1 April 2023 under the special act
  // (UKR-status holders may apply under the Act on Foreigners). Whether it still holds after
  // the special act expired on 5 March 2026 was not found on an official page.
  {
    id: 'pl-duw-ukr-work-permits-2023',
    title: 'Zezwolenia na pobyt dla obywateli Ukrainy objętych ochroną czasową: from 1 April 2023 Ukrainian citizens with PESEL UKR status who work or run a business can apply for a temporary residence permit for work, highly qualified work or business under the Act on Foreigners',
    publisher: 'Dolnośląski Urząd Wojewódzki we Wrocławiu (Lower Silesian Voivode\'s Office)',
    dateNote: '2023 (before 1 April 2023)',
    accessed: '2026-12-06',
    url: 'https://duw.pl/pl/dla-mediow/aktualnosci/18734,Zezwolenia-na-pobyt-dla-obywateli-Ukrainy-objetych-ochrona-czasowa.html',
    quote: 'Od 1 kwietnia 2023 r. obywatele Ukrainy, którzy posiadają numer PESEL ze statusem UKR, będą mogli ubiegać się o udzielenie zezwoleń na pobyt czasowy w celu podejmowania pracy lub prowadzenia działalności gospodarczej.',
    official: true,
  },
  {
    id: 'pl-mazowiecki-ukr-work-permits-2023',
    title: 'Zezwolenia na pobyt czasowy dla obywateli Ukrainy posiadających PESEL UKR pracujących i prowadzących działalność gospodarczą w Polsce: the application through the MOS system; a permit ends the rights under the special act',
    publisher: 'Mazowiecki Urząd Wojewódzki w Warszawie, Wydział Spraw Cudzoziemców (Masovian Voivode\'s Office)',
    dateNote: '2023 (before 24 August 2023)',
    accessed: '2026-12-06',
    url: 'https://migrant.wsc.mazowieckie.pl/pl/komunikaty/zezwolenia-na-pobyt-czasowy-dla-obywateli-ukrainy-posiadajacych-pesel-ukr-pracujacych-i',
    quote: 'Udzielenie zezwolenia na pobyt czasowy oznacza utratę uprawnień wynikających z ustawy o pomocy obywatelom Ukrainy w związku z konfliktem zbrojnym na terytorium tego państwa.',
    official: true,
  },
] satisfies SourceInput[];
