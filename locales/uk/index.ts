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
import rules from './rules';
import ukSummary from './summary.json';
import ukHub from './hub.json';
import ukRulebook from './rulebook.json';
import ukHandover from './handover.json';

const resources = {
  ...rules,
  common: ukCommon, questions: ukQuestions, regions: ukRegions, interview: ukInterview, results: ukResults,
  summary: ukSummary, hub: ukHub,
  rulebook: ukRulebook, handover: ukHandover,
} as const;

export default resources;
