import type { TFunction } from 'i18next';
import type { Option, OptionResult, ReasonTrace, ReasonVars, RuleSet, Source, WarningTrace } from '../rules';
import { daysBetween, namespaceOf } from '../rules';
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
 * long-date format of the app (the views call it formatLongDate, lib/formats.ts).
 * The formatter is cached; the dates are not (some are answers: nothing of a
 * person outlives a request).
 */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(INTL_LOCALE[lang], DATE_OPTIONS).format(Date.UTC(y, m - 1, d));
}

/**
 * A text's first sentence: it ends at a full stop, question or exclamation
 * mark before a capital letter, but not after an abbreviation ("No. 57",
 * "2026 р. Україна", "bijv. De"). The option row and the timeline say one
 * sentence; the option has the rest.
 */
export function firstSentence(text: string): string {
  for (const end of text.matchAll(/[.!?](?=\s+[\p{Lu}«"„“])/gu)) {
    const word = /(\S+)$/u.exec(text.slice(0, end.index))?.[1] ?? '';
    if (end[0] === '.' && /^([а-яіїєґ]{1,3}|No|Nr|nr|Art|art|bijv|o\.a|e\.g|i\.e)$/u.test(word)) continue;
    return text.slice(0, end.index + 1);
  }
  return text;
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

function presentReason(t: TFunction, ns: string, reason: ReasonTrace, lang: Language): PresentedReason {
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

function presentSource(source: Source): PresentedSource {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    date: source.date ?? source.dateNote ?? source.accessed,
    url: source.url,
    official: source.official,
  };
}

/**
 * How the results show a warning (`PresentedOption.warningKinds`, one per warning):
 * - `action`: a note that tells the person to act (`action: true` in the rules): always visible;
 * - `conclusion`: a sentence worked out for this person: a note shown on a condition of an
 *   `info` option (the exit-ban dates at their age, the dual-citizenship verdict), or a note
 *   that quotes the person's own dates (a birthday, the end date of their permit): visible;
 * - `overdue`: a planned change past its date, unconfirmed (ADR 14): visible on the option it changes;
 * - `unverified`: the option rests on a secondary source (said once, beside the status);
 * - `note`: everything else (general notes, announced changes): folded.
 */
export type WarningKind = 'action' | 'conclusion' | 'overdue' | 'unverified' | 'note';

/** The warning kinds a person sees without opening anything. */
export const VISIBLE_WARNINGS: readonly WarningKind[] = ['action', 'conclusion', 'overdue'];

/** Keys of a note's values that are not a date the person must act by. */
const NOT_DUE = new Set(['birthday', 'dayBefore', 'on', 'since']);

const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v);

/** The note of the rule set a warning comes from (its id is the key's last part). */
function noteOf(option: Option | undefined, warning: WarningTrace) {
  if (!option || warning.type !== 'note') return undefined;
  const id = warning.key.slice(warning.key.lastIndexOf('.') + 1);
  return option.notes.find((n) => n.id === id);
}

/** The values of a note that are the person's own dates: a birthday worked out from their birth date, a date they gave. */
function ownDateKeys(vars: ReasonVars): string[] {
  return Object.keys(vars).filter((k) => k === 'birthday' || k === 'dayBefore' || (k === 'value' && isDate(vars.value)));
}

/**
 * Whether a note's text quotes one of the person's own dates: the text
 * changes when those values are masked (its wording is the only place that
 * says which values it uses).
 */
export function quotesOwnDate(t: TFunction, warning: WarningTrace): boolean {
  const own = ownDateKeys(warning.vars);
  if (own.length === 0) return false;
  const key = `${warning.ns}:${warning.key}`;
  return t(key, warning.vars) !== t(key, { ...warning.vars, ...Object.fromEntries(own.map((k) => [k, '\u0000'])) });
}

/**
 * How the results show a warning (see `WarningKind`): a note is a
 * conclusion when it is shown on a condition of an `info` option, or when
 * its text quotes the person's own dates (`quotes`, see quotesOwnDate).
 */
export function warningKind(warning: WarningTrace, option: Option | undefined, quotes: (warning: WarningTrace) => boolean): WarningKind {
  if (warning.type === 'overdue') return 'overdue';
  if (warning.type === 'unverified') return 'unverified';
  if (warning.type !== 'note') return 'note';
  if (warning.action) return 'action';
  const note = noteOf(option, warning);
  if (note?.when && (option?.kind === 'info' || quotes(warning))) return 'conclusion';
  return 'note';
}

/**
 * The date an action note asks the person to act by: their own date when
 * the note quotes one still ahead (the end of their permit), else the rule's
 * date when it is ahead (the end of a registration period, of the pension
 * check). A date already past, or a comparison with today, gives none: the
 * note then says to act now.
 */
export function actionNoteDue(vars: ReasonVars, asOf: string): string | undefined {
  if (isDate(vars.value) && vars.value >= asOf) return vars.value;
  const dates = Object.entries(vars).filter(([k, v]) => !NOT_DUE.has(k) && k !== 'value' && isDate(v) && v > asOf).map(([, v]) => v as string);
  return dates.sort()[0];
}

/** What to do for one option, for "What to do now": its `todo` text, by which date. */
export interface PresentedTodo {
  text: string;
  /** The date to act by (ISO), when there is one. */
  date?: string | undefined;
  daysLeft?: number | undefined;
}

/**
 * The action an option asks of this person, derived from the rules, never
 * written per person: an option that can still apply (eligible or maybe)
 * with its deadline ahead, or any action note shown to this person. Its date
 * is the earliest of the deadline and the notes' dates still ahead. Null
 * when there is nothing to do, or no `todo` text to say it with.
 */
function optionTodo(
  result: Pick<OptionResult, 'status' | 'deadline' | 'daysLeft' | 'warnings'>,
  asOf: string,
  text: string | undefined,
): PresentedTodo | null {
  const actions = result.warnings.filter((w) => w.type === 'note' && w.action);
  const open = result.status === 'eligible' || result.status === 'maybe';
  const deadline = open && result.deadline !== undefined && (result.daysLeft ?? -1) >= 0 ? result.deadline : undefined;
  if (actions.length === 0 && deadline === undefined) return null;
  if (text === undefined) return null;
  const dates = [deadline, ...actions.map((w) => actionNoteDue(w.vars, asOf))].filter(isDate).sort();
  const date = dates[0];
  return { text, date, daysLeft: date === undefined ? undefined : daysBetween(asOf, date) };
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
  /** How each warning is shown (same order as `warnings`). */
  warningKinds: WarningKind[];
  /** What to do, by which date (the option's `todo` text), when the option asks something of this person. */
  todo: PresentedTodo | null;
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

export function presentOption(t: TFunction, result: OptionResult, ruleSet: RuleSet, lang: Language, asOf: string): PresentedOption {
  const ns = namespaceOf(result.ruleSet);
  const option = ruleSet.options.find((o) => o.id === result.id);
  const todo = optionTodo(result, asOf, textOrNone(t, optionTextKey(result.id, 'todo')));
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
    warningKinds: result.warnings.map((w) => warningKind(w, option, (x) => quotesOwnDate(t, x))),
    todo,
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
