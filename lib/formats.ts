/**
 * Formats of a page language: long dates, money and its currency, country and
 * region names and the lists behind the country and region questions. Pure.
 */
import type { TFunction } from 'i18next';
import { FACT_KEYS, HOST_COUNTRIES, UA_REGIONS, type FactKey, type HostCountry } from '../rules';
import type { Language } from '../locales';
import { collator, displayNames, formatDate, INTL_LOCALE, numberFormat } from './present';

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
