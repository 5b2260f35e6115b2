'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { HubMode } from '../../lib/hub-languages';
import { parseRenderKey } from '../../lib/render-key';
import type { Language } from '../../locales';
import type { Engine, Screen } from './engine';
import { keepForOffline } from './offline';
import { savesData, whenSettled } from './when-settled';

/**
 * The interview pages with JavaScript: the page arrives rendered by the
 * server (and works as plain forms while nothing else has loaded); at the
 * first touch or key, or once the page has settled (when-settled.ts), it
 * loads the interview engine (the machine, the rules, the texts of this
 * language and the same views), and from then on answers,
 * Back, Change and "check your answers" are handled in the browser without
 * reloading the page. The history and the address follow every step, so the
 * browser's Back button and a reload land on the same step.
 *
 * Without JavaScript this component renders its children and nothing else.
 */
export function InterviewShell({
  lang,
  asOf,
  hub,
  renderedFor,
  loading,
  unavailable,
  children,
}: {
  lang: Language;
  asOf: string;
  hub: HubMode | null;
  /** The step and answers the server rendered (see engine.ts `renderKey`). */
  renderedFor: string;
  /** "Loading…" in the page language, for a page the browser must draw itself (offline). */
  loading: string;
  /** For such a page when the engine cannot be loaded (offline, its files not kept) or cannot draw its address: the answers are kept. */
  unavailable: string;
  children: ReactNode;
}) {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [screen, setScreen] = useState<Screen | null>(null);
  // A page served from the offline copy for another address: the server's
  // children are of another step, so they are not shown.
  const [stale, setStale] = useState(false);
  const [disabled, setDisabled] = useState(false);
  // The engine could not be loaded for such a page, or cannot draw its
  // address: say so rather than show another step.
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const at = window.location.pathname.replace(/\/$/, '');
    if (parseRenderKey(renderedFor).path !== at) setStale(true);
    let cancelled = false;
    if (disabled) return;
    const load = () => {
      import('./engine')
        .then((m) => m.startEngine({ lang, asOf, hub }))
        .then((loaded) => {
          if (cancelled) return;
          setEngine(loaded);
          keepForOffline();
        })
        .catch(() => {
          if (cancelled) return;
          // The server's pages keep working as plain forms; a page drawn for
          // another address cannot.
          if (parseRenderKey(renderedFor).path !== at) setFailed(true);
          else setStale(false);
        });
    };
    // A page drawn for another address (the offline copy) needs the engine at
    // once. With the browser's data saver on, the engine (about 150 kB) is
    // not fetched at all: the server's pages do the same work.
    let cancel: () => void = () => {};
    if (parseRenderKey(renderedFor).path !== at) load();
    else if (!savesData()) cancel = whenSettled(load);
    return () => {
      cancelled = true;
      cancel();
    };
  }, [lang, asOf, hub, renderedFor, disabled]);

  // Once loaded: a page whose address or answers differ from what the server
  // drew (the offline copy, another tab's answers) is drawn again at once.
  useEffect(() => {
    if (!engine) return;
    const fragment = window.location.hash.slice(1);
    if (window.location.pathname.replace(/\/$/, '') === `/${lang}/open` && fragment) {
      // A hand-over link opened without network (the offline copy stands in for its landing page).
      let cancelled = false;
      void engine.openLink(fragment).then((opened) => {
        if (cancelled) return;
        setScreen(opened);
        document.title = opened.title;
        // The address with the answers in it is replaced, so it does not stay in the browser's history.
        window.history.replaceState(null, '', opened.path);
        setStale(false);
      });
      return () => {
        cancelled = true;
      };
    }
    const now = engine.screenAt(window.location.pathname, window.location.search);
    if (!now && parseRenderKey(renderedFor).path !== window.location.pathname.replace(/\/$/, '')) {
      // The offline copy at an address the engine cannot draw (the rule book).
      setFailed(true);
      return;
    }
    if (now && now.renderKey !== renderedFor) {
      if (parseRenderKey(now.renderKey).answers === '{}' && parseRenderKey(renderedFor).answers !== '{}') {
        // The server drew the page from answers this script cannot read (a
        // cookie written before the engine existed): leave the page to the
        // server's forms rather than guess.
        setEngine(null);
        setDisabled(true);
        return;
      }
      setScreen(now);
      document.title = now.title;
      window.history.replaceState(null, '', now.path);
    }
    setStale(false);
  }, [engine, renderedFor, lang]);

  useEffect(() => {
    if (!engine) return;
    const el = root.current;
    if (!el) return;
    const go = (next: Screen | null, how: 'push' | 'replace' | 'none') => {
      if (!next) return false;
      moved.current = true;
      setScreen(next);
      const here = window.location.pathname + window.location.search;
      if (how === 'push' && next.path !== here) window.history.pushState(null, '', next.path);
      else if (how !== 'none' || next.path !== here) window.history.replaceState(null, '', next.path);
      return true;
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || event.defaultPrevented) return;
      const action = new URL(form.action, window.location.href).pathname;
      if (action === `/${lang}/answer`) {
        const data = new FormData(form, event.submitter);
        const next = engine.answer(data);
        if (next && go(next, next.refused ? 'none' : 'push')) event.preventDefault();
      } else if (action === `/${lang}/clear`) {
        // The answers are deleted here and now; the start page follows, from
        // the offline copy when there is no network to post the form to.
        engine.clearAnswers();
        if (!navigator.onLine) {
          event.preventDefault();
          window.location.assign(`/${lang}`);
        }
      } else if (action === `/${lang}/restore`) {
        // The hand-over link's question ("keep mine / open the link's answers")
        // on the offline copy: answered here, as the restore route would.
        const data = new FormData(form, event.submitter);
        const fragment = data.get('fragment');
        const choice = data.get('choice');
        if (typeof fragment === 'string' && (choice === 'link' || choice === 'mine')) {
          event.preventDefault();
          void engine.openLink(fragment, choice).then((next) => go(next, 'replace'));
        }
      } else if (/^\/[a-z]{2}\/next-client$/.test(action)) {
        // Online the server's route deletes everything of this client; with
        // no network to post to, the answers are deleted here and the start
        // page follows from the offline copy.
        const start = engine.nextClient();
        if (!navigator.onLine) {
          event.preventDefault();
          window.location.assign(start);
        }
      }
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target || link.origin !== window.location.origin) return;
      // The quick exit leaves through its route (QuickExitKeys deletes the answers first, on every page).
      if (link.dataset.action === 'quick-exit') return;
      if (link.hash && link.pathname === window.location.pathname) return;
      if (go(engine.screenAt(link.pathname, link.search), 'push')) event.preventDefault();
    };
    const onPop = () => {
      go(engine.screenAt(window.location.pathname, window.location.search), 'none');
    };
    el.addEventListener('submit', onSubmit);
    el.addEventListener('click', onClick);
    window.addEventListener('popstate', onPop);
    return () => {
      el.removeEventListener('submit', onSubmit);
      el.removeEventListener('click', onClick);
      window.removeEventListener('popstate', onPop);
    };
  }, [engine, lang]);

  // After a step in the browser: the new title, the top of the page, and the
  // focus on the heading (or on the error summary), as a page load would.
  useEffect(() => {
    if (!screen || !moved.current) return;
    document.title = screen.title;
    const target = root.current?.querySelector<HTMLElement>(screen.refused ? '[data-error-summary]' : 'h1');
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }, [screen]);

  // The title of the step drawn here stays: the framework writes the page's
  // own title when its metadata hydrates, which can come after the engine
  // has drawn another step (the offline copy is another page).
  useEffect(() => {
    if (!screen) return;
    const { title } = screen;
    document.title = title;
    const keep = new MutationObserver(() => {
      if (document.title !== title) document.title = title;
    });
    keep.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => keep.disconnect();
  }, [screen]);

  return (
    <div ref={root} data-engine={engine ? 'browser' : 'server'}>
      {screen ? (
        screen.view
      ) : failed ? (
        <p role="alert" className="border-l-4 border-amber-700 pl-3" data-engine-unavailable>
          {unavailable}
        </p>
      ) : stale ? (
        <p role="status">{loading}</p>
      ) : (
        children
      )}
    </div>
  );
}
