/**
 * Reading one answer from a plain form post and checking it: the inputs of
 * each question, numbers, dates, money, and whether stored answers are ones
 * the form accepts. No I/O and no clock: the date is always an argument.
 */
import { FACT_KEYS, FactsSchema, FUTURE_DATE_KEYS, isIsoDate, type FactKey, type Facts } from '../rules';
import { questionFor } from '../machines';

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
function numberRange(key: FactKey): { min: number; max: number } {
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
const OLDEST_AGE_YEARS = 120;

/** The first year a date question accepts on `asOf`: 1900, or for a date of birth 120 years before this year. */
function earliestYear(key: FactKey, asOf: string): number {
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
function formAccepts(key: FactKey, value: unknown, asOf: string): boolean {
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
