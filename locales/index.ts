/**
 * Every i18next resource, imported statically so that the server, the advise
 * command and (later) the browser load the same texts without reading files.
 * One namespace per file: `common` (page chrome), `questions`, `regions`, and
 * `rules-<set>` for the texts of each rule set.
 */
import enCommon from './en/common.json';
import enQuestions from './en/questions.json';
import enRegions from './en/regions.json';
import enInterview from './en/interview.json';
import enResults from './en/results.json';
import enRulesEu from './en/rules-eu.json';
import enRulesNl from './en/rules-nl.json';
import enRulesDe from './en/rules-de.json';
import enRulesPl from './en/rules-pl.json';
import enRulesCz from './en/rules-cz.json';
import enRulesSk from './en/rules-sk.json';
import enRulesHr from './en/rules-hr.json';
import enRulesAt from './en/rules-at.json';
import enRulesIe from './en/rules-ie.json';
import enRulesEs from './en/rules-es.json';
import enRulesIt from './en/rules-it.json';
import enRulesBe from './en/rules-be.json';
import enRulesFr from './en/rules-fr.json';
import enRulesNo from './en/rules-no.json';
import enRulesDk from './en/rules-dk.json';
import enRulesCh from './en/rules-ch.json';
import enRulesGb from './en/rules-gb.json';
import enRulesUs from './en/rules-us.json';
import enRulesUa from './en/rules-ua.json';
import enRulesHub from './en/rules-hub.json';
import enSummary from './en/summary.json';
import enHub from './en/hub.json';
import enRulebook from './en/rulebook.json';
import enHandover from './en/handover.json';
import nlCommon from './nl/common.json';
import nlQuestions from './nl/questions.json';
import nlRegions from './nl/regions.json';
import nlInterview from './nl/interview.json';
import nlResults from './nl/results.json';
import nlRulesEu from './nl/rules-eu.json';
import nlRulesNl from './nl/rules-nl.json';
import nlRulesDe from './nl/rules-de.json';
import nlRulesPl from './nl/rules-pl.json';
import nlRulesCz from './nl/rules-cz.json';
import nlRulesSk from './nl/rules-sk.json';
import nlRulesHr from './nl/rules-hr.json';
import nlRulesAt from './nl/rules-at.json';
import nlRulesIe from './nl/rules-ie.json';
import nlRulesEs from './nl/rules-es.json';
import nlRulesIt from './nl/rules-it.json';
import nlRulesBe from './nl/rules-be.json';
import nlRulesFr from './nl/rules-fr.json';
import nlRulesNo from './nl/rules-no.json';
import nlRulesDk from './nl/rules-dk.json';
import nlRulesCh from './nl/rules-ch.json';
import nlRulesGb from './nl/rules-gb.json';
import nlRulesUs from './nl/rules-us.json';
import nlRulesUa from './nl/rules-ua.json';
import nlRulesHub from './nl/rules-hub.json';
import nlSummary from './nl/summary.json';
import nlHub from './nl/hub.json';
import nlRulebook from './nl/rulebook.json';
import nlHandover from './nl/handover.json';
import ukCommon from './uk/common.json';
import ukQuestions from './uk/questions.json';
import ukRegions from './uk/regions.json';
import ukInterview from './uk/interview.json';
import ukResults from './uk/results.json';
import ukRulesEu from './uk/rules-eu.json';
import ukRulesNl from './uk/rules-nl.json';
import ukRulesDe from './uk/rules-de.json';
import ukRulesPl from './uk/rules-pl.json';
import ukRulesCz from './uk/rules-cz.json';
import ukRulesSk from './uk/rules-sk.json';
import ukRulesHr from './uk/rules-hr.json';
import ukRulesAt from './uk/rules-at.json';
import ukRulesIe from './uk/rules-ie.json';
import ukRulesEs from './uk/rules-es.json';
import ukRulesIt from './uk/rules-it.json';
import ukRulesBe from './uk/rules-be.json';
import ukRulesFr from './uk/rules-fr.json';
import ukRulesNo from './uk/rules-no.json';
import ukRulesDk from './uk/rules-dk.json';
import ukRulesCh from './uk/rules-ch.json';
import ukRulesGb from './uk/rules-gb.json';
import ukRulesUs from './uk/rules-us.json';
import ukRulesUa from './uk/rules-ua.json';
import ukRulesHub from './uk/rules-hub.json';
import ukSummary from './uk/summary.json';
import ukHub from './uk/hub.json';
import ukRulebook from './uk/rulebook.json';
import ukHandover from './uk/handover.json';

