import type { TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, resources, type Language } from '../locales';
import { createTranslator } from './translator';

/**
 * One fixed-language translator per language, created once and never switched:
 * concurrent requests in different languages can never see each other's texts.
 * Server and command line only: it holds every language's texts.
 */
const translators = new Map<Language, TFunction>();

export function getT(lang: Language): TFunction {
  let t = translators.get(lang);
  if (!t) {
    t = createTranslator(lang, resources[lang]);
    translators.set(lang, t);
  }
  return t;
}

export { DEFAULT_LANGUAGE, LANGUAGES, type Language };
