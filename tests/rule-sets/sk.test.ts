import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';
import { option, reason, run, type Answers } from './support';

/**
 * Slovakia: the boundaries (dates) as tables. The personas are JSON cases in
 * tests/fixtures/cases/sk/ (run by cases.test.ts).
 */

const REVIEW = '2026-12-06';

/** A woman on temporary refuge in Slovakia since April 2022, never interrupted. */
const olha: Answers = {
  hostCountry: 'SK',
  birthDate: '1987-06-12',
  sex: 'female',
  arrivalDate: '2022-04-01',
  protectionStartDate: '2022-04-01',
  protectionInterrupted: 'no',
  currentStatus: 'temporary-protection',
  employment: 'employed',
};

describe('Slovakia: the rule set', () => {
  it('has every option the contract requires', () => {
    const ids = run(olha, REVIEW).filter((r) => r.ruleSet === 'SK').map((r) => r.id);
    for (const id of ['SK.temporary-protection', 'SK.displaced-person-extension']) expect(ids).toContain(id);
  });

  it('starts with § 131o on 15 July 2026, and the review version on 6 December 2026', () => {
    expect(evaluatePerson(olha, '2026-07-14').absent).toContain('SK');
    expect(evaluatePerson(olha, '2026-07-15').absent).not.toContain('SK');
    expect(option(olha, 'SK.temporary-protection', REVIEW).version).toBe('2026-12-06');
  });
});

describe('Slovakia: temporary refuge boundaries', () => {
  it('holds until 4 March 2027; the day after, the reported 2028 extension leaves it at maybe (ADR 14)', () => {
    expect(option(olha, 'SK.temporary-protection', '2027-03-04').status).toBe('eligible');
    expect(option(olha, 'SK.temporary-protection', '2027-03-05').status).toBe('maybe');
  });
});

describe('Slovakia: one more year as a displaced person (§ 131o)', () => {
  it('covers refuge that started on 3 March 2027, not refuge that started on 4 March 2027', () => {
    const onTheDay = option({ ...olha, protectionStartDate: '2027-03-03' }, 'SK.displaced-person-extension', '2027-03-03');
    expect(reason(onTheDay, 'tp-on-reference-date')?.result).toBe('met');
    expect(onTheDay.status).toBe('maybe');
    const dayAfter = option({ ...olha, protectionStartDate: '2027-03-04' }, 'SK.displaced-person-extension', '2027-03-04');
    expect(dayAfter.status).toBe('not-eligible');
    expect(reason(dayAfter, 'tp-on-reference-date')?.result).toBe('not-met');
  });

  it('no longer promises a fixed "March 2028"', () => {
    for (const lang of LANGUAGES) {
      expect(getT(lang)('rules-sk:options.displaced-person-extension.gives'), lang).not.toMatch(/2028/);
    }
  });
});

describe('Slovakia: who to call', () => {
  it('names the foreign police page and the ministry lines on every option, in every language', () => {
    for (const lang of LANGUAGES) {
      for (const slug of ['temporary-protection', 'displaced-person-extension']) {
        const contact = getT(lang)(`rules-sk:options.${slug}.contact`);
        for (const piece of ['minv.sk', '+421 513 816 111', '+421 259 765 111']) expect(contact, `${lang} ${slug}`).toContain(piece);
      }
    }
  });
});
