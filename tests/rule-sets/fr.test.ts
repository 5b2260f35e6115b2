import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { noteKeys, option, reason, type Answers } from './support';

/**
 * France (brief §2.12): APS of 6 months renewable as of right to 4 March 2027;
 * asylum at OFPRA decided individually (art. 8 QR practice unverified); work
 * permits not researched (unverified).
 */

/** Natalia: in Lyon since March 2022 on temporary protection (APS), home town in Kherson oblast occupied, works as a cleaner. */
const natalia: Answers = {
  hostCountry: 'FR',
  birthDate: '1976-07-30',
  sex: 'female',
  originOblast: 'UA-65',
  homeAreaOccupied: 'yes',
  arrivalDate: '2022-03-18',
  protectionStartDate: '2022-03-18',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  childrenInHost: 0,
};

describe('FR rule set version', () => {
  it('starts with the EU extension decision of 15 July 2025', () => {
    expect(evaluatePerson(natalia, '2025-07-14').absent).toContain('FR');
    expect(evaluatePerson(natalia, '2025-07-15').absent).not.toContain('FR');
  });
});

describe('FR.temporary-protection', () => {
  it('holds up to and including 4 March 2027, not a day later', () => {
    const now = option(natalia, 'FR.temporary-protection');
    expect(now.status).toBe('eligible');
    expect(now.deadline).toBe('2027-03-04');
    expect(noteKeys(now)).toContain('durable-status-check');
    expect(option(natalia, 'FR.temporary-protection', '2027-03-04').status).toBe('eligible');
    expect(option(natalia, 'FR.temporary-protection', '2027-03-05').status).toBe('not-eligible');
  });

  it('warns men from 23 about the proposed exit-permit rule, from the 23rd birthday', () => {
    const man = (birthDate: string): Answers => ({ ...natalia, sex: 'male', birthDate });
    expect(noteKeys(option(man('2003-11-28'), 'FR.temporary-protection'))).toContain('eu-men-exit-permit');
    expect(noteKeys(option(man('2003-11-29'), 'FR.temporary-protection'))).not.toContain('eu-men-exit-permit');
    expect(noteKeys(option(natalia, 'FR.temporary-protection'))).not.toContain('eu-men-exit-permit');
  });
});

describe('FR.asylum (OFPRA)', () => {
  it('is a maybe: OFPRA decides individually', () => {
    const r = option(natalia, 'FR.asylum');
    expect(r.status).toBe('maybe');
    expect(reason(r, 'asylum-individual')?.result).toBe('unknown');
    expect(noteKeys(r)).toContain('subsidiary-protection');
  });

  it('warns about the internal protection alternative only when the home area is not occupied', () => {
    expect(noteKeys(option(natalia, 'FR.asylum'))).not.toContain('internal-protection');
    expect(noteKeys(option({ ...natalia, homeAreaOccupied: 'no' }, 'FR.asylum'))).toContain('internal-protection');
  });

  it('is not needed by someone who already has international protection', () => {
    expect(option({ ...natalia, currentStatus: 'international-protection' }, 'FR.asylum').status).toBe('not-eligible');
  });
});

describe('FR.work-permit', () => {
  it('is a maybe with work (requirements not researched) and does not apply without it', () => {
    const r = option(natalia, 'FR.work-permit');
    expect(r.status).toBe('maybe');
    expect(r.verification).toBe('unverified');
    expect(option({ ...natalia, employment: 'self-employed' }, 'FR.work-permit').status).toBe('maybe');
    expect(option({ ...natalia, employment: 'retired' }, 'FR.work-permit').status).toBe('not-eligible');
  });
});
