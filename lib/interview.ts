/**
 * The interview pages' pure helpers: reading one answer from a plain form
 * post, writing answers back in words, the lists behind the region and
 * country questions, and the key dates of the results timeline. No I/O and no
 * clock: the date is always an argument, so everything here is unit-tested.
 */
import type { TFunction } from 'i18next';
import {
  addDays,
  addYears,
  currencyOf,
  FACT_KEYS,
  FactsSchema,
  FUTURE_DATE_KEYS,
  HOST_COUNTRIES,
  isIsoDate,
  REGISTRY,
  ruleSetIdsFor,
  UA_REGIONS,
  type FactKey,
  type Facts,
  type HostCountry,
} from '../rules';
import { questionFor } from '../machines';
import type { Language } from '../locales';
import { collator, displayNames, formatDate, INTL_LOCALE, numberFormat, type PresentedOption } from './present';

// ---------------------------------------------------------------------------
// Languages and formats

/** The Intl locale of a page language: English pages write "4 March 2027". */
export function intlLocale(lang: Language): string {
  return INTL_LOCALE[lang];
}

/**
 * `2027-03-04` → «4 березня 2027 р.», «4 maart 2027», «4 March 2027»: the one
 * long-date format of the app (lib/present.ts), under the name the views use.
 */
export const formatLongDate: (iso: string, lang: Language) => string = formatDate;

export function isFactKey(value: unknown): value is FactKey {
  return typeof value === 'string' && (FACT_KEYS as readonly string[]).includes(value);
}

/** The host country's own currency (the registry, contract §1); null where Pathway has no rules for the country. */
export { currencyOf };

/** Answers that are amounts of money, in the host country's currency. */
export const MONEY_KEYS: readonly FactKey[] = ['monthlyGrossIncome', 'householdAnnualIncome'];

/** A currency for a field label: «євро (€)», «Pools zloty (PLN)», «Czech koruna (CZK)». */
export function currencyLabel(currency: string, lang: Language): string {
  const locale = intlLocale(lang);
  const name = displayNames(locale, { type: 'currency' }).of(currency) ?? currency;
  const symbol =
    numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
      .formatToParts(0)
      .find((p) => p.type === 'currency')?.value ?? currency;
  return symbol === currency ? `${name} (${currency})` : `${name} (${symbol}, ${currency})`;
}

