'use client';

import { useEffect, useState } from 'react';

/**
 * Prints the summary page (window.print). Shown only once scripts run: a
 * button that does nothing without JavaScript is not offered; the page then
 * says to use the browser's print menu instead (`fallback`, which goes once
 * the button is there).
 */
export function PrintNow({ label, fallback }: { label: string; fallback: string }) {
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  if (!scripted) return <span className="text-sm">{fallback}</span>;
  return (
    <button
      type="button"
      data-action="print"
      onClick={() => window.print()}
      className="min-h-11 rounded bg-blue-900 px-4 py-2 font-bold text-white hover:bg-blue-950 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black"
    >
      {label}
    </button>
  );
}
