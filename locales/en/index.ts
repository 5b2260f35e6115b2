/**
 * Every en text, one namespace per file. A module of its own, so that the
 * browser loads only the language(s) it shows (the interview engine imports
 * it on demand); the server and the advise command get all three through
 * ../index.ts.
 */
import enCommon from './common.json';
import enQuestions from './questions.json';
import enRegions from './regions.json';
import enInterview from './interview.json';
import enResults from './results.json';
import enRulesEu from './rules-eu.json';
import enRulesNl from './rules-nl.json';
import enRulesDe from './rules-de.json';
import enRulesPl from './rules-pl.json';
import enRulesCz from './rules-cz.json';
import enRulesSk from './rules-sk.json';
import enRulesHr from './rules-hr.json';
import enRulesAt from './rules-at.json';
import enRulesIe from './rules-ie.json';
import enRulesEs from './rules-es.json';
import enRulesIt from './rules-it.json';
import enRulesBe from './rules-be.json';
import enRulesFr from './rules-fr.json';
import enRulesNo from './rules-no.json';
import enRulesDk from './rules-dk.json';
import enRulesCh from './rules-ch.json';
import enRulesGb from './rules-gb.json';
import enRulesUs from './rules-us.json';
import enRulesUa from './rules-ua.json';
import enRulesHub from './rules-hub.json';
import enSummary from './summary.json';
import enHub from './hub.json';
import enRulebook from './rulebook.json';
import enHandover from './handover.json';

const resources = {
  common: enCommon, questions: enQuestions, regions: enRegions, interview: enInterview, results: enResults, 'rules-eu': enRulesEu,
  'rules-nl': enRulesNl, 'rules-de': enRulesDe, 'rules-pl': enRulesPl, 'rules-cz': enRulesCz, 'rules-sk': enRulesSk,
  'rules-hr': enRulesHr, 'rules-at': enRulesAt, 'rules-ie': enRulesIe, 'rules-es': enRulesEs, 'rules-it': enRulesIt,
  'rules-be': enRulesBe, 'rules-fr': enRulesFr, 'rules-no': enRulesNo, 'rules-dk': enRulesDk, 'rules-ch': enRulesCh,
  'rules-gb': enRulesGb, 'rules-us': enRulesUs, 'rules-ua': enRulesUa, 'rules-hub': enRulesHub,
  summary: enSummary, hub: enHub,
  rulebook: enRulebook, handover: enHandover,
} as const;

export default resources;
