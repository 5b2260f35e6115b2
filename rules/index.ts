/** The public surface of rules/: schemas, the evaluator and the registry. */
export * from './schema/facts';
export { COUNTRY_REGISTRY, HOST_RULE_SET_IDS, SHARED_RULE_SET_IDS, countryOf, currencyOf, hasRuleSet, type HostRuleSetId } from './schema/countries';
export * from './schema/condition';
export * from './schema/parameter';
export * from './schema/source';
export * from './schema/rule-set';
export { evaluateCondition, type Tri, type ReasonTrace, type ReasonVars, type EvaluationContext } from './engine/evaluate-condition';
export { evaluateRuleSet, type OptionResult, type Status, type WarningTrace } from './engine/evaluate';
export { neededFacts, QUESTION_ORDER } from './engine/needed-facts';
export { selectRuleSet, proposedVersions } from './engine/select-rule-set';
export { resolveParameter, pendingProposal } from './engine/parameters';
export { ageOn, addDays, addYears, daysBetween, birthdayAt } from './engine/dates';
export { REGISTRY } from './sets';
export { evaluatePerson, neededFactsFor, ruleSetsInForce, ruleSetIdsFor, type PersonEvaluation } from './person';
export { reviseRuleSet, type Revision } from './schema/revise';