export function formatMoney(amount: number, currency: string, lang: Language): string {
  return numberFormat(intlLocale(lang), { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

const REGION: Intl.DisplayNamesOptions = { type: 'region' };

/** A host country's name in the page language; `other` (no country of its own) is a text. */
export function countryName(t: TFunction, code: string, lang: Language): string {
  if (code === 'other') return t('common:otherCountry');
  return displayNames(intlLocale(lang), REGION).of(code) ?? code;
}

const countryLists = new WeakMap<TFunction, readonly { value: HostCountry; label: string }[]>();

/**
 * Every host country of the registry for the first question, sorted by its
 * name in the page language, and "another country" (`other`) last.
 */
export function countryChoices(t: TFunction, lang: Language): { value: HostCountry; label: string }[] {
  let choices = countryLists.get(t);
  if (!choices) {
    const compare = collator(intlLocale(lang));
    const named = HOST_COUNTRIES.filter((value) => value !== 'other')
      .map((value) => ({ value, label: countryName(t, value, lang) }))
      .sort((a, b) => compare.compare(a.label, b.label));
    // "Another country" as a choice of its own: a capital first letter («Інша країна», "Een ander land").
    const capital = (text: string) => text.charAt(0).toLocaleUpperCase(intlLocale(lang)) + text.slice(1);
    const rest = HOST_COUNTRIES.filter((value) => value === 'other').map((value) => ({ value, label: capital(countryName(t, value, lang)) }));
    choices = [...named, ...rest];
    countryLists.set(t, choices);
  }
  // Copies: a caller may change what it gets without changing the next page's list.
  return choices.map((c) => ({ ...c }));
}

/** A region's name in the page language (the `regions` namespace, names from the glossary). */
export function regionName(t: TFunction, code: string): string {
  return t(`regions:${code}`);
}

const regionLists = new WeakMap<TFunction, Map<Language, readonly { value: string; label: string }[]>>();

/**
 * The 27 regions sorted by name in the page language. A leading «місто» /
 * «oblast» is ignored for sorting, so that Kyiv city (UA-30) and Kyiv oblast
 * (UA-32) stand next to each other, each under its own clear name.
 */
export function regionChoices(t: TFunction, lang: Language): { value: string; label: string }[] {
  // Per translator (the texts) and language (the sort order); the translators live as long as the server.
  let byLang = regionLists.get(t);
  if (!byLang) {
    byLang = new Map();
    regionLists.set(t, byLang);
  }
  let choices = byLang.get(lang);
  if (!choices) {
    const compare = collator(intlLocale(lang));
    const sortKey = (label: string) => label.replace(/^(місто|oblast|city of)\s+/i, '');
    choices = UA_REGIONS.map((value) => ({ value, label: regionName(t, value) })).sort(
      (a, b) => compare.compare(sortKey(a.label), sortKey(b.label)) || compare.compare(a.label, b.label),
    );
    byLang.set(lang, choices);
  }
  return choices.map((c) => ({ ...c }));
}

// ---------------------------------------------------------------------------
// Reading one answer from a form post

export type AnswerErrorCode =
  | 'choice'
  | 'choice-or-unknown'
  | 'region'
  | 'date-missing'
  | 'date-incomplete'
  | 'date-not-number'
  | 'date-year-digits'
  | 'date-impossible'
  | 'date-range'
  | 'date-future'
  | 'number-missing'
  | 'number-not-whole'
  | 'number-range';

export interface AnswerError {
  code: AnswerErrorCode;
  /** The inputs in error (their names), the first one is linked from the error summary. */
  fields: string[];
  /** Values for the message, e.g. { min: 1, max: 30 }. */
  vars?: Record<string, number>;
}

/** What the person typed or chose, by input name, kept to redraw the form after an error. */
export type FieldValues = Record<string, string>;

export type ParsedAnswer =
  | { ok: true; value: NonNullable<Facts[FactKey]> }
  | { ok: false; error: AnswerError; values: FieldValues };

export type Intent = 'continue' | 'unknown';

/** The names of a question's inputs (contract §4): the key, or KEY-day / KEY-month / KEY-year. */
export function inputNames(key: FactKey): string[] {
  return questionFor(key).input === 'date' ? [`${key}-day`, `${key}-month`, `${key}-year`] : [key];
}

/** The id of the first input of a question, for the error summary link and labels. */
export function firstInputId(key: FactKey): string {
  const q = questionFor(key);
  if (q.input === 'date') return `${key}-day`;
  if (q.input === 'choice' || q.input === 'country') return `${key}-0`;
  return key;
}

const MAX_FIELD_LENGTH = 40;

function clean(value: string | null | undefined): string {
  return (value ?? '').slice(0, MAX_FIELD_LENGTH);
}

/** Spaces of every kind (also the narrow no-break spaces Intl writes between thousands). */
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

function fail(error: AnswerError, values: FieldValues): ParsedAnswer {
  return { ok: false, error, values };
}

function validated(key: FactKey, value: unknown, values: FieldValues, onError: AnswerError): ParsedAnswer {
  const parsed = FactsSchema.shape[key].safeParse(value);
  if (!parsed.success || parsed.data === undefined) return fail(onError, values);
  return { ok: true, value: parsed.data };
}

/** The range a number answer may take, from the facts schema (never written twice). */
export function numberRange(key: FactKey): { min: number; max: number } {
  const field = FactsSchema.shape[key].unwrap() as unknown as { minValue?: number | null; maxValue?: number | null };
  const min = typeof field.minValue === 'number' && Number.isFinite(field.minValue) ? field.minValue : 0;
  const max = typeof field.maxValue === 'number' && Number.isFinite(field.maxValue) ? field.maxValue : 999_999_999;
  return { min, max: Math.min(max, 999_999_999) };
}

/**
 * Reads a whole number as people type it: spaces and thousand separators are
 * allowed ("1 450", "1.450", "1,450", "560 000"), nothing else. Returns null
 * when it is not a whole number.
 */
export function parseWholeNumber(raw: string): number | null {
  const s = raw.replace(SPACES, '');
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}([.,'’]\d{3})+$/.test(s)) return Number(s.replace(/[.,'’]/g, ''));
  return null;
}

/** The oldest a person can be: a date of birth further back than this is a typing mistake (or a made-up link). */
export const OLDEST_AGE_YEARS = 120;

/** The first year a date question accepts on `asOf`: 1900, or for a date of birth 120 years before this year. */
export function earliestYear(key: FactKey, asOf: string): number {
  return key === 'birthDate' ? Math.max(1900, Number(asOf.slice(0, 4)) - OLDEST_AGE_YEARS) : 1900;
}

/**
 * Reads a date from the three inputs of the memorable-date pattern. Leading
 * zeros and spaces are fine; the year needs four digits; 31 February is refused.
 */
export function parseDateParts(
  key: FactKey,
  day: string,
  month: string,
  year: string,
  asOf: string,
): { ok: true; iso: string } | { ok: false; error: AnswerError } {
  const names = { day: `${key}-day`, month: `${key}-month`, year: `${key}-year` };
  const parts = { day: day.replace(SPACES, ''), month: month.replace(SPACES, ''), year: year.replace(SPACES, '') };
  const empty = (Object.keys(parts) as (keyof typeof parts)[]).filter((p) => parts[p] === '');
  if (empty.length === 3) return { ok: false, error: { code: 'date-missing', fields: [names.day, names.month, names.year] } };
  if (empty.length > 0) return { ok: false, error: { code: 'date-incomplete', fields: empty.map((p) => names[p]) } };
  const notNumber = (Object.keys(parts) as (keyof typeof parts)[]).filter((p) => !/^\d+$/.test(parts[p]));
  if (notNumber.length > 0) return { ok: false, error: { code: 'date-not-number', fields: notNumber.map((p) => names[p]) } };
  if (parts.year.replace(/^0+/, '').length !== 4) return { ok: false, error: { code: 'date-year-digits', fields: [names.year] } };
  const y = Number(parts.year);
  const m = Number(parts.month);
  const d = Number(parts.day);
  if (m < 1 || m > 12) return { ok: false, error: { code: 'date-impossible', fields: [names.month] } };
  if (d < 1 || d > 31) return { ok: false, error: { code: 'date-impossible', fields: [names.day] } };
  const earliest = earliestYear(key, asOf);
  if (y < earliest || y > 2100) return { ok: false, error: { code: 'date-range', fields: [names.year], vars: { min: earliest } } };
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!isIsoDate(iso)) return { ok: false, error: { code: 'date-impossible', fields: [names.day, names.month] } };
  if (iso > asOf && !FUTURE_DATE_KEYS.includes(key)) return { ok: false, error: { code: 'date-future', fields: [names.day, names.month, names.year] } };
  return { ok: true, iso };
}

