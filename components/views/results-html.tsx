import type { HubMode } from '../../lib/hub-languages';
import { handoverPath } from '../../lib/handover';
import { getT } from '../../lib/i18n';
import { resultsOf, type CompletedInterview } from '../../lib/page-state';
import { staticMarkup } from '../../lib/static-markup';
import type { Language } from '../../locales';
import { ResultsView } from './results-view';

/** What the results page is drawn from: small, it travels in the page's component payload. */
export interface ResultsHtmlInput {
  lang: Language;
  asOf: string;
  hub: HubMode | null;
  /** The finished interview the page has checked (pruned answers and their path). */
  interview: CompletedInterview;
  /** The site's origin for the hand-over link, from the request (null when it cannot be told). */
  origin: string | null;
}

/**
 * The results page's body as plain HTML (ADR 11, ADR 12), on the server
 * only: the same state and view the engine draws in the browser.
 */
export function resultsHtml({ lang, asOf, hub, interview, origin }: ResultsHtmlInput): string {
  const t = getT(lang);
  const state = resultsOf(t, lang, interview, asOf);
  const handover = { path: handoverPath(lang, { asOf, answers: state.answers }), origin };
  return staticMarkup(<ResultsView lang={lang} t={t} hub={hub} state={state} handover={handover} />);
}

/**
 * Instead of the results when they cannot be drawn (a fault of the app):
 * the page's own error notice in the person's language, with a way to try
 * again and to the start page. The answers stay in the cookie.
 */
export function resultsFailedHtml({ lang }: ResultsHtmlInput): string {
  const t = getT(lang);
  return staticMarkup(
    <div className="space-y-4" role="alert" data-draw-failed>
      <h1 className="text-2xl font-bold leading-tight">{t('common:error.title')}</h1>
      <p>{t('common:error.body')}</p>
      <p className="flex flex-wrap items-center gap-4">
        <a href={`/${lang}/results`} className="link">
          {t('common:error.retry')}
        </a>
        <a href={`/${lang}`} className="link">
          {t('common:error.home')}
        </a>
      </p>
    </div>,
  );
}
