/**
 * Moldova's own temporary protection: the national end date (1 March 2027,
 * not the EU's 4 March), the 2026 online extension window and what the notes
 * say around it. The personas are JSON cases in tests/fixtures/cases/md/.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePerson } from '../../rules';
import { noteKeys, option, reason, type Answers } from './support';

const holder: Answers = { hostCountry: 'MD', currentStatus: 'temporary-protection' };
const ID = 'MD.temporary-protection';

describe('Moldova: temporary protection', () => {
  it.each([
    ['2027-03-01', 'eligible', 'met'],
    ['2027-03-02', 'not-eligible', 'not-met'],
  ] as const)('on %s: %s (Moldova’s own date, with no EU proposal)', (asOf, status, result) => {
    const tp = option(holder, ID, asOf);
    expect(tp.status).toBe(status);
    expect(tp.deadline).toBe('2027-03-01');
    expect(reason(tp, 'before-md-tp-end')?.result).toBe(result);
    expect(tp.warnings.map((w) => w.type)).not.toContain('overdue');
    expect(tp.warnings.map((w) => w.type)).not.toContain('proposal');
  });

  it.each([
    ['2026-01-31', []],
    ['2026-02-01', ['renew-online-now']],
    ['2026-04-30', ['renew-online-now']],
    ['2026-05-01', ['renewal-2026']],
  ] as const)('on %s the renewal notes are %j', (asOf, shown) => {
    const notes = noteKeys(option(holder, ID, asOf)).filter((n) => n.startsWith('renew'));
    expect(notes).toEqual(shown);
  });

  it('tells holders to act while the window is open (an action note)', () => {
    const note = option(holder, ID, '2026-03-01').warnings.find((w) => w.key.endsWith('renew-online-now'));
    expect(note?.action).toBe(true);
  });

  it('tells someone without status that they can apply again', () => {
    const tp = option({ ...holder, currentStatus: 'no-status' }, ID, '2026-12-06');
    expect(tp.status).toBe('eligible');
    expect(noteKeys(tp)).toContain('apply-again');
    expect(noteKeys(tp)).not.toContain('renewal-2026');
  });

  it('starts with the government decision of 28 January 2026', () => {
    expect(evaluatePerson(holder, '2026-01-27').absent).toContain('MD');
    expect(evaluatePerson(holder, '2026-01-28').absent).not.toContain('MD');
  });
});
