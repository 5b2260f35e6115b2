import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import { summaryLanguages, type HubMode } from '../../lib/hub-languages';
import { SecondLanguageSelect } from './second-language-select';
import { languageAutonym } from '../../app/_lib/format';
import { HubBar } from '../hub/hub-bar';
import { hubTexts } from '../hub/texts-from-t';

/**
 * The print button of the results page: a plain GET form to the pathway
 * summary (/[lang]/summary), choosing an optional second language. In hub
 * mode the summary is in the client's language with the volunteer's as the
 * second (the results page itself is in the client's language), and
 * "Next client". Printing the results page itself (Ctrl+P) still works: its
 * folded sections open for printing (OpenForPrint, in the layout).
 */
export function SummaryLink({ lang, t, hub }: { lang: Language; t: TFunction; hub: HubMode | null }) {
  const { first, second } = summaryLanguages(hub, lang);
  return (
    <div className="space-y-3 print:hidden" data-summary-link>
      <form method="get" action={`/${first}/summary`} className="flex flex-wrap items-end gap-3">
        {first !== lang && (
          <p className="w-full">
            {t('summary:firstLanguage')}{' '}
            <strong lang={first}>{languageAutonym(first)}</strong>
          </p>
        )}
        <SecondLanguageSelect t={t} first={first} second={second} />
        <button
          type="submit"
          data-action="print"
          className="min-h-11 rounded bg-blue-900 px-4 py-2 font-bold text-white hover:bg-blue-950 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black"
        >
          {t('results:print')}
        </button>
      </form>
      {hub && <HubBar lang={lang} texts={hubTexts(t)} hub={hub} />}
    </div>
  );
}
