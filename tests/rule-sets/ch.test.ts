import { describe, it, expect } from 'vitest';
import { option, reason, type Answers } from './support';

/**
 * Switzerland: status S (refused from 1 November 2025 to new applicants from
 * 7 regions; holders unaffected), the B permit after 5 years of S (Art. 74
 * AsylA), and provisional admission (F) after a refusal.
 */

const applicant = (over: Partial<Answers>): Answers => ({
  hostCountry: 'CH',
  birthDate: '1988-04-04',
  sex: 'female',
  originOblast: 'UA-63',
  arrivalDate: '2025-10-01',
  currentStatus: 'protection-applied',
  ...over,
});

const holder = (over: Partial<Answers>): Answers => ({
  ...applicant({}),
  arrivalDate: '2022-03-15',
  currentStatus: 'temporary-protection',
  protectionStartDate: '2022-03-20',
  protectionInterrupted: 'no',
  ...over,
});

describe('Yurii (P15), 31, from Lviv, applied for S in December 2025', () => {
  const yurii: Answers = {
    hostCountry: 'CH', birthDate: '1995-09-19', sex: 'male', originOblast: 'UA-46', homeAreaOccupied: 'no',
    arrivalDate: '2025-12-02', currentStatus: 'protection-applied', employment: 'unemployed', contractType: 'none',
    hostLanguageLevel: 'A1', childrenInHost: 0, partner: 'none',
  };

  it('is refused S: Lviv is one of the 7 regions where SEM considers a return reasonable', () => {
    const r = option(yurii, 'CH.status-s', '2026-11-28');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'region-not-on-list')?.result).toBe('not-met');
    expect(r.warnings.map((w) => w.key)).toContain('options.status-s.notes.family-of-holders');
  });

  it('gets no B permit: he has no S at all', () => {
    const r = option(yurii, 'CH.b-permit', '2026-11-28');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'holds-s')?.result).toBe('not-met');
  });

  it('may get provisional admission (F) if removal is not possible: SEM decides case by case', () => {
    expect(option(yurii, 'CH.provisional-admission', '2026-11-28').status).toBe('maybe');
  });

  it('can apply for asylum (maybe)', () => {
    expect(option(yurii, 'CH.asylum', '2026-11-28').status).toBe('maybe');
  });
});

describe('the regional rule applies to applications decided after 31 October 2025', () => {
  const fromLviv = applicant({ originOblast: 'UA-46' });

  it('decided on 31 October 2025, a woman from Lviv still gets S, and F is not at stake', () => {
    expect(option(fromLviv, 'CH.status-s', '2025-10-31').status).toBe('eligible');
    const f = option(fromLviv, 'CH.provisional-admission', '2025-10-31');
    expect(f.status).toBe('not-eligible');
    expect(reason(f, 'region-on-list')?.result).toBe('not-met');
  });

  it('decided on 1 November 2025, she is refused S and F becomes possible', () => {
    expect(option(fromLviv, 'CH.status-s', '2025-11-01').status).toBe('not-eligible');
    expect(option(fromLviv, 'CH.provisional-admission', '2025-11-01').status).toBe('maybe');
  });

  it('the Swiss list has 7 regions: Kyiv oblast and Poltava (on the Norwegian list) are not on it', () => {
    expect(option(applicant({ originOblast: 'UA-32' }), 'CH.status-s', '2026-11-28').status).toBe('eligible');
    expect(option(applicant({ originOblast: 'UA-53' }), 'CH.status-s', '2026-11-28').status).toBe('eligible');
    expect(option(applicant({ originOblast: 'UA-77' }), 'CH.status-s', '2026-11-28').status).toBe('not-eligible');
  });

  it('an S holder from Lviv keeps S, with the travel limit of 15 days per half-year', () => {
    const r = option(holder({ originOblast: 'UA-46' }), 'CH.status-s', '2026-11-28');
    expect(r.status).toBe('eligible');
    expect(reason(r, 'holds-s')?.result).toBe('met');
    expect(r.warnings.map((w) => w.key)).toContain('options.status-s.notes.travel-limit');
    expect(r.warnings.map((w) => w.key)).toContain('options.status-s.notes.not-lifted-before');
  });

  it('an S holder cannot be given provisional admission instead', () => {
    expect(option(holder({ originOblast: 'UA-46' }), 'CH.provisional-admission', '2026-11-28').status).toBe('not-eligible');
  });
});

describe('the B permit after 5 years of S (S granted on 20 March 2022)', () => {
  it('on 28 November 2026 she has not reached 5 years: maybe, depending on S still being in force later', () => {
    const r = option(holder({}), 'CH.b-permit', '2026-11-28');
    expect(r.status).toBe('maybe');
    expect(reason(r, 'five-years-of-s')?.result).toBe('not-met');
    expect(reason(r, 's-still-in-force-later')?.result).toBe('unknown');
  });

  it('on 19 March 2027, one day short of 5 years: still maybe', () => {
    expect(option(holder({}), 'CH.b-permit', '2027-03-19').status).toBe('maybe');
  });

  it('on 20 March 2027, exactly 5 years: eligible', () => {
    const r = option(holder({}), 'CH.b-permit', '2027-03-20');
    expect(r.status).toBe('eligible');
    expect(reason(r, 'five-years-of-s')?.result).toBe('met');
  });

  it('an interruption of S rules it out; an unknown interruption leaves it open', () => {
    expect(option(holder({ protectionInterrupted: 'yes' }), 'CH.b-permit', '2027-03-20').status).toBe('not-eligible');
    expect(option(holder({ protectionInterrupted: 'unknown' }), 'CH.b-permit', '2027-03-20').status).toBe('maybe');
  });
});
