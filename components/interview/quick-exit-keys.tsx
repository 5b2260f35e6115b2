'use client';

import { useEffect } from 'react';
import { clearAnswersCookie } from '../app/browser-cookies';

/** Deleted here too, so that the answers are gone even when the network is not there. */
function forgetAnswers(): void {
  clearAnswersCookie();
}

/**
 * The quick exit from the keyboard: Escape pressed three times within two
 * seconds leaves through the same route as the quick-exit link (which clears
 * the answers). A click on the quick-exit link deletes the answers here too,
 * on every page: without network the route cannot, and the service worker
 * then shows a blank page (app/sw.ts). Renders nothing; without
 * JavaScript the link still works.
 */
export function QuickExitKeys({ href }: { href: string }) {
  useEffect(() => {
    let count = 0;
    let last = -Infinity;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      count = event.timeStamp - last < 2000 ? count + 1 : 1;
      last = event.timeStamp;
      if (count >= 3) {
        forgetAnswers();
        window.location.replace(href);
      }
    };
    const onClick = (event: MouseEvent) => {
      if ((event.target as Element | null)?.closest?.('a[data-action="quick-exit"]')) forgetAnswers();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick, { capture: true });
    };
  }, [href]);
  return null;
}
