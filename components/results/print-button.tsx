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

/** Prints the current page at once (the results page now links to the pathway summary instead). */
export function PrintButton({ label }: { label: string }) {
  return (
    <>
      <OpenForPrint />
      <button
        type="button"
        data-action="print"
        onClick={() => {
          openForPrint();
          window.print();
        }}
        className="min-h-11 rounded bg-blue-900 px-4 py-2 font-bold text-white hover:bg-blue-950 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black"
      >
        {label}
      </button>
    </>
  );
}