export const LANGUAGES = ['uk', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'uk';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export const resources = {
  en: {
    common: enCommon, questions: enQuestions, regions: enRegions, interview: enInterview, results: enResults, 'rules-eu': enRulesEu,
    'rules-nl': enRulesNl, 'rules-de': enRulesDe, 'rules-pl': enRulesPl, 'rules-cz': enRulesCz, 'rules-sk': enRulesSk,
    'rules-hr': enRulesHr, 'rules-at': enRulesAt, 'rules-ie': enRulesIe, 'rules-es': enRulesEs, 'rules-it': enRulesIt,
    'rules-be': enRulesBe, 'rules-fr': enRulesFr, 'rules-no': enRulesNo, 'rules-dk': enRulesDk, 'rules-ch': enRulesCh,
    'rules-gb': enRulesGb, 'rules-us': enRulesUs, 'rules-ua': enRulesUa, 'rules-hub': enRulesHub,
    summary: enSummary, hub: enHub,
    rulebook: enRulebook, handover: enHandover,
  },
  nl: {
    common: nlCommon, questions: nlQuestions, regions: nlRegions, interview: nlInterview, results: nlResults, 'rules-eu': nlRulesEu,
    'rules-nl': nlRulesNl, 'rules-de': nlRulesDe, 'rules-pl': nlRulesPl, 'rules-cz': nlRulesCz, 'rules-sk': nlRulesSk,
    'rules-hr': nlRulesHr, 'rules-at': nlRulesAt, 'rules-ie': nlRulesIe, 'rules-es': nlRulesEs, 'rules-it': nlRulesIt,
    'rules-be': nlRulesBe, 'rules-fr': nlRulesFr, 'rules-no': nlRulesNo, 'rules-dk': nlRulesDk, 'rules-ch': nlRulesCh,
    'rules-gb': nlRulesGb, 'rules-us': nlRulesUs, 'rules-ua': nlRulesUa, 'rules-hub': nlRulesHub,
    summary: nlSummary, hub: nlHub,
    rulebook: nlRulebook, handover: nlHandover,
  },
  uk: {
    common: ukCommon, questions: ukQuestions, regions: ukRegions, interview: ukInterview, results: ukResults, 'rules-eu': ukRulesEu,
    'rules-nl': ukRulesNl, 'rules-de': ukRulesDe, 'rules-pl': ukRulesPl, 'rules-cz': ukRulesCz, 'rules-sk': ukRulesSk,
    'rules-hr': ukRulesHr, 'rules-at': ukRulesAt, 'rules-ie': ukRulesIe, 'rules-es': ukRulesEs, 'rules-it': ukRulesIt,
    'rules-be': ukRulesBe, 'rules-fr': ukRulesFr, 'rules-no': ukRulesNo, 'rules-dk': ukRulesDk, 'rules-ch': ukRulesCh,
    'rules-gb': ukRulesGb, 'rules-us': ukRulesUs, 'rules-ua': ukRulesUa, 'rules-hub': ukRulesHub,
    summary: ukSummary, hub: ukHub,
    rulebook: ukRulebook, handover: ukHandover,
  },
} as const;

export const NAMESPACES = Object.keys(resources.en) as (keyof typeof resources.en)[];
