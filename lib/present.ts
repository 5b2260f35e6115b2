import type { TFunction } from 'i18next';
import type { OptionResult, ReasonTrace, ReasonVars, RuleSet, Source, WarningTrace } from '../rules';
import { namespaceOf } from '../rules';
import type { Language } from '../locales';

/**
 * Turns the evaluator's data (ids, reason traces, warning keys) into text in
 * one language. Shared by the web pages and the advise command, so that both
 * say exactly the same thing for the same answers.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Intl locales per page language: British English writes "4 March 2027", as the glossary asks. */
export const INTL_LOCALE: Record<Language, string> = { uk: 'uk-UA', nl: 'nl-NL', en: 'en-GB' };

// ---------------------------------------------------------------------------
// Intl formatters, made once per locale and options
//
// Constructing an Intl object costs far more than using one (the locale data
// is looked up and resolved each time), and every page formats dozens of
// dates, numbers and names. Formatters are immutable, so one per locale and
// options is shared by every request. The keys come from the three page
// languages and fixed option sets; the bound only guards against surprises.

const INTL_CACHE_LIMIT = 512;
const intlCache = new Map<string, object>();

function cachedIntl<T extends object>(key: string, make: () => T): T {
  let made = intlCache.get(key) as T | undefined;
  if (made === undefined) {
    if (intlCache.size >= INTL_CACHE_LIMIT) intlCache.clear();
    made = make();
    intlCache.set(key, made);
  }
  return made;
}

/** Keys of option objects already seen: the constant ones are stringified once. */
const optionKeys = new WeakMap<object, string>();

function optionsKey(options: object | undefined): string {
  if (options === undefined) return '';
  let key = optionKeys.get(options);
  if (key === undefined) {
    key = JSON.stringify(options);
    optionKeys.set(options, key);
  }
  return key;
}

/** A shared `Intl.DateTimeFormat` for this locale and these options. */
export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedIntl(`DateTimeFormat|${locale}|${optionsKey(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** A shared `Intl.NumberFormat` for this locale and these options. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedIntl(`NumberFormat|${locale}|${optionsKey(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** A shared `Intl.DisplayNames` for this locale and these options. */
export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return cachedIntl(`DisplayNames|${locale}|${optionsKey(options)}`, () => new Intl.DisplayNames([locale], options));
}

/** A shared `Intl.Collator` for this locale and these options. */
export function collator(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
  return cachedIntl(`Collator|${locale}|${optionsKey(options)}`, () => new Intl.Collator(locale, options));
}

/** A shared `Intl.ListFormat` for this locale and these options. */
export function listFormat(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return cachedIntl(`ListFormat|${locale}|${optionsKey(options)}`, () => new Intl.ListFormat(locale, options));
}

/** A shared `Intl.PluralRules` for this locale and these options. */
export function pluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cachedIntl(`PluralRules|${locale}|${optionsKey(options)}`, () => new Intl.PluralRules(locale, options));
}

const DATE_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

/**
 * `2027-03-04` → «4 березня 2027 р.», «4 maart 2027», «4 March 2027»: the one
 * long-date format of the app (the views call it formatLongDate, lib/interview.ts).
 * The formatter is cached; the dates are not (some are answers: nothing of a
 * person outlives a request).
 */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(INTL_LOCALE[lang], DATE_OPTIONS).format(Date.UTC(y, m - 1, d));
}

export function formatNumber(n: number, lang: Language): string {
  return numberFormat(INTL_LOCALE[lang]).format(n);
}

function formatVars(vars: ReasonVars, lang: Language): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(vars)) {
    out[k] = typeof v === 'string' && DATE.test(v) ? formatDate(v, lang) : typeof v === 'number' ? formatNumber(v, lang) : v;
  }
  // i18next picks plural forms from `count`.
  if (typeof vars.age === 'number') out.count = vars.age;
  return out;
}

/** Shared texts (ids starting `eu-`) live in the EU namespace; all others in their rule set's. */
function textNs(ns: string, id: string): string {
  return id.startsWith('eu-') ? 'rules-eu' : ns;
}

