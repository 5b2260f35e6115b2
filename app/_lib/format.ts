import type { Language } from '../../lib/i18n';
import { formatLongDate, intlLocale } from '../../lib/interview';
import { displayNames } from '../../lib/present';

/** `2027-03-04` → «4 березня 2027 р.», «4 maart 2027», «4 March 2027» (the interview's own date format). */
export const formatDate = formatLongDate;

const LANGUAGE: Intl.DisplayNamesOptions = { type: 'language' };

/** A language's name in that language itself, capitalised: «Українська», «Nederlands», «English». */
export function languageAutonym(lang: Language): string {
  const name = displayNames(intlLocale(lang), LANGUAGE).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(intlLocale(lang)) + name.slice(1);
}
