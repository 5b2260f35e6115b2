import type { DatedValue, ParameterValue } from '../schema/parameter';
import type { RuleSet } from '../schema/rule-set';

/** Which world a parameter is read in: the law as adopted, or as a pending proposal would make it. */
export type ParameterMode = 'adopted' | 'proposed';

export interface ResolvedParameter {
  value: ParameterValue;
  entry: DatedValue;
}

function inForce(entry: DatedValue, asOf: string): boolean {
  return entry.validFrom <= asOf && (entry.validTo === undefined || asOf <= entry.validTo);
}

/**
 * The value of a parameter on a date. In `proposed` mode a pending proposal
 * (whatever date it would take effect) wins over the adopted value.
 */
const sortedValues = new WeakMap<object, DatedValue[]>();
const resolved = new WeakMap<RuleSet, Map<string, ResolvedParameter>>();

function byDate(values: DatedValue[]): DatedValue[] {
  let sorted = sortedValues.get(values);
  if (!sorted) {
    // Stable on equal dates: a value added later for the same day (a correction) comes last and wins.
    sorted = [...values].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
    sortedValues.set(values, sorted);
  }
  return sorted;
}

export function resolveParameter(
  ruleSet: RuleSet,
  name: string,
  asOf: string,
  mode: ParameterMode = 'adopted',
): ResolvedParameter {
  // Rule sets are immutable once parsed, so a lookup can be remembered.
  let cache = resolved.get(ruleSet);
  if (!cache) resolved.set(ruleSet, (cache = new Map()));
  const key = `${name}|${asOf}|${mode}`;
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size > 5000) cache.clear();
    hit = resolveUncached(ruleSet, name, asOf, mode);
    cache.set(key, hit);
  }
  return hit;
}

function resolveUncached(
  ruleSet: RuleSet,
  name: string,
  asOf: string,
  mode: ParameterMode = 'adopted',
): ResolvedParameter {
  const parameter = ruleSet.parameters[name];
  if (!parameter) throw new Error(`Rule set ${ruleSet.id} ${ruleSet.version}: unknown parameter "${name}"`);
  const values = byDate(parameter.values);
  if (mode === 'proposed') {
    const proposed = values.filter((v) => v.status === 'proposed' && (v.validTo === undefined || asOf <= v.validTo));
    const latest = proposed.at(-1);
    if (latest) return { value: latest.value, entry: latest };
  }
  const adopted = values.filter((v) => v.status === 'adopted' && inForce(v, asOf));
  const current = adopted.at(-1) ?? values.find((v) => v.status === 'adopted');
  if (!current) throw new Error(`Rule set ${ruleSet.id}: parameter "${name}" has no adopted value`);
  return { value: current.value, entry: current };
}

/** Whether a parameter has a proposed value that differs from the adopted one on this date. */
export function pendingProposal(ruleSet: RuleSet, name: string, asOf: string): DatedValue | undefined {
  const adopted = resolveParameter(ruleSet, name, asOf, 'adopted');
  const proposed = resolveParameter(ruleSet, name, asOf, 'proposed');
  return proposed.entry !== adopted.entry && JSON.stringify(proposed.value) !== JSON.stringify(adopted.value)
    ? proposed.entry
    : undefined;
}
