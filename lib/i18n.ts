import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, NAMESPACES, resources, type Language } from '../locales';

/**
 * One fixed-language translator per language, created once and never switched:
 * concurrent requests in different languages can never see each other's texts.
 */
const translators = new Map<Language, TFunction>();

export function getT(lang: Language): TFunction {
  let t = translators.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: lang,
      // No fallback language: a missing text shows as its key and fails the parity test,
      // rather than silently showing English to a Ukrainian reader.
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      ns: NAMESPACES,
      defaultNS: 'common',
      resources: resources as unknown as Record<string, Record<string, object>>,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = instance.t.bind(instance) as TFunction;
    translators.set(lang, t);
  }
  return t;
}

export { DEFAULT_LANGUAGE, LANGUAGES, type Language };
