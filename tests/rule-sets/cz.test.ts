import { describe, it, expect } from 'vitest';
import { getT, LANGUAGES } from '../../lib/i18n';
import { goldenCase, itGetsTheGoldenStatuses, noteKeys, option, reason, run, type Answers } from './support';

/**
 * Czechia: the boundaries (income thresholds, dates, ages) as tables. The
 * personas are JSON cases in tests/fixtures/cases/cz/ (run by cases.test.ts).
 */

/** The review of 6 December 2026: the version in force from that day. */
const REVIEW = '2026-12-06';

/** Tetiana's situation (P12) as the base: TP since March 2022, household of two, registered interest. */
const tetiana: Answers = {
  hostCountry: 'CZ',
  birthDate: '1990-01-30',
  sex: 'female',
  originOblast: 'UA-30',
  homeAreaOccupied: 'no',
  arrivalDate: '2022-03-10',
  protectionStartDate: '2022-03-10',
  protectionInterrupted: 'no',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  contractType: 'permanent',
  householdAnnualIncome: 560000,
  householdSize: 2,
  receivesHumanitarianBenefit: 'no',
  validPassport: 'yes',
  hostLanguageLevel: 'B1',
  childrenInHost: 1,
  soleCarerOfChildren: 'yes',
  partner: 'none',
  transitionSchemeRegistered: 'yes',
};

describe('Czechia: the rule set', () => {
  it('has every option the contract requires', () => {
    const ids = run(tetiana, REVIEW).filter((r) => r.ruleSet === 'CZ').map((r) => r.id);
    for (const id of ['CZ.temporary-protection', 'CZ.zdp', 'CZ.work-permit']) expect(ids).toContain(id);
  });

  it('takes the review version from 6 December 2026', () => {
    expect(option(tetiana, 'CZ.zdp', '2026-12-05').version).toBe('2026-01-01');
    expect(option(tetiana, 'CZ.zdp', REVIEW).version).toBe('2026-12-06');
  });
});

for (const id of ['P12', 'P13']) {
  describe(`Czechia: golden persona ${id}`, () => itGetsTheGoldenStatuses(goldenCase(id)));
}

describe('Czechia: ZDP household income for 2025', () => {
  it.each([REVIEW, '2026-11-28'])('P13 is 5,000 short of CZK 660,000 for three people (%s)', (asOf) => {
    const zdp = option(goldenCase('P13').answers, 'CZ.zdp', asOf);
    expect(reason(zdp, 'household-income')).toMatchObject({ result: 'not-met', vars: { threshold: 660000, shortBy: 5000, size: 3 } });
  });

  it.each([
    // size, income, status
    [1, 440000, 'eligible'],
    [1, 439999, 'not-eligible'],
    [2, 550000, 'eligible'],
    [2, 549999, 'not-eligible'],
    [3, 660000, 'eligible'],
    [3, 659999, 'not-eligible'],
  ] as const)('household of %i with CZK %i: %s', (householdSize, householdAnnualIncome, status) => {
    const zdp = option({ ...tetiana, householdSize, householdAnnualIncome }, 'CZ.zdp', REVIEW);
    expect(zdp.status).toBe(status);
    if (status === 'not-eligible') expect(reason(zdp, 'household-income')?.vars.shortBy).toBe(1);
  });

  it('is maybe when the income is not known', () => {
    expect(option({ ...tetiana, householdAnnualIncome: undefined }, 'CZ.zdp', REVIEW).status).toBe('maybe');
  });
});

