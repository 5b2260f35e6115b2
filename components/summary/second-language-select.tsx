import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import { otherLanguages } from '../../lib/hub-languages';
import { languageAutonym } from '../../app/_lib/format';

/** The summary's optional second language (a GET field `second`): every language but the first, or none. */
export function SecondLanguageSelect({ t, first, second }: { t: TFunction; first: Language; second: Language | null }) {
  return (
    <div className="flex flex-col">
      <label htmlFor="summary-second" className="mb-1 font-bold">
        {t('summary:secondLanguage')}
      </label>
      <select
        id="summary-second"
        name="second"
        defaultValue={second ?? ''}
        className="h-11 rounded border-2 border-gray-900 bg-white px-3 focus:outline-none focus-visible:ring-4 focus-visible:ring-yellow-400"
      >
        <option value="">{t('summary:secondNone')}</option>
        {otherLanguages(first).map((l) => (
          <option key={l} value={l} lang={l}>
            {languageAutonym(l)}
          </option>
        ))}
      </select>
    </div>
  );
}
