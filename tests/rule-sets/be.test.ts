/**
 * Belgium at its boundaries. The personas (Kateryna, an applicant, a lapsed
 * status, a non-Ukrainian with a permanent Ukrainian permit) are JSON cases in
 * tests/fixtures/cases/be/; here: the end of temporary protection, the ages of
 * the reported EU rule for men, who is covered, the versions and the texts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { evaluatePerson, REGISTRY } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';
import { noteKeys, option, reason, type Answers } from './support';

const REVIEW = '2026-12-06';
const kateryna = (JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/be/be-kateryna-holder.json'), 'utf8')) as { answers: Answers }).answers;

describe('BE rule set versions', () => {
  it('start with the EU extension decision of 15 July 2025; the review applies from 6 December 2026', () => {
    expect(evaluatePerson(kateryna, '2025-07-14').absent).toContain('BE');
    const version = (asOf: string) => evaluatePerson(kateryna, asOf).ruleSets.find((s) => s.id === 'BE')?.version;
    expect(version('2025-07-15')).toBe('2025-07-15');
    expect(version('2026-12-05')).toBe('2025-07-15');
    expect(version(REVIEW)).toBe('2026-12-06');
  });
});

describe('BE.temporary-protection', () => {
  it('holds up to and including 4 March 2027; after it, the unconfirmed 2028 extension leaves it at maybe', () => {
    expect(option(kateryna, 'BE.temporary-protection', REVIEW).deadline).toBe('2027-03-04');
    expect(option(kateryna, 'BE.temporary-protection', '2027-03-04').status).toBe('eligible');
    const after = option(kateryna, 'BE.temporary-protection', '2027-03-05');
    expect(after.status).toBe('maybe');
    expect(reason(after, 'before-tp-end')?.result).toBe('unknown');
    expect(after.warnings.some((w) => w.type === 'overdue' && w.status === 'eligible')).toBe(true);
  });

  it('does not apply to someone with international protection', () => {
    expect(option({ ...kateryna, currentStatus: 'international-protection' }, 'BE.temporary-protection', REVIEW).status).toBe('not-eligible');
  });

  it.each([
    ['ukrainian', undefined, 'eligible'],
    ['other', 'protection', 'eligible'],
    ['other', 'permanent', 'maybe'],
    ['stateless', 'temporary', 'maybe'],
  ] as const)('nationality %s, right to live in Ukraine %s: %s', (nationality, residence, status) => {
    const person: Answers = { ...kateryna, nationality, ...(residence ? { residenceInUkraine: residence } : {}) };
    expect(option(person, 'BE.temporary-protection', REVIEW).status).toBe(status);
  });

  it('warns men from 23 about the reported exit-permit rule, from the 23rd birthday', () => {
    const man = (birthDate: string): Answers => ({ ...kateryna, sex: 'male', birthDate });
    expect(noteKeys(option(man('2003-12-06'), 'BE.temporary-protection', REVIEW))).toContain('eu-men-exit-permit');
    expect(noteKeys(option(man('2003-12-07'), 'BE.temporary-protection', REVIEW))).not.toContain('eu-men-exit-permit');
    expect(noteKeys(option(man('1965-12-06'), 'BE.temporary-protection', REVIEW))).not.toContain('eu-men-exit-permit');
  });
});

describe('texts', () => {
  it('every option names whom to contact, in uk, nl and en', () => {
    const set = REGISTRY.find((s) => s.id === 'BE' && s.version === REVIEW)!;
    for (const lang of LANGUAGES) {
      for (const o of set.options) {
        const key = `rules-be:options.${o.id.slice(3)}.contact`;
        expect(getT(lang)(key), `${lang} ${key}`).not.toBe(key.slice(9));
      }
    }
  });
});
