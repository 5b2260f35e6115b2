import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { goldenCase, noteKeys, option, reason, type Answers } from './support';

/**
 * Spain (brief §2.9): temporary protection to 4 March 2027; since Royal Decree
 * 316/2026 and SEM Instruction 2/2026 a holder can switch to residence and work
 * (art. 191), arraigo (art. 125, 2 years, TP time counts), the children's own
 * authorisation, the student route or a family permit; long-term residence
 * after 5 years (TP time counts in full).
 */

/** Liudmyla (P25): in Spain since March 2022 on temporary protection, permanent contract, one child. */
const liudmyla: Answers = {
  hostCountry: 'ES',
  birthDate: '1993-04-04',
  sex: 'female',
  originOblast: 'UA-23',
  arrivalDate: '2022-03-25',
  protectionStartDate: '2022-03-25',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  contractType: 'permanent',
  monthlyGrossIncome: 1500,
  hostLanguageLevel: 'B1',
  childrenInHost: 1,
  soleCarerOfChildren: 'yes',
  partner: 'none',
};

/** The statuses a careful caseworker accepts for P25 (../shared/research/cases/P25.json). */
const P25_EXPECT: [string, string[]][] = [
  ['ES.temporary-protection', ['eligible']],
  ['ES.work-residence', ['eligible', 'maybe']],
  ['ES.arraigo', ['eligible', 'maybe']],
  ['UA.exit-rules', ['info']],
  ['UA.dual-citizenship', ['info']],
];

describe('ES golden persona P25 (Liudmyla)', () => {
  it('matches the case file', () => {
    const golden = goldenCase('P25');
    expect(golden.asOf).toBe('2026-11-28');
    expect(golden.answers).toEqual(liudmyla);
    expect(golden.expect.map((e) => [e.id, e.status])).toEqual(P25_EXPECT);
  });

  it.each(P25_EXPECT)('%s is one of %j on 28 November 2026', (id, statuses) => {
    expect(statuses).toContain(option(liudmyla, id).status);
  });

  it('tells her to renounce temporary protection once the new authorisation is granted', () => {
    expect(noteKeys(option(liudmyla, 'ES.work-residence'))).toContain('renounce-tp');
    expect(noteKeys(option(liudmyla, 'ES.arraigo'))).toContain('renounce-tp');
  });

  it('lets her child switch on its own', () => {
    expect(option(liudmyla, 'ES.minor-switch').status).toBe('maybe');
  });

  it('has not yet reached 5 years for long-term residence on 28 November 2026, but has on 25 March 2027', () => {
    const now = option(liudmyla, 'ES.long-term-residence');
    expect(now.status).toBe('not-eligible');
    expect(reason(now, 'five-years-residence')?.result).toBe('not-met');
    const later = option({ ...liudmyla, protectionInterrupted: 'no' }, 'ES.long-term-residence', '2027-03-25');
    expect(later.status).toBe('maybe');
    expect(reason(later, 'five-years-residence')?.result).toBe('met');
  });
});

describe('ES rule set version', () => {
  it('starts with Royal Decree 316/2026 on 14 April 2026', () => {
    expect(evaluatePerson(liudmyla, '2026-04-13').absent).toContain('ES');
    expect(evaluatePerson(liudmyla, '2026-04-14').absent).not.toContain('ES');
  });
});

describe('ES.temporary-protection', () => {
  it('holds up to and including 4 March 2027, not a day later', () => {
    expect(option(liudmyla, 'ES.temporary-protection', '2027-03-04').status).toBe('eligible');
    const after = option(liudmyla, 'ES.temporary-protection', '2027-03-05');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')?.result).toBe('not-met');
    // The proposed EU extension to 4 March 2028 would change this.
    expect(after.warnings.some((w) => w.type === 'if-adopted' && w.status === 'eligible')).toBe(true);
  });

  it('does not apply to someone who already has another permit', () => {
    expect(option({ ...liudmyla, currentStatus: 'other-permit' }, 'ES.temporary-protection').status).toBe('not-eligible');
  });

  it('warns men from 23 about the proposed exit-permit rule, from the 23rd birthday', () => {
    const man = (birthDate: string): Answers => ({ ...liudmyla, sex: 'male', birthDate });
    expect(noteKeys(option(man('2003-11-28'), 'ES.temporary-protection'))).toContain('eu-men-exit-permit');
    expect(noteKeys(option(man('2003-11-29'), 'ES.temporary-protection'))).not.toContain('eu-men-exit-permit');
    expect(noteKeys(option(liudmyla, 'ES.temporary-protection'))).not.toContain('eu-men-exit-permit');
  });
});

