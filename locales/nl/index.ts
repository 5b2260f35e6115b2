/**
 * Every nl text, one namespace per file. A module of its own, so that the
 * browser loads only the language(s) it shows (the interview engine imports
 * it on demand); the server and the advise command get all three through
 * ../index.ts.
 */
import nlCommon from './common.json';
import nlQuestions from './questions.json';
import nlRegions from './regions.json';
import nlInterview from './interview.json';
import nlResults from './results.json';
import nlRulesEu from './rules-eu.json';
import nlRulesNl from './rules-nl.json';
import nlRulesDe from './rules-de.json';
import nlRulesPl from './rules-pl.json';
import nlRulesCz from './rules-cz.json';
import nlRulesSk from './rules-sk.json';
import nlRulesHr from './rules-hr.json';
import nlRulesAt from './rules-at.json';
import nlRulesIe from './rules-ie.json';
import nlRulesEs from './rules-es.json';
import nlRulesIt from './rules-it.json';
import nlRulesBe from './rules-be.json';
import nlRulesFr from './rules-fr.json';
import nlRulesNo from './rules-no.json';
import nlRulesDk from './rules-dk.json';
import nlRulesCh from './rules-ch.json';
import nlRulesGb from './rules-gb.json';
import nlRulesUs from './rules-us.json';
import nlRulesUa from './rules-ua.json';
import nlRulesHub from './rules-hub.json';
import nlSummary from './summary.json';
import nlHub from './hub.json';
import nlRulebook from './rulebook.json';
import nlHandover from './handover.json';

const resources = {
  common: nlCommon, questions: nlQuestions, regions: nlRegions, interview: nlInterview, results: nlResults, 'rules-eu': nlRulesEu,
  'rules-nl': nlRulesNl, 'rules-de': nlRulesDe, 'rules-pl': nlRulesPl, 'rules-cz': nlRulesCz, 'rules-sk': nlRulesSk,
  'rules-hr': nlRulesHr, 'rules-at': nlRulesAt, 'rules-ie': nlRulesIe, 'rules-es': nlRulesEs, 'rules-it': nlRulesIt,
  'rules-be': nlRulesBe, 'rules-fr': nlRulesFr, 'rules-no': nlRulesNo, 'rules-dk': nlRulesDk, 'rules-ch': nlRulesCh,
  'rules-gb': nlRulesGb, 'rules-us': nlRulesUs, 'rules-ua': nlRulesUa, 'rules-hub': nlRulesHub,
  summary: nlSummary, hub: nlHub,
  rulebook: nlRulebook, handover: nlHandover,
} as const;

export default resources;
