import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { noteKeys, option, reason, type Answers } from './support';

/**
 * Belgium (brief §2.11): temporary protection to 4 March 2027, A card renewed at
 * the commune; no Belgian scheme after temporary protection found (low).
 */

/** Kateryna: in Ghent since June 2022 on temporary protection. */
const kateryna: Answers = {
  hostCountry: 'BE',
  birthDate: '1990-01-20',
  sex: 'female',
  originOblast: 'UA-14',
  homeAreaOccupied: 'yes',
  arrivalDate: '2022-06-01',
  protectionStartDate: '2022-06-01',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  childrenInHost: 2,
};

describe('BE rule set version', () => {
  it('starts with the EU extension decision of 15 July 2025', () => {
    expect(evaluatePerson(kateryna, '2025-07-14').absent).toContain('BE');
    expect(evaluatePerson(kateryna, '2025-07-15').absent).not.toContain('BE');
  });
});

describe('BE.temporary-protection', () => {
  it('holds up to and including 4 March 2027, not a day later', () => {
    const now = option(kateryna, 'BE.temporary-protection');
    expect(now.status).toBe('eligible');
    expect(now.deadline).toBe('2027-03-04');
    expect(option(kateryna, 'BE.temporary-protection', '2027-03-04').status).toBe('eligible');
    const after = option(kateryna, 'BE.temporary-protection', '2027-03-05');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')?.result).toBe('not-met');
    expect(after.warnings.some((w) => w.type === 'if-adopted' && w.status === 'eligible')).toBe(true);
  });

  it('warns new applicants that protection elsewhere can lead to refusal, not current holders', () => {
    expect(noteKeys(option(kateryna, 'BE.temporary-protection'))).not.toContain('protection-elsewhere');
    const applicant = option({ ...kateryna, currentStatus: 'protection-applied' }, 'BE.temporary-protection');
    expect(applicant.status).toBe('eligible');
    expect(noteKeys(applicant)).toContain('protection-elsewhere');
  });

  it('does not apply to someone with international protection', () => {
    expect(option({ ...kateryna, currentStatus: 'international-protection' }, 'BE.temporary-protection').status).toBe('not-eligible');
  });

  it('warns men from 23 about the proposed exit-permit rule, from the 23rd birthday', () => {
    const man = (birthDate: string): Answers => ({ ...kateryna, sex: 'male', birthDate });
    expect(noteKeys(option(man('2003-11-28'), 'BE.temporary-protection'))).toContain('eu-men-exit-permit');
    expect(noteKeys(option(man('2003-11-29'), 'BE.temporary-protection'))).not.toContain('eu-men-exit-permit');
    expect(noteKeys(option(kateryna, 'BE.temporary-protection'))).not.toContain('eu-men-exit-permit');
  });
});

describe('BE.after-tp', () => {
  it('says, as information, that no Belgian scheme was found', () => {
    const r = option(kateryna, 'BE.after-tp');
    expect(r.status).toBe('info');
    expect(r.verification).toBe('unverified');
  });
});
