import type { Language } from '../../lib/i18n';
import { intlLocale } from '../../lib/formats';
import { displayNames } from '../../lib/present';

const LANGUAGE: Intl.DisplayNamesOptions = { type: 'language' };

/** A language's name in that language itself, capitalised: «Українська», «Nederlands», «English». */
export function languageAutonym(lang: Language): string {
  const name = displayNames(intlLocale(lang), LANGUAGE).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(intlLocale(lang)) + name.slice(1);
}
