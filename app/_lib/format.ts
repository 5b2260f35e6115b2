import type { Language } from '../../lib/i18n';
import { dateTimeFormat, displayNames } from '../../lib/present';

/** The Intl locale for each page language: English dates read "4 March 2027". */
const INTL_LOCALE: Record<Language, string> = { uk: 'uk', nl: 'nl', en: 'en-GB' };

export function intlLocale(lang: Language): string {
  return INTL_LOCALE[lang];
}

/** `2027-03-04` → «4 березня 2027 р.», «4 maart 2027», «4 March 2027». */
const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
const LANGUAGE: Intl.DisplayNamesOptions = { type: 'language' };

export function formatDate(isoDate: string, lang: Language): string {
  return dateTimeFormat(intlLocale(lang), LONG_DATE).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A language's name in that language itself, capitalised: «Українська», «Nederlands», «English». */
export function languageAutonym(lang: Language): string {
  const name = displayNames(intlLocale(lang), LANGUAGE).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(intlLocale(lang)) + name.slice(1);
}
