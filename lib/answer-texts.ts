/**
 * Answers and questions in words: an answer as the person gave it, the title
 * and hint of a question (host-specific where the rules say so), error
 * messages and optional texts.
 */
import type { TFunction } from 'i18next';
import { currencyOf, type FactKey, type HostCountry } from '../rules';
import { questionFor } from '../machines';
import type { Language } from '../locales';
import type { AnswerError } from './answer-form';
import { countryName, formatLongDate, formatMoney, intlLocale, MONEY_KEYS, regionName } from './formats';
import { numberFormat } from './present';

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
