import type { FactKey, Facts } from '../schema/facts';
import type { Condition } from '../schema/condition';
import type { Option, OptionKind, RuleSet, RuleSetId } from '../schema/rule-set';
import { daysBetween } from './dates';
import { evaluateCondition, resolveDate, type EvaluationContext, type ReasonTrace, type ReasonVars } from './evaluate-condition';
import { pendingProposal } from './parameters';

type Status = 'eligible' | 'maybe' | 'not-eligible' | 'info';

/** A warning as data: an i18n key in a namespace, with the values it interpolates. */
export interface WarningTrace {
  /**
   * `overdue`: a planned change whose date has passed without a recorded
   * confirmation either way; its text (`checks.<id>`) says what to check and where.
   */
  type: 'note' | 'unverified' | 'proposed-rule' | 'proposal' | 'if-adopted' | 'overdue';
  ns: string;
  key: string;
  vars: ReasonVars;
  source?: string | undefined;
  /** For `if-adopted` and `overdue`: the status the option would have, and why. */
  status?: Status;
  reasons?: ReasonTrace[];
  /** For notes: an action the person must take (`action` in the rule set). */
  action?: boolean;
}

export interface OptionResult {
  id: string;
  kind: OptionKind;
  ruleSet: RuleSetId;
  version: string;
  status: Status;
  reasons: ReasonTrace[];
  missing: FactKey[];
  warnings: WarningTrace[];
  deadline?: string | undefined;
  daysLeft?: number | undefined;
  sources: string[];
  verification: 'verified' | 'unverified';
  place?: Option['place'];
}

const RESULT_ORDER = { 'not-met': 0, unknown: 1, met: 2 } as const;

function namespace(ruleSet: RuleSet): string {
  return `rules-${ruleSet.id.toLowerCase()}`;
}

/** Texts whose id starts with `eu-` are shared by every member state and live in `rules-eu`. */
function textNamespace(ruleSet: RuleSet, id: string): string {
  return id.startsWith('eu-') ? 'rules-eu' : namespace(ruleSet);
}

function noteKey(optionId: string, noteId: string): string {
  return noteId.startsWith('eu-') ? `notes.${noteId}` : `options.${optionSlug(optionId)}.notes.${noteId}`;
}

function optionSlug(id: string): string {
  return id.slice(id.indexOf('.') + 1);
}

function statusOf(option: Option, proposedRule: boolean, value: 'true' | 'false' | 'unknown'): Status {
  if (option.test === 'info') return 'info';
  if (value === 'false') return 'not-eligible';
  if (value === 'unknown') return 'maybe';
  // Every condition holds, but a rule that is only proposed or rests on an
  // unconfirmed source cannot promise more than "maybe".
  return proposedRule || option.verification === 'unverified' ? 'maybe' : 'eligible';
}

interface Core {
  value: 'true' | 'false' | 'unknown';
  status: Status;
  reasons: ReasonTrace[];
  missing: Set<FactKey>;
  params: Set<string>;
  notes: WarningTrace[];
}

/**
 * Where two readings of the law (as adopted, and as a planned change would
 * make it) disagree on a condition, that condition is open: its trace becomes
 * `unknown`, so that it reads as a question ("whether …"), never as a fact.
 */
function openWhereTheyDiffer(adopted: ReasonTrace[], planned: ReasonTrace[], adoptedTree: ReadonlySet<string>): ReasonTrace[] {
  const plannedResult = new Map(planned.map((r) => [r.reason, r.result]));
  const adoptedIds = new Set(adopted.map((r) => r.reason));
  const merged = adopted.map((r) => {
    const other = plannedResult.get(r.reason);
    // A condition the planned rule drops or reads otherwise is open, unless it holds under both.
    const open = other === undefined ? r.result !== 'met' : other !== r.result;
    return open ? { ...r, result: 'unknown' as const } : r;
  });
  // A condition only the planned rule has is open unless it holds. One the
  // adopted rule has too but did not report (a branch of an `any` that did not
  // decide) is as true or false under both: only an open one is added.
  for (const r of planned) {
    if (adoptedIds.has(r.reason)) continue;
    if (adoptedTree.has(r.reason) ? r.result === 'unknown' : r.result !== 'met') merged.push({ ...r, result: 'unknown' });
  }
  return merged.sort((a, b) => RESULT_ORDER[a.result] - RESULT_ORDER[b.result]);
}

