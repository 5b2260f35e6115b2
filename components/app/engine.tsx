/**
 * The interview engine in the browser: loaded on demand by InterviewShell,
 * it computes each step from the answers with the same pure code the server
 * uses (machines/, rules/, lib/page-state.ts) and draws it with the same
 * views (components/views/). The answers stay where a page load reads them:
 * the answers cookie on this device (lib/answers-codec.ts).
 */
import './zod-without-eval';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { decodeAnswers, encodeAnswers } from '../../lib/answers-codec';
import { decodeHandoverInBrowser } from '../../lib/handover-browser';
import { handoverPathWith } from '../../lib/handover-format';
import { decodeHubMode, HUB_COOKIE, questionLanguages, type HubMode } from '../../lib/hub-languages';
import { allAccepted, sameAnswers } from '../../lib/answer-form';
import { isFactKey } from '../../lib/formats';
import {
  applyAnswer,
  changesState,
  questionState,
  resultsState,
  reviewState,
  stepFromPath,
  stepPath,
  summaryState,
  type PageState,
  type Redirect,
} from '../../lib/page-state';
import { renderKey } from '../../lib/render-key';
import { createTranslator, type LanguageResources } from '../../lib/translator';
import { isIsoDate, type Facts } from '../../rules';
import { isLanguage, type Language } from '../../locales';
import { secondLanguage } from '../../lib/summary';
import { clearConfirmPath, clearFrom, ClearConfirm } from '../interview/clear-answers';
import { OpenChoice, openChoiceTexts } from '../handover/open-choice';
import { ChangesView, changesTitle, LinkRefusedView } from '../views/changes-view';
import { questionTitle, QuestionView } from '../views/question-view';
import { ResultsView } from '../views/results-view';
import { ReviewView } from '../views/review-view';
import { SummaryView } from '../views/summary-view';
import { answersCookieValue, clearAnswersCookie, cookieValue, writeAnswersCookie } from './browser-cookies';

export interface Screen {
  /** The address of the step drawn (after any redirect), with the summary's `?second=`. */
  path: string;
  title: string;
  view: ReactNode;
  /** The same key the server puts on what it drew (lib/render-key.ts). */
  renderKey: string;
  /** An answer was refused: the same question with the error. */
  refused: boolean;
}

export interface Engine {
  /**
   * The step at an address of this language, or null when it is not an
   * interview page. The summary (`search` may hold `?second=`) is drawn
   * here too: online the server draws it, but offline the service worker
   * has only the app to offer for it.
   */
  screenAt(pathname: string, search?: string): Screen | null;
  /** A submitted question form: the next step, or the same question with the error. */
  answer(form: FormData): Screen | null;
  clearAnswers(): void;
  /**
   * "Next client" in hub mode without network: deletes the answers (hub mode
   * stays) and gives the start page to go to, as the server's route would.
   * A refused draft (httpOnly, at most two minutes old) can only be deleted
   * by the server.
   */
  nextClient(): string;
  /**
   * A hand-over link opened without network (the service worker gave the
   * offline copy for /[lang]/open#…): its answers go into the answers
   * cookie, as the server's restore route would put them, and "what
   * changed" for its date follows; a damaged link, or one dated after
   * today, is refused with nothing stored. On a device with other answers
   * it asks first ("keep mine / open the link's answers"); the question's
   * form comes back here with its `choice`.
   */
  openLink(fragment: string, choice?: 'link' | 'mine' | null): Promise<Screen>;
}

/** The summary's address: /en/summary. */
const SUMMARY_PATH = /^\/([a-z]{2})\/summary\/?$/;

/** "Clear all your answers?": /en/clear/confirm?from=results. */
const CLEAR_PATH = /^\/([a-z]{2})\/clear\/confirm\/?$/;

/** "What changed" since a hand-over link's date: /en/open/2026-10-28. */
const CHANGES_PATH = /^\/([a-z]{2})\/open\/(\d{4}-\d{2}-\d{2})\/?$/;

/** The second language a summary at this address asks for (it is in the URL, never an answer). */
function summarySecond(pathname: string, search: string, lang: Language): Language | null {
  const match = SUMMARY_PATH.exec(pathname);
  if (!match || match[1] !== lang) return null;
  return secondLanguage(new URLSearchParams(search).get('second') ?? undefined, lang, isLanguage);
}

/** The nonce of this page's Content-Security-Policy, for a style sheet the browser adds (the summary's). */
function pageNonce(): string | undefined {
  return document.querySelector<HTMLElement>('script[nonce], style[nonce], link[nonce]')?.nonce || undefined;
}

