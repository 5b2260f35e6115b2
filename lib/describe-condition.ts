/**
 * A condition tree in plain words, for the rule book: each node becomes one
 * line of text with its sub-conditions nested below it. A node that carries a
 * reason reads as the reason's text (`reasons.<id>.met` in the rule set's
 * texts, with the values it quotes filled in from the rule set's dated
 * parameters); every leaf also gets the exact rule in generic words ("Age on
 * 1 April 2026: under 18"), so that a reviewer can check it against the law.
 *
 * Pure: the translator, the rule set and the date are arguments.
 */
import type { TFunction } from 'i18next';
import {
  addDays,
  addYears,
  COUNTRY_REGISTRY,
  MONEY_UNITS,
  namespaceOf,
  resolveParameter,
  type Condition,
  type DateRef,
  type DeadlineRef,
  type FactKey,
  type Parameter,
  type ParameterValue,
  type RuleSet,
} from '../rules';
import type { Language } from '../locales';
import { displayNames, formatDate, formatNumber, INTL_LOCALE, listFormat, numberFormat } from './present';

export interface DescribeContext {
  t: TFunction;
  lang: Language;
  ruleSet: RuleSet;
  /** The date the dated parameters are read on. */
  asOf: string;
}

export interface ConditionLine {
  /** The condition in plain words (the reason's text where the node has one). */
  text: string;
  /** For a leaf with a reason: the exact rule in generic words. */
  rule?: string | undefined;
  /** The source id the node rests on, if it names one. */
  source?: string | undefined;
  /** The dated parameters the node reads (names), for cross-reference. */
  params: string[];
  children: ConditionLine[];
}

const NS = 'rulebook';
const CURRENCIES = new Set(MONEY_UNITS);
/** The currency a rule set's money facts are in: its country's (the registry), hryvnia for Ukraine's. */
const HOST_CURRENCY: Record<string, string> = Object.fromEntries([
  ...COUNTRY_REGISTRY.flatMap((c) => (c.currency ? [[c.code, c.currency]] : [])),
  ['UA', 'UAH'],
]);
const MONEY_FACTS: readonly FactKey[] = ['monthlyGrossIncome', 'householdAnnualIncome'];

// ---------------------------------------------------------------------------
// Words for facts, values, dates and numbers

/** A fact's name in the page language (`rulebook:facts.<key>`). */
function factName(ctx: Pick<DescribeContext, 't'>, key: FactKey): string {
  return ctx.t(`${NS}:facts.${key}`);
}

function quote(ctx: Pick<DescribeContext, 't'>, text: string): string {
  return ctx.t(`${NS}:quote`, { text });
}

const REGION: Intl.DisplayNamesOptions = { type: 'region' };

function countryName(ctx: Pick<DescribeContext, 't' | 'lang'>, code: string): string {
  if (code === 'other') return ctx.t('common:otherCountry');
  return displayNames(INTL_LOCALE[ctx.lang], REGION).of(code) ?? code;
}

