import type { Condition } from './condition';
import type { ParameterSchema } from './parameter';
import type { OptionSchema, RuleSetInput } from './rule-set';
import type { SourceInput } from './source';
import type { z } from 'zod';

type OptionInput = z.input<typeof OptionSchema>;
type ParameterInput = z.input<typeof ParameterSchema>;
type DatedValueInput = ParameterInput['values'][number];

/**
 * A new version written as its changes to the previous one, so that a
 * reviewer reads a short diff instead of a whole copied file. The result is
 * a complete rule set: the registry checks it with the schema like any other,
 * and the rule book shows it whole.
 */
export interface Revision {
  version: string;
  validFrom: string;
  validTo?: string;
  status?: RuleSetInput['status'];
  proposal?: string;
  plannedInForce?: string;
  checkBy?: string;
  lastVerified: string;
  /** Sources added, or replacing the previous version's entry of the same id. */
  sources?: SourceInput[];
  /** Source ids the new version no longer cites. */
  dropSources?: string[];
  /**
   * Dated values added to a parameter (values are never overwritten: a new
   * law adds a new dated value), or a new parameter with its unit.
   */
  parameters?: Record<string, { unit?: ParameterInput['unit']; values: DatedValueInput[] }>;
  /** Named conditions added or replaced. */
  definitions?: Record<string, Condition>;
  options?: {
    /** Whole options, replacing the one with the same id in place, or added at the end. */
    upsert?: OptionInput[];
    /** Fields replaced in an existing option (e.g. its sources, verification or notes). */
    patch?: Record<string, Partial<Omit<OptionInput, 'id'>>>;
    /** Option ids dropped in the new version. */
    remove?: string[];
  };
}

export function reviseRuleSet(base: RuleSetInput, change: Revision): RuleSetInput {
  const { sources = [], dropSources = [], parameters = {}, definitions = {}, options = {}, ...header } = change;
  const kept = base.sources.filter((s) => !dropSources.includes(s.id) && !sources.some((n) => n.id === s.id));

  const params: Record<string, ParameterInput> = { ...(base.parameters ?? {}) };
  for (const [name, added] of Object.entries(parameters)) {
    const previous = params[name];
    if (!previous && !added.unit) throw new Error(`${base.id} ${change.version}: new parameter "${name}" needs a unit`);
    params[name] = { unit: added.unit ?? previous!.unit, values: [...(previous?.values ?? []), ...added.values] };
  }

  let list: OptionInput[] = base.options.filter((o) => !(options.remove ?? []).includes(o.id));
  for (const [id, fields] of Object.entries(options.patch ?? {})) {
    const at = list.findIndex((o) => o.id === id);
    if (at === -1) throw new Error(`${base.id} ${change.version}: no option ${id} to patch`);
    list = list.map((o, i) => (i === at ? ({ ...o, ...fields } as OptionInput) : o));
  }
  for (const option of options.upsert ?? []) {
    const at = list.findIndex((o) => o.id === option.id);
    list = at === -1 ? [...list, option] : list.map((o, i) => (i === at ? option : o));
  }

  // A revision of a proposal may become adopted: drop the proposal's own fields unless restated.
  const { proposal: _p, plannedInForce: _f, checkBy: _c, validTo: _t, ...rest } = base;
  return {
    ...rest,
    ...header,
    sources: [...kept, ...sources],
    parameters: params,
    definitions: { ...(base.definitions ?? {}), ...definitions },
    options: list,
  };
}
