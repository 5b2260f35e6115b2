import type { Condition, DateRef } from '../schema/condition';
import type { FactKey, Facts } from '../schema/facts';
import type { RuleSet } from '../schema/rule-set';
import { addDays, addYears, ageOn, birthdayAt, daysBetween } from './dates';
import { resolveParameter, type ParameterMode } from './parameters';

/** Three-valued logic: `unknown` when a fact is unasked or answered "I don't know". */
type Tri = 'true' | 'false' | 'unknown';

export type ReasonVars = Record<string, string | number>;

export interface ReasonTrace {
  reason: string;
  result: 'met' | 'not-met' | 'unknown';
  source?: string | undefined;
  vars: ReasonVars;
}

export interface ConditionResult {
  value: Tri;
  /** Facts whose answer would decide this node (absent or answered "unknown"). */
  missing: Set<FactKey>;
  /** Every explained node, in evaluation order. */
  trace: ReasonTrace[];
  /** Parameters read, so that pending proposals on them can be reported. */
  params: Set<string>;
  /** The values every leaf computed (ages, thresholds, birthdays), for texts that quote them. */
  vars: ReasonVars;
}

export interface EvaluationContext {
  facts: Facts;
  asOf: string;
  ruleSet: RuleSet;
  mode: ParameterMode;
}

type NodeOutcome = { value: Tri; missing: FactKey[]; vars: ReasonVars };

const TRUE: Tri = 'true';
const FALSE: Tri = 'false';

function tri(b: boolean): Tri {
  return b ? TRUE : FALSE;
}

function factValue(ctx: EvaluationContext, key: FactKey): string | number | undefined {
  const value = ctx.facts[key];
  return value === undefined || value === 'unknown' ? undefined : value;
}

function compareNumbers(a: number, op: string, b: number): boolean {
  switch (op) {
    case 'gte': return a >= b;
    case 'gt': return a > b;
    case 'lte': return a <= b;
    case 'lt': return a < b;
    case 'eq': return a === b;
    case 'neq': return a !== b;
    default: throw new Error(`unknown operator ${op}`);
  }
}

function compareDates(a: string, op: string, b: string): boolean {
  switch (op) {
    case 'before': return a < b;
    case 'onOrBefore': return a <= b;
    case 'after': return a > b;
    case 'onOrAfter': return a >= b;
    default: throw new Error(`unknown date operator ${op}`);
  }
}

function param(ctx: EvaluationContext, name: string, params: Set<string>) {
  params.add(name);
  return resolveParameter(ctx.ruleSet, name, ctx.asOf, ctx.mode).value;
}

function numberRef(ctx: EvaluationContext, ref: { value: number } | { param: string }, params: Set<string>): number {
  if ('value' in ref) return ref.value;
  const value = param(ctx, ref.param, params);
  if (typeof value !== 'number') throw new Error(`parameter ${ref.param} is not a number`);
  return value;
}

export function resolveDate(ctx: EvaluationContext, ref: DateRef, params: Set<string>): string {
  if ('date' in ref) return ref.date;
  if ('asOf' in ref) return ctx.asOf;
  const value = param(ctx, ref.param, params);
  if (typeof value !== 'string') throw new Error(`parameter ${ref.param} is not a date`);
  return value;
}

function unknownOf(...keys: FactKey[]): NodeOutcome {
  return { value: 'unknown', missing: keys, vars: {} };
}

