/**
 * The Dutch rule set at its boundaries. The personas (P01 Olena, P04 Serhii,
 * people of other nationalities, a lapsed status, the return-money note) are
 * JSON cases in tests/fixtures/cases/nl/, run by cases.test.ts; here are the
 * tables where a case per value would be noise: the end of temporary
 * protection (4 and 5 March 2027), the start of the transition document
 * (5 March 2027), the announcement of 28 November 2025 (27 and 28 November),
 * the ages of the reported EU rule for men (22 / 23rd birthday / 60 / 61), the
 * version in force around 6 December 2026, and the texts every option needs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { evaluatePerson, REGISTRY } from '../../rules';
import { buildAdvice } from '../../lib/advice';
import { getT, LANGUAGES } from '../../lib/i18n';
import { noteKeys, option, reason, type Answers } from './support';

/** The answers of a JSON case in tests/fixtures/cases/nl/. */
function persona(file: string): Answers {
  return (JSON.parse(readFileSync(path.resolve(__dirname, `../fixtures/cases/nl/${file}.json`), 'utf8')) as { answers: Answers }).answers;
}

const REVIEW = '2026-12-06';
const olena = persona('nl-p01-holder-withdraw-when-ind-writes');
const serhii = persona('nl-p04-man-arrived-2026');

describe('end of temporary protection: 4 March 2027 vs 5 March 2027', () => {
  it('on 4 March 2027 temporary protection still holds (last day)', () => {
    const tp = option(olena, 'NL.temporary-protection', '2027-03-04');
    expect(tp.status).toBe('eligible');
    expect(tp.daysLeft).toBe(0);
  });

  it('on 5 March 2027 it has ended under the last confirmed decision, but the reported 2028 extension is unconfirmed and overdue: maybe, with what to check', () => {
    const tp = option(olena, 'NL.temporary-protection', '2027-03-05');
    expect(tp.status).toBe('maybe');
    expect(reason(tp, 'before-tp-end')?.result).toBe('unknown');
    const overdue = tp.warnings.find((w) => w.type === 'overdue');
    expect(overdue?.key).toBe('checks.eu-extension-2028');
    expect(overdue?.status).toBe('eligible');
  });

  it('the transition document needs temporary protection on 4 March 2027; on 5 March it depends on the unconfirmed extension', () => {
    expect(option(olena, 'NL.transition-permit', '2027-03-04').status).toBe('maybe');
    const after = option(olena, 'NL.transition-permit', '2027-03-05');
    expect(after.status).toBe('maybe');
    expect(reason(after, 'before-tp-end')?.result).toBe('unknown');
  });

  it('the start-date note shows until the transition document would start on 5 March 2027', () => {
    expect(noteKeys(option(olena, 'NL.transition-permit', '2027-03-04'))).toContain('start-date');
    expect(noteKeys(option(olena, 'NL.transition-permit', '2027-03-05'))).not.toContain('start-date');
    expect(option(olena, 'NL.transition-permit', REVIEW).warnings.find((w) => w.key.endsWith('start-date'))?.vars.date).toBe('2027-03-05');
  });
});

describe('arrival around the announcement of 28 November 2025', () => {
  it('arrived on 27 November 2025: no late-arrival warning', () => {
    expect(noteKeys(option({ ...serhii, arrivalDate: '2025-11-27' }, 'NL.transition-permit', REVIEW))).not.toContain('late-arrival');
  });

  it('arrived on 28 November 2025: late-arrival warning with the date', () => {
    const permit = option({ ...serhii, arrivalDate: '2025-11-28' }, 'NL.transition-permit', REVIEW);
    expect(permit.warnings.find((w) => w.key.endsWith('late-arrival'))?.vars.date).toBe('2025-11-28');
  });
});

describe('the asylum application and the transition document', () => {
  it.each([
    ['yes', true],
    ['unknown', true],
    ['no', false],
  ] as const)('pending asylum application %s: withdrawal and letter notes %s', (pending, shown) => {
    const keys = noteKeys(option({ ...olena, pendingAsylumApplication: pending }, 'NL.transition-permit', REVIEW));
    expect(keys.includes('withdraw-asylum')).toBe(shown);
    expect(keys.includes('ind-letter')).toBe(shown);
  });

  it('the withdrawal is an action, so the interview asks; but not for someone with another permit', () => {
    const unasked: Answers = { ...olena };
    delete unasked.pendingAsylumApplication;
    expect(option(unasked, 'NL.transition-permit', REVIEW).missing).toContain('pendingAsylumApplication');
    const withPermit = option({ ...unasked, currentStatus: 'other-permit' }, 'NL.transition-permit', REVIEW);
    expect(withPermit.status).toBe('not-eligible');
    expect(withPermit.missing).not.toContain('pendingAsylumApplication');
  });

  it('the notes are actions; the letter note never states a reply period', () => {
    const permit = option(olena, 'NL.transition-permit', REVIEW);
    expect(permit.warnings.filter((w) => w.action).map((w) => w.key.split('.').at(-1))).toEqual(['withdraw-asylum', 'ind-letter']);
    for (const lang of LANGUAGES) {
      const text = getT(lang)('rules-nl:options.transition-permit.notes.ind-letter');
      expect(text, lang).not.toMatch(/\d+\s*(weeks|weken|тижн|days|dagen|дн)/);
    }
  });
});

