'use client';

import { useEffect } from 'react';

/** Folded sections (<details data-print-open>) are opened for printing, also from the browser's menu. */
function openForPrint() {
  for (const el of document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]')) el.open = true;
}

/** Prints the results page (the print styles turn it into the pathway summary). */
export function PrintButton({ label }: { label: string }) {
  useEffect(() => {
    window.addEventListener('beforeprint', openForPrint);
    return () => window.removeEventListener('beforeprint', openForPrint);
  }, []);
  return (
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
  );
}