function evaluateLeaf(
  node: Exclude<Condition, { kind: 'all' | 'any' | 'not' | 'ref' }>,
  ctx: EvaluationContext,
  params: Set<string>,
): NodeOutcome {
  switch (node.kind) {
    case 'always':
      return { value: TRUE, missing: [], vars: {} };
    case 'caseByCase':
      return { value: 'unknown', missing: [], vars: {} };
    case 'in': {
      const list = node.param !== undefined ? param(ctx, node.param, params) : node.values;
      if (!Array.isArray(list)) throw new Error(`condition "in" on ${node.fact} needs a list`);
      // A list that names "unknown" is about the answer "I don't know" itself.
      if (ctx.facts[node.fact] === 'unknown' && list.includes('unknown')) return { value: TRUE, missing: [], vars: { value: 'unknown' } };
      const value = ctx.facts[node.fact] === undefined && node.absentMeans !== undefined ? node.absentMeans : factValue(ctx, node.fact);
      if (value === undefined) return unknownOf(node.fact);
      return { value: tri(list.includes(String(value))), missing: [], vars: { value: String(value) } };
    }
    case 'compare': {
      const value = factValue(ctx, node.fact);
      const than = numberRef(ctx, node.than, params);
      if (value === undefined) return { ...unknownOf(node.fact), vars: { than } };
      return { value: tri(compareNumbers(Number(value), node.op, than)), missing: [], vars: { value: Number(value), than } };
    }
    case 'date': {
      const value = factValue(ctx, node.fact);
      const than = resolveDate(ctx, node.than, params);
      if (value === undefined) return { ...unknownOf(node.fact), vars: { date: than } };
      return { value: tri(compareDates(String(value), node.op, than)), missing: [], vars: { value: String(value), date: than } };
    }
    case 'today': {
      const than = resolveDate(ctx, node.than, params);
      return { value: tri(compareDates(ctx.asOf, node.op, than)), missing: [], vars: { date: than } };
    }
    case 'age': {
      const birth = factValue(ctx, 'birthDate');
      const years = numberRef(ctx, node.years, params);
      const on = node.on ? resolveDate(ctx, node.on, params) : ctx.asOf;
      if (birth === undefined) return { ...unknownOf('birthDate'), vars: { years, on } };
      const age = ageOn(String(birth), on);
      // The day the person reaches `years`, and the last day before it: rules such
      // as Ukraine's exit rule for men change on a birthday.
      const birthday = birthdayAt(String(birth), years);
      const vars = { age, years, on, birthday, dayBefore: addDays(birthday, -1) };
      return { value: tri(compareNumbers(age, node.op, years)), missing: [], vars };
    }
    case 'daysSince': {
      const from = factValue(ctx, node.fact);
      const days = numberRef(ctx, node.days, params);
      const on = node.on ? resolveDate(ctx, node.on, params) : ctx.asOf;
      if (from === undefined) return { ...unknownOf(node.fact), vars: { days, on } };
      const elapsed = daysBetween(String(from), on);
      return { value: tri(compareNumbers(elapsed, node.op, days)), missing: [], vars: { elapsed, days, on } };
    }
    case 'heldContinuously': {
      const on = resolveDate(ctx, node.on, params);
      const start = factValue(ctx, 'protectionStartDate');
      const interrupted = factValue(ctx, 'protectionInterrupted');
      const latestStart = node.years
        ? addYears(on, -numberRef(ctx, node.years, params))
        : addDays(on, -numberRef(ctx, node.days ?? { value: 0 }, params));
      const vars: ReasonVars = { on, since: latestStart };
      // A start too late, or an interruption, fails whatever the other answer is.
      if (start !== undefined && String(start) > latestStart) return { value: FALSE, missing: [], vars };
      if (interrupted === 'yes') return { value: FALSE, missing: [], vars };
      const missing: FactKey[] = [];
      if (start === undefined) missing.push('protectionStartDate');
      if (interrupted === undefined) missing.push('protectionInterrupted');
      return missing.length ? { value: 'unknown', missing, vars } : { value: TRUE, missing: [], vars };
    }
    case 'incomePerHousehold': {
      const base = numberRef(ctx, node.base, params);
      const per = numberRef(ctx, node.perAdditionalMember, params);
      const size = factValue(ctx, node.sizeFact);
      const income = factValue(ctx, node.fact);
      if (size === undefined) return { ...unknownOf(node.sizeFact, ...(income === undefined ? [node.fact] : [])), vars: { base, per } };
      const threshold = base + per * (Number(size) - 1);
      if (income === undefined) return { ...unknownOf(node.fact), vars: { threshold, size: Number(size) } };
      return {
        value: tri(Number(income) >= threshold),
        missing: [],
        vars: { threshold, income: Number(income), size: Number(size), shortBy: Math.max(0, threshold - Number(income)) },
      };
    }
  }
}