/** Every reason id a condition can report, through its named definitions. */
function reasonIdsOf(condition: Condition | undefined, ruleSet: RuleSet, out = new Set<string>(), seen = new Set<string>()): Set<string> {
  if (!condition) return out;
  if (condition.reason) out.add(condition.reason);
  if (condition.kind === 'all' || condition.kind === 'any') condition.of.forEach((c) => reasonIdsOf(c, ruleSet, out, seen));
  else if (condition.kind === 'not') reasonIdsOf(condition.of, ruleSet, out, seen);
  else if (condition.kind === 'ref' && !seen.has(condition.name)) {
    seen.add(condition.name);
    reasonIdsOf(ruleSet.definitions[condition.name], ruleSet, out, seen);
  }
  return out;
}

function evaluateCore(option: Option, ruleSet: RuleSet, ctx: EvaluationContext): Core {
  const result = option.when
    ? evaluateCondition(option.when, ctx)
    : { value: 'true' as const, missing: new Set<FactKey>(), trace: [], params: new Set<string>(), vars: {} };
  const notes: WarningTrace[] = [];
  const missing = new Set(result.missing);
  for (const note of option.notes) {
    const shown = note.when ? evaluateCondition(note.when, ctx) : undefined;
    // An info option's text depends on its notes, and an action note tells the
    // person what to do: while the option can still apply, the facts that
    // decide them are missing (and so asked). Mere information is not asked for.
    if (shown?.value === 'unknown' && (option.test === 'info' || (note.action && result.value !== 'false'))) {
      shown.missing.forEach((m) => missing.add(m));
    }
    // A note shows only when its condition holds: an undecided one could contradict
    // another (the age notes of the exit rules) or quote a value nobody gave.
    // A note meant for the doubtful case says so in its condition (values: [..., 'unknown']).
    if (shown !== undefined && shown.value !== 'true') continue;
    shown?.params.forEach((p) => result.params.add(p));
    const vars: ReasonVars = { ...(shown?.vars ?? {}) };
    notes.push({ type: 'note', ns: textNamespace(ruleSet, note.id), key: noteKey(option.id, note.id), vars, source: note.source, ...(note.action ? { action: true } : {}) });
  }
  const reasons = [...result.trace].sort((a, b) => RESULT_ORDER[a.result] - RESULT_ORDER[b.result]);
  const proposedRule = ruleSet.status === 'proposed';
  return { value: result.value, status: statusOf(option, proposedRule, result.value), reasons, missing, params: result.params, notes };
}

function deadlineOf(option: Option, ctx: EvaluationContext, params: Set<string>): string | undefined {
  const ref = option.deadline;
  if (!ref) return undefined;
  if ('fact' in ref) {
    // A date the person gave: no answer (or "I don't know"), no deadline.
    const value = ctx.facts[ref.fact];
    return typeof value === 'string' && value !== 'unknown' ? value : undefined;
  }
  return resolveDate(ctx, ref, params);
}

/**
 * Evaluates every option of a rule set for one person on one date. Proposed
 * parameter values and proposed versions of the same rule set are evaluated
 * beside the adopted rules; where they would change a status, the result
 * carries an `if-adopted` warning with the reasons.
 */