/** One language's texts, each its own chunk: the browser loads only what it shows. */
function loadTexts(lang: Language): Promise<LanguageResources> {
  switch (lang) {
    case 'uk':
      return import('../../locales/uk/index').then((m) => m.default);
    case 'nl':
      return import('../../locales/nl/index').then((m) => m.default);
    case 'en':
      return import('../../locales/en/index').then((m) => m.default);
  }
}

function readCookieOn(asOf: string): Facts {
  return decodeAnswers(answersCookieValue(), asOf);
}

function writeCookie(answers: Facts): void {
  // As the server writes it: 30 days from this answer.
  writeAnswersCookie(encodeAnswers(answers));
}

export async function startEngine({ lang, asOf, hub: drawnWith }: { lang: Language; asOf: string; hub: HubMode | null }): Promise<Engine> {
  // Hub mode from its cookie (also on an offline copy, drawn without cookies),
  // else as the server drew the page (an older cookie the page cannot read).
  const hub = decodeHubMode(cookieValue(HUB_COOKIE)) ?? drawnWith;
  const shown = questionLanguages(hub, lang);
  const wanted = [...new Set<Language>([lang, shown.main, ...(shown.beside ? [shown.beside] : [])])];
  const translators = new Map<Language, TFunction>();
  await Promise.all(wanted.map(async (l) => translators.set(l, createTranslator(l, await loadTexts(l)))));
  // A summary in a second language: its texts when this device has them
  // (offline, only if they were loaded before); without them the summary
  // is drawn in one language and says why.
  const second = summarySecond(window.location.pathname, window.location.search, lang);
  if (second && !translators.has(second)) {
    try {
      translators.set(second, createTranslator(second, await loadTexts(second)));
    } catch {
      // Not at hand: see SummaryState.secondMissing.
    }
  }
  const tOf = (l: Language) => translators.get(l)!;
  const readCookie = () => readCookieOn(asOf);
  const t = tOf(lang);
  const appName = t('appName');

  // The question, the review and the results in the client's language in hub mode, the volunteer's beside.
  const texts = {
    main: { lang: shown.main, t: tOf(shown.main) },
    beside: shown.beside ? { lang: shown.beside, t: tOf(shown.beside) } : null,
  };

  function draw(state: PageState, refused: boolean): Screen {
    const answers = readCookie();
    switch (state.kind) {
      case 'question': {
        const path = stepPath(lang, state.key);
        return {
          path,
          title: `${questionTitle(t, state)} – ${appName}`,
          view: <QuestionView lang={lang} t={t} texts={texts} hub={hub} state={state} />,
          renderKey: renderKey(path, answers, hub),
          refused,
        };
      }
      case 'review': {
        const path = stepPath(lang, 'review');
        return {
          path,
          title: `${t('interview:review.title')} – ${appName}`,
          view: <ReviewView lang={lang} t={t} texts={texts} hub={hub} state={state} />,
          renderKey: renderKey(path, answers, hub),
          refused,
        };
      }
      case 'results': {
        const path = stepPath(lang, 'results');
        // The browser writes the link without deflate (format 1, `b`): it opens the same way.
        const handover = { path: handoverPathWith(texts.main.lang, { asOf, answers: state.answers }, null), origin: window.location.origin };
        return {
          path,
          title: `${t('results:title')} – ${appName}`,
          view: <ResultsView lang={lang} t={t} texts={texts} hub={hub} state={state} handover={handover} />,
          renderKey: renderKey(path, answers, hub),
          refused,
        };
      }
    }
  }

  function drawSummary(pathname: string, search: string): Screen | null {
    const answers = readCookie();
    const state = summaryState((l) => translators.get(l) ?? null, lang, answers, asOf, summarySecond(pathname, search, lang));
    if (state.kind === 'redirect') {
      const there = stateAt(state.to, answers);
      return there ? draw(there, false) : null;
    }
    const ui = hub?.volunteer && translators.has(hub.volunteer) ? hub.volunteer : lang;
    // The address keeps the second language asked for, also when it is not at hand.
    const second = state.halves[1]?.lang ?? state.secondMissing;
    const path = `/${lang}/summary${second ? `?second=${second}` : ''}`;
    return {
      path,
      title: `${t('summary:title')} – ${appName}`,
      view: <SummaryView lang={lang} ui={ui} t={tOf(ui)} hub={hub} state={state} nonce={pageNonce()} />,
      renderKey: renderKey(path, answers, hub),
      refused: false,
    };
  }

  function drawClear(search: string): Screen {
    const from = clearFrom(new URLSearchParams(search).get('from'));
    return {
      path: clearConfirmPath(lang, from),
      title: `${t('interview:clearConfirm.title')} – ${appName}`,
      view: <ClearConfirm lang={lang} t={t} from={from} />,
      // The key the server draws the page with: its address without the query.
      renderKey: renderKey(`/${lang}/clear/confirm`, readCookie(), hub),
      refused: false,
    };
  }

  function drawChanges(since: string): Screen | null {
    if (!isIsoDate(since) || since > asOf) return null;
    const answers = readCookie();
    const path = `/${lang}/open/${since}`;
    return {
      path,
      title: `${changesTitle(t, lang, since)} – ${appName}`,
      view: <ChangesView lang={lang} t={t} state={changesState(t, lang, answers, asOf, since)} />,
      renderKey: renderKey(path, answers, hub),
      refused: false,
    };
  }

  /** The state at a step, following redirects to where the person really is. */
  function stateAt(at: string, answers: Facts): PageState | null {
    let target: string = at;
    for (let hops = 0; hops < 3; hops++) {
      let state: PageState | Redirect;
      if (target === 'review') state = reviewState(answers, asOf);
      else if (target === 'results') state = resultsState(texts.main.t, texts.main.lang, answers, asOf);
      else if (isFactKey(target)) state = questionState(answers, asOf, target, null);
      else return null;
      if (state.kind !== 'redirect') return state;
      target = state.to;
    }
    return null;
  }

  return {
    screenAt(pathname, search = '') {
      if (SUMMARY_PATH.test(pathname)) return SUMMARY_PATH.exec(pathname)?.[1] === lang ? drawSummary(pathname, search) : null;
      const clear = CLEAR_PATH.exec(pathname);
      if (clear) return clear[1] === lang ? drawClear(search) : null;
      const changes = CHANGES_PATH.exec(pathname);
      if (changes) return changes[1] === lang ? drawChanges(changes[2]!) : null;
      const step = stepFromPath(pathname);
      if (!step || step.lang !== lang) return null;
      const state = stateAt(step.at, readCookie());
      return state ? draw(state, false) : null;
    },
    answer(form) {
      const question = form.get('question');
      const intent = form.get('intent') ?? 'continue';
      if (!isFactKey(question) || (intent !== 'continue' && intent !== 'unknown')) return null;
      const get = (name: string) => {
        const value = form.get(name);
        return typeof value === 'string' ? value : null;
      };
      const answers = readCookie();
      const outcome = applyAnswer(answers, asOf, question, get, intent);
      if (outcome.kind === 'refused') {
        const state = questionState(answers, asOf, question, outcome.draft);
        return state.kind === 'question' ? draw(state, true) : null;
      }
      if (outcome.kind === 'stored') writeCookie(outcome.answers);
      const state = stateAt(outcome.to, readCookie());
      return state ? draw(state, false) : null;
    },
    clearAnswers: clearAnswersCookie,
    nextClient() {
      clearAnswersCookie();
      return `/${hub?.volunteer ?? lang}`;
    },
    async openLink(fragment, choice = null) {
      const data = await decodeHandoverInBrowser(fragment);
      // A result from the future is not one this site made, nor are answers the forms refuse (as the restore route says).
      if (data && data.asOf <= asOf && allAccepted(data.answers, asOf)) {
        const mine = readCookie();
        if (choice === 'mine') {
          const own = stateAt('results', mine);
          if (own) return draw(own, false);
        }
        // On a device with other answers the link asks first, as the restore route does.
        if (choice !== 'link' && Object.keys(mine).length > 0 && !sameAnswers(mine, data.answers)) {
          const path = `/${lang}/open`;
          return {
            path,
            title: `${t('handover:open.title')} – ${appName}`,
            view: (
              <div className="space-y-6">
                <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t('handover:open.title')}</h1>
                <OpenChoice
                  lang={lang}
                  fragment={fragment}
                  texts={openChoiceTexts(t)}
                />
              </div>
            ),
            renderKey: renderKey(path, mine, hub),
            refused: false,
          };
        }
        writeCookie(data.answers);
        const changes = drawChanges(data.asOf);
        if (changes) return changes;
      }
      const path = `/${lang}/open`;
      return {
        path,
        title: `${t('handover:open.title')} – ${appName}`,
        view: <LinkRefusedView lang={lang} t={t} />,
        renderKey: renderKey(path, readCookie(), hub),
        refused: false,
      };
    },
  };
}
