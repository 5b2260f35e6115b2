/**
 * Luxembourg's residence permit as a salaried worker for holders of temporary
 * protection (guichet.lu): who can reach it, and that the minimum wage and the
 * housing stay with the authority (never more than "maybe"). The personas are
 * JSON cases in tests/fixtures/cases/lu/.
 */
import { describe, expect, it } from 'vitest';
import { noteKeys, option, reason, type Answers } from './support';

const worker: Answers = { hostCountry: 'LU', currentStatus: 'temporary-protection', employment: 'employed', validPassport: 'yes' };
const ID = 'LU.salaried-permit';

describe('Luxembourg: residence permit as a salaried worker', () => {
  it.each([
    ['a holder who works, with a passport', {}, 'maybe'],
    ['a passport that expires soon still counts', { validPassport: 'expiring' }, 'maybe'],
    ['self-employed', { employment: 'self-employed' }, 'not-eligible'],
    ['a student', { employment: 'student' }, 'not-eligible'],
    ['no valid passport', { validPassport: 'no' }, 'not-eligible'],
    ['another permit already', { currentStatus: 'other-permit' }, 'not-eligible'],
    ['applied for temporary protection, not yet holding it', { currentStatus: 'protection-applied' }, 'not-eligible'],
  ] as const)('%s: %s', (_label, change, status) => {
    expect(option({ ...worker, ...change } as Answers, ID, '2026-12-06').status).toBe(status);
  });

  it('leaves the minimum wage and the housing to the Directorate-General for Immigration', () => {
    const permit = option(worker, ID, '2026-12-06');
    expect(reason(permit, 'minimum-wage')?.result).toBe('unknown');
    expect(reason(permit, 'own-housing')?.result).toBe('unknown');
    expect(permit.missing).toEqual([]);
  });

  it('always says that temporary protection is given up; the family note needs a partner or children in Luxembourg', () => {
    expect(noteKeys(option(worker, ID, '2026-12-06'))).toContain('renounce-tp');
    expect(noteKeys(option(worker, ID, '2026-12-06'))).not.toContain('family-members');
    expect(noteKeys(option({ ...worker, partner: 'in-host-country' }, ID, '2026-12-06'))).toContain('family-members');
    expect(noteKeys(option({ ...worker, partner: 'in-ukraine', childrenInHost: 2 }, ID, '2026-12-06'))).toContain('family-members');
    expect(noteKeys(option({ ...worker, partner: 'in-ukraine', childrenInHost: 0 }, ID, '2026-12-06'))).not.toContain('family-members');
  });

  it('is applied for while temporary protection is valid', () => {
    const permit = option(worker, ID, '2026-12-06');
    expect(permit.deadline).toBe('2027-03-04');
    expect(reason(option(worker, ID, '2027-03-05'), 'before-tp-end')?.result).toBe('unknown');
  });
});