export function evaluateRuleSet(
  ruleSet: RuleSet,
  facts: Facts,
  asOf: string,
  proposedVersions: readonly RuleSet[] = [],
): OptionResult[] {
  const ctx: EvaluationContext = { facts, asOf, ruleSet, mode: 'adopted' };
  return ruleSet.options.map((option) => {
    const core = evaluateCore(option, ruleSet, ctx);
    const warnings: WarningTrace[] = [...core.notes];
    const deadlineParams = new Set<string>();
    const deadline = deadlineOf(option, ctx, deadlineParams);

    if (ruleSet.status === 'proposed' && ruleSet.proposal) {
      warnings.push({ type: 'proposed-rule', ns: textNamespace(ruleSet, ruleSet.proposal), key: `proposals.${ruleSet.proposal}`, vars: {} });
    }
    if (option.verification === 'unverified') {
      warnings.push({ type: 'unverified', ns: 'common', key: 'warnings.unverified', vars: {} });
    }

    let status = core.status;
    let reasons = core.reasons;
    // A planned change whose date has passed with no confirmation either way
    // (ADR 14): where it would change this person's outcome, nobody can say
    // more than "maybe", and the open conditions read as questions.
    const overdue = (proposal: string, ns: string, plannedInForce: string, world: Core, worldStatus: Status) => {
      if (option.test !== 'info') status = 'maybe';
      reasons = openWhereTheyDiffer(reasons, world.reasons, reasonIdsOf(option.when, ruleSet));
      warnings.push({ type: 'overdue', ns, key: `checks.${proposal}`, vars: { date: plannedInForce }, status: worldStatus, reasons: world.reasons });
    };

    // Pending proposals on the parameters this option reads.
    const proposals = new Map<string, { ns: string; plannedInForce?: string | undefined }>();
    for (const name of [...core.params, ...deadlineParams]) {
      const pending = pendingProposal(ruleSet, name, asOf);
      if (pending?.proposal && !proposals.has(pending.proposal)) {
        const ns = textNamespace(ruleSet, pending.proposal);
        proposals.set(pending.proposal, { ns, plannedInForce: pending.plannedInForce });
        warnings.push({ type: 'proposal', ns, key: `proposals.${pending.proposal}`, vars: {}, source: pending.source });
      }
    }
    if (proposals.size > 0) {
      const inProposedWorld = evaluateCore(option, ruleSet, { ...ctx, mode: 'proposed' });
      const late = [...proposals].filter(([, p]) => p.plannedInForce !== undefined && asOf > p.plannedInForce);
      if (inProposedWorld.status !== core.status) {
        if (late.length > 0) for (const [id, p] of late) overdue(id, p.ns, p.plannedInForce!, inProposedWorld, inProposedWorld.status);
        else {
          warnings.push({
            type: 'if-adopted', ns: 'common', key: 'warnings.ifAdopted', vars: {},
            status: inProposedWorld.status, reasons: inProposedWorld.reasons,
          });
        }
      } else {
        // Same status either way, but a deadline or a date in the texts may move: say what to check.
        for (const [id, p] of late) warnings.push({ type: 'overdue', ns: p.ns, key: `checks.${id}`, vars: { date: p.plannedInForce! } });
      }
    }

    // Proposed versions of this rule set (an announced restriction, say).
    for (const proposed of proposedVersions) {
      const sameOption = proposed.options.find((o) => o.id === option.id);
      if (!sameOption || !proposed.proposal) continue;
      const other = evaluateCore(sameOption, proposed, { facts, asOf, ruleSet: proposed, mode: 'adopted' });
      // Compared on the conditions, not the status: a proposed rule is always
      // "maybe", which alone says nothing about this person.
      if (other.value === core.value) continue;
      const ns = textNamespace(proposed, proposed.proposal);
      if (proposed.plannedInForce !== undefined && asOf > proposed.plannedInForce) {
        warnings.push({ type: 'proposal', ns, key: `proposals.${proposed.proposal}`, vars: {} });
        overdue(proposed.proposal, ns, proposed.plannedInForce, other, statusOf(sameOption, false, other.value));
      } else {
        warnings.push({
          type: 'if-adopted', ns, key: `proposals.${proposed.proposal}`, vars: {},
          status: statusOf(sameOption, false, other.value), reasons: other.reasons,
        });
      }
    }

    return {
      id: option.id,
      kind: option.kind,
      ruleSet: ruleSet.id,
      version: ruleSet.version,
      status,
      reasons,
      missing: [...core.missing],
      warnings,
      deadline,
      daysLeft: deadline !== undefined ? daysBetween(asOf, deadline) : undefined,
      sources: option.sources,
      verification: option.verification,
      place: option.place,
    };
  });
}
