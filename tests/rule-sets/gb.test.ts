import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { noteKeys, option, reason, type Answers } from './support';

/**
 * United Kingdom: boundary tables for the Ukraine Permission Extension. From
 * 6 December 2026 the window is read from the end of the current permission
 * (permitEndDate): apply in the 90 days before it, and before it ends. The
 * earlier versions (a grant of 18 months counted as 549 days from
 * protectionStartDate) stay as published. The personas are JSON cases in
 * tests/fixtures/cases/gb/ (issue 21, item 5).
 */

const holder = (over: Partial<Answers>): Answers => ({
  hostCountry: 'GB', birthDate: '1974-06-06', sex: 'female', originOblast: 'UA-48', arrivalDate: '2022-05-01',
  protectionStartDate: '2025-07-20', currentStatus: 'temporary-protection', ...over,
});

describe('the window before the end of the current permission (from 6 December 2026)', () => {
  // Ends 20 January 2027: the window opens on 22 October 2026 (90 days before).
  const end = '2027-01-20';
  it.each([
    ['2026-12-06', 'maybe', 'apply-now'], // 45 days left
    ['2027-01-20', 'maybe', 'apply-now'], // the last day
    ['2027-01-21', 'not-eligible', 'permission-ended'],
  ] as const)('on %s: %s, note %s', (asOf, status, note) => {
    const r = option(holder({ permitEndDate: end }), 'GB.upe', asOf);
    expect(r.version).toBe('2026-12-06');
    expect(r.status).toBe(status);
    expect(noteKeys(r)).toContain(note);
  });

  it.each([
    ['2027-03-06', 'apply-now'], // 90 days after 6 December 2026
    ['2027-03-07', 'apply-later'], // 91 days
  ] as const)('on 6 December 2026, a permission ending on %s: %s', (permitEndDate, note) => {
    const r = option(holder({ permitEndDate }), 'GB.upe', '2026-12-06');
    expect(r.status).toBe('maybe');
    expect(noteKeys(r)).toContain(note);
    expect(reason(r, 'permission-not-ended')?.result).toBe('met');
  });

  it('an end date answered "I don\'t know" leaves it open, without asking again', () => {
    const r = option(holder({ permitEndDate: 'unknown' }), 'GB.upe', '2026-12-06');
    expect(r.status).toBe('maybe');
    expect(reason(r, 'permission-not-ended')?.result).toBe('unknown');
  });
});

describe('the published versions before 6 December 2026 (protectionStartDate read as the UPE grant)', () => {
  it.each([
    ['2026-04-07', '2025-02-04', '2025-02-04', 'not-eligible', 'upe-single-grant-2025'],
    ['2026-04-08', '2026-04-08', '2025-02-04', 'not-eligible', 'further-grant-window-open'],
    ['2026-10-21', '2026-04-08', '2025-07-20', 'not-eligible', 'further-grant-window-open'],
    ['2026-10-22', '2026-04-08', '2025-07-20', 'eligible', 'further-grant-window-open'],
    ['2026-12-05', '2026-04-08', '2025-07-20', 'eligible', 'upe-not-expired'],
  ] as const)('on %s (version %s), a grant of %s: %s (%s)', (asOf, version, protectionStartDate, status, decisive) => {
    const r = option(holder({ protectionStartDate }), 'GB.upe', asOf);
    expect(r.version).toBe(version);
    expect(r.status).toBe(status);
    expect(reason(r, decisive)).toBeDefined();
  });

  it('before 4 February 2025 there is no UK rule set', () => {
    expect(evaluatePerson(holder({}), '2025-02-03').absent).toContain('GB');
    expect(evaluatePerson(holder({}), '2025-02-04').absent).not.toContain('GB');
  });
});
