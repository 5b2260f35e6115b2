import type { SourceInput } from '../../schema/source';

/** Slovenia: the sources of the first rule set, read on 6 December 2026 in stored copies (research notes new-eu-b-md-ca). */
export const SI_SOURCES = [
  {
    id: 'si-gov-extension-2024',
    title: 'Podaljšanje začasne zaščite za razseljene osebe iz Ukrajine še za eno leto (new cards issued ex officio by the administrative units)',
    publisher: 'Vlada Republike Slovenije (gov.si)',
    date: '2024-01-19',
    accessed: '2026-12-06',
    url: 'https://www.gov.si/novice/2024-01-19-podaljsanje-zacasne-zascite-za-razseljene-osebe-iz-ukrajine-se-za-eno-leto/',
    quote: 'upravne enote osebam s priznano začasno zaščito v Sloveniji po uradni dolžnosti izdale nove izkaznice osebe z začasno zaščito z veljavnostjo do 4. marca 2025',
    official: true,
  },
  {
    id: 'si-gov-cards-2022',
    title: 'Začetek izdaje izkaznic za osebe z začasno zaščito (the card is also the temporary residence permit)',
    publisher: 'Vlada Republike Slovenije (gov.si)',
    date: '2022-06-15',
    accessed: '2026-12-06',
    url: 'https://www.gov.si/novice/2022-06-15-zacetek-izdaje-izkaznic-za-osebe-z-zacasno-zascito/',
    quote: 'Izkaznica velja tudi kot dovoljenje za začasno prebivanje v Republiki Sloveniji',
    official: true,
  },
  {
    id: 'si-zzzro-1',
    title: 'Zakon o začasni zaščiti razseljenih oseb (ZZZRO-1), Uradni list RS 22/2025 (in force 19 April 2025, applied from 19 July 2025)',
    publisher: 'Uradni list Republike Slovenije',
    date: '2025-04-02',
    accessed: '2026-12-06',
    url: 'https://uradni-list.si/glasilo-uradni-list-rs/vsebina/2025-01-0760/zakon-o-zacasni-zasciti-razseljenih-oseb-zzzro-1',
    official: true,
  },
  {
    id: 'si-euaa-dip',
    title: 'Temporary Protection – Slovenia (extensions by government decision to 4 March 2026; rights of holders)',
    publisher: 'European Union Agency for Asylum (EUAA), Data and Information Portal',
    date: '2026-01-18',
    accessed: '2026-12-06',
    url: 'https://dip.euaa.europa.eu/countries/slovenia/temporary-protection-slovenia',
    official: true,
  },
  {
    id: 'si-ztuj-bill-2023',
    title: 'Government bill amending the Aliens Act (ZTuj-2): a person whose temporary protection has ended may apply within 8 days for a temporary residence permit on any ground (adoption not confirmed)',
    publisher: 'Dnevnik (dnevnik.si)',
    date: '2023-03-01',
    accessed: '2026-12-06',
    quote: 'tujcu, ki mu je prenehal status začasne zaščite, omogoča, da v roku osmih dni po preteku statusa na pristojnem organu zaprosi za dovoljenje za začasno prebivanje za katerikoli namen',
    official: false,
  },
] satisfies SourceInput[];
