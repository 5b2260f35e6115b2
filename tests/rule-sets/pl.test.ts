import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { goldenCase, itGetsTheGoldenStatuses, noteKeys, option, reason, run, type Answers } from './support';

/** Oksana's situation (P09) as the base: UKR status since March 2022, employed. */
const oksana: Answers = {
  hostCountry: 'PL',
  birthDate: '1985-10-10',
  sex: 'female',
  originOblast: 'UA-65',
  arrivalDate: '2022-03-05',
  protectionStartDate: '2022-03-31',
  protectionInterrupted: 'no',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  monthlyGrossIncome: 5800,
  hostLanguageLevel: 'B2',
  childrenInHost: 2,
  soleCarerOfChildren: 'no',
  partner: 'in-host-country',
  partnerIsHostOrEuCitizen: 'no',
};

describe('Poland: the rule set', () => {
  it('has every option the contract requires', () => {
    const ids = run(oksana).filter((r) => r.ruleSet === 'PL').map((r) => r.id);
    for (const id of ['PL.temporary-protection', 'PL.cukr', 'PL.work-permit', 'PL.family-reunification']) expect(ids).toContain(id);
  });

  it('starts with the transition act on 5 March 2026', () => {
    expect(evaluatePerson(oksana, '2026-03-04').absent).toContain('PL');
    expect(evaluatePerson(oksana, '2026-03-05').absent).not.toContain('PL');
  });
});

for (const id of ['P09', 'P10']) {
  describe(`Poland: golden persona ${id}`, () => itGetsTheGoldenStatuses(goldenCase(id)));
}

describe('Poland: CUKR card', () => {
  it('Oksana can apply now, with the deadline of 4 March 2027', () => {
    const cukr = option(oksana, 'PL.cukr');
    expect(cukr.status).toBe('eligible');
    expect(cukr.deadline).toBe('2027-03-04');
    expect(noteKeys(cukr)).toEqual(expect.arrayContaining(['keep-ukr-valid', 'children', 'family-members']));
  });

  it('needs UKR status that was active on 4 June 2025: started that day yes, a day later no', () => {
    expect(option({ ...oksana, protectionStartDate: '2025-06-04' }, 'PL.cukr').status).toBe('eligible');
    const late = option({ ...oksana, protectionStartDate: '2025-06-05' }, 'PL.cukr');
    expect(late.status).toBe('not-eligible');
    expect(reason(late, 'ukr-on-cutoff')?.result).toBe('not-met');
  });

  it('needs 365 days of UKR status without a break on the day of applying', () => {
    const since = { ...oksana, protectionStartDate: '2025-06-04' };
    const day364 = option(since, 'PL.cukr', '2026-06-03');
    expect(day364.status).toBe('not-eligible');
    expect(reason(day364, 'ukr-365-days')?.result).toBe('not-met');
    expect(option(since, 'PL.cukr', '2026-06-04').status).toBe('eligible');
  });

  it('is lost when UKR status was interrupted, and open when that is not known', () => {
    expect(option({ ...oksana, protectionInterrupted: 'yes' }, 'PL.cukr').status).toBe('not-eligible');
    const unsure = option({ ...oksana, protectionInterrupted: 'unknown' }, 'PL.cukr');
    expect(unsure.status).toBe('maybe');
    expect(reason(unsure, 'ukr-365-days')?.result).toBe('unknown');
  });

  it('opens on 4 May 2026: not the day before', () => {
    const before = option(oksana, 'PL.cukr', '2026-05-03');
    expect(before.status).toBe('not-eligible');
    expect(reason(before, 'cukr-window-open')?.result).toBe('not-met');
    expect(option(oksana, 'PL.cukr', '2026-05-04').status).toBe('eligible');
  });

  it('closes after 4 March 2027', () => {
    const lastDay = option(oksana, 'PL.cukr', '2027-03-04');
    expect(lastDay.status).toBe('eligible');
    expect(lastDay.daysLeft).toBe(0);
    const closed = option(oksana, 'PL.cukr', '2027-03-05');
    expect(closed.status).toBe('not-eligible');
    expect(reason(closed, 'cukr-deadline')?.result).toBe('not-met');
  });

  it('is not for someone who no longer holds UKR status', () => {
    expect(option({ ...oksana, currentStatus: 'other-permit' }, 'PL.cukr').status).toBe('not-eligible');
  });
});

describe('Poland: temporary protection (UKR status)', () => {
  it('holds until 4 March 2027 and ends the day after', () => {
    expect(option(oksana, 'PL.temporary-protection', '2027-03-04').status).toBe('eligible');
    expect(option(oksana, 'PL.temporary-protection', '2027-03-05').status).toBe('not-eligible');
  });

  it('always warns that more than 30 days abroad ends the status', () => {
    expect(noteKeys(option(oksana, 'PL.temporary-protection'))).toContain('abroad-over-30-days');
  });

  it('tells a new arrival to apply within 30 days, and one who arrived 31 days ago to act now', () => {
    const arrived30 = option({ hostCountry: 'PL', currentStatus: 'no-status', arrivalDate: '2026-10-29' }, 'PL.temporary-protection');
    expect(noteKeys(arrived30)).toContain('apply-within-30-days');
    expect(noteKeys(arrived30)).not.toContain('late-application');
    const arrived31 = option({ hostCountry: 'PL', currentStatus: 'no-status', arrivalDate: '2026-10-28' }, 'PL.temporary-protection');
    expect(noteKeys(arrived31)).toContain('late-application');
    expect(noteKeys(arrived31)).not.toContain('apply-within-30-days');
  });
});

describe('Poland: ordinary permits (requirements not researched)', () => {
  it('work: maybe with a job, not without', () => {
    const work = option(oksana, 'PL.work-permit');
    expect(work.status).toBe('maybe');
    expect(work.verification).toBe('unverified');
    expect(option({ ...oksana, employment: 'unemployed' }, 'PL.work-permit').status).toBe('not-eligible');
  });

  it('family: maybe with a partner in Poland, not without', () => {
    const family = option(oksana, 'PL.family-reunification');
    expect(family.status).toBe('maybe');
    expect(noteKeys(family)).toContain('partner-also-ukrainian');
    expect(option({ ...oksana, partner: 'none' }, 'PL.family-reunification').status).toBe('not-eligible');
  });
});
