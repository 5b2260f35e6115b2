/**
 * Spain: temporary protection to 4 March 2027; the routes out of it (Royal
 * Decree 316/2026, SEM Instruction 2/2026), known from a secondary summary
 * only since 6 December 2026. The people are JSON cases in
 * tests/fixtures/cases/es/ (cases.test.ts); this file keeps the golden persona
 * P25 and the boundaries as tables, on her answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { goldenCase, itGetsTheGoldenStatuses, noteKeys, option, reason, type Answers } from './support';

const liudmyla = (JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/es/liudmyla-p25-on-the-review-date.json'), 'utf8')) as { answers: Answers }).answers;
const REVIEW = '2026-12-06';
const SWITCHES = ['ES.work-residence', 'ES.arraigo', 'ES.minor-switch', 'ES.study-switch', 'ES.family-of-citizen', 'ES.long-term-residence'];

describe('ES golden persona P25 (Liudmyla)', () => {
  it('has the answers of the case file', () => {
    expect(goldenCase('P25').answers).toEqual(liudmyla);
  });
  itGetsTheGoldenStatuses(goldenCase('P25'));
});

describe('ES rule set versions', () => {
  it.each([
    ['2026-04-13', undefined],
    ['2026-04-14', '2026-04-14'],
    ['2026-12-05', '2026-04-14'],
    ['2026-12-06', '2026-12-06'],
  ])('on %s the version in force is %s', (asOf, version) => {
    expect(evaluatePerson(liudmyla, asOf).ruleSets.find((s) => s.id === 'ES')?.version).toBe(version);
  });

  it.each(SWITCHES.map((id) => [id]))('%s rests on a secondary summary: unverified from 6 December 2026', (id) => {
    expect(option(liudmyla, id, '2026-12-05').verification).toBe('verified');
    expect(option(liudmyla, id, REVIEW).verification).toBe('unverified');
    expect(option(liudmyla, id, REVIEW).status).not.toBe('eligible');
  });
});

describe('ES.temporary-protection', () => {
  // After 4 March 2027 the reported EU extension to 2028 is overdue (ADR 14): "maybe", not "no".
  it.each([
    ['2027-03-04', 'eligible', 'met'],
    ['2027-03-05', 'maybe', 'unknown'],
  ])('on %s: %s (before-tp-end %s)', (asOf, status, result) => {
    const r = option(liudmyla, 'ES.temporary-protection', asOf);
    expect(r.status).toBe(status);
    expect(reason(r, 'before-tp-end')?.result).toBe(result);
  });

  it('does not apply to someone who already has another permit', () => {
    expect(option({ ...liudmyla, currentStatus: 'other-permit' }, 'ES.temporary-protection', REVIEW).status).toBe('not-eligible');
  });

  it('warns everyone that the 2026 regularisation is not for them', () => {
    for (const currentStatus of ['temporary-protection', 'protection-applied', 'no-status'] as const) {
      expect(noteKeys(option({ ...liudmyla, currentStatus }, 'ES.temporary-protection', REVIEW))).toContain('regularisation-not-for-tp');
    }
  });

  it.each([
    ['2003-12-06', true],
    ['2003-12-07', false],
  ])('a man born on %s: exit-permit note %s', (birthDate, shown) => {
    const man: Answers = { ...liudmyla, sex: 'male', birthDate };
    expect(noteKeys(option(man, 'ES.temporary-protection', REVIEW)).includes('eu-men-exit-permit')).toBe(shown);
  });
});

describe('ES.work-residence (art. 191)', () => {
  it.each([
    ['employed', 'maybe'],
    ['self-employed', 'maybe'],
    ['unemployed', 'not-eligible'],
  ] as const)('employment %s: %s', (employment, status) => {
    expect(option({ ...liudmyla, employment }, 'ES.work-residence', REVIEW).status).toBe(status);
  });

  it('points the self-employed to the entrepreneur route as well', () => {
    expect(noteKeys(option({ ...liudmyla, employment: 'self-employed' }, 'ES.work-residence', REVIEW))).toContain('self-employed');
  });

  it('is only for people who hold temporary protection now', () => {
    expect(option({ ...liudmyla, currentStatus: 'protection-applied' }, 'ES.work-residence', REVIEW).status).toBe('not-eligible');
  });

  it.each([
    ['2027-03-04', 'maybe'],
    ['2027-03-05', 'maybe'],
  ])('on %s: %s (after 4 March 2027 the reported EU extension is overdue, so not a flat "no")', (asOf, status) => {
    expect(option(liudmyla, 'ES.work-residence', asOf).status).toBe(status);
  });
});

describe('ES.arraigo (art. 125): 2 years, time under temporary protection counts', () => {
  const settled: Answers = { ...liudmyla, protectionInterrupted: 'no' };

  it.each([
    ['2024-12-06', 'met', 'maybe'],
    ['2024-12-07', 'not-met', 'not-eligible'],
  ])('protection since %s on 6 December 2026: 2 years %s, %s', (protectionStartDate, result, status) => {
    const r = option({ ...settled, protectionStartDate }, 'ES.arraigo', REVIEW);
    expect(reason(r, 'two-years-residence')?.result).toBe(result);
    expect(r.status).toBe(status);
  });

  it('an interruption breaks the count; an unknown one is asked', () => {
    expect(option({ ...settled, protectionInterrupted: 'yes' }, 'ES.arraigo', REVIEW).status).toBe('not-eligible');
    expect(option(liudmyla, 'ES.arraigo', REVIEW).missing).toContain('protectionInterrupted');
  });
});

describe('ES.minor-switch, ES.study-switch, ES.family-of-citizen', () => {
  it.each([
    [1, 'maybe'],
    [0, 'not-eligible'],
  ])('%i children: %s', (childrenInHost, status) => {
    expect(option({ ...liudmyla, childrenInHost }, 'ES.minor-switch', REVIEW).status).toBe(status);
  });

  it.each([
    ['yes', 'maybe'],
    ['no', 'not-eligible'],
  ] as const)('enrolled %s: %s', (enrolledInStudies, status) => {
    expect(option({ ...liudmyla, enrolledInStudies }, 'ES.study-switch', REVIEW).status).toBe(status);
  });

  it.each([
    ['in-host-country', 'yes', 'maybe'],
    ['in-host-country', 'no', 'not-eligible'],
    ['in-ukraine', 'yes', 'not-eligible'],
  ] as const)('partner %s, citizen %s: %s', (partner, partnerIsHostOrEuCitizen, status) => {
    expect(option({ ...liudmyla, partner, partnerIsHostOrEuCitizen }, 'ES.family-of-citizen', REVIEW).status).toBe(status);
  });
});

describe('ES.long-term-residence: 5 years, time under temporary protection counts in full', () => {
  const settled: Answers = { ...liudmyla, protectionInterrupted: 'no' };

  it.each([
    ['2021-12-06', 'maybe'],
    ['2021-12-07', 'not-eligible'],
  ])('protection since %s on 6 December 2026: %s', (protectionStartDate, status) => {
    expect(option({ ...settled, protectionStartDate }, 'ES.long-term-residence', REVIEW).status).toBe(status);
  });

  it.each([
    ['temporary-protection', 'maybe'],
    ['other-permit', 'maybe'],
    ['no-status', 'not-eligible'],
  ] as const)('5 years reached, status %s: %s', (currentStatus, status) => {
    expect(option({ ...settled, protectionStartDate: '2021-12-06', currentStatus }, 'ES.long-term-residence', REVIEW).status).toBe(status);
  });
});
