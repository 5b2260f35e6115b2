import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import type { HubMode } from '../../lib/hub-languages';
import type { SummaryState } from '../../lib/page-state';
import { languageAutonym } from '../../app/_lib/format';
import { HubBar } from '../hub/hub-bar';
import { hubTexts } from '../hub/texts-from-t';
import { TopBar } from '../interview/quick-exit';
import { PrintNow } from '../summary/print-now';
import { SecondLanguageSelect } from '../summary/second-language-select';
import { SummaryDocument } from '../summary/summary-document';
import { SummaryStyles } from '../summary/summary-styles';

/**
 * The pathway summary page: the print controls (in the interface language:
 * the volunteer's in hub mode, else the page's) above the A4 document (in
 * the summary's one or two languages). Rendered by the server page and, when
 * the network is gone, by the engine in the browser from the same state.
 */
export function SummaryView({
  lang,
  ui,
  t,
  hub,
  state,
  nonce,
}: {
  /** The summary's first language (the page's). */
  lang: Language;
  /** The language of the controls. */
  ui: Language;
  /** The translator of `ui`. */
  t: TFunction;
  hub: HubMode | null;
  state: SummaryState;
  /** The response's CSP nonce, for the summary's own style sheet. */
  nonce: string | undefined;
}) {
  const second = state.halves[1]?.lang ?? null;
  return (
    <div>
      <SummaryStyles footer={state.footer} columns={state.columns} nonce={nonce} />
      <div lang={ui} className="print:hidden">
        {hub && <HubBar lang={ui} texts={hubTexts(t)} hub={hub} />}
        <TopBar lang={ui} t={t} back={`/${ui}/results`} />
        <div className="mb-6 space-y-4 rounded-lg bg-gray-100 p-4" data-summary-controls>
          <p>{t('summary:printIntro')}</p>
          {state.secondMissing && (
            <p role="status" className="border-l-4 border-amber-700 pl-3" data-second-missing={state.secondMissing}>
              {t('summary:secondOffline', { language: languageAutonym(state.secondMissing) })}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <PrintNow label={t('summary:printNow')} fallback={t('results:printNoScript')} />
          </div>
          <form method="get" action={`/${lang}/summary`} className="flex flex-wrap items-end gap-3">
            <SecondLanguageSelect t={t} first={lang} second={second ?? state.secondMissing} />
            <button
              type="submit"
              data-action="second-language"
              className="min-h-11 rounded border-2 border-gray-900 bg-white px-4 py-2 font-bold text-gray-900 hover:bg-gray-100 focus:outline-none focus-visible:bg-yellow-300"
            >
              {t('summary:showLanguages')}
            </button>
          </form>
        </div>
      </div>
      <SummaryDocument
        halves={state.halves}
        answers={state.answers}
        path={state.path}
        host={state.answers.hostCountry}
        hint={{ lang: ui, text: t('summary:preparedWithHint') }}
      />
    </div>
  );
}