/**
 * One answer from a plain form post: `get(name)` reads an input. "I don't
 * know" stores `unknown` where the question offers it; everything else is
 * checked against the zod schema of that key.
 */
export function parseAnswer(key: FactKey, get: (name: string) => string | null, intent: Intent, asOf: string): ParsedAnswer {
  const question = questionFor(key);
  const values: FieldValues = {};
  for (const name of inputNames(key)) {
    const v = clean(get(name));
    if (v !== '') values[name] = v;
  }
  if (intent === 'unknown' && question.allowsUnknown) {
    return validated(key, 'unknown', {}, { code: 'choice-or-unknown', fields: [firstInputId(key)] });
  }

  switch (question.input) {
    case 'date': {
      const result = parseDateParts(key, values[`${key}-day`] ?? '', values[`${key}-month`] ?? '', values[`${key}-year`] ?? '', asOf);
      if (!result.ok) return fail(result.error, values);
      return validated(key, result.iso, values, { code: 'date-impossible', fields: [`${key}-day`] });
    }
    case 'number': {
      const raw = values[key] ?? '';
      const range = numberRange(key);
      if (raw.replace(SPACES, '') === '') return fail({ code: 'number-missing', fields: [key] }, values);
      const n = parseWholeNumber(raw);
      if (n === null) return fail({ code: 'number-not-whole', fields: [key] }, values);
      if (n < range.min || n > range.max) return fail({ code: 'number-range', fields: [key], vars: range }, values);
      return validated(key, n, values, { code: 'number-range', fields: [key], vars: range });
    }
    case 'region': {
      const v = values[key] ?? '';
      const error: AnswerError = { code: 'region', fields: [key] };
      if (!(question.choices as readonly string[]).includes(v)) return fail(error, values);
      return validated(key, v, values, error);
    }
    default: {
      const v = values[key] ?? '';
      const error: AnswerError = { code: question.allowsUnknown ? 'choice-or-unknown' : 'choice', fields: [firstInputId(key)] };
      if (!(question.choices as readonly string[]).includes(v)) return fail(error, {});
      return validated(key, v, values, error);
    }
  }
}

