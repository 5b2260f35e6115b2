import type { TFunction } from 'i18next';
import type { Language } from '../../locales';

/** Where "No, keep my answers" leads back to: the page the person came from. */
export type ClearFrom = 'review' | 'results';

/** The confirmation page's address: /en/clear/confirm?from=results. */
export function clearConfirmPath(lang: Language, from: ClearFrom): string {
  return `/${lang}/clear/confirm?from=${from}`;
}

/** `from` of the confirmation page's address, or the review (which sends the person on to where they are). */
export function clearFrom(value: unknown): ClearFrom {
  return value === 'results' ? 'results' : 'review';
}

/**
 * "Clear my answers": a link to the confirmation page (ClearConfirm), so that
 * one slip of the finger deletes nothing. Works without JavaScript; with it,
 * the interview engine draws the same page in the browser (also offline).
 */
export function ClearAnswers({ lang, t, from }: { lang: Language; t: TFunction; from: ClearFrom }) {
  return (
    <p className="print:hidden">
      <a
        href={clearConfirmPath(lang, from)}
        data-action="clear"
        className="inline-flex min-h-11 items-center rounded border-2 border-red-800 bg-white px-4 py-2 font-bold text-red-800 no-underline hover:bg-red-50 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black"
      >
        {t('interview:clear')}
      </a>
    </p>
  );
}

/**
 * "Clear all your answers?": Yes is a plain form post to /[lang]/clear,
 * which deletes the answers and goes to the start page; No goes back.
 */
export function ClearConfirm({ lang, t, from }: { lang: Language; t: TFunction; from: ClearFrom }) {
  return (
    <div className="space-y-6" data-clear-confirm>
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t('interview:clearConfirm.title')}</h1>
      <p>{t('interview:clearConfirm.body')}</p>
      <form method="post" action={`/${lang}/clear`} className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <button
          type="submit"
          data-action="clear-confirm"
          className="min-h-12 rounded bg-red-800 px-6 py-3 text-lg font-bold text-white hover:bg-red-900 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black"
        >
          {t('interview:clearConfirm.yes')}
        </button>
        <a href={`/${lang}/${from}`} data-action="clear-cancel" className="inline-flex min-h-11 items-center link">
          {t('interview:clearConfirm.no')}
        </a>
      </form>
    </div>
  );
}