export interface PresentedReason {
  text: string;
  /** The condition's own wording, for pages that mark met / not met / open themselves. */
  condition: string;
  result: ReasonTrace['result'];
  source?: string | undefined;
}

export function presentReason(t: TFunction, ns: string, reason: ReasonTrace, lang: Language): PresentedReason {
  const vars = formatVars(reason.vars, lang);
  const base = `${textNs(ns, reason.reason)}:reasons.${reason.reason}`;
  const condition = t(`${base}.${reason.result === 'not-met' ? 'notMet' : 'met'}`, vars);
  // An open condition reads as a question ("Not known yet: whether …"), never as a fact.
  const text = reason.result === 'unknown' ? t('common:reason.unknown', { text: t(`${base}.open`, vars) }) : condition;
  return { text, condition, result: reason.result, source: reason.source };
}

export function presentWarning(t: TFunction, warning: WarningTrace, ns: string, lang: Language): string {
  const text = t(`${warning.ns}:${warning.key}`, formatVars(warning.vars, lang));
  if (warning.type === 'if-adopted') {
    const because = (warning.reasons ?? [])
      .filter((r) => r.result !== 'met')
      .map((r) => presentReason(t, ns, r, lang).text)
      .join(' ');
    const outcome = t('common:warnings.ifAdopted', { status: t(`common:status.${warning.status ?? 'maybe'}`) });
    return [warning.ns === 'common' ? outcome : `${text} ${outcome}`, because].filter(Boolean).join(' ');
  }
  if (warning.type === 'overdue') {
    // The planned date has passed unconfirmed: say so, then what to check and where.
    const lead = t(warning.status === undefined ? 'common:warnings.overdueCheck' : 'common:warnings.overdue', formatVars(warning.vars, lang));
    return `${lead} ${text}`;
  }
  return text;
}

export interface PresentedSource {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url?: string | undefined;
  official: boolean;
}

export function presentSource(source: Source): PresentedSource {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    date: source.date ?? source.dateNote ?? source.accessed,
    url: source.url,
    official: source.official,
  };
}

export interface PresentedOption {
  id: string;
  kind: OptionResult['kind'];
  status: OptionResult['status'];
  title: string;
  summary: string;
  deadline?: string | undefined;
  daysLeft?: number | undefined;
  reasons: PresentedReason[];
  missing: string[];
  warnings: string[];
  sources: PresentedSource[];
  verification: OptionResult['verification'];
  ruleSet: string;
  version: string;
  /** Who to call: the authority, its official contact page, a phone line as the official page gives it. */
  contact?: string | undefined;
}

export function optionTextKey(optionId: string, field: string): string {
  const [set, slug] = optionId.split(/\.(.*)/s) as [string, string];
  return `${namespaceOf(set as RuleSet['id'])}:options.${slug}.${field}`;
}

export function presentOption(t: TFunction, result: OptionResult, ruleSet: RuleSet, lang: Language): PresentedOption {
  const ns = namespaceOf(result.ruleSet);
  return {
    id: result.id,
    kind: result.kind,
    status: result.status,
    title: t(optionTextKey(result.id, 'title')),
    summary: t(optionTextKey(result.id, 'summary')),
    deadline: result.deadline,
    daysLeft: result.daysLeft,
    reasons: result.reasons.map((r) => presentReason(t, ns, r, lang)),
    missing: result.missing,
    warnings: result.warnings.map((w) => presentWarning(t, w, ns, lang)),
    sources: result.sources.map((id) => {
      const source = ruleSet.sources.find((s) => s.id === id);
      if (!source) throw new Error(`${result.id} cites undeclared source ${id}`);
      return presentSource(source);
    }),
    verification: result.verification,
    ruleSet: result.ruleSet,
    version: result.version,
    contact: textOrNone(t, optionTextKey(result.id, 'contact')),
  };
}

/** A text that may be absent for some options (i18next gives back the key). */
function textOrNone(t: TFunction, key: string): string | undefined {
  const text = t(key);
  return text === key || text === key.slice(key.indexOf(':') + 1) || text.trim() === '' ? undefined : text;
}
