import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { noteKeys, option, reason, run, type Answers } from './support';

const marta: Answers = {
  hostCountry: 'HR',
  birthDate: '1979-09-01',
  sex: 'female',
  arrivalDate: '2022-05-02',
  protectionStartDate: '2022-05-02',
  currentStatus: 'temporary-protection',
};

describe('Croatia: temporary protection', () => {
  it('exists for the contract', () => {
    expect(run(marta).map((r) => r.id)).toContain('HR.temporary-protection');
  });

  it('holds until 4 March 2027 and ends the day after', () => {
    const tp = option(marta, 'HR.temporary-protection', '2027-03-04');
    expect(tp.status).toBe('eligible');
    expect(tp.deadline).toBe('2027-03-04');
    const after = option(marta, 'HR.temporary-protection', '2027-03-05');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')?.result).toBe('not-met');
  });

  it('says (with low confidence) that the time counts towards permanent residence, and that no scheme follows', () => {
    expect(noteKeys(option(marta, 'HR.temporary-protection'))).toEqual(
      expect.arrayContaining(['counts-towards-permanent-residence', 'no-scheme-after-tp']),
    );
  });

  it('is not the route for someone with another permit, and maybe when the status is unknown', () => {
    expect(option({ ...marta, currentStatus: 'other-permit' }, 'HR.temporary-protection').status).toBe('not-eligible');
    expect(option({ ...marta, currentStatus: 'unknown' }, 'HR.temporary-protection').status).toBe('maybe');
  });

  it('starts with the EU decision of 15 July 2025', () => {
    expect(evaluatePerson(marta, '2025-07-14').absent).toContain('HR');
    expect(evaluatePerson(marta, '2025-07-15').absent).not.toContain('HR');
  });
});