/** An answer value in words: the question's option label, a region or country name, a date. */
function valueText(ctx: Pick<DescribeContext, 't' | 'lang'>, key: FactKey, value: string): string {
  const { t, lang } = ctx;
  if (value === 'unknown') return t(`${NS}:values.unknown`);
  if (key === 'hostCountry') return countryName(ctx, value);
  if (key === 'originOblast') return t(`regions:${value}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  const label = `questions:${key}.options.${value}`;
  const text = t(label);
  return text === label || text === label.slice(label.indexOf(':') + 1) ? value : text;
}

const OR_LIST: Intl.ListFormatOptions = { style: 'long', type: 'disjunction' };
const AND_LIST: Intl.ListFormatOptions = { style: 'long', type: 'conjunction' };

function list(lang: Language, items: string[], type: 'disjunction' | 'conjunction' = 'disjunction'): string {
  return listFormat(INTL_LOCALE[lang], type === 'disjunction' ? OR_LIST : AND_LIST).format(items);
}

function money(amount: number, currency: string, lang: Language): string {
  return numberFormat(INTL_LOCALE[lang], { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: 2, minimumFractionDigits: 0 }).format(amount);
}

function number(n: number, lang: Language): string {
  return formatNumber(n, lang);
}

/** A parameter value in words, by its unit: money, a period, a date, region or country names. */
export function parameterValueText(ctx: Pick<DescribeContext, 't' | 'lang'>, unit: Parameter['unit'], value: ParameterValue): string {
  const { t, lang } = ctx;
  if (Array.isArray(value)) {
    if (value.length === 0) return t(`${NS}:values.emptyList`);
    const names = value.map((v) => (unit === 'countries' ? countryName(ctx, v) : unit === 'regions' ? t(`regions:${v}`) : v));
    return list(lang, names, 'conjunction');
  }
  if (typeof value === 'number') {
    if (CURRENCIES.has(unit)) return money(value, unit, lang);
    if (unit === 'days' || unit === 'years' || unit === 'months') return t(`${NS}:units.${unit}`, { count: value, n: number(value, lang) });
    return number(value, lang);
  }
  return typeof value === 'string' ? formatDate(value, lang) : String(value);
}

/** A parameter's name in words (`rulebook:params.<name>`), or null when the rule book has none yet. */
export function parameterName(ctx: Pick<DescribeContext, 't'>, name: string): string | null {
  const key = `${NS}:params.${name}`;
  const text = ctx.t(key);
  return text === key || text === `params.${name}` ? null : text;
}

function paramLabel(ctx: DescribeContext, name: string): string {
  return parameterName(ctx, name) ?? ctx.t(`${NS}:values.parameter`);
}

function param(ctx: DescribeContext, name: string): { value: ParameterValue; unit: Parameter['unit'] } | null {
  const parameter = ctx.ruleSet.parameters[name];
  if (!parameter) return null;
  try {
    return { value: resolveParameter(ctx.ruleSet, name, ctx.asOf, 'adopted').value, unit: parameter.unit };
  } catch {
    return null;
  }
}

/** A date reference: the fixed date, the parameter's date (with its name), or "the date of the check". */
function dateRef(ctx: DescribeContext, ref: DateRef, params: string[]): { text: string; iso: string | null; isCheck: boolean } {
  if ('date' in ref) return { text: formatDate(ref.date, ctx.lang), iso: ref.date, isCheck: false };
  if ('asOf' in ref) return { text: ctx.t(`${NS}:dates.check`), iso: null, isCheck: true };
  params.push(ref.param);
  const p = param(ctx, ref.param);
  const iso = p && typeof p.value === 'string' ? p.value : null;
  const date = iso ? formatDate(iso, ctx.lang) : ctx.t(`${NS}:values.noValue`);
  return { text: ctx.t(`${NS}:withParam`, { value: date, param: paramLabel(ctx, ref.param) }), iso, isCheck: false };
}

function numberRef(
  ctx: DescribeContext,
  ref: { value: number } | { param: string },
  params: string[],
  format: (n: number) => string,
): { text: string; n: number | null } {
  if ('value' in ref) return { text: format(ref.value), n: ref.value };
  params.push(ref.param);
  const p = param(ctx, ref.param);
  if (!p || typeof p.value !== 'number') return { text: ctx.t(`${NS}:values.noValue`), n: null };
  const shown = CURRENCIES.has(p.unit) ? money(p.value, p.unit, ctx.lang) : format(p.value);
  return { text: ctx.t(`${NS}:withParam`, { value: shown, param: paramLabel(ctx, ref.param) }), n: p.value };
}

function comparison(ctx: DescribeContext, op: string, than: string): string {
  return ctx.t(`${NS}:ops.${op}`, { than });
}

function dateComparison(ctx: DescribeContext, op: string, ref: { text: string; isCheck: boolean }): string {
  return ref.isCheck ? ctx.t(`${NS}:dateOps.check.${op}`) : ctx.t(`${NS}:dateOps.${op}`, { date: ref.text });
}

// ---------------------------------------------------------------------------
// Leaves in generic words, with the values their reason texts quote

interface Generic {
  text: string;
  /** Values a reason text may quote ({{date}}, {{since}}, {{years}} …), already formatted. */
  vars: Record<string, string | number>;
}

function moneyOrNumber(ctx: DescribeContext, fact: FactKey): (n: number) => string {
  const currency = MONEY_FACTS.includes(fact) ? HOST_CURRENCY[ctx.ruleSet.id] : undefined;
  return (n) => (currency ? money(n, currency, ctx.lang) : number(n, ctx.lang));
}

function generic(node: Exclude<Condition, { kind: 'all' | 'any' | 'not' | 'ref' }>, ctx: DescribeContext, params: string[]): Generic {
  const { t, lang } = ctx;
  switch (node.kind) {
    case 'always':
      return { text: t(`${NS}:conditions.always`), vars: {} };
    case 'caseByCase':
      return { text: t(`${NS}:conditions.caseByCase`), vars: {} };
    case 'in': {
      const fact = factName(ctx, node.fact);
      if (node.param !== undefined) {
        params.push(node.param);
        const p = param(ctx, node.param);
        const values = p && Array.isArray(p.value) ? p.value : [];
        const items = values.length ? parameterValueText(ctx, p!.unit, values) : t(`${NS}:values.emptyList`);
        return { text: t(`${NS}:conditions.inParam`, { fact, param: paramLabel(ctx, node.param), values: items }), vars: {} };
      }
      const values = (node.values ?? []).map((v) => quote(ctx, valueText(ctx, node.fact, v)));
      return values.length === 1
        ? { text: t(`${NS}:conditions.inOne`, { fact, value: values[0] }), vars: {} }
        : { text: t(`${NS}:conditions.inMany`, { fact, values: list(lang, values) }), vars: {} };
    }
    case 'compare': {
      const than = numberRef(ctx, node.than, params, moneyOrNumber(ctx, node.fact));
      return { text: t(`${NS}:conditions.compare`, { fact: factName(ctx, node.fact), comparison: comparison(ctx, node.op, than.text) }), vars: { than: than.text } };
    }
    case 'date': {
      const ref = dateRef(ctx, node.than, params);
      const vars: Record<string, string> = ref.iso ? { date: formatDate(ref.iso, lang) } : {};
      return { text: t(`${NS}:conditions.date`, { fact: factName(ctx, node.fact), comparison: dateComparison(ctx, node.op, ref) }), vars };
    }
    case 'today': {
      const ref = dateRef(ctx, node.than, params);
      const vars: Record<string, string> = ref.iso ? { date: formatDate(ref.iso, lang) } : {};
      return { text: t(`${NS}:conditions.today`, { comparison: dateComparison(ctx, node.op, ref) }), vars };
    }
    case 'age': {
      const years = numberRef(ctx, node.years, params, (n) => number(n, lang));
      const on = node.on ? dateRef(ctx, node.on, params) : { text: '', iso: null, isCheck: true };
      const cmp = comparison(ctx, node.op, years.text);
      const text = on.isCheck ? t(`${NS}:conditions.ageToday`, { comparison: cmp }) : t(`${NS}:conditions.age`, { on: on.text, comparison: cmp });
      const vars: Record<string, string | number> = {};
      if (years.n !== null) vars.years = number(years.n, lang);
      if (on.iso) vars.on = formatDate(on.iso, lang);
      return { text, vars };
    }
    case 'daysSince': {
      const days = numberRef(ctx, node.days, params, (n) => number(n, lang));
      const on = node.on ? dateRef(ctx, node.on, params) : { text: '', iso: null, isCheck: true };
      const fact = factName(ctx, node.fact);
      const cmp = comparison(ctx, node.op, days.text);
      const text = on.isCheck ? t(`${NS}:conditions.daysSinceToday`, { fact, comparison: cmp }) : t(`${NS}:conditions.daysSince`, { fact, on: on.text, comparison: cmp });
      const vars: Record<string, string | number> = {};
      if (days.n !== null) vars.days = number(days.n, lang);
      if (on.iso) vars.on = formatDate(on.iso, lang);
      return { text, vars };
    }
    case 'heldContinuously': {
      const on = dateRef(ctx, node.on, params);
      const unit = node.years ? 'years' : 'days';
      const amount = numberRef(ctx, node.years ?? node.days ?? { value: 0 }, params, (n) => number(n, lang));
      const period = amount.n === null ? amount.text : t(`${NS}:units.${unit}`, { count: amount.n, n: number(amount.n, lang) });
      const vars: Record<string, string | number> = {};
      if (on.iso && amount.n !== null) {
        const since = unit === 'years' ? addYears(on.iso, -amount.n) : addDays(on.iso, -amount.n);
        vars.on = formatDate(on.iso, lang);
        vars.since = formatDate(since, lang);
        return { text: t(`${NS}:conditions.heldContinuously`, { period, on: on.text, since: vars.since }), vars };
      }
      return { text: t(`${NS}:conditions.heldContinuouslyToday`, { period }), vars };
    }
    case 'incomePerHousehold': {
      const format = moneyOrNumber(ctx, node.fact);
      const base = numberRef(ctx, node.base, params, format);
      const per = numberRef(ctx, node.perAdditionalMember, params, format);
      return {
        text: t(`${NS}:conditions.incomePerHousehold`, { fact: factName(ctx, node.fact), size: factName(ctx, node.sizeFact), base: base.text, per: per.text }),
        vars: {},
      };
    }
  }
}

// ---------------------------------------------------------------------------
// The tree

function reasonText(ctx: DescribeContext, reason: string, vars: Record<string, string | number>): string | null {
  const ns = reason.startsWith('eu-') ? 'rules-eu' : namespaceOf(ctx.ruleSet.id);
  const key = `${ns}:reasons.${reason}.met`;
  const text = ctx.t(key, vars);
  if (text === key || text === `reasons.${reason}.met`) return null;
  // A text that quotes a value only a person's answers give ({{age}}, {{income}}) is
  // not a rule: the generic words stand in for it.
  return /\{\{|\}\}/.test(text) ? null : text;
}

/**
 * Describes a condition: `ref` nodes are written out in place (a definition is
 * part of the rule), each `all` / `any` / `not` lists its parts below it.
 */
export function describeCondition(node: Condition, ctx: DescribeContext, depth = 0): ConditionLine {
  if (depth > 32) throw new Error('condition nesting too deep (a ref cycle?)');
  if (node.kind === 'ref') {
    const target = ctx.ruleSet.definitions[node.name];
    if (!target) throw new Error(`Rule set ${ctx.ruleSet.id}: unknown definition "${node.name}"`);
    const inner = describeCondition(target, ctx, depth + 1);
    if (!node.reason) return inner;
    const text = reasonText(ctx, node.reason, {});
    return text ? { text, rule: undefined, source: node.source, params: [], children: [inner] } : inner;
  }
  if (node.kind === 'all' || node.kind === 'any' || node.kind === 'not') {
    const parts = node.kind === 'not' ? [node.of] : node.of;
    const children = parts.map((c) => describeCondition(c, ctx, depth + 1));
    const heading = ctx.t(`${NS}:conditions.${node.kind}`);
    const text = node.reason ? reasonText(ctx, node.reason, {}) : null;
    // A reason on a combinator says what the group means; the group's own heading follows.
    if (text) return { text, source: node.source, params: [], children: [{ text: heading, params: [], children }] };
    return { text: heading, source: node.source, params: [], children };
  }
  const params: string[] = [];
  const g = generic(node, ctx, params);
  const text = node.reason ? reasonText(ctx, node.reason, g.vars) : null;
  return text
    ? { text, rule: g.text, source: node.source, params: [...new Set(params)], children: [] }
    : { text: g.text, source: node.source, params: [...new Set(params)], children: [] };
}

/**
 * The values a text attached to this condition may quote ({{date}}, {{on}},
 * {{since}} …) that the rules alone fix, gathered from every leaf as the
 * evaluator does. Values only a person's answers give are left out.
 */
export function conditionVars(node: Condition, ctx: DescribeContext, depth = 0): Record<string, string | number> {
  if (depth > 32) throw new Error('condition nesting too deep (a ref cycle?)');
  if (node.kind === 'ref') {
    const target = ctx.ruleSet.definitions[node.name];
    return target ? conditionVars(target, ctx, depth + 1) : {};
  }
  if (node.kind === 'all' || node.kind === 'any') return Object.assign({}, ...node.of.map((c) => conditionVars(c, ctx, depth + 1)));
  if (node.kind === 'not') return conditionVars(node.of, ctx, depth + 1);
  return generic(node, ctx, []).vars;
}

/** A date of the rules in words: a fixed date, a dated value with its name, or the date of the check. */
export function describeDateRef(ref: DeadlineRef, ctx: DescribeContext): { text: string; params: string[] } {
  const params: string[] = [];
  // A deadline the person's own answer gives ("the day your permission ends").
  if ('fact' in ref) return { text: ctx.t(`${NS}:dates.fact`, { fact: factName(ctx, ref.fact) }), params };
  return { text: dateRef(ctx, ref, params).text, params };
}

/** Every line of a described tree, depth first (for tests and plain-text output). */
export function flattenLines(line: ConditionLine): string[] {
  return [line.text, ...(line.rule ? [line.rule] : []), ...line.children.flatMap(flattenLines)];
}

