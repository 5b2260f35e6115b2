import { describe, expect, it } from 'vitest';
import { getT } from '../../lib/i18n';
import { countryChoices, countryName, currencyLabel, formatLongDate, formatMoney, regionChoices } from '../../lib/formats';
import { collator, dateTimeFormat, displayNames, formatDate, formatNumber, listFormat, numberFormat, pluralRules } from '../../lib/present';
import { LANGUAGES } from '../../locales';

describe('shared Intl formatters', () => {
  it('are made once per locale and options', () => {
    expect(dateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' })).toBe(dateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' }));
    expect(dateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' })).not.toBe(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }));
    expect(numberFormat('uk')).toBe(numberFormat('uk'));
    expect(numberFormat('uk', { style: 'currency', currency: 'EUR' })).not.toBe(numberFormat('uk', { style: 'currency', currency: 'CZK' }));
    expect(displayNames('en-GB', { type: 'region' })).toBe(displayNames('en-GB', { type: 'region' }));
    expect(collator('uk')).toBe(collator('uk'));
    expect(listFormat('nl', { type: 'disjunction' })).toBe(listFormat('nl', { type: 'disjunction' }));
    expect(pluralRules('uk')).toBe(pluralRules('uk'));
  });

  it('format exactly as freshly made ones', () => {
    for (const lang of LANGUAGES) {
      const locale = { uk: 'uk', nl: 'nl', en: 'en-GB' }[lang];
      expect(formatLongDate('2027-03-04', lang)).toBe(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2027-03-04T00:00:00Z')));
      expect(countryName(getT(lang), 'NL', lang)).toBe(new Intl.DisplayNames([locale], { type: 'region' }).of('NL'));
      expect(formatMoney(1450, 'PLN', lang)).toBe(new Intl.NumberFormat(locale, { style: 'currency', currency: 'PLN', maximumFractionDigits: 0 }).format(1450));
      expect(currencyLabel('CZK', lang)).toContain('CZK');
      const presentLocale = { uk: 'uk-UA', nl: 'nl-NL', en: 'en-GB' }[lang];
      expect(formatDate('2026-11-28', lang)).toBe(
        new Intl.DateTimeFormat(presentLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 28)),
      );
      expect(formatNumber(1234567, lang)).toBe(new Intl.NumberFormat(presentLocale).format(1234567));
    }
  });
});

describe('cached choice lists', () => {
  it('countryChoices: the same list each time, a copy the caller may change', () => {
    for (const lang of LANGUAGES) {
      const first = countryChoices(getT(lang), lang);
      const expected = structuredClone(first);
      first.reverse();
      first[0]!.label = 'changed';
      expect(countryChoices(getT(lang), lang)).toEqual(expected);
    }
  });

  it('regionChoices: per translator and language, a copy the caller may change', () => {
    for (const lang of LANGUAGES) {
      const t = getT(lang);
      const first = regionChoices(t, lang);
      const expected = structuredClone(first);
      first.pop();
      expect(regionChoices(t, lang)).toEqual(expected);
      expect(expected).toHaveLength(27);
    }
  });
});
