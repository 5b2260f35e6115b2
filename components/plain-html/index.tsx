/**
 * The plain-HTML bypass (ADR 11, ADR 12, measured again in ADR 23), fenced
 * in this folder. Pages call `plainHtml` and nothing else here.
 *
 * The results page's body, and every question's but the region's, is drawn
 * once, in the server's HTML pass, by React's own HTML renderer, and is not
 * part of the page's component payload: the phone receives and parses it
 * once, and hydrates one element instead of every element of the view.
 *
 * How, in short (the files of this folder):
 * - `static-markup.ts` loads `react-dom/server` at run time with Node's own
 *   resolution (a server component's bundle has no HTML renderer);
 * - `registry.ts` keeps the drawers by name on `globalThis`, filled below
 *   when a page imports this module (in the server components' module
 *   graph), read in the HTML pass (the client components' graph);
 * - `client.tsx` (`PlainHtml`) draws the view there from the few facts it
 *   is given, and keeps the server's HTML untouched in the browser;
 * - `results.tsx`, `question.tsx` and `draw-failed.tsx` are the drawers
 *   and the notice shown when one fails.
 *
 * It rests on framework behaviour no API promises (both graphs in one
 * process, React's hydration leaving `dangerouslySetInnerHTML` alone):
 * tests/e2e/plain-html-pages.spec.ts fails when an upgrade breaks it.
 * Without this folder, each page would render its view directly as a
 * server component (ADR 23 gives the measured difference).
 */
import type { ReactElement } from 'react';
import { getT } from '../../lib/i18n';
import { questionTexts } from '../views/question-texts';
import { QuestionView } from '../views/question-view';
import { PlainHtml } from './client';
import { questionDrawsAsHtml, questionFailedHtml, questionHtml, type QuestionHtmlInput } from './question';
import { registerPlainHtml } from './registry';
import { resultsFailedHtml, resultsHtml, type ResultsHtmlInput } from './results';

registerPlainHtml('results', resultsHtml, resultsFailedHtml);
registerPlainHtml('question', questionHtml, questionFailedHtml);

/** A page body this folder draws, and what it is drawn from (small: it travels in the component payload). */
export type PlainHtmlBody = { view: 'results'; input: ResultsHtmlInput } | { view: 'question'; input: QuestionHtmlInput };

/**
 * The page's body: plain HTML drawn in the server's HTML pass, not hydrated
 * and not in the component payload. The region question is the exception:
 * its list has a search box that runs in the browser, so its view is a
 * server component, hydrated as usual. With JavaScript, the engine draws
 * the next page itself, from the same views (ADR 10).
 */
export function plainHtml(body: PlainHtmlBody): ReactElement {
  if (body.view === 'question' && !questionDrawsAsHtml(body.input.state)) {
    const { lang, hub, state } = body.input;
    return <QuestionView lang={lang} t={getT(lang)} texts={questionTexts(hub, lang)} hub={hub} state={state} />;
  }
  return <PlainHtml view={body.view} input={body.input} />;
}
