import type { Facts, HostCountry } from '../rules';
import type { Language } from '../locales';
import { getT } from './i18n';
import { presentAdvice, type Advice } from './present-advice';

export { NoRulesInForceError, type Advice } from './present-advice';

/** The advice in one language, with the server's translators (lib/present-advice.ts does the work). */
export function buildAdvice(facts: Facts & { hostCountry: HostCountry }, asOf: string, lang: Language): Advice {
  return presentAdvice(getT(lang), facts, asOf, lang);
}
