import type { SourceInput } from '../../schema/source';

/** Malta: the sources of the first rule set, read on 6 December 2026 in stored copies (research notes new-eu-b-md-ca). */
export const MT_SOURCES = [
  {
    id: 'mt-ipa-tp',
    title: 'Temporary Protection (who decides, the rights: a residence permit for the whole period, employed or self-employed work)',
    publisher: 'International Protection Agency (IPA), Malta',
    dateNote: 'n.d.',
    accessed: '2026-12-06',
    url: 'https://ipa.gov.mt/temporary-protection',
    quote: 'A residence permit for the entire duration of temporary protection.',
    official: true,
  },
  {
    id: 'mt-mrc-return-2022',
    title: 'Ukraine Info: Holders of Temporary Protection temporarily returning to Ukraine (quotes a reply of the IPA)',
    publisher: 'Malta Refugee Council',
    date: '2022-08-05',
    accessed: '2026-12-06',
    url: 'https://maltarefugeecouncil.org.mt/Ukraine-Info-Holders-of-Temporary-Protection-temporarily-returning-to',
    quote: 'Kindly be informed that return to Ukraine, irrespective of its duration and the reason behind it, will lead to the withdrawal of TP status in Malta.',
    official: false,
  },
  {
    id: 'mt-mrc-renew-2023',
    title: 'Ukraine Info: How do you renew your Temporary Protection until 4 March 2024? (an appointment with the IPA)',
    publisher: 'Malta Refugee Council',
    date: '2023-01-16',
    accessed: '2026-12-06',
    url: 'https://maltarefugeecouncil.org.mt/Ukraine-Info-How-do-you-renew-your-Temporary-Protection',
    official: false,
  },
] satisfies SourceInput[];
