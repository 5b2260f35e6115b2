import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { noteKeys, option, reason, run, type Answers } from './support';

/** A woman on temporary refuge in Slovakia since April 2022, never interrupted. */
const olha: Answers = {
  hostCountry: 'SK',
  birthDate: '1987-06-12',
  sex: 'female',
  arrivalDate: '2022-04-01',
  protectionStartDate: '2022-04-01',
  protectionInterrupted: 'no',
  currentStatus: 'temporary-protection',
  employment: 'employed',
};

describe('Slovakia: the rule set', () => {
  it('has every option the contract requires', () => {
    const ids = run(olha).filter((r) => r.ruleSet === 'SK').map((r) => r.id);
    for (const id of ['SK.temporary-protection', 'SK.displaced-person-extension']) expect(ids).toContain(id);
  });

  it('starts with § 131o on 15 July 2026', () => {
    expect(evaluatePerson(olha, '2026-07-14').absent).toContain('SK');
    expect(evaluatePerson(olha, '2026-07-15').absent).not.toContain('SK');
  });
});

describe('Slovakia: temporary refuge', () => {
  it('holds until 4 March 2027 and ends the day after', () => {
    expect(option(olha, 'SK.temporary-protection', '2027-03-04').status).toBe('eligible');
    expect(option(olha, 'SK.temporary-protection', '2027-03-05').status).toBe('not-eligible');
  });

  it('is not the route for someone with another permit', () => {
    expect(option({ ...olha, currentStatus: 'other-permit' }, 'SK.temporary-protection').status).toBe('not-eligible');
  });
});

describe('Slovakia: one more year as a displaced person (§ 131o)', () => {
  it('is maybe at best, because it rests on a law-firm summary, and points at 3 March 2027', () => {
    const ext = option(olha, 'SK.displaced-person-extension');
    expect(ext.status).toBe('maybe');
    expect(ext.verification).toBe('unverified');
    expect(ext.deadline).toBe('2027-03-03');
    expect(reason(ext, 'tp-on-reference-date')?.result).toBe('met');
    expect(noteKeys(ext)).toEqual(expect.arrayContaining(['later-residence-not-retrieved', 'may-shift']));
  });

  it('covers refuge that started on 3 March 2027, not refuge that started on 4 March 2027', () => {
    const onTheDay = option({ ...olha, protectionStartDate: '2027-03-03' }, 'SK.displaced-person-extension', '2027-03-03');
    expect(reason(onTheDay, 'tp-on-reference-date')?.result).toBe('met');
    expect(onTheDay.status).toBe('maybe');
    const dayAfter = option({ ...olha, protectionStartDate: '2027-03-04' }, 'SK.displaced-person-extension', '2027-03-04');
    expect(dayAfter.status).toBe('not-eligible');
    expect(reason(dayAfter, 'tp-on-reference-date')?.result).toBe('not-met');
  });

  it('is lost when the refuge was interrupted, and not for someone without refuge', () => {
    expect(option({ ...olha, protectionInterrupted: 'yes' }, 'SK.displaced-person-extension').status).toBe('not-eligible');
    expect(option({ ...olha, currentStatus: 'no-status' }, 'SK.displaced-person-extension').status).toBe('not-eligible');
  });
});
