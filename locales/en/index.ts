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
import rules from './rules';
import enSummary from './summary.json';
import enHub from './hub.json';
import enRulebook from './rulebook.json';
import enHandover from './handover.json';

const resources = {
  ...rules,
  common: enCommon, questions: enQuestions, regions: enRegions, interview: enInterview, results: enResults,
  summary: enSummary, hub: enHub,
  rulebook: enRulebook, handover: enHandover,
} as const;

export default resources;
