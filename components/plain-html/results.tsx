import type { HubMode } from '../../lib/hub-languages';
import { handoverPath } from '../../lib/handover';
import { getT } from '../../lib/i18n';
import { resultsOf, type CompletedInterview } from '../../lib/page-state';
import type { Language } from '../../locales';
import { questionTexts } from '../views/question-texts';
import { ResultsView } from '../views/results-view';
import { drawFailedHtml } from './draw-failed';
import { staticMarkup } from './static-markup';

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
  // In hub mode the results are the client's, the volunteer's language beside (ResultsView); so is the hand-over link.
  const texts = questionTexts(hub, lang);
  const state = resultsOf(texts.main.t, texts.main.lang, interview, asOf);
  const handover = { path: handoverPath(texts.main.lang, { asOf, answers: state.answers }), origin };
  return staticMarkup(<ResultsView lang={lang} t={getT(lang)} texts={texts} hub={hub} state={state} handover={handover} />);
}

/** Instead of the results when they cannot be drawn: the error notice, "Try again" reloads the results. */
export function resultsFailedHtml({ lang }: ResultsHtmlInput): string {
  return drawFailedHtml(lang, `/${lang}/results`);
}
