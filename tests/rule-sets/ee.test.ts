/**
 * Estonia (issue 19): boundary tables and the texts a person reads that the
 * JSON cases in tests/fixtures/cases/ee/ do not reach (the contact text,
 * the day temporary protection ends, the end date on a card).
 */
import { describe, expect, it } from 'vitest';
import { evaluatePerson } from '../../rules';
import { LANGUAGES } from '../../locales';
import { getT } from '../../lib/i18n';
import { buildAdvice } from '../../lib/advice';
import { expectTextsRender, noteKeys, option, reason, run, type Answers } from './support';

const REVIEW = '2026-12-06';
const holder: Answers = { hostCountry: 'EE', birthDate: '1982-02-02', sex: 'female', arrivalDate: '2022-03-15', currentStatus: 'temporary-protection' };

describe('Estonia: the rule set', () => {
  it('starts with the EU decision of 15 July 2025', () => {
    expect(evaluatePerson(holder, '2025-07-14').absent).toContain('EE');
    expect(evaluatePerson(holder, '2025-07-15').absent).not.toContain('EE');
  });

  it('offers its options and nothing else', () => {
    expect(run(holder, REVIEW).filter((r) => r.ruleSet === 'EE').map((r) => r.id)).toEqual(['EE.temporary-protection', 'EE.after-tp']);
  });

  it('rests temporary protection on an official source', () => {
    expect(option(holder, 'EE.temporary-protection', REVIEW).verification).toBe('verified');
  });

  it.each([['2026-12-06'], ['2027-03-05']])('reads completely on %s', (asOf) => {
    expectTextsRender(holder, asOf);
    expectTextsRender({ hostCountry: 'EE' }, asOf);
  });
});

describe('Estonia: temporary protection around 4 March 2027', () => {
  it.each([
    ['2027-03-04', 'eligible', 'met'],
    // The reported EU extension to 2028 is unconfirmed and overdue (ADR 14): not "not eligible", but maybe.
    ['2027-03-05', 'maybe', 'unknown'],
  ] as const)('on %s it is %s (end of temporary protection: %s)', (asOf, status, result) => {
    const tp = option(holder, 'EE.temporary-protection', asOf);
    expect(tp.status).toBe(status);
    expect(tp.deadline).toBe('2027-03-04');
    expect(reason(tp, 'before-tp-end')?.result).toBe(result);
    expect(tp.warnings.map((w) => w.type)).toContain('overdue');
  });

  it('asks, after 4 March 2027, whether temporary protection still applies, in uk, nl and en', () => {
    const open = {
      uk: 'Ще невідомо: чи діятиме тимчасовий захист після 4 березня 2027 р.',
      nl: 'Nog niet bekend: of de tijdelijke bescherming na 4 maart 2027 nog geldt',
      en: 'Not known yet: whether temporary protection still applies after 4 March 2027',
    };
    for (const lang of LANGUAGES) {
      const tp = buildAdvice(holder, '2027-03-05', lang).options.find((o) => o.id === 'EE.temporary-protection')!;
      expect(tp.reasons.map((r) => r.text).join('\n'), lang).toContain(open[lang]);
    }
  });

  it.each([
    ['temporary-protection', 'eligible'],
    ['protection-applied', 'eligible'],
    ['no-status', 'eligible'],
    ['other-permit', 'not-eligible'],
    ['international-protection', 'not-eligible'],
    ['unknown', 'maybe'],
  ] as const)('someone whose status is %s: %s', (currentStatus, status) => {
    expect(option({ ...holder, currentStatus, permitEndDate: '2027-03-04' }, 'EE.temporary-protection', REVIEW).status).toBe(status);
  });
});

describe('Estonia: the end date on the card', () => {
  it.each([
    ['2026-03-04', true],
    ['2027-03-03', true],
    ['2027-03-04', false],
    ['2028-03-04', false],
  ] as const)('a card ending %s: the note shows %s', (permitEndDate, shown) => {
    expect(noteKeys(option({ ...holder, permitEndDate }, 'EE.temporary-protection', REVIEW)).includes('permit-ends-early')).toBe(shown);
  });

  it('asks the end date on the card, because it decides an action', () => {
    expect(option(holder, 'EE.temporary-protection', REVIEW).missing.includes('permitEndDate')).toBe(true);
  });
});

describe('Estonia: who to call', () => {
  const pieces: Record<string, string[]> = {'temporary-protection': ['1247', '+372 600 1247', '24/7', 'asylum.politsei.ee'], 'after-tp': ['1247', '+372 600 1247', '24/7']};
  it.each(LANGUAGES.map((l) => [l]))('%s: every option says whom to contact, with the official addresses and numbers', (lang) => {
    const t = getT(lang);
    for (const [slug, expected] of Object.entries(pieces)) {
      const key = `rules-ee:options.${slug}.contact`;
      const text = t(key);
      expect(text, key).not.toBe(`options.${slug}.contact`);
      for (const piece of expected) expect(text, `${lang} ${slug}`).toContain(piece);
    }
  });
});

describe('Estonia: staying without temporary protection', () => {
  it.each([
    [{ currentStatus: 'no-status' }, true],
    [{ currentStatus: 'no-status', nationality: 'ukrainian' }, true],
    [{ currentStatus: 'no-status', nationality: 'other' }, false],
    [{ currentStatus: 'temporary-protection' }, false],
  ] as const)('%o: the Aliens Act note shows %s', (facts, shown) => {
    expect(noteKeys(option({ hostCountry: 'EE', ...facts }, 'EE.temporary-protection', REVIEW)).includes('staying-without-tp')).toBe(shown);
  });
});
