/**
 * France at its boundaries. The personas (Natalia, a holder whose home is not
 * occupied, a lapsed status, a stateless person with protection in Ukraine)
 * are JSON cases in tests/fixtures/cases/fr/; here: the end of temporary
 * protection, the ages of the reported EU rule for men, who is covered, the
 * versions and the texts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { evaluatePerson, REGISTRY } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';
import { noteKeys, option, reason, type Answers } from './support';

const REVIEW = '2026-12-06';
const natalia = (JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/fr/fr-natalia-holder.json'), 'utf8')) as { answers: Answers }).answers;

describe('FR rule set versions', () => {
  it('start with the EU extension decision of 15 July 2025; the review applies from 6 December 2026', () => {
    expect(evaluatePerson(natalia, '2025-07-14').absent).toContain('FR');
    const version = (asOf: string) => evaluatePerson(natalia, asOf).ruleSets.find((s) => s.id === 'FR')?.version;
    expect(version('2025-07-15')).toBe('2025-07-15');
    expect(version('2026-12-05')).toBe('2025-07-15');
    expect(version(REVIEW)).toBe('2026-12-06');
  });
});

describe('FR.temporary-protection', () => {
  it('holds up to and including 4 March 2027; after it, the unconfirmed 2028 extension leaves it at maybe', () => {
    expect(option(natalia, 'FR.temporary-protection', REVIEW).deadline).toBe('2027-03-04');
    expect(option(natalia, 'FR.temporary-protection', '2027-03-04').status).toBe('eligible');
    const after = option(natalia, 'FR.temporary-protection', '2027-03-05');
    expect(after.status).toBe('maybe');
    expect(reason(after, 'before-tp-end')?.result).toBe('unknown');
  });

  it.each([
    ['ukrainian', undefined, 'eligible'],
    ['stateless', 'protection', 'eligible'],
    ['other', 'permanent', 'maybe'],
    ['other', 'temporary', 'maybe'],
  ] as const)('nationality %s, right to live in Ukraine %s: %s', (nationality, residence, status) => {
    const person: Answers = { ...natalia, nationality, ...(residence ? { residenceInUkraine: residence } : {}) };
    expect(option(person, 'FR.temporary-protection', REVIEW).status).toBe(status);
  });

  it('warns men from 23 about the reported exit-permit rule, from the 23rd birthday', () => {
    const man = (birthDate: string): Answers => ({ ...natalia, sex: 'male', birthDate });
    expect(noteKeys(option(man('2003-12-06'), 'FR.temporary-protection', REVIEW))).toContain('eu-men-exit-permit');
    expect(noteKeys(option(man('2003-12-07'), 'FR.temporary-protection', REVIEW))).not.toContain('eu-men-exit-permit');
  });
});

describe('FR.asylum and FR.work-permit', () => {
  it('asylum is not needed by someone who already has international protection', () => {
    expect(option({ ...natalia, currentStatus: 'international-protection' }, 'FR.asylum', REVIEW).status).toBe('not-eligible');
  });

  it.each([
    ['employed', 'maybe'],
    ['self-employed', 'maybe'],
    ['retired', 'not-eligible'],
  ] as const)('employment %s: the permit for work is %s', (employment, status) => {
    expect(option({ ...natalia, employment }, 'FR.work-permit', REVIEW).status).toBe(status);
  });
});

describe('texts', () => {
  it('every option names whom to contact, in uk, nl and en', () => {
    const set = REGISTRY.find((s) => s.id === 'FR' && s.version === REVIEW)!;
    for (const lang of LANGUAGES) {
      for (const o of set.options) {
        const key = `rules-fr:options.${o.id.slice(3)}.contact`;
        expect(getT(lang)(key), `${lang} ${key}`).not.toBe(key.slice(9));
      }
    }
  });
});
