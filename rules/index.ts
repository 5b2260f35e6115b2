/** The public surface of rules/: schemas, the evaluator and the registry. */
export * from './schema/facts';
export { COUNTRY_REGISTRY, currencyOf, hasRuleSet } from './schema/countries';
export * from './schema/condition';
export * from './schema/parameter';
export * from './schema/source';
export * from './schema/rule-set';
export { evaluateCondition, type ReasonTrace, type ReasonVars } from './engine/evaluate-condition';
export { evaluateRuleSet, type OptionResult, type WarningTrace } from './engine/evaluate';
export { neededFacts } from './engine/needed-facts';
export { selectRuleSet, proposedVersions } from './engine/select-rule-set';
export { resolveParameter } from './engine/parameters';
export { ageOn, addDays, addYears, daysBetween } from './engine/dates';
export { REGISTRY } from './sets';
export { evaluatePerson, neededFactsFor, ruleSetsInForce, ruleSetIdsFor } from './person';
export { reviseRuleSet } from './schema/revise';
