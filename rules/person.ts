import type { FactKey, Facts, HostCountry } from './schema/facts';
import type { RuleSet, RuleSetId } from './schema/rule-set';
import { hasRuleSet, SHARED_RULE_SET_IDS } from './schema/countries';
import { evaluateRuleSet, type OptionResult } from './engine/evaluate';
import { neededFacts } from './engine/needed-facts';
import { proposedVersions, selectRuleSet } from './engine/select-rule-set';
import { REGISTRY } from './sets';

/**
 * The rule sets that apply to a person in a host country: the country's own,
 * then Ukraine's, then the hubs. A country without rules (`other`) gets only
 * Ukraine's and the hubs'.
 */
export function ruleSetIdsFor(host: HostCountry): RuleSetId[] {
  return hasRuleSet(host) ? [host, ...SHARED_RULE_SET_IDS] : [...SHARED_RULE_SET_IDS];
}

export interface RuleSetsInForce {
  sets: RuleSet[];
  proposals: Map<RuleSetId, RuleSet[]>;
  /** Rule sets with no version in force on the date (e.g. a date before the first version). */
  absent: RuleSetId[];
}

export function ruleSetsInForce(host: HostCountry, asOf: string, registry: readonly RuleSet[] = REGISTRY): RuleSetsInForce {
  const sets: RuleSet[] = [];
  const absent: RuleSetId[] = [];
  const proposals = new Map<RuleSetId, RuleSet[]>();
  for (const id of ruleSetIdsFor(host)) {
    const set = selectRuleSet(registry, id, asOf);
    if (set) sets.push(set);
    else absent.push(id);
    proposals.set(id, proposedVersions(registry, id, asOf));
  }
  return { sets, proposals, absent };
}

export interface PersonEvaluation {
  asOf: string;
  host: HostCountry;
  ruleSets: RuleSet[];
  absent: RuleSetId[];
  results: OptionResult[];
}

/** Every option for this person on this date, host country first, then Ukraine, then hubs. */
export function evaluatePerson(facts: Facts & { hostCountry: HostCountry }, asOf: string, registry: readonly RuleSet[] = REGISTRY): PersonEvaluation {
  const { sets, proposals, absent } = ruleSetsInForce(facts.hostCountry, asOf, registry);
  const results = sets.flatMap((set) => evaluateRuleSet(set, facts, asOf, proposals.get(set.id) ?? []));
  return { asOf, host: facts.hostCountry, ruleSets: sets, absent, results };
}

/** The questions still worth asking this person, in order; host country first when unknown. */
export function neededFactsFor(facts: Facts, asOf: string, registry: readonly RuleSet[] = REGISTRY): FactKey[] {
  if (facts.hostCountry === undefined) return ['hostCountry'];
  const { sets, proposals } = ruleSetsInForce(facts.hostCountry, asOf, registry);
  return neededFacts([...sets, ...[...proposals.values()].flat()], facts, asOf);
}
