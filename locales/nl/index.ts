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
import rules from './rules';
import nlSummary from './summary.json';
import nlHub from './hub.json';
import nlRulebook from './rulebook.json';
import nlHandover from './handover.json';

const resources = {
  ...rules,
  common: nlCommon, questions: nlQuestions, regions: nlRegions, interview: nlInterview, results: nlResults,
  summary: nlSummary, hub: nlHub,
  rulebook: nlRulebook, handover: nlHandover,
} as const;

export default resources;
