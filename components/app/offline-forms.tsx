'use client';

import { useEffect, useState } from 'react';

/** The method a submission would use: the button's `formmethod`, else the form's. */
function methodOf(form: HTMLFormElement, submitter: HTMLElement | null): string {
  const own = submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter.formMethod : '';
  return (own || form.method).toLowerCase();
}

/**
 * The safety net for a form post with no network that nothing else on the
 * page has taken care of (the interview engine answers, clears and starts a
 * next client by itself; the start page keeps hub mode in the browser). The
 * browser would otherwise leave the page for its own error screen, and the
 * person would lose what they had typed. Here the post is held back, the page
 * stays as it is, and a notice in the page's language says that nothing was
 * sent. Listening on `window`, it hears a submission after every handler on
 * the page, and leaves alone one they have already taken.
 */
export function OfflineForms({ text, close }: { text: string; close: string }) {
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (event.defaultPrevented || !(form instanceof HTMLFormElement) || navigator.onLine) return;
      if (methodOf(form, event.submitter) !== 'post') return;
      event.preventDefault();
      setShown(true);
    };
    const onOnline = () => setShown(false);
    window.addEventListener('submit', onSubmit);
    window.addEventListener('online', onOnline);
    document.documentElement.dataset.offlineForms = 'ready';
    return () => {
      window.removeEventListener('submit', onSubmit);
      window.removeEventListener('online', onOnline);
    };
  }, []);

  // The live region is always there, so that a screen reader announces the notice when it appears.
  return (
    <div role="alert" className="print:hidden">
      {shown && (
        <div className="fixed inset-x-0 bottom-0 z-40 border-t-4 border-yellow-300 bg-gray-900 px-4 py-3 text-white" data-offline-notice>
          <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-3">
            <p>{text}</p>
            <button
              type="button"
              onClick={() => setShown(false)}
              className="min-h-11 rounded bg-white px-4 py-2 font-bold text-gray-900 focus:outline-none focus-visible:bg-yellow-300"
            >
              {close}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