/**
 * Whether the form would accept this stored answer on `asOf`: the answer is
 * put back into its form and read again with parseAnswer, so that an answer
 * from the cookie or from a hand-over link passes exactly the checks a
 * typed one does (no arrival after today, no birth 120 years ago, whole
 * numbers in range, only the choices offered).
 */
export function formAccepts(key: FactKey, value: unknown, asOf: string): boolean {
  if (value === undefined) return false;
  const intent: Intent = value === 'unknown' ? 'unknown' : 'continue';
  if (intent === 'unknown' && !questionFor(key).allowsUnknown) return false;
  const values = valuesFromAnswer(key, value);
  const parsed = parseAnswer(key, (name) => values[name] ?? null, intent, asOf);
  return parsed.ok && parsed.value === value;
}

/** The stored answers the forms would accept on `asOf`; any other is dropped, and its question is asked again. */
export function acceptedAnswers(facts: Facts, asOf: string): Facts {
  const kept: Record<string, unknown> = {};
  for (const key of FACT_KEYS) {
    const value = facts[key];
    if (value !== undefined && formAccepts(key, value, asOf)) kept[key] = value;
  }
  return kept as Facts;
}

/** Whether two sets of answers hold the same answers (the order of keys aside). */
export function sameAnswers(a: Facts, b: Facts): boolean {
  const keys = Object.keys(a) as FactKey[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Whether the forms would accept every one of these answers on `asOf` (a hand-over link's must all pass). */
export function allAccepted(facts: Facts, asOf: string): boolean {
  return sameAnswers(acceptedAnswers(facts, asOf), facts);
}

/** The form values that show a stored answer again (pre-filled when changing it). */
export function valuesFromAnswer(key: FactKey, value: unknown): FieldValues {
  if (value === undefined || value === 'unknown') return {};
  const input = questionFor(key).input;
  if (input === 'date' && typeof value === 'string' && isIsoDate(value)) {
    const [y, m, d] = value.split('-') as [string, string, string];
    return { [`${key}-day`]: String(Number(d)), [`${key}-month`]: String(Number(m)), [`${key}-year`]: y };
  }
  return { [key]: String(value) };
}

// ---------------------------------------------------------------------------
// Answers in words

/**
 * An answer as the person would say it: the choice's label, the region's
 * name, the date, the amount in the host currency, "2 children".
 */
export function answerText(t: TFunction, key: FactKey, value: unknown, lang: Language, host?: HostCountry): string {
  if (value === 'unknown') return unknownAnswerText(t, key);
  const input = questionFor(key).input;
  if (input === 'country' && typeof value === 'string') return countryName(t, value, lang);
  if (input === 'region' && typeof value === 'string') return regionName(t, value);
  if (input === 'date' && typeof value === 'string') return formatLongDate(value, lang);
  if (input === 'number' && typeof value === 'number') {
    const currency = host ? currencyOf(host) : null;
    if (MONEY_KEYS.includes(key) && currency) return formatMoney(value, currency, lang);
    return t(`questions:${key}.answer`, { count: value, n: numberFormat(intlLocale(lang)).format(value) });
  }
  return t(`questions:${key}.options.${String(value)}`);
}

/** The texts of a question that a host country may word in its own way. */
export type QuestionField = 'title' | 'hint';

/**
 * The text key of a question's title or hint: the host country's own wording
 * (`questions:<key>.byHost.<CC>.<field>`) where its texts have one, else the
 * general text. Every place that shows a question's title or hint asks here:
 * the question page, the thread, the review, the results' "what is missing"
 * links and the page title.
 */
export function questionTextKey(t: TFunction, key: FactKey, field: QuestionField, host: HostCountry | null | undefined): string {
  if (host) {
    const own = `questions:${key}.byHost.${host}.${field}`;
    if (optionalText(t, own) !== undefined) return own;
  }
  return `questions:${key}.${field}`;
}

/**
 * An answer's label in the printed summary: the short label
 * (`summary:facts.<key>`), or the host country's own question where it has
 * one, whose wording (a period, a round) decides what the answer means.
 */
export function summaryFactLabel(t: TFunction, key: FactKey, host: HostCountry | null | undefined): string {
  const own = questionTextKey(t, key, 'title', host);
  return own === `questions:${key}.title` ? t(`summary:facts.${key}`) : t(own);
}

/** A question's title or hint in the language of `t`, worded for the host country where it has its own wording. */
export function questionText(t: TFunction, key: FactKey, field: QuestionField, host: HostCountry | null | undefined): string {
  return t(questionTextKey(t, key, field, host));
}

/** The "I don't know" button of a question: "Prefer not to say" where the question words it so (`questions:<key>.unknown`). */
export function unknownLabel(t: TFunction, key: FactKey): string {
  return optionalText(t, `questions:${key}.unknown`) ?? t('interview:unknown');
}

/** An `unknown` answer in words: "I don't know", or the question's own ("Prefer not to say"). */
export function unknownAnswerText(t: TFunction, key: FactKey): string {
  return optionalText(t, `questions:${key}.unknownAnswer`) ?? t('interview:unknownAnswer');
}

/** A refused answer's message: the question's own wording where it has one (`questions:<key>.errors.<code>`), else the general one. */
export function errorMessage(t: TFunction, error: AnswerError, key: FactKey | null): string {
  const own = key ? optionalText(t, `questions:${key}.errors.${error.code}`, error.vars ?? {}) : undefined;
  return own ?? t(`interview:errors.${error.code}`, error.vars ?? {});
}

/** A translation, or undefined when the text does not exist (i18next returns the key). */
export function optionalText(t: TFunction, key: string, vars?: Record<string, unknown>): string | undefined {
  // Without values the answer depends only on the translator and the key: a page asks for
  // the same dozens of optional texts on every request (each option's "who", "next", ...).
  if (vars === undefined) {
    let texts = optionalTexts.get(t);
    if (!texts) {
      texts = new Map();
      optionalTexts.set(t, texts);
    }
    if (texts.has(key)) return texts.get(key);
    if (texts.size >= OPTIONAL_TEXTS_LIMIT) texts.clear();
    const text = lookUpOptional(t, key, {});
    texts.set(key, text);
    return text;
  }
  return lookUpOptional(t, key, vars);
}

const OPTIONAL_TEXTS_LIMIT = 10_000;
const optionalTexts = new WeakMap<TFunction, Map<string, string | undefined>>();

function lookUpOptional(t: TFunction, key: string, vars: Record<string, unknown>): string | undefined {
  const text = t(key, vars);
  const bare = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
  return text === key || text === bare || text.trim() === '' ? undefined : text;
}

// ---------------------------------------------------------------------------
// The interview around the current question

/** The question before `current` on the path; null on the first question. */
export function previousQuestion(path: readonly FactKey[], current: FactKey): FactKey | null {
  const index = path.indexOf(current);
  const before = index === -1 ? path.length : index;
  return before > 0 ? (path[before - 1] ?? null) : null;
}

/** The earlier questions shown above the current one: the path up to it. */
export function earlierQuestions(path: readonly FactKey[], current: FactKey): FactKey[] {
  const index = path.indexOf(current);
  return index === -1 ? [...path] : path.slice(0, index);
}

// ---------------------------------------------------------------------------
// Results

export const KIND_ORDER = ['stay', 'protection', 'return', 'hub', 'info'] as const;
export type OptionKindGroup = (typeof KIND_ORDER)[number];

export function groupOptions(options: readonly PresentedOption[]): { kind: OptionKindGroup; options: PresentedOption[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, options: options.filter((o) => o.kind === kind) })).filter((g) => g.options.length > 0);
}

/** The last day of EU temporary protection (Council Implementing Decision (EU) 2025/1460). */
export const TP_END = '2027-03-04';

/** Ages at which Ukrainian rules change for men: exit at 23 (reserve list), mobilisation at 25, exit again at 61. */
export const MEN_RULE_AGES = [23, 25, 61] as const;

export type KeyDateReason =
  | { kind: 'tp-end' }
  | { kind: 'tp-after' }
  | { kind: 'deadline'; option: string }
  | { kind: 'birthday'; age: number }
  | { kind: 'rules'; ruleSet: string };

export interface KeyDate {
  date: string;
  reasons: KeyDateReason[];
}

/** How far ahead the timeline looks. */
export const HORIZON_YEARS = 3;

/**
 * The last day of temporary protection in the person's host country, from
 * the host's own rules: the deadline of its `<CC>.temporary-protection`
 * option (4 March 2027 in the EU, 1 March 2027 in Moldova). None where the
 * host has no temporary protection (Norway's collective protection, Canada,
 * the United Kingdom, the United States) or no rules (`other`).
 */
export function protectionEnd(host: string | undefined, options: readonly Pick<PresentedOption, 'id' | 'deadline'>[]): string | undefined {
  return host ? options.find((o) => o.id === `${host}.temporary-protection`)?.deadline : undefined;
}

/**
 * The dates ahead on which this person's options may change: the end of
 * the host country's temporary protection and the day after, the day after
 * each deadline still ahead of an option that can apply (a deadline of an
 * option the person does not qualify for is no key date), the birthdays at
 * which rules for men change, and new rule-set versions taking effect.
 * Sorted, within three years, today excluded.
 */
export function keyDates(answers: Facts, asOf: string, options: readonly Pick<PresentedOption, 'id' | 'deadline' | 'status'>[]): KeyDate[] {
  const horizon = addYears(asOf, HORIZON_YEARS);
  const byDate = new Map<string, KeyDateReason[]>();
  const add = (date: string, reason: KeyDateReason) => {
    if (!(date > asOf && date <= horizon)) return;
    const list = byDate.get(date) ?? [];
    if (!list.some((r) => JSON.stringify(r) === JSON.stringify(reason))) list.push(reason);
    byDate.set(date, list);
  };
  const end = protectionEnd(answers.hostCountry, options);
  if (end) {
    add(end, { kind: 'tp-end' });
    add(addDays(end, 1), { kind: 'tp-after' });
  }
  for (const option of options) {
    if (option.deadline && option.deadline !== end && option.status !== 'not-eligible') add(addDays(option.deadline, 1), { kind: 'deadline', option: option.id });
  }
  if (answers.sex === 'male' && typeof answers.birthDate === 'string' && isIsoDate(answers.birthDate)) {
    for (const age of MEN_RULE_AGES) add(addYears(answers.birthDate, age), { kind: 'birthday', age });
  }
  if (answers.hostCountry) {
    const ids = ruleSetIdsFor(answers.hostCountry) as string[];
    for (const set of REGISTRY) {
      if (!ids.includes(set.id) || set.status !== 'adopted') continue;
      add(set.validFrom, { kind: 'rules', ruleSet: set.id });
      if (set.validTo) add(addDays(set.validTo, 1), { kind: 'rules', ruleSet: set.id });
    }
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, reasons]) => ({ date, reasons }));
}
