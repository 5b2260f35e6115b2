/**
 * The translator is i18next itself, one instance per language: texts with
 * their placeholders, plurals by the language's rules, and no fallback to
 * another language.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/translator';
import { getT } from '../../lib/i18n';

describe('the translator', () => {
  it('fills placeholders and picks plurals by the language', () => {
    const uk = createTranslator('uk', { common: { days_one: '{{count}} день', days_few: '{{count}} дні', days_many: '{{count}} днів', days_other: '{{count}} дня', hi: 'Привіт, {{name}}' } });
    expect(uk('days', { count: 1 })).toBe('1 день');
    expect(uk('days', { count: 3 })).toBe('3 дні');
    expect(uk('days', { count: 25 })).toBe('25 днів');
    expect(uk('common:hi', { name: 'Олена' })).toBe('Привіт, Олена');
  });

  it('never falls back to another language: a missing text shows its key', () => {
    const nl = createTranslator('nl', { common: { yes: 'ja' } });
    expect(nl('common:no')).toBe('no');
    expect(nl('results:title')).toBe('title');
  });

  it('serves each page language from its own texts', () => {
    expect(getT('en')('common:status.maybe')).not.toBe(getT('uk')('common:status.maybe'));
    expect(getT('nl')('common:status.maybe')).not.toBe('status.maybe');
  });
});
