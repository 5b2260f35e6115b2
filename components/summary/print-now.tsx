'use client';

/** Prints the summary page (window.print); without JavaScript the browser's print menu does the same. */
export function PrintNow({ label }: { label: string }) {
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
