import type { HubMode } from '../../lib/hub-languages';
import { getT } from '../../lib/i18n';
import type { QuestionState } from '../../lib/page-state';
import { stepPath } from '../../lib/page-state';
import type { Language } from '../../locales';
import { questionTexts } from '../views/question-texts';
import { QuestionView } from '../views/question-view';
import { drawFailedHtml } from './draw-failed';
import { staticMarkup } from './static-markup';

/** What a question page is drawn from: the page's state, small; it travels in the page's component payload. */
export interface QuestionHtmlInput {
  lang: Language;
  hub: HubMode | null;
  state: QuestionState;
}

/**
 * Whether the question's view can be drawn as plain HTML: every question
 * but the region, whose list has a search box that runs in the browser (a
 * client component, which React's HTML renderer cannot call).
 */
export function questionDrawsAsHtml(state: QuestionState): boolean {
  return state.spec.input !== 'region';
}

/**
 * A question page's body as plain HTML (ADR 12), on the server only: the
 * same view the engine draws in the browser, in hub mode with the
 * volunteer's language beside the client's.
 */
export function questionHtml({ lang, hub, state }: QuestionHtmlInput): string {
  return staticMarkup(<QuestionView lang={lang} t={getT(lang)} texts={questionTexts(hub, lang)} hub={hub} state={state} />);
}

/** Instead of the question when it cannot be drawn: the error notice, "Try again" reloads the question. */
export function questionFailedHtml({ lang, state }: QuestionHtmlInput): string {
  return drawFailedHtml(lang, stepPath(lang, state.key));
}
