import type { TFunction } from 'i18next';
import type { Language } from '../../locales';

/**
 * The quick exit, in the header of every page (the start page, the
 * questions, the results, the hand-over page, the rule book): a plain link
 * (works without JavaScript) to /[lang]/exit, which deletes the answers and
 * opens a neutral site. Escape pressed three times does the same where a
 * keyboard is used (the hint shows on wider screens; the keys are
 * QuickExitKeys, in the layout, on every page).
 */
export function QuickExit({ lang, label, hint }: { lang: Language; label: string; hint: string }) {
  return (
    <div className="flex items-center gap-3 print:hidden">
      <span id="quick-exit-hint" className="sr-only text-sm sm:not-sr-only">
        {hint}
      </span>
      <a
        href={`/${lang}/exit`}
        rel="noreferrer"
        data-action="quick-exit"
        aria-describedby="quick-exit-hint"
        className="inline-flex min-h-11 shrink-0 items-center rounded bg-red-700 px-4 py-2 font-bold text-white no-underline ring-2 ring-white hover:bg-red-800 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black focus-visible:ring-4 focus-visible:ring-black"
      >
        {label}
      </a>
    </div>
  );
}

/**
 * The row above every interview page: Back on the left, and on a question
 * how far the person is ("Question 4, about 6 more"). The quick exit is in
 * the page's header (QuickExit).
 */
export function TopBar({ t, back, progress }: { lang: Language; t: TFunction; back: string | null; progress?: string | null }) {
  if (!back && !progress) return null;
  return (
    <div className="mb-3 flex min-h-11 flex-wrap items-center justify-between gap-x-3 print:hidden">
      {back ? (
        <a href={back} data-action="back" className="inline-flex min-h-11 items-center gap-1 link">
          <span aria-hidden="true">←</span> {t('interview:back')}
        </a>
      ) : (
        <span />
      )}
      {progress && (
        <p className="text-sm text-gray-800" data-progress>
          {progress}
        </p>
      )}
    </div>
  );
}
