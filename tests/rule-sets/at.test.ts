/**
 * Austria: the boundaries as tables. The people are JSON cases in
 * tests/fixtures/cases/at/ (cases.test.ts); this file borrows their answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { noteKeys, option, reason, run, type Answers } from './support';

const natalia = (JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/at/natalia-vienna-rwr-card-plus.json'), 'utf8')) as { answers: Answers }).answers;
const REVIEW = '2026-12-06';

describe('Austria: the rule set', () => {
  it('has every option the contract requires, in both versions', () => {
    for (const asOf of ['2026-11-28', REVIEW]) {
      const ids = run(natalia, asOf).filter((r) => r.ruleSet === 'AT').map((r) => r.id);
      for (const id of ['AT.temporary-protection', 'AT.rwr-card-plus']) expect(ids).toContain(id);
    }
  });
});

describe('Austria: displaced person status', () => {
  // After 4 March 2027 the reported EU extension to 2028 is overdue (ADR 14): "maybe", not "no".
  it.each([
    ['2027-03-04', 'eligible'],
    ['2027-03-05', 'maybe'],
  ])('on %s: %s', (asOf, status) => {
    expect(option(natalia, 'AT.temporary-protection', asOf).status).toBe(status);
  });

  it.each([
    [undefined, undefined, 'eligible'],
    ['ukrainian', undefined, 'eligible'],
    ['other', 'protection', 'eligible'],
    ['stateless', 'protection', 'eligible'],
    ['other', 'permanent', 'maybe'],
    ['other', 'temporary', 'maybe'],
    ['other', undefined, 'maybe'],
  ] as const)('nationality %s, right to live in Ukraine %s: %s', (nationality, residenceInUkraine, status) => {
    const answers: Answers = { ...natalia, ...(nationality ? { nationality } : {}), ...(residenceInUkraine ? { residenceInUkraine } : {}) };
    expect(option(answers, 'AT.temporary-protection', REVIEW).status).toBe(status);
  });
});

describe('Austria: Red-White-Red Card plus', () => {
  it.each([
    [14, 'maybe', 'met'],
    [12, 'maybe', 'met'],
    [11, 'not-eligible', 'not-met'],
  ])('%i months of insured work: %s', (months, status, result) => {
    const card = option({ ...natalia, insuredWorkMonthsLast24: months }, 'AT.rwr-card-plus', REVIEW);
    expect(card.status).toBe(status);
    expect(reason(card, 'insured-work')).toMatchObject({ result, vars: { value: months, than: 12 } });
  });

  it.each([
    ['none', 'not-eligible'],
    ['A1', 'maybe'],
    ['B2', 'maybe'],
  ] as const)('German %s: %s', (hostLanguageLevel, status) => {
    expect(option({ ...natalia, hostLanguageLevel }, 'AT.rwr-card-plus', REVIEW).status).toBe(status);
  });

  it('is only for people who hold displaced status', () => {
    expect(option({ ...natalia, currentStatus: 'other-permit' }, 'AT.rwr-card-plus', REVIEW).status).toBe('not-eligible');
  });

  it('rests on the Interior Ministry\'s page (verified)', () => {
    const card = option(natalia, 'AT.rwr-card-plus', REVIEW);
    expect(card.verification).toBe('verified');
    expect(card.sources).toContain('at-bmi-rwr-plus');
  });

  // The 3-year card with A2 and two years of displaced status on the day asked.
  it.each([
    ['A2', '2024-12-06', true],
    ['A2', '2024-12-07', false],
    ['A1', '2022-11-01', false],
  ] as const)('German %s, status since %s: 3-year card note %s', (hostLanguageLevel, protectionStartDate, shown) => {
    const notes = noteKeys(option({ ...natalia, hostLanguageLevel, protectionStartDate }, 'AT.rwr-card-plus', REVIEW));
    expect(notes.includes('three-year-card')).toBe(shown);
  });
});
