import { RuleSetSchema, type RuleSet, type RuleSetInput } from '../schema/rule-set';
import hub20260401 from './hub/2026-04-01';
import nl20251128 from './nl/2025-11-28';
import ua20260116 from './ua/2026-01-16';

/**
 * Every published and proposed rule-set version. Adding a version means adding
 * a file and a line here; published files are never edited (see rules/CHANGELOG.md).
 */
const MODULES: readonly RuleSetInput[] = [nl20251128, ua20260116, hub20260401];

/** Parsed once at load: a malformed rule set fails at start-up, never mid-interview. */
export const REGISTRY: readonly RuleSet[] = MODULES.map((m) => {
  const parsed = RuleSetSchema.safeParse(m);
  if (!parsed.success) {
    throw new Error(`Rule set ${m.id} ${m.version} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
});