describe('who is covered: nationality and the right to live in Ukraine', () => {
  it.each([
    [undefined, undefined, 'eligible'],
    ['ukrainian', undefined, 'eligible'],
    ['other', 'protection', 'eligible'],
    ['other', 'permanent', 'eligible'],
    ['stateless', 'permanent', 'eligible'],
    ['other', 'temporary', 'maybe'],
    ['other', 'none', 'maybe'],
    ['other', undefined, 'maybe'],
    ['unknown', undefined, 'maybe'],
  ] as const)('nationality %s, right to live in Ukraine %s: %s', (nationality, residence, status) => {
    const person: Answers = { ...olena, ...(nationality ? { nationality } : {}), ...(residence ? { residenceInUkraine: residence } : {}) };
    expect(option(person, 'NL.temporary-protection', REVIEW).status).toBe(status);
  });

  it('a Ukrainian is never asked the right to live in Ukraine; a non-Ukrainian is', () => {
    expect(option({ ...olena, nationality: 'ukrainian' }, 'NL.temporary-protection', REVIEW).missing).not.toContain('residenceInUkraine');
    expect(option({ ...olena, nationality: 'other' }, 'NL.temporary-protection', REVIEW).missing).toContain('residenceInUkraine');
  });
});

describe('reported EU rule for men 23–60: the note on temporary protection by exact age (6 December 2026)', () => {
  const hasNote = (birthDate: string) => noteKeys(option({ ...serhii, birthDate }, 'NL.temporary-protection', REVIEW)).includes('eu-men-exit-permit');

  it('exactly 22 today: no note', () => expect(hasNote('2004-12-06')).toBe(false));
  it('the day before his 23rd birthday: no note', () => expect(hasNote('2003-12-07')).toBe(false));
  it('on his 23rd birthday: note', () => expect(hasNote('2003-12-06')).toBe(true));
  it('exactly 60: note', () => expect(hasNote('1966-12-06')).toBe(true));
  it('61: no note', () => expect(hasNote('1965-12-06')).toBe(false));
  it('the status itself never depends on age', () => {
    for (const b of ['2004-12-06', '2003-12-06', '1966-12-06', '1965-12-06']) {
      expect(option({ ...serhii, birthDate: b }, 'NL.temporary-protection', REVIEW).status).toBe('eligible');
    }
  });
});

describe('version selection', () => {
  it('the Dutch rules start with the announcement of 28 November 2025, and the review applies from 6 December 2026', () => {
    expect(evaluatePerson(olena, '2025-11-27').absent).toContain('NL');
    const version = (asOf: string) => evaluatePerson(olena, asOf).ruleSets.find((s) => s.id === 'NL')?.version;
    expect(version('2025-11-28')).toBe('2025-11-28');
    expect(version('2026-12-05')).toBe('2025-11-28');
    expect(version(REVIEW)).toBe('2026-12-06');
  });
});

describe('texts', () => {
  const set = REGISTRY.find((s) => s.id === 'NL' && s.version === REVIEW)!;

  it('every option names whom to contact, in uk, nl and en, with the same IND number', () => {
    for (const lang of LANGUAGES) {
      const t = getT(lang);
      for (const o of set.options) {
        const key = `rules-nl:options.${o.id.slice(3)}.contact`;
        expect(t(key), `${lang} ${key}`).not.toBe(key.slice(9));
      }
      expect(t('rules-nl:options.temporary-protection.contact')).toContain('088 043 0430');
    }
  });

  it('quotes exact dates in the reader’s language', () => {
    const uk = buildAdvice(olena, REVIEW, 'uk').options.find((o) => o.id === 'NL.transition-permit');
    expect(uk?.warnings.join(' ')).toContain('5 березня 2027');
    const nl = buildAdvice(olena, REVIEW, 'nl').options.find((o) => o.id === 'NL.transition-permit');
    expect(nl?.warnings.join(' ')).toContain('5 maart 2027');
  });
});
