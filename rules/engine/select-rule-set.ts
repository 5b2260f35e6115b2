import type { RuleSet, RuleSetId } from '../schema/rule-set';

function inForce(set: RuleSet, asOf: string): boolean {
  return set.validFrom <= asOf && (set.validTo === undefined || asOf <= set.validTo);
}

/**
 * The adopted version in force on a date: the latest one that has started.
 * A newer version supersedes an older one without the older file being edited.
 */
export function selectRuleSet(registry: readonly RuleSet[], id: RuleSetId, asOf: string): RuleSet | undefined {
  return registry
    .filter((s) => s.id === id && s.status !== 'proposed' && inForce(s, asOf))
    .sort((a, b) => (a.validFrom === b.validFrom ? a.version.localeCompare(b.version) : a.validFrom.localeCompare(b.validFrom)))
    .at(-1);
}

/**
 * Proposed versions pending on a date: announced by then (a proposal's
 * `version` is the day it was announced), not adopted (no adopted version
 * after it), not withdrawn (`validTo`).
 */
export function proposedVersions(registry: readonly RuleSet[], id: RuleSetId, asOf: string): RuleSet[] {
  const current = selectRuleSet(registry, id, asOf);
  const pending = registry.filter(
    (s) =>
      s.id === id &&
      s.status === 'proposed' &&
      s.version <= asOf &&
      (s.validTo === undefined || asOf <= s.validTo) &&
      // A proposal restated on the day of a correction (the same review) stays pending.
      (current === undefined || s.version >= current.version),
  );
  // A proposal restated in a later version (new facts about the same bill) replaces its earlier versions.
  return pending.filter((s) => !pending.some((o) => o.proposal === s.proposal && o.version > s.version));
}
