import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { noteKeys, option, reason, type Answers } from './support';

/**
 * Ireland (brief §2.8): temporary protection extended automatically to
 * 4 March 2027 (Department of Justice, 13 February 2026); international
 * protection decided case by case; employment permits not researched
 * (unverified); no scheme after temporary protection found (low).
 */

/** Halyna: in Dublin since May 2022 on temporary protection, works in a shop; home town in Kharkiv oblast not occupied. */
const halyna: Answers = {
  hostCountry: 'IE',
  birthDate: '1985-09-14',
  sex: 'female',
  originOblast: 'UA-63',
  homeAreaOccupied: 'no',
  arrivalDate: '2022-05-10',
  protectionStartDate: '2022-05-10',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  contractType: 'permanent',
  childrenInHost: 0,
};

describe('IE rule set version', () => {
  it('starts with the Department of Justice notice of 13 February 2026', () => {
    expect(evaluatePerson(halyna, '2026-02-12').absent).toContain('IE');
    expect(evaluatePerson(halyna, '2026-02-13').absent).not.toContain('IE');
  });
});

describe('IE.temporary-protection', () => {
  it('holds on 28 November 2026 with 4 March 2027 as the deadline', () => {
    const r = option(halyna, 'IE.temporary-protection');
    expect(r.status).toBe('eligible');
    expect(r.deadline).toBe('2027-03-04');
  });

  it('holds up to and including 4 March 2027, not a day later', () => {
    expect(option(halyna, 'IE.temporary-protection', '2027-03-04').status).toBe('eligible');
    const after = option(halyna, 'IE.temporary-protection', '2027-03-05');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')?.result).toBe('not-met');
    expect(after.warnings.some((w) => w.type === 'if-adopted' && w.status === 'eligible')).toBe(true);
  });

  it('covers people who applied or have no status yet, not people with international protection', () => {
    expect(option({ ...halyna, currentStatus: 'protection-applied' }, 'IE.temporary-protection').status).toBe('eligible');
    expect(option({ ...halyna, currentStatus: 'international-protection' }, 'IE.temporary-protection').status).toBe('not-eligible');
    expect(option({ ...halyna, currentStatus: 'unknown' }, 'IE.temporary-protection').status).toBe('maybe');
  });

  it('warns men from 23 about the proposed exit-permit rule, from the 23rd birthday', () => {
    const man = (birthDate: string): Answers => ({ ...halyna, sex: 'male', birthDate });
    expect(noteKeys(option(man('2003-11-28'), 'IE.temporary-protection'))).toContain('eu-men-exit-permit');
    expect(noteKeys(option(man('2003-11-29'), 'IE.temporary-protection'))).not.toContain('eu-men-exit-permit');
    expect(noteKeys(option(halyna, 'IE.temporary-protection'))).not.toContain('eu-men-exit-permit');
  });
});

describe('IE.international-protection', () => {
  it('is at best a maybe: decided individually, and unverified', () => {
    const r = option(halyna, 'IE.international-protection');
    expect(r.status).toBe('maybe');
    expect(r.verification).toBe('unverified');
    expect(reason(r, 'ip-individual')?.result).toBe('unknown');
  });

  it('warns about the internal protection alternative when the home area is not occupied', () => {
    expect(noteKeys(option(halyna, 'IE.international-protection'))).toContain('internal-protection');
    expect(noteKeys(option({ ...halyna, homeAreaOccupied: 'yes' }, 'IE.international-protection'))).not.toContain('internal-protection');
  });

  it('is not needed by someone who already has international protection or another permit', () => {
    expect(option({ ...halyna, currentStatus: 'international-protection' }, 'IE.international-protection').status).toBe('not-eligible');
    expect(option({ ...halyna, currentStatus: 'other-permit' }, 'IE.international-protection').status).toBe('not-eligible');
  });
});

describe('IE.employment-permit', () => {
  it('is a maybe with a job (requirements not researched) and does not apply without one', () => {
    const r = option(halyna, 'IE.employment-permit');
    expect(r.status).toBe('maybe');
    expect(r.verification).toBe('unverified');
    expect(option({ ...halyna, employment: 'unemployed' }, 'IE.employment-permit').status).toBe('not-eligible');
  });
});

describe('IE.after-tp', () => {
  it('says, as information, that no scheme was found', () => {
    const r = option(halyna, 'IE.after-tp');
    expect(r.status).toBe('info');
    expect(r.verification).toBe('unverified');
  });
});
