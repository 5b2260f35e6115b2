/**
 * Switzerland: status S (refused from 1 November 2025 to new applicants from
 * 7 regions; holders unaffected), the B permit after 5 years of S (Art. 74
 * para. 2 AsylG), and provisional admission (F) after a refusal. The people
 * are JSON cases in tests/fixtures/cases/ch/ (cases.test.ts); this file keeps
 * the boundaries as tables, on their answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { getT, LANGUAGES } from '../../lib/i18n';
import { evaluatePerson } from '../../rules';
import { goldenCase, itGetsTheGoldenStatuses, noteKeys, option, reason, type Answers } from './support';

const caseAnswers = (file: string): Answers =>
  (JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/ch', file), 'utf8')) as { answers: Answers }).answers;

/** A new applicant (P15's answers, from Lviv), and an S holder since 20 March 2022. */
const applicant = caseAnswers('yurii-lviv-applicant.json');
const holder = caseAnswers('s-holder-lviv-since-2022.json');
const REVIEW = '2026-12-06';

describe('Switzerland: the rule set', () => {
  it.each([
    ['2025-10-07', undefined],
    ['2025-10-08', '2025-10-08'],
    ['2026-12-05', '2025-10-08'],
    ['2026-12-06', '2026-12-06'],
  ])('on %s the version in force is %s', (asOf, version) => {
    expect(evaluatePerson(applicant, asOf).ruleSets.find((s) => s.id === 'CH')?.version).toBe(version);
  });
});

describe('Switzerland: golden persona P15 (Yurii, from Lviv, applied in December 2025)', () => itGetsTheGoldenStatuses(goldenCase('P15')));

describe('the regional rule applies to applications decided after 31 October 2025', () => {
  it.each([
    ['2025-10-31', 'eligible', 'not-eligible'],
    ['2025-11-01', 'not-eligible', 'maybe'],
  ])('decided on %s, an applicant from Lviv: S %s, F %s', (asOf, s, f) => {
    expect(option(applicant, 'CH.status-s', asOf).status).toBe(s);
    expect(option(applicant, 'CH.provisional-admission', asOf).status).toBe(f);
  });

  // The Swiss list has 7 regions: Kyiv oblast and Poltava (on the Norwegian list) are not on it.
  it.each([
    ['UA-32', 'eligible'],
    ['UA-53', 'eligible'],
    ['UA-63', 'eligible'],
    ['UA-07', 'not-eligible'],
    ['UA-21', 'not-eligible'],
    ['UA-26', 'not-eligible'],
    ['UA-46', 'not-eligible'],
    ['UA-56', 'not-eligible'],
    ['UA-61', 'not-eligible'],
    ['UA-77', 'not-eligible'],
  ] as const)('an applicant from %s: %s', (originOblast, status) => {
    expect(option({ ...applicant, originOblast }, 'CH.status-s', REVIEW).status).toBe(status);
  });

  it('an S holder from a listed region keeps S and cannot be given F instead', () => {
    const s = option(holder, 'CH.status-s', REVIEW);
    expect(s.status).toBe('eligible');
    expect(reason(s, 'holds-s')?.result).toBe('met');
    expect(noteKeys(s)).not.toContain('family-of-holders');
    expect(option(holder, 'CH.provisional-admission', REVIEW).status).toBe('not-eligible');
  });
});

describe('the B permit after 5 years of S (S granted on 20 March 2022)', () => {
  it.each([
    ['2026-12-06', 'maybe', 'not-met'],
    ['2027-03-19', 'maybe', 'not-met'],
    ['2027-03-20', 'eligible', 'met'],
  ])('on %s: %s (five years %s)', (asOf, status, result) => {
    const r = option(holder, 'CH.b-permit', asOf);
    expect(r.status).toBe(status);
    expect(reason(r, 'five-years-of-s')?.result).toBe(result);
  });

  it.each([
    ['no', 'eligible'],
    ['yes', 'not-eligible'],
    ['unknown', 'maybe'],
  ] as const)('on 20 March 2027, interrupted %s: %s', (protectionInterrupted, status) => {
    expect(option({ ...holder, protectionInterrupted }, 'CH.b-permit', '2027-03-20').status).toBe(status);
  });
});

describe('Switzerland: the family exception and the Asylum Act, in every language', () => {
  it.each(LANGUAGES.map((l) => [l]))('%s: the note names Article 71 and no longer says that any parent is enough', (lang) => {
    const note = getT(lang)('rules-ch:options.status-s.notes.family-of-holders');
    expect(note).toContain('71');
    expect(note).toContain('18');
  });

  it.each(LANGUAGES.map((l) => [l]))('%s: whom to write to, as the official pages give it', (lang) => {
    expect(getT(lang)('rules-ch:options.status-s.contact')).toContain('ukraine@sem.admin.ch');
  });
});
