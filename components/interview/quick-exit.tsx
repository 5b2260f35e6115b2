import type { TFunction } from 'i18next';
import type { Language } from '../../locales';

/**
 * The row above every interview page: Back on the left, "Quick exit" on the
 * right. The quick exit is a plain link (works without JavaScript) that
 * deletes the answers and opens a neutral site; Escape pressed three times
 * does the same where a keyboard is used (the hint shows on wider screens;
 * the keys are QuickExitKeys, in the layout, on every page).
 */
export function TopBar({ lang, t, back }: { lang: Language; t: TFunction; back: string | null }) {
  const exit = `/${lang}/exit`;
  return (
    <div className="mb-4 flex items-start justify-between gap-3 print:hidden">
      {back ? (
        <a href={back} data-action="back" className="inline-flex min-h-11 items-center gap-1 link">
          <span aria-hidden="true">←</span> {t('interview:back')}
        </a>
      ) : (
        <span />
      )}
      <div className="flex flex-col items-end">
        <a
          href={exit}
          rel="noreferrer"
          data-action="quick-exit"
          aria-describedby="quick-exit-hint"
          className="inline-flex min-h-11 items-center rounded bg-red-800 px-4 py-2 font-bold text-white no-underline hover:bg-red-900 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black focus-visible:ring-4 focus-visible:ring-black"
        >
          {t('interview:quickExit.label')}
        </a>
        <span id="quick-exit-hint" className="mt-1 hidden text-sm text-gray-700 sm:inline">
          {t('interview:quickExit.hint')}
        </span>
      </div>
    </div>
  );
}