describe('ES.work-residence (art. 191)', () => {
  it('is a maybe with work: the other requirements are checked case by case', () => {
    const r = option(liudmyla, 'ES.work-residence');
    expect(r.status).toBe('maybe');
    expect(reason(r, 'has-work')?.result).toBe('met');
    expect(reason(r, 'work-residence-requirements')?.result).toBe('unknown');
    expect(r.deadline).toBe('2027-03-04');
  });

  it('needs work', () => {
    expect(option({ ...liudmyla, employment: 'unemployed' }, 'ES.work-residence').status).toBe('not-eligible');
  });

  it('points the self-employed to the entrepreneur route as well', () => {
    const r = option({ ...liudmyla, employment: 'self-employed' }, 'ES.work-residence');
    expect(r.status).toBe('maybe');
    expect(noteKeys(r)).toContain('self-employed');
  });

  it('is only for people who hold temporary protection now', () => {
    expect(option({ ...liudmyla, currentStatus: 'protection-applied' }, 'ES.work-residence').status).toBe('not-eligible');
  });

  it('closes when temporary protection ends: open on 4 March 2027, closed on 5 March 2027', () => {
    expect(option(liudmyla, 'ES.work-residence', '2027-03-04').status).toBe('maybe');
    expect(option(liudmyla, 'ES.work-residence', '2027-03-05').status).toBe('not-eligible');
  });
});

describe('ES.arraigo (art. 125): 2 years, time under temporary protection counts', () => {
  const settled: Answers = { ...liudmyla, protectionInterrupted: 'no' };

  it('counts from the day protection began: exactly 2 years is enough', () => {
    const r = option({ ...settled, protectionStartDate: '2024-11-28' }, 'ES.arraigo');
    expect(reason(r, 'two-years-residence')?.result).toBe('met');
    expect(r.status).toBe('maybe');
  });

  it('one day short of 2 years is not enough', () => {
    const r = option({ ...settled, protectionStartDate: '2024-11-29' }, 'ES.arraigo');
    expect(reason(r, 'two-years-residence')?.result).toBe('not-met');
    expect(r.status).toBe('not-eligible');
  });

  it('an interruption breaks the count', () => {
    expect(option({ ...settled, protectionInterrupted: 'yes' }, 'ES.arraigo').status).toBe('not-eligible');
  });

  it('asks whether protection was interrupted when that is not known', () => {
    expect(option(liudmyla, 'ES.arraigo').missing).toContain('protectionInterrupted');
  });

  it('must be requested while temporary protection lasts', () => {
    expect(option(settled, 'ES.arraigo', '2027-03-04').status).toBe('maybe');
    expect(option(settled, 'ES.arraigo', '2027-03-05').status).toBe('not-eligible');
  });
});

describe('ES.minor-switch (arts. 159/160)', () => {
  it('applies with one child, not without children', () => {
    expect(option(liudmyla, 'ES.minor-switch').status).toBe('maybe');
    expect(option({ ...liudmyla, childrenInHost: 0 }, 'ES.minor-switch').status).toBe('not-eligible');
  });

  it('must be requested while temporary protection lasts', () => {
    expect(option(liudmyla, 'ES.minor-switch', '2027-03-04').status).toBe('maybe');
    expect(option(liudmyla, 'ES.minor-switch', '2027-03-05').status).toBe('not-eligible');
  });
});

describe('ES.study-switch', () => {
  it('applies to students only', () => {
    expect(option({ ...liudmyla, enrolledInStudies: 'yes' }, 'ES.study-switch').status).toBe('maybe');
    expect(option({ ...liudmyla, enrolledInStudies: 'no' }, 'ES.study-switch').status).toBe('not-eligible');
  });
});

describe('ES.family-of-citizen', () => {
  it('needs a partner in Spain who is a Spanish (or EU) citizen', () => {
    const married: Answers = { ...liudmyla, partner: 'in-host-country', partnerIsHostOrEuCitizen: 'yes' };
    expect(option(married, 'ES.family-of-citizen').status).toBe('maybe');
    expect(option({ ...married, partnerIsHostOrEuCitizen: 'no' }, 'ES.family-of-citizen').status).toBe('not-eligible');
    expect(option({ ...married, partner: 'in-ukraine' }, 'ES.family-of-citizen').status).toBe('not-eligible');
  });
});

describe('ES.long-term-residence: 5 years, time under temporary protection counts in full', () => {
  const settled: Answers = { ...liudmyla, protectionInterrupted: 'no' };

  it('exactly 5 years is enough, one day less is not', () => {
    expect(reason(option({ ...settled, protectionStartDate: '2021-11-28' }, 'ES.long-term-residence'), 'five-years-residence')?.result).toBe('met');
    expect(option({ ...settled, protectionStartDate: '2021-11-28' }, 'ES.long-term-residence').status).toBe('maybe');
    expect(option({ ...settled, protectionStartDate: '2021-11-29' }, 'ES.long-term-residence').status).toBe('not-eligible');
  });

  it('needs legal residence now', () => {
    expect(option({ ...settled, protectionStartDate: '2021-11-28', currentStatus: 'no-status' }, 'ES.long-term-residence').status).toBe('not-eligible');
    expect(option({ ...settled, protectionStartDate: '2021-11-28', currentStatus: 'other-permit' }, 'ES.long-term-residence').status).toBe('maybe');
  });
});
