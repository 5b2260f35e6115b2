'use client';

import { useEffect, useState } from 'react';
import { StartAgainLink } from './start-again-link';

type State = 'idle' | 'working' | 'empty' | 'invalid' | 'failed';

export interface OpenTexts {
  working: string;
  empty: string;
  invalid: string;
  failed: string;
  start: string;
}

/**
 * Reads the part of the address after `#` (which never reaches a server),
 * passes it to the restore route to be decoded, checked and kept in the
 * answers cookie, then goes on to "what changed". The address with the
 * answers in it is replaced, so it does not stay in the browser's history.
 */
export function OpenFromLink({ lang, texts }: { lang: string; texts: OpenTexts }) {
  const [state, setState] = useState<State>('idle');

  useEffect(() => {
    const fragment = window.location.hash.slice(1);
    if (!fragment) {
      setState('empty');
      return;
    }
    setState('working');
    let cancelled = false;
    fetch(`/${lang}/restore`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fragment }),
      credentials: 'same-origin',
      cache: 'no-store',
    })
      .then(async (response) => {
        const body = (await response.json().catch(() => null)) as { next?: unknown } | null;
        if (cancelled) return;
        if (response.ok && body && typeof body.next === 'string' && body.next.startsWith(`/${lang}/`)) {
          window.location.replace(body.next);
        } else setState(response.status === 400 ? 'invalid' : 'failed');
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [lang]);

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
