/**
 * Ireland at its boundaries. The personas (Halyna, an applicant without a job,
 * a non-Ukrainian with a temporary Ukrainian permit) are JSON cases in
 * tests/fixtures/cases/ie/; here: the end of temporary protection, the ages of
 * the reported EU rule for men, who is covered, the versions and the texts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { evaluatePerson, REGISTRY } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';
import { noteKeys, option, reason, type Answers } from './support';

const REVIEW = '2026-12-06';
const halyna = (JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/ie/ie-halyna-holder.json'), 'utf8')) as { answers: Answers }).answers;

describe('IE rule set versions', () => {
  it('start with the notice of 13 February 2026; the review applies from 6 December 2026', () => {
    expect(evaluatePerson(halyna, '2026-02-12').absent).toContain('IE');
    const version = (asOf: string) => evaluatePerson(halyna, asOf).ruleSets.find((s) => s.id === 'IE')?.version;
    expect(version('2026-02-13')).toBe('2026-02-13');
    expect(version('2026-12-05')).toBe('2026-02-13');
    expect(version(REVIEW)).toBe('2026-12-06');
  });
});

describe('IE.temporary-protection', () => {
  it('holds up to and including 4 March 2027; after it, the unconfirmed 2028 extension leaves it at maybe', () => {
    expect(option(halyna, 'IE.temporary-protection', REVIEW).deadline).toBe('2027-03-04');
    expect(option(halyna, 'IE.temporary-protection', '2027-03-04').status).toBe('eligible');
    const after = option(halyna, 'IE.temporary-protection', '2027-03-05');
    expect(after.status).toBe('maybe');
    expect(reason(after, 'before-tp-end')?.result).toBe('unknown');
    expect(after.warnings.some((w) => w.type === 'overdue' && w.status === 'eligible')).toBe(true);
  });

  it.each([
    ['protection-applied', 'eligible'],
    ['no-status', 'eligible'],
    ['international-protection', 'not-eligible'],
    ['other-permit', 'not-eligible'],
    ['unknown', 'maybe'],
  ] as const)('current status %s: %s', (currentStatus, status) => {
    expect(option({ ...halyna, currentStatus }, 'IE.temporary-protection', REVIEW).status).toBe(status);
  });

  it('warns men from 23 about the reported exit-permit rule, from the 23rd birthday', () => {
    const man = (birthDate: string): Answers => ({ ...halyna, sex: 'male', birthDate });
    expect(noteKeys(option(man('2003-12-06'), 'IE.temporary-protection', REVIEW))).toContain('eu-men-exit-permit');
    expect(noteKeys(option(man('2003-12-07'), 'IE.temporary-protection', REVIEW))).not.toContain('eu-men-exit-permit');
  });
});

describe('IE.international-protection and IE.employment-permit', () => {
  it('international protection is not needed by someone who already has it or another permit', () => {
    expect(option({ ...halyna, currentStatus: 'international-protection' }, 'IE.international-protection', REVIEW).status).toBe('not-eligible');
    expect(option({ ...halyna, currentStatus: 'other-permit' }, 'IE.international-protection', REVIEW).status).toBe('not-eligible');
  });

  it('the internal-protection note follows the home area', () => {
    expect(noteKeys(option(halyna, 'IE.international-protection', REVIEW))).toContain('internal-protection');
    expect(noteKeys(option({ ...halyna, homeAreaOccupied: 'yes' }, 'IE.international-protection', REVIEW))).not.toContain('internal-protection');
  });

  it.each([
    ['employed', 'maybe'],
    ['self-employed', 'not-eligible'],
    ['unemployed', 'not-eligible'],
  ] as const)('employment %s: the employment permit is %s, and says it ends temporary protection', (employment, status) => {
    const r = option({ ...halyna, employment }, 'IE.employment-permit', REVIEW);
    expect(r.status).toBe(status);
    expect(noteKeys(r)).toContain('ends-tp');
  });
});

describe('texts', () => {
  it('every option names whom to contact, in uk, nl and en', () => {
    const set = REGISTRY.find((s) => s.id === 'IE' && s.version === REVIEW)!;
    for (const lang of LANGUAGES) {
      for (const o of set.options) {
        const key = `rules-ie:options.${o.id.slice(3)}.contact`;
        expect(getT(lang)(key), `${lang} ${key}`).not.toBe(key.slice(9));
      }
    }
  });
});
