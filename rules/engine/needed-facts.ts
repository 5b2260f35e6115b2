import type { FactKey, Facts } from '../schema/facts';
import type { RuleSet } from '../schema/rule-set';
import { evaluateRuleSet } from './evaluate';

/**
 * The order in which questions are asked when several are needed: who the
 * person is and where they come from first, then status, work, family, the rest.
 */
const QUESTION_ORDER: readonly FactKey[] = [
  'hostCountry', 'nationality', 'residenceInUkraine', 'birthDate', 'sex', 'originOblast', 'homeAreaOccupied', 'arrivalDate', 'currentStatus',
  'protectionStartDate', 'permitEndDate', 'protectionInterrupted', 'pendingAsylumApplication', 'transitionSchemeRegistered',
  'militaryExemption', 'employment', 'contractType', 'monthlyGrossIncome', 'insuredWorkMonthsLast24',
  'householdSize', 'householdAnnualIncome', 'receivesHumanitarianBenefit', 'hostLanguageLevel', 'education',
  'enrolledInStudies', 'childrenInHost', 'soleCarerOfChildren', 'partner', 'partnerIsHostOrEuCitizen',
  'validPassport', 'housingInUkraine', 'returnIntention',
];

/**
 * The unanswered facts that could still change the status of some option (or
 * the text of an info option) in these rule sets, in question order. A fact
 * answered "I don't know" is answered: it is never asked again.
 */
export function neededFacts(ruleSets: RuleSet | readonly RuleSet[], answers: Facts, asOf: string): FactKey[] {
  const sets = Array.isArray(ruleSets) ? ruleSets : [ruleSets as RuleSet];
  const needed = new Set<FactKey>();
  if (answers.hostCountry === undefined) needed.add('hostCountry');
  for (const set of sets) {
    for (const result of evaluateRuleSet(set, answers, asOf)) {
      for (const key of result.missing) if (answers[key] === undefined) needed.add(key);
    }
  }
  return QUESTION_ORDER.filter((k) => needed.has(k));
}
