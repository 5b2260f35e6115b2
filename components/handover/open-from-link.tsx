'use client';

import { useEffect, useState } from 'react';
import { OpenChoice, type OpenChoiceTexts } from './open-choice';
import { StartAgainLink } from './start-again-link';

type State = 'idle' | 'working' | 'empty' | 'invalid' | 'failed' | 'ask';

export interface OpenTexts {
  working: string;
  empty: string;
  invalid: string;
  failed: string;
  start: string;
  confirm: OpenChoiceTexts;
}

/**
 * Reads the part of the address after `#` (which never reaches a server),
 * passes it to the restore route to be decoded, checked and kept in the
 * answers cookie, then goes on to "what changed". On a device that holds
 * other answers the route keeps them and answers 409: the page then asks
 * "keep mine / open the link's answers" (a plain form to the same route).
 * The address with the answers in it is replaced, so it does not stay in
 * the browser's history.
 */
export function OpenFromLink({ lang, texts }: { lang: string; texts: OpenTexts }) {
  const [state, setState] = useState<State>('idle');
  const [fragment, setFragment] = useState('');

  useEffect(() => {
    const fragment = window.location.hash.slice(1);
    if (!fragment) {
      setState('empty');
      return;
    }
    setState('working');
    setFragment(fragment);
    let cancelled = false;
    fetch(`/${lang}/restore`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fragment }),
      credentials: 'same-origin',
      cache: 'no-store',
    })
      .then(async (response) => {
        const body = (await response.json().catch(() => null)) as { next?: unknown; ask?: unknown } | null;
        if (cancelled) return;
        if (response.ok && body && typeof body.next === 'string' && body.next.startsWith(`/${lang}/`)) {
          window.location.replace(body.next);
        } else if (response.status === 409 && body?.ask === true) {
          // The question keeps the fragment in its form; the address no longer holds it.
          window.history.replaceState(null, '', window.location.pathname);
          setState('ask');
        } else setState(response.status === 400 ? 'invalid' : 'failed');
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [lang]);

  if (state === 'ask') return <OpenChoice lang={lang} fragment={fragment} texts={texts.confirm} />;
  const message = state === 'idle' ? '' : texts[state];
  const problem = state === 'empty' || state === 'invalid' || state === 'failed';
  return (
    <div data-open-state={state}>
      <p role={problem ? 'alert' : 'status'} className={problem ? 'font-bold' : undefined}>
        {message}
      </p>
      {problem && <StartAgainLink lang={lang} text={texts.start} className="mt-4" />}
    </div>
  );
}
