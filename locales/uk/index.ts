/**
 * Every uk text, one namespace per file. A module of its own, so that the
 * browser loads only the language(s) it shows (the interview engine imports
 * it on demand); the server and the advise command get all three through
 * ../index.ts.
 */
import ukCommon from './common.json';
import ukQuestions from './questions.json';
import ukRegions from './regions.json';
import ukInterview from './interview.json';
import ukResults from './results.json';
import ukRulesEu from './rules-eu.json';
import ukRulesNl from './rules-nl.json';
import ukRulesDe from './rules-de.json';
import ukRulesPl from './rules-pl.json';
import ukRulesCz from './rules-cz.json';
import ukRulesSk from './rules-sk.json';
import ukRulesHr from './rules-hr.json';
import ukRulesAt from './rules-at.json';
import ukRulesIe from './rules-ie.json';
import ukRulesEs from './rules-es.json';
import ukRulesIt from './rules-it.json';
import ukRulesBe from './rules-be.json';
import ukRulesFr from './rules-fr.json';
import ukRulesNo from './rules-no.json';
import ukRulesDk from './rules-dk.json';
import ukRulesCh from './rules-ch.json';
import ukRulesGb from './rules-gb.json';
import ukRulesUs from './rules-us.json';
import ukRulesUa from './rules-ua.json';
import ukRulesHub from './rules-hub.json';
import ukSummary from './summary.json';
import ukHub from './hub.json';
import ukRulebook from './rulebook.json';
import ukHandover from './handover.json';

const resources = {
  common: ukCommon, questions: ukQuestions, regions: ukRegions, interview: ukInterview, results: ukResults, 'rules-eu': ukRulesEu,
  'rules-nl': ukRulesNl, 'rules-de': ukRulesDe, 'rules-pl': ukRulesPl, 'rules-cz': ukRulesCz, 'rules-sk': ukRulesSk,
  'rules-hr': ukRulesHr, 'rules-at': ukRulesAt, 'rules-ie': ukRulesIe, 'rules-es': ukRulesEs, 'rules-it': ukRulesIt,
  'rules-be': ukRulesBe, 'rules-fr': ukRulesFr, 'rules-no': ukRulesNo, 'rules-dk': ukRulesDk, 'rules-ch': ukRulesCh,
  'rules-gb': ukRulesGb, 'rules-us': ukRulesUs, 'rules-ua': ukRulesUa, 'rules-hub': ukRulesHub,
  summary: ukSummary, hub: ukHub,
  rulebook: ukRulebook, handover: ukHandover,
} as const;

export default resources;
