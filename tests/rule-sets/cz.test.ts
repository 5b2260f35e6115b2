import { describe, it, expect } from 'vitest';
import { goldenCase, itGetsTheGoldenStatuses, noteKeys, option, reason, run, type Answers } from './support';

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
    const ids = run(tetiana).filter((r) => r.ruleSet === 'CZ').map((r) => r.id);
    for (const id of ['CZ.temporary-protection', 'CZ.zdp', 'CZ.work-permit']) expect(ids).toContain(id);
  });
});

for (const id of ['P12', 'P13']) {
  describe(`Czechia: golden persona ${id}`, () => itGetsTheGoldenStatuses(goldenCase(id)));
}

describe('Czechia: ZDP household income for 2025', () => {
  it('P13 is 5,000 short of CZK 660,000 for three people', () => {
    const zdp = option(goldenCase('P13').answers, 'CZ.zdp');
    expect(reason(zdp, 'household-income')).toMatchObject({ result: 'not-met', vars: { threshold: 660000, shortBy: 5000, size: 3 } });
  });

  it('two people: CZK 550,000 is enough, 549,999 is not', () => {
    expect(option({ ...tetiana, householdAnnualIncome: 550000 }, 'CZ.zdp').status).toBe('eligible');
    const short = option({ ...tetiana, householdAnnualIncome: 549999 }, 'CZ.zdp');
    expect(short.status).toBe('not-eligible');
    expect(reason(short, 'household-income')?.vars.shortBy).toBe(1);
  });

  it('one person: CZK 440,000 is enough, 439,999 is not', () => {
    const single = { ...tetiana, householdSize: 1 };
    expect(option({ ...single, householdAnnualIncome: 440000 }, 'CZ.zdp').status).toBe('eligible');
    expect(option({ ...single, householdAnnualIncome: 439999 }, 'CZ.zdp').status).toBe('not-eligible');
  });

  it('is maybe when the income is not known', () => {
    expect(option({ ...tetiana, householdAnnualIncome: undefined }, 'CZ.zdp').status).toBe('maybe');
  });
});

describe('Czechia: ZDP expression of interest (closed 30 April 2026)', () => {
  const notRegistered = { ...tetiana, transitionSchemeRegistered: 'no' as const };

  it('is open on 30 April 2026 for someone who has not registered yet', () => {
    expect(option(notRegistered, 'CZ.zdp', '2026-04-30').status).toBe('eligible');
  });

  it('is closed from 1 May 2026 for someone who did not register', () => {
    const closed = option(notRegistered, 'CZ.zdp', '2026-05-01');
    expect(closed.status).toBe('not-eligible');
    expect(reason(closed, 'interest-registered')?.result).toBe('not-met');
  });

  it('stays open after 30 April 2026 for someone who registered, and is maybe when that is unknown', () => {
    expect(option(tetiana, 'CZ.zdp', '2026-05-01').status).toBe('eligible');
    expect(option({ ...tetiana, transitionSchemeRegistered: 'unknown' }, 'CZ.zdp').status).toBe('maybe');
  });

  it('shows the registration deadline', () => {
    expect(option(tetiana, 'CZ.zdp').deadline).toBe('2026-04-30');
  });
});

describe('Czechia: ZDP two years of temporary protection on 1 April 2026', () => {
  it('protection since 1 April 2024 is enough; since 2 April 2024 is not', () => {
    expect(option({ ...tetiana, protectionStartDate: '2024-04-01' }, 'CZ.zdp').status).toBe('eligible');
    const short = option({ ...tetiana, protectionStartDate: '2024-04-02' }, 'CZ.zdp');
    expect(short.status).toBe('not-eligible');
    expect(reason(short, 'tp-two-years')?.result).toBe('not-met');
  });

  it('an interruption fails it', () => {
    expect(option({ ...tetiana, protectionInterrupted: 'yes' }, 'CZ.zdp').status).toBe('not-eligible');
  });

  it('is waived for a child who was 17 on 1 April 2026, not for one who had just turned 18', () => {
    const recent = { ...tetiana, protectionStartDate: '2025-01-15' };
    expect(option({ ...recent, birthDate: '2008-04-02' }, 'CZ.zdp').status).toBe('eligible');
    expect(option({ ...recent, birthDate: '2008-04-01' }, 'CZ.zdp').status).toBe('not-eligible');
  });
});

describe('Czechia: ZDP other conditions', () => {
  it('a humanitarian benefit rules it out', () => {
    const benefit = option({ ...tetiana, receivesHumanitarianBenefit: 'yes' }, 'CZ.zdp');
    expect(benefit.status).toBe('not-eligible');
    expect(reason(benefit, 'no-humanitarian-benefit')?.result).toBe('not-met');
  });

  it('an expiring passport is a warning, no passport is a refusal', () => {
    const expiring = option({ ...tetiana, validPassport: 'expiring' }, 'CZ.zdp');
    expect(expiring.status).toBe('eligible');
    expect(noteKeys(expiring)).toContain('passport-expiring');
    expect(noteKeys(option(tetiana, 'CZ.zdp'))).not.toContain('passport-expiring');
    expect(option({ ...tetiana, validPassport: 'no' }, 'CZ.zdp').status).toBe('not-eligible');
  });

  it('names the conditions the tool cannot ask', () => {
    expect(noteKeys(option(tetiana, 'CZ.zdp'))).toContain('other-conditions');
  });

  it('is not for someone who no longer holds temporary protection', () => {
    expect(option({ ...tetiana, currentStatus: 'other-permit' }, 'CZ.zdp').status).toBe('not-eligible');
  });
});

describe('Czechia: temporary protection and work permits', () => {
  it('temporary protection holds until 4 March 2027 and ends the day after; the Czech end date is flagged', () => {
    const tp = option(tetiana, 'CZ.temporary-protection', '2027-03-04');
    expect(tp.status).toBe('eligible');
    expect(noteKeys(tp)).toContain('end-date-unverified');
    expect(option(tetiana, 'CZ.temporary-protection', '2027-03-05').status).toBe('not-eligible');
  });

  it('employee card: maybe with a job (not researched), not without', () => {
    const work = option(tetiana, 'CZ.work-permit');
    expect(work.status).toBe('maybe');
    expect(work.verification).toBe('unverified');
    expect(option({ ...tetiana, employment: 'unemployed' }, 'CZ.work-permit').status).toBe('not-eligible');
  });
});
