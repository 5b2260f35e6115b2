import { describe, it, expect } from 'vitest';
import { evaluateRuleSet, REGISTRY, type OptionResult } from '../../rules';
import { ifAdopted, option, reason, type Answers } from './support';

/**
 * Denmark: the Special Act permit (extended to 17 March 2026; later dates not
 * confirmed, so at best "maybe"), and the bill of 25 June 2026 (not confirmed
 * as passed): 14 regions for new applicants, men 23-60 only with exemption,
 * men under 23 only until their 23rd birthday.
 */

/** The option evaluated under the bill itself, as if it were law. */
function underTheBill(answers: Answers, asOf: string): OptionResult {
  const bill = REGISTRY.find((s) => s.id === 'DK' && s.version === '2026-06-25');
  expect(bill?.status).toBe('proposed');
  return evaluateRuleSet(bill!, answers, asOf).find((o) => o.id === 'DK.special-act-permit')!;
}

const applicant = (over: Partial<Answers>): Answers => ({
  hostCountry: 'DK',
  birthDate: '1990-05-10',
  sex: 'female',
  originOblast: 'UA-63',
  arrivalDate: '2026-09-01',
  currentStatus: 'protection-applied',
  militaryExemption: 'none',
  receivesHumanitarianBenefit: 'no',
  ...over,
});

describe('Anna (P22), 29, from Kyiv city, applied in Denmark in September 2026 with her child', () => {
  const anna: Answers = {
    hostCountry: 'DK', birthDate: '1996-12-24', sex: 'female', originOblast: 'UA-30', homeAreaOccupied: 'no',
    arrivalDate: '2026-09-10', currentStatus: 'protection-applied', employment: 'unemployed', contractType: 'none',
    childrenInHost: 1, soleCarerOfChildren: 'yes', partner: 'in-ukraine',
  };

  it('may get a Special Act permit: only "maybe" because the 2027 permit dates are not confirmed', () => {
    const r = option(anna, 'DK.special-act-permit', '2026-11-28');
    expect(['eligible', 'maybe']).toContain(r.status);
    expect(r.verification).toBe('unverified');
  });

  it('the bill would not change that: Kyiv city is not on the list (Kyiv oblast is), and she is a woman', () => {
    expect(ifAdopted(option(anna, 'DK.special-act-permit', '2026-11-28'))).toBeUndefined();
    expect(reason(underTheBill(anna, '2026-11-28'), 'region-not-on-list')?.result).toBe('met');
  });

  it('the same woman from Kyiv oblast would be refused under the bill', () => {
    expect(ifAdopted(option({ ...anna, originOblast: 'UA-32' }, 'DK.special-act-permit', '2026-11-28'))).toBe('not-eligible');
  });
});

describe('the permits as adopted', () => {
  it('a permit holder: maybe, with the warning that the extension after 17 March 2026 is not confirmed', () => {
    const holder = applicant({ currentStatus: 'temporary-protection', arrivalDate: '2022-04-01' });
    const before = option(holder, 'DK.special-act-permit', '2026-03-17');
    const after = option(holder, 'DK.special-act-permit', '2026-03-18');
    expect(before.status).toBe('maybe');
    expect(before.warnings.map((w) => w.key)).not.toContain('options.special-act-permit.notes.extension-unconfirmed');
    expect(after.warnings.map((w) => w.key)).toContain('options.special-act-permit.notes.extension-unconfirmed');
  });

  it('someone with another permit is not covered', () => {
    const r = option(applicant({ currentStatus: 'other-permit' }), 'DK.special-act-permit', '2026-11-28');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'special-act-status')?.result).toBe('not-met');
  });

  it('asylum is always case by case (maybe)', () => {
    expect(option(applicant({}), 'DK.asylum', '2026-11-28').status).toBe('maybe');
  });
});

describe('the bill applies to applications from 25 June 2026', () => {
  const fromLviv = (arrivalDate: string) => applicant({ originOblast: 'UA-46', arrivalDate });

  it('a woman from Lviv who arrived and applied on 24 June 2026 is not affected', () => {
    expect(ifAdopted(option(fromLviv('2026-06-24'), 'DK.special-act-permit', '2026-11-28'))).toBeUndefined();
  });

  it('a woman from Lviv who arrived on 25 June 2026 would be refused', () => {
    const r = option(fromLviv('2026-06-25'), 'DK.special-act-permit', '2026-11-28');
    expect(r.status).toBe('maybe');
    expect(ifAdopted(r)).toBe('not-eligible');
  });

  it('a permit holder from Lviv is not affected', () => {
    expect(ifAdopted(option(applicant({ originOblast: 'UA-46', currentStatus: 'temporary-protection', arrivalDate: '2022-04-01' }), 'DK.special-act-permit', '2026-11-28'))).toBeUndefined();
  });
});

describe('men under the bill', () => {
  const man = (over: Partial<Answers>) => applicant({ sex: 'male', ...over });

  it('a man of 30 from Kharkiv without exemption would be refused; with documented exemption he would not', () => {
    expect(ifAdopted(option(man({ birthDate: '1996-02-02' }), 'DK.special-act-permit', '2026-11-28'))).toBe('not-eligible');
    expect(ifAdopted(option(man({ birthDate: '1996-02-02', militaryExemption: 'exempt' }), 'DK.special-act-permit', '2026-11-28'))).toBeUndefined();
  });

  it('a deferment is not an exemption: he would be refused too', () => {
    expect(ifAdopted(option(man({ birthDate: '1996-02-02', militaryExemption: 'deferment' }), 'DK.special-act-permit', '2026-11-28'))).toBe('not-eligible');
  });

  it('the day before his 23rd birthday a young man would still get a permit, until that day', () => {
    const young = man({ birthDate: '2003-11-29' });
    const r = option(young, 'DK.special-act-permit', '2026-11-28');
    expect(ifAdopted(r)).toBeUndefined();
    expect(r.warnings.map((w) => w.key)).toContain('options.special-act-permit.notes.bill-young-men');
    const limit = reason(underTheBill(young, '2026-11-28'), 'reached-23');
    expect(limit?.result).toBe('not-met');
    expect(limit?.vars.birthday).toBe('2026-11-29');
    expect(limit?.vars.dayBefore).toBe('2026-11-28');
  });

  it('on his 23rd birthday he would need documented exemption', () => {
    const r = option(man({ birthDate: '2003-11-28' }), 'DK.special-act-permit', '2026-11-28');
    expect(ifAdopted(r)).toBe('not-eligible');
    expect(r.warnings.map((w) => w.key)).not.toContain('options.special-act-permit.notes.bill-young-men');
  });

  it('a man aged 60 is inside the rule; from his 61st birthday he is outside it', () => {
    expect(ifAdopted(option(man({ birthDate: '1965-11-28' }), 'DK.special-act-permit', '2026-11-27'))).toBe('not-eligible');
    expect(ifAdopted(option(man({ birthDate: '1965-11-28' }), 'DK.special-act-permit', '2026-11-28'))).toBeUndefined();
  });
});
