import type { Language } from '../../lib/i18n';

/** The Intl locale for each page language: English dates read "4 March 2027". */
const INTL_LOCALE: Record<Language, string> = { uk: 'uk', nl: 'nl', en: 'en-GB' };

export function intlLocale(lang: Language): string {
  return INTL_LOCALE[lang];
}

/** `2027-03-04` → «4 березня 2027 р.», «4 maart 2027», «4 March 2027». */
export function formatDate(isoDate: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** A language's name in that language itself, capitalised: «Українська», «Nederlands», «English». */
export function languageAutonym(lang: Language): string {
  const name = new Intl.DisplayNames([intlLocale(lang)], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(intlLocale(lang)) + name.slice(1);
}
