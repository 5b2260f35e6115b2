import type { FactKey, Facts } from '../schema/facts';
import type { Option, OptionKind, RuleSet, RuleSetId } from '../schema/rule-set';
import { daysBetween } from './dates';
import { evaluateCondition, resolveDate, type EvaluationContext, type ReasonTrace, type ReasonVars } from './evaluate-condition';
import { pendingProposal } from './parameters';

export type Status = 'eligible' | 'maybe' | 'not-eligible' | 'info';

/** A warning as data: an i18n key in a namespace, with the values it interpolates. */
export interface WarningTrace {
  type: 'note' | 'unverified' | 'proposed-rule' | 'proposal' | 'if-adopted';
  ns: string;
  key: string;
  vars: ReasonVars;
  source?: string | undefined;
  /** For `if-adopted`: the status the option would have, and why. */
  status?: Status;
  reasons?: ReasonTrace[];
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

function evaluateCore(option: Option, ruleSet: RuleSet, ctx: EvaluationContext): Core {
  const result = option.when
    ? evaluateCondition(option.when, ctx)
    : { value: 'true' as const, missing: new Set<FactKey>(), trace: [], params: new Set<string>(), vars: {} };
  const notes: WarningTrace[] = [];
  const missing = new Set(result.missing);
  for (const note of option.notes) {
    const shown = note.when ? evaluateCondition(note.when, ctx) : undefined;
    // An info option's text depends on its notes, so their open facts count as missing.
    if (option.test === 'info' && shown?.value === 'unknown') shown.missing.forEach((m) => missing.add(m));
    // A note shows only when its condition holds: an undecided one could contradict
    // another (the age notes of the exit rules) or quote a value nobody gave.
    // A note meant for the doubtful case says so in its condition (values: [..., 'unknown']).
    if (shown !== undefined && shown.value !== 'true') continue;
    shown?.params.forEach((p) => result.params.add(p));
    const vars: ReasonVars = { ...(shown?.vars ?? {}) };
    notes.push({ type: 'note', ns: textNamespace(ruleSet, note.id), key: noteKey(option.id, note.id), vars, source: note.source });
  }
  const reasons = [...result.trace].sort((a, b) => RESULT_ORDER[a.result] - RESULT_ORDER[b.result]);
  const proposedRule = ruleSet.status === 'proposed';
  return { value: result.value, status: statusOf(option, proposedRule, result.value), reasons, missing, params: result.params, notes };
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
    const deadline = option.deadline ? resolveDate(ctx, option.deadline, deadlineParams) : undefined;

    if (ruleSet.status === 'proposed' && ruleSet.proposal) {
      warnings.push({ type: 'proposed-rule', ns: textNamespace(ruleSet, ruleSet.proposal), key: `proposals.${ruleSet.proposal}`, vars: {} });
    }
    if (option.verification === 'unverified') {
      warnings.push({ type: 'unverified', ns: 'common', key: 'warnings.unverified', vars: {} });
    }

    // Pending proposals on the parameters this option reads.
    const proposalIds = new Set<string>();
    for (const name of [...core.params, ...deadlineParams]) {
      const pending = pendingProposal(ruleSet, name, asOf);
      if (pending?.proposal && !proposalIds.has(pending.proposal)) {
        proposalIds.add(pending.proposal);
        warnings.push({ type: 'proposal', ns: textNamespace(ruleSet, pending.proposal), key: `proposals.${pending.proposal}`, vars: {}, source: pending.source });
      }
    }
    if (proposalIds.size > 0) {
      const inProposedWorld = evaluateCore(option, ruleSet, { ...ctx, mode: 'proposed' });
      if (inProposedWorld.status !== core.status) {
        warnings.push({
          type: 'if-adopted', ns: 'common', key: 'warnings.ifAdopted', vars: {},
          status: inProposedWorld.status, reasons: inProposedWorld.reasons,
        });
      }
    }

    // Proposed versions of this rule set (an announced restriction, say).
    for (const proposed of proposedVersions) {
      const sameOption = proposed.options.find((o) => o.id === option.id);
      if (!sameOption) continue;
      const other = evaluateCore(sameOption, proposed, { facts, asOf, ruleSet: proposed, mode: 'adopted' });
      // Compared on the conditions, not the status: a proposed rule is always
      // "maybe", which alone says nothing about this person.
      if (other.value !== core.value && proposed.proposal) {
        warnings.push({
          type: 'if-adopted', ns: textNamespace(proposed, proposed.proposal), key: `proposals.${proposed.proposal}`, vars: {},
          status: statusOf(sameOption, false, other.value), reasons: other.reasons,
        });
      }
    }

    return {
      id: option.id,
      kind: option.kind,
      ruleSet: ruleSet.id,
      version: ruleSet.version,
      status: core.status,
      reasons: core.reasons,
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
