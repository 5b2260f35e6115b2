import { RuleSetSchema, type RuleSet, type RuleSetInput } from '../schema/rule-set';
import { ALL_VERSIONS } from './all';

/**
 * Every published and proposed rule-set version. Adding a version means adding
 * a file to its country folder and to that folder's index (the folders
 * themselves are listed in ./all.ts, generated from the country registry); published files are
 * never edited (see rules/CHANGELOG.md).
 */
const MODULES: readonly RuleSetInput[] = ALL_VERSIONS;

/** Parsed once at load: a malformed rule set fails at start-up, never mid-interview. */
export const REGISTRY: readonly RuleSet[] = MODULES.map((m) => {
  const parsed = RuleSetSchema.safeParse(m);
  if (!parsed.success) {
    throw new Error(`Rule set ${m.id} ${m.version} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
});