interface Accumulator {
  trace: ReasonTrace[];
  params: Set<string>;
  vars: ReasonVars;
}

const NONE: FactKey[] = [];

/**
 * Keeps the explanation to what decided the result: once a condition of an
 * `all` fails, its still-open siblings do not matter; once one branch of an
 * `any` holds, the other branches do not either.
 */
function dropIrrelevantReasons(trace: ReasonTrace[], spans: { from: number; to: number; value: Tri }[], kind: 'all' | 'any', value: Tri): void {
  const irrelevant = (v: Tri) =>
    (kind === 'all' && value === FALSE && v === 'unknown') || (kind === 'any' && value === TRUE && v !== TRUE);
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!;
    if (span.to > span.from && irrelevant(span.value)) trace.splice(span.from, span.to - span.from);
  }
}

/** Evaluates a condition tree to true, false or unknown, with the trace of every explained node. */
export function evaluateCondition(node: Condition, ctx: EvaluationContext): ConditionResult {
  const acc: Accumulator = { trace: [], params: new Set(), vars: {} };
  const { value, missing } = visit(node, ctx, acc, 0);
  return { value, missing: new Set(missing), trace: acc.trace, params: acc.params, vars: acc.vars };
}

// One accumulator for the whole tree: the evaluator runs for every option of
// every request, so it allocates as little as it can.
function visit(node: Condition, ctx: EvaluationContext, acc: Accumulator, depth: number): { value: Tri; missing: FactKey[] } {
  if (depth > 64) throw new Error('condition nesting too deep (a ref cycle?)');
  const traceAt = acc.trace.length;
  let value: Tri;
  let missing = NONE;
  let vars: ReasonVars = {};

  if (node.kind === 'all' || node.kind === 'any') {
    const decisive: Tri = node.kind === 'all' ? FALSE : TRUE;
    let decided = false;
    let open: FactKey[] | undefined;
    const spans: { from: number; to: number; value: Tri }[] = [];
    for (const child of node.of) {
      const from = acc.trace.length;
      const c = visit(child, ctx, acc, depth + 1);
      spans.push({ from, to: acc.trace.length, value: c.value });
      if (c.value === decisive) decided = true;
      else if (c.value === 'unknown') (open ??= []).push(...c.missing);
    }
    if (decided) value = decisive;
    else if (open) {
      value = 'unknown';
      missing = open;
    } else value = node.kind === 'all' ? TRUE : FALSE;
    dropIrrelevantReasons(acc.trace, spans, node.kind, value);
  } else if (node.kind === 'not') {
    const inner = visit(node.of, ctx, acc, depth + 1);
    value = inner.value === 'unknown' ? 'unknown' : inner.value === TRUE ? FALSE : TRUE;
    missing = inner.missing;
  } else if (node.kind === 'ref') {
    const target = ctx.ruleSet.definitions[node.name];
    if (!target) throw new Error(`Rule set ${ctx.ruleSet.id}: unknown definition "${node.name}"`);
    const inner = visit(target, ctx, acc, depth + 1);
    value = inner.value;
    missing = inner.missing;
  } else {
    const leaf = evaluateLeaf(node, ctx, acc.params);
    value = leaf.value;
    missing = leaf.missing;
    vars = leaf.vars;
    Object.assign(acc.vars, leaf.vars);
  }

  if (node.reason) {
    const result = value === TRUE ? 'met' : value === FALSE ? 'not-met' : 'unknown';
    acc.trace.splice(traceAt, 0, { reason: node.reason, result, source: node.source, vars });
  }
  return { value, missing };
}
