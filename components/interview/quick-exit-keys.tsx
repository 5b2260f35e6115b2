'use client';

import { useEffect } from 'react';
import { ANSWERS_COOKIE } from '../../lib/cookie-names';

/**
 * The quick exit from the keyboard: Escape pressed three times within two
 * seconds leaves through the same route as the quick-exit link (which clears
 * the answers). Renders nothing; without JavaScript the link still works.
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
        // Deleted here too, so that the answers are gone even when the network is not there.
        document.cookie = `${ANSWERS_COOKIE}=; Path=/; Max-Age=0`;
        window.location.replace(href);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [href]);
  return null;
}
