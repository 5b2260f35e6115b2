'use client';

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { decodeHubMode, HUB_COOKIE, hubChoice, type HubMode } from '../../lib/hub-languages';
import type { Language } from '../../locales/languages';
import { clearAnswersCookie, cookieValue, writeHubCookie } from '../app/browser-cookies';
import { HubBar } from './hub-bar';
import { HubSwitch } from './hub-switch';
import type { HubTexts } from './hub-texts';

/** Whether this device keeps a page for use without network (app/sw.ts). */
async function keptOffline(path: string): Promise<boolean> {
  try {
    return 'caches' in window && (await caches.match(path)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The start page's hub bar ("Next client") and hub-mode switch around the
 * page's own content. Online, and without JavaScript, both are plain form
 * posts to the server's routes. Without network they work on this device:
 * hub mode is kept in its cookie (the same value the server would write),
 * "Next client" deletes the answers, and the start page follows from the
 * offline copy, or is drawn again here when this device keeps none (in
 * this page's language, saying so, when the volunteer chose another). The
 * offline copy was fetched without cookies, so hub mode is read from the
 * cookie once the page is in the browser.
 */
export function StartHub({ lang, drawn, texts, children }: { lang: Language; drawn: HubMode | null; texts: HubTexts; children: ReactNode }) {
  const [hub, setHub] = useState(drawn);
  // The volunteer's language when its start page is not kept here: the page stays in this one, and says why.
  const [notKept, setNotKept] = useState<Language | null>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    const kept = decodeHubMode(cookieValue(HUB_COOKIE));
    if (kept) setHub(kept);
  }, []);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    // The switch was drawn anew: the focus goes to what now says whether hub mode is on.
    document.querySelector<HTMLElement>(hub ? '#hub-title' : '[data-hub-switch="off"] summary')?.focus();
  }, [hub]);

  async function showStart(next: HubMode | null): Promise<void> {
    const start = `/${next?.volunteer ?? lang}`;
    if (await keptOffline(start)) {
      window.location.assign(start);
      return;
    }
    moveFocus.current = true;
    setHub(next);
    setNotKept(next && next.volunteer !== lang ? next.volunteer : null);
  }

  function onSubmit(event: FormEvent<HTMLDivElement>) {
    const form = event.target;
    if (navigator.onLine || !(form instanceof HTMLFormElement)) return;
    const action = new URL(form.action, window.location.href).pathname;
    if (action === `/${lang}/hub-mode`) {
      const data = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
      const choice = hubChoice((name) => data.get(name));
      if (!choice) return;
      event.preventDefault();
      const next = choice.mode === 'on' ? choice.hub : null;
      writeHubCookie(next);
      void showStart(next);
    } else if (action === `/${lang}/next-client`) {
      event.preventDefault();
      clearAnswersCookie();
      void showStart(hub);
    }
  }

  return (
    <div className="space-y-6" onSubmit={onSubmit}>
      <HubBar lang={lang} texts={texts} hub={hub} />
      {children}
      <HubSwitch lang={lang} texts={texts} hub={hub} notKept={notKept} />
    </div>
  );
}
