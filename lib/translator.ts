import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../locales/languages';

/** One language's texts: namespace → nested texts (a module of locales/<lang>/). */
export type LanguageResources = Readonly<Record<string, unknown>>;

/**
 * A translator fixed to one language: an i18next instance of its own, from
 * that language's texts only. The server builds one per language from every
 * text (lib/i18n.ts); the browser builds one from the language module it
 * loaded. No fallback language: a missing text shows as its key (and fails
 * the parity test) rather than silently showing English to a Ukrainian reader.
 */
export function createTranslator(lang: Language, texts: LanguageResources): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(texts),
    defaultNS: 'common',
    resources: { [lang]: texts } as unknown as Record<string, Record<string, object>>,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.getFixedT(lang);
}
