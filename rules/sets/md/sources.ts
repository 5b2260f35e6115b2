import type { SourceInput } from '../../schema/source';

/**
 * Moldova: the sources of the first rule set, read on 6 December 2026 in
 * stored copies (research notes new-eu-b-md-ca). Moldova's temporary
 * protection is national (Asylum Law 270/2008, Government Decision 21/2023),
 * not the EU's.
 */
export const MD_SOURCES = [
  {
    id: 'md-igm-tp',
    title: 'Temporary protection (Government Decision no. 21/2023: who is covered, pre-registration at protectietemporara.gov.md, the identity document, rights)',
    publisher: 'General Inspectorate for Migration (IGM), Republic of Moldova',
    dateNote: 'n.d. (mentions "until 01.03.2024")',
    accessed: '2026-12-06',
    url: 'https://igm.gov.md/en/temporary-protection/',
    official: true,
  },
  {
    id: 'md-igm-online-extension',
    title: 'Important information regarding the extension of temporary protection via the online platform (requests from 1 February to 30 April 2026)',
    publisher: 'General Inspectorate for Migration (IGM), Republic of Moldova',
    dateNote: '2026',
    accessed: '2026-12-06',
    url: 'https://igm.gov.md/en/important-information-regarding-the-extension-of-temporary-protection-via-the-online-platform',
    quote: 'Beneficiaries of temporary protection can complete and submit applications for the extension of temporary protection through the platform.',
    official: true,
  },
  {
    id: 'md-igm-2024-extension',
    title: 'Продление срока действия временной защиты (extension to 1 March 2025; the 45-day absence condition removed)',
    publisher: 'General Inspectorate for Migration (IGM), Republic of Moldova',
    date: '2024-02-28',
    accessed: '2026-12-06',
    url: 'https://igm.gov.md/ru/?p=37303',
    quote: 'исключение условия о прекращении статуса бенефициара временной защиты перемещенным лицам которые будут находится более чем 45 дней за пределами Республики Молдова',
    official: true,
  },
  {
    id: 'md-igm-contact',
    title: 'Updates for the beneficiaries of temporary protection (page header: call centre and Green Line)',
    publisher: 'General Inspectorate for Migration (IGM), Republic of Moldova',
    dateNote: '2025 (n.d.)',
    accessed: '2026-12-06',
    url: 'https://igm.gov.md/en/actualitati-pentru-beneficiarii-de-protectie-temporara-2',
    quote: 'Centrul de Apel +373 (22) 820-007 Linia Verde 08:00-20:00/Luni-Vineri 080001527',
    official: true,
  },
  {
    id: 'md-gov-communique-2026',
    title: 'Refugiații ucraineni vor putea sta în continuare fără permis de ședere în Moldova (government decision of 28 January 2026: temporary protection until 1 March 2027), reproducing the government communiqué',
    publisher: 'Timpul.md (also news.yam.md, tv8.md)',
    date: '2026-01-28',
    accessed: '2026-12-06',
    url: 'https://timpul.md/articol/refugiatii-ucraineni-vor-putea-sta-in-continuare-fara-permis-de-sedere-in-moldova.html',
    quote: 'Refugiații ucraineni vor beneficia de protecție temporară în Republica Moldova până la 1 martie 2027, potrivit unei hotărâri aprobate astăzi de Executiv.',
    official: false,
  },
] satisfies SourceInput[];
