import type { TFunction } from 'i18next';
import type { Language } from '../../locales';

/** "Clear my answers": a plain form post that deletes the answers and goes to the start page. */
export function ClearAnswers({ lang, t }: { lang: Language; t: TFunction }) {
  return (
    <form method="post" action={`/${lang}/clear`} className="print:hidden">
      <button
        type="submit"
        data-action="clear"
        className="min-h-11 rounded border-2 border-red-800 bg-white px-4 py-2 font-bold text-red-800 hover:bg-red-50 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black"
      >
        {t('interview:clear')}
      </button>
    </form>
  );
}
