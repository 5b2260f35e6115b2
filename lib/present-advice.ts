import type { TFunction } from 'i18next';
import { evaluatePerson, hasRuleSet, type Facts, type HostCountry } from '../rules';
import type { Language } from '../locales';
import { presentOption, type PresentedOption } from './present';

/** The advise command's output (contract section 2), also the data behind the results page. */
export interface Advice {
  asOf: string;
  lang: Language;
  hostCountry: HostCountry;
  ruleSets: { id: string; version: string; validFrom: string; lastVerified: string; status: string }[];
  options: PresentedOption[];
}

export class NoRulesInForceError extends Error {}

/**
 * Evaluates the person on the rules in force on `asOf` and puts every option
 * in words with the translator given. Pure, so that the server (with
 * lib/advice.ts) and the browser (with the texts it loaded) share it.
 */
export function presentAdvice(t: TFunction, facts: Facts & { hostCountry: HostCountry }, asOf: string, lang: Language): Advice {
  const evaluation = evaluatePerson(facts, asOf);
  if (hasRuleSet(facts.hostCountry) && evaluation.absent.includes(facts.hostCountry)) {
    throw new NoRulesInForceError(`no rule set for ${facts.hostCountry} is in force on ${asOf}`);
  }
  const setById = new Map(evaluation.ruleSets.map((s) => [s.id, s]));
  return {
    asOf,
    lang,
    hostCountry: facts.hostCountry,
    ruleSets: evaluation.ruleSets.map((s) => ({ id: s.id, version: s.version, validFrom: s.validFrom, lastVerified: s.lastVerified, status: s.status })),
    options: evaluation.results.map((r) => presentOption(t, r, setById.get(r.ruleSet)!, lang, asOf)),
  };
}
