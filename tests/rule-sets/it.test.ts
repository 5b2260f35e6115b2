import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { noteKeys, option, reason, type Answers } from './support';

/**
 * Italy (brief §2.10): temporary protection permit to 4 March 2027 (medium);
 * conversion into a work permit based on actual employment (law 213/2023).
 */

/** Andrii: in Milan since April 2022 on temporary protection, works in a warehouse. */
const andrii: Answers = {
  hostCountry: 'IT',
  birthDate: '1979-02-03',
  sex: 'male',
  originOblast: 'UA-51',
  homeAreaOccupied: 'no',
  arrivalDate: '2022-04-12',
  protectionStartDate: '2022-04-12',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  contractType: 'fixed-term',
  childrenInHost: 0,
};

describe('IT rule set version', () => {
  it('starts with the EU extension decision of 15 July 2025', () => {
    expect(evaluatePerson(andrii, '2025-07-14').absent).toContain('IT');
    expect(evaluatePerson(andrii, '2025-07-15').absent).not.toContain('IT');
  });
});

describe('IT.temporary-protection', () => {
  it('holds on 28 November 2026, with a note to check the permit date at the Questura', () => {
    const r = option(andrii, 'IT.temporary-protection');
    expect(r.status).toBe('eligible');
    expect(r.deadline).toBe('2027-03-04');
    expect(noteKeys(r)).toContain('permit-renewal');
  });

  it('holds up to and including 4 March 2027, not a day later', () => {
    expect(option(andrii, 'IT.temporary-protection', '2027-03-04').status).toBe('eligible');
    const after = option(andrii, 'IT.temporary-protection', '2027-03-05');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')?.result).toBe('not-met');
  });

  it('warns a man of 47 about the proposed exit-permit rule, and men from their 23rd birthday', () => {
    expect(noteKeys(option(andrii, 'IT.temporary-protection'))).toContain('eu-men-exit-permit');
    expect(noteKeys(option({ ...andrii, birthDate: '2003-11-28' }, 'IT.temporary-protection'))).toContain('eu-men-exit-permit');
    expect(noteKeys(option({ ...andrii, birthDate: '2003-11-29' }, 'IT.temporary-protection'))).not.toContain('eu-men-exit-permit');
  });

  it('does not apply to someone who already has another permit', () => {
    expect(option({ ...andrii, currentStatus: 'other-permit' }, 'IT.temporary-protection').status).toBe('not-eligible');
  });
});

describe('IT.work-permit-conversion (law 213/2023)', () => {
  it('is open to a TP permit holder with a job', () => {
    const r = option(andrii, 'IT.work-permit-conversion');
    expect(r.status).toBe('eligible');
    expect(reason(r, 'has-job')?.result).toBe('met');
    expect(r.deadline).toBe('2027-03-04');
  });

  it('needs an actual job', () => {
    expect(option({ ...andrii, employment: 'unemployed' }, 'IT.work-permit-conversion').status).toBe('not-eligible');
    expect(option({ ...andrii, employment: 'unknown' }, 'IT.work-permit-conversion').status).toBe('maybe');
  });

  it('sends the self-employed to the Questura', () => {
    const r = option({ ...andrii, employment: 'self-employed' }, 'IT.work-permit-conversion');
    expect(r.status).toBe('not-eligible');
    expect(noteKeys(r)).toContain('self-employed');
  });

  it('converts only a temporary protection permit', () => {
    expect(option({ ...andrii, currentStatus: 'protection-applied' }, 'IT.work-permit-conversion').status).toBe('not-eligible');
  });
});