describe('Czechia: ZDP expression of interest (closed 30 April 2026)', () => {
  const notRegistered = { ...tetiana, transitionSchemeRegistered: 'no' as const };

  it('was open on 30 April 2026 for someone who had not registered yet (the 2026-01-01 version)', () => {
    expect(option(notRegistered, 'CZ.zdp', '2026-04-30').status).toBe('eligible');
    expect(option(tetiana, 'CZ.zdp', '2026-04-30').deadline).toBe('2026-04-30');
  });

  it('is closed from 1 May 2026 for someone who did not register', () => {
    for (const asOf of ['2026-05-01', REVIEW]) {
      const closed = option(notRegistered, 'CZ.zdp', asOf);
      expect(closed.status).toBe('not-eligible');
      expect(reason(closed, 'interest-registered')?.result).toBe('not-met');
    }
  });

  it('since the review: open only for those who registered, no deadline shown, maybe when not known', () => {
    expect(option(tetiana, 'CZ.zdp', REVIEW).status).toBe('eligible');
    expect(option(tetiana, 'CZ.zdp', REVIEW).deadline).toBeUndefined();
    const unsure = option({ ...tetiana, transitionSchemeRegistered: 'unknown' }, 'CZ.zdp', REVIEW);
    expect(unsure.status).toBe('maybe');
    expect(reason(unsure, 'interest-registered')?.result).toBe('unknown');
  });
});

describe('Czechia: ZDP two years of temporary protection on 1 April 2026', () => {
  it('protection since 1 April 2024 is enough; since 2 April 2024 is not', () => {
    expect(option({ ...tetiana, protectionStartDate: '2024-04-01' }, 'CZ.zdp', REVIEW).status).toBe('eligible');
    const short = option({ ...tetiana, protectionStartDate: '2024-04-02' }, 'CZ.zdp', REVIEW);
    expect(short.status).toBe('not-eligible');
    expect(reason(short, 'tp-two-years')?.result).toBe('not-met');
  });

  it('is waived for a child who was 17 on 1 April 2026, not for one who had just turned 18', () => {
    const recent = { ...tetiana, protectionStartDate: '2025-01-15' };
    expect(option({ ...recent, birthDate: '2008-04-02' }, 'CZ.zdp', REVIEW).status).toBe('eligible');
    expect(option({ ...recent, birthDate: '2008-04-01' }, 'CZ.zdp', REVIEW).status).toBe('not-eligible');
  });
});

describe('Czechia: temporary protection boundaries', () => {
  it('holds until 4 March 2027; the day after, the reported 2028 extension leaves it at maybe (ADR 14)', () => {
    expect(option(tetiana, 'CZ.temporary-protection', '2027-03-04').status).toBe('eligible');
    expect(option(tetiana, 'CZ.temporary-protection', '2027-03-05').status).toBe('maybe');
  });

  it('shows the reported end of the documents (31 March 2027) up to that day, not after', () => {
    expect(noteKeys(option(tetiana, 'CZ.temporary-protection', '2027-03-31'))).toContain('end-date-unverified');
    expect(noteKeys(option(tetiana, 'CZ.temporary-protection', '2027-04-01'))).not.toContain('end-date-unverified');
  });

  it('a lapse: eligible before the review (the defect), maybe since', () => {
    const lapsed = { ...tetiana, protectionInterrupted: 'yes' as const };
    expect(option(lapsed, 'CZ.temporary-protection', '2026-12-05').status).toBe('eligible');
    expect(option(lapsed, 'CZ.temporary-protection', REVIEW).status).toBe('maybe');
  });
});

describe('Czechia: texts', () => {
  it('name the information line with its hours on every option, in every language', () => {
    for (const lang of LANGUAGES) {
      for (const slug of ['temporary-protection', 'zdp', 'work-permit']) {
        const contact = getT(lang)(`rules-cz:options.${slug}.contact`);
        for (const piece of ['974 820 680', '8:00–16:00', '8:00–12:00', 'ipc.gov.cz']) expect(contact, `${lang} ${slug}`).toContain(piece);
      }
    }
  });

  it('never repeat the unconfirmed "10 working days" housing rule', () => {
    for (const lang of LANGUAGES) {
      const note = getT(lang)('rules-cz:options.temporary-protection.notes.trips-abroad');
      expect(note, lang).toContain('90');
      expect(note, lang).not.toMatch(/\b10\b/);
    }
  });
});
