'use client';

import { useEffect } from 'react';

/** Folded sections (<details data-print-open>) are opened for printing, also from the browser's menu. */
function openForPrint() {
  for (const el of document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]')) el.open = true;
}

/**
 * Opens the folded sections of the results page whenever it is printed
 * (Ctrl+P or the browser's menu), so that printing the page itself gives
 * every option in full. Renders nothing.
 */
export function OpenForPrint() {
  useEffect(() => {
    window.addEventListener('beforeprint', openForPrint);
    return () => window.removeEventListener('beforeprint', openForPrint);
  }, []);
  return null;
}
