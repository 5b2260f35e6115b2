/**
 * Croatia: temporary protection to 4 March 2027. The person is a JSON case in
 * tests/fixtures/cases/hr/ (cases.test.ts); this file keeps the boundaries as
 * tables, on her answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';
import { option, reason, run, type Answers } from './support';

const marta = (JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/hr/marta-zagreb-since-2022.json'), 'utf8')) as { answers: Answers }).answers;
const REVIEW = '2026-12-06';

describe('Croatia: temporary protection', () => {
  it('exists for the contract, in both versions', () => {
    expect(run(marta, '2026-11-28').map((r) => r.id)).toContain('HR.temporary-protection');
    expect(run(marta, REVIEW).map((r) => r.id)).toContain('HR.temporary-protection');
  });

  // After 4 March 2027 the reported EU extension to 2028 is overdue (ADR 14): "maybe", not "no".
  it.each([
    ['2027-03-04', 'eligible', 'met'],
    ['2027-03-05', 'maybe', 'unknown'],
  ])('on %s: %s (before-tp-end %s)', (asOf, status, result) => {
    const tp = option(marta, 'HR.temporary-protection', asOf);
    expect(tp.status).toBe(status);
    expect(reason(tp, 'before-tp-end')?.result).toBe(result);
  });

  it.each([
    ['temporary-protection', 'eligible'],
    ['protection-applied', 'eligible'],
    ['other-permit', 'not-eligible'],
    ['unknown', 'maybe'],
  ] as const)('current status %s: %s', (currentStatus, status) => {
    expect(option({ ...marta, currentStatus }, 'HR.temporary-protection', REVIEW).status).toBe(status);
  });

  it.each([
    ['2025-07-14', undefined],
    ['2025-07-15', '2025-07-15'],
    ['2026-12-05', '2025-07-15'],
    ['2026-12-06', '2026-12-06'],
  ])('on %s the version in force is %s', (asOf, version) => {
    expect(evaluatePerson(marta, asOf).ruleSets.find((s) => s.id === 'HR')?.version).toBe(version);
  });

  it.each(LANGUAGES.map((l) => [l]))('%s: whom to contact, and who is covered when not a Ukrainian citizen', (lang) => {
    const t = getT(lang);
    expect(t('rules-hr:options.temporary-protection.contact')).toContain('policijska uprava');
    expect(t('rules-hr:options.temporary-protection.who')).toContain('24');
  });
});
