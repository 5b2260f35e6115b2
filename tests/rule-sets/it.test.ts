/**
 * Italy: temporary protection to 4 March 2027 (EU decision; Decree-Law
 * 201/2025); conversion into a work permit (law 213/2023, art. 1, para. 396).
 * The people are JSON cases in tests/fixtures/cases/it/ (cases.test.ts); this
 * file keeps the boundaries as tables, on their answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { noteKeys, option, reason, type Answers } from './support';

const andrii = (JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/it/andrii-milan-warehouse-since-2022.json'), 'utf8')) as { answers: Answers }).answers;
const REVIEW = '2026-12-06';

describe('IT rule set versions', () => {
  it.each([
    ['2025-07-14', undefined],
    ['2025-07-15', '2025-07-15'],
    ['2026-12-05', '2025-07-15'],
    ['2026-12-06', '2026-12-06'],
  ])('on %s the version in force is %s', (asOf, version) => {
    expect(evaluatePerson(andrii, asOf).ruleSets.find((s) => s.id === 'IT')?.version).toBe(version);
  });
});

describe('IT.temporary-protection', () => {
  // After 4 March 2027 the reported EU extension to 2028 is overdue (ADR 14): "maybe", not "no".
  it.each([
    ['2027-03-04', 'eligible', 'met'],
    ['2027-03-05', 'maybe', 'unknown'],
  ])('on %s: %s (before-tp-end %s)', (asOf, status, result) => {
    const r = option(andrii, 'IT.temporary-protection', asOf);
    expect(r.status).toBe(status);
    expect(reason(r, 'before-tp-end')?.result).toBe(result);
  });

  it.each([
    ['1979-02-03', true],
    ['2003-12-06', true],
    ['2003-12-07', false],
  ])('a man born on %s: exit-permit note %s', (birthDate, shown) => {
    expect(noteKeys(option({ ...andrii, birthDate }, 'IT.temporary-protection', REVIEW)).includes('eu-men-exit-permit')).toBe(shown);
  });

  it.each([
    ['2022-02-23', 'other-permit', true],
    ['2022-02-24', 'other-permit', false],
    ['2021-09-01', 'temporary-protection', false],
  ] as const)('arrived %s with %s: special protection note %s', (arrivalDate, currentStatus, shown) => {
    expect(noteKeys(option({ ...andrii, arrivalDate, currentStatus }, 'IT.temporary-protection', REVIEW)).includes('special-protection-renewal')).toBe(shown);
  });

  it('does not apply to someone who already has another permit', () => {
    expect(option({ ...andrii, currentStatus: 'other-permit' }, 'IT.temporary-protection', REVIEW).status).toBe('not-eligible');
  });
});

describe('IT.work-permit-conversion (law 213/2023, art. 1, para. 396)', () => {
  it.each([
    ['employed', 'eligible'],
    ['unknown', 'maybe'],
    ['unemployed', 'not-eligible'],
    ['self-employed', 'not-eligible'],
  ] as const)('employment %s: %s', (employment, status) => {
    expect(option({ ...andrii, employment }, 'IT.work-permit-conversion', REVIEW).status).toBe(status);
  });

  // Paragraph 396 names the permits of paragraph 395, those that ran until 31 December 2023.
  it.each([
    ['2023-12-31', 'eligible', 'met'],
    ['2024-01-01', 'maybe', 'not-met'],
    ['unknown', 'maybe', 'unknown'],
  ])('protection since %s: %s (permit-by-2023 %s)', (protectionStartDate, status, result) => {
    const r = option({ ...andrii, protectionStartDate }, 'IT.work-permit-conversion', REVIEW);
    expect(r.status).toBe(status);
    expect(reason(r, 'permit-by-2023')?.result).toBe(result);
  });

  it('sends the self-employed to the Questura', () => {
    expect(noteKeys(option({ ...andrii, employment: 'self-employed' }, 'IT.work-permit-conversion', REVIEW))).toContain('self-employed');
  });

  it('converts only a temporary protection permit', () => {
    expect(option({ ...andrii, currentStatus: 'protection-applied' }, 'IT.work-permit-conversion', REVIEW).status).toBe('not-eligible');
  });
});
