import { describe, it, expect } from 'vitest';
import { noteKeys, option, reason, run, type Answers } from './support';

/** A displaced woman in Vienna since November 2022 who has worked with insurance for 14 months. */
const natalia: Answers = {
  hostCountry: 'AT',
  birthDate: '1988-02-14',
  sex: 'female',
  arrivalDate: '2022-11-01',
  protectionStartDate: '2022-11-01',
  protectionInterrupted: 'no',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  insuredWorkMonthsLast24: 14,
  hostLanguageLevel: 'A1',
};

describe('Austria: the rule set', () => {
  it('has every option the contract requires', () => {
    const ids = run(natalia).filter((r) => r.ruleSet === 'AT').map((r) => r.id);
    for (const id of ['AT.temporary-protection', 'AT.rwr-card-plus']) expect(ids).toContain(id);
  });
});

describe('Austria: displaced person status', () => {
  it('holds until 4 March 2027 and ends the day after', () => {
    expect(option(natalia, 'AT.temporary-protection', '2027-03-04').status).toBe('eligible');
    expect(option(natalia, 'AT.temporary-protection', '2027-03-05').status).toBe('not-eligible');
  });
});

describe('Austria: Red-White-Red Card plus', () => {
  it('is maybe when the work and language tests are met: the settlement conditions are case by case', () => {
    const card = option(natalia, 'AT.rwr-card-plus');
    expect(card.status).toBe('maybe');
    expect(reason(card, 'insured-work')?.result).toBe('met');
    expect(reason(card, 'german-a1')?.result).toBe('met');
    expect(reason(card, 'settlement-conditions')?.result).toBe('unknown');
    expect(card.deadline).toBe('2027-03-04');
  });

  it('12 months of insured work is enough, 11 is not', () => {
    expect(option({ ...natalia, insuredWorkMonthsLast24: 12 }, 'AT.rwr-card-plus').status).toBe('maybe');
    const short = option({ ...natalia, insuredWorkMonthsLast24: 11 }, 'AT.rwr-card-plus');
    expect(short.status).toBe('not-eligible');
    expect(reason(short, 'insured-work')).toMatchObject({ result: 'not-met', vars: { value: 11, than: 12 } });
  });

  it('needs German at A1: none is not enough', () => {
    const none = option({ ...natalia, hostLanguageLevel: 'none' }, 'AT.rwr-card-plus');
    expect(none.status).toBe('not-eligible');
    expect(reason(none, 'german-a1')?.result).toBe('not-met');
  });

  it('is only for people who hold displaced status', () => {
    expect(option({ ...natalia, currentStatus: 'other-permit' }, 'AT.rwr-card-plus').status).toBe('not-eligible');
  });

  it('mentions the 3-year card with A2 and two years of displaced status, not with A1', () => {
    const a2 = { ...natalia, hostLanguageLevel: 'A2' as const };
    expect(noteKeys(option(natalia, 'AT.rwr-card-plus'))).not.toContain('three-year-card');
    expect(noteKeys(option({ ...a2, protectionStartDate: '2024-11-28' }, 'AT.rwr-card-plus'))).toContain('three-year-card');
    expect(noteKeys(option({ ...a2, protectionStartDate: '2024-11-29' }, 'AT.rwr-card-plus'))).not.toContain('three-year-card');
  });
});
