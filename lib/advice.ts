import { evaluatePerson, type Facts, type HostCountry } from '../rules';
import type { Language } from '../locales';
import { getT } from './i18n';
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

export function buildAdvice(facts: Facts & { hostCountry: HostCountry }, asOf: string, lang: Language): Advice {
  const evaluation = evaluatePerson(facts, asOf);
  if (evaluation.absent.includes(facts.hostCountry)) {
    throw new NoRulesInForceError(`no rule set for ${facts.hostCountry} is in force on ${asOf}`);
  }
  const t = getT(lang);
  const setById = new Map(evaluation.ruleSets.map((s) => [s.id, s]));
  return {
    asOf,
    lang,
    hostCountry: facts.hostCountry,
    ruleSets: evaluation.ruleSets.map((s) => ({ id: s.id, version: s.version, validFrom: s.validFrom, lastVerified: s.lastVerified, status: s.status })),
    options: evaluation.results.map((r) => presentOption(t, r, setById.get(r.ruleSet)!, lang)),
  };
}
