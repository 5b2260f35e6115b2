import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { option, reason, type Answers } from './support';

/**
 * United States: boundary tables for TPS (the end of the confirmed extension,
 * 19 October 2026; continuous residence since 16 August 2023). The personas
 * are JSON cases in tests/fixtures/cases/us/ (issue 21, item 5).
 */

const halyna: Answers = {
  hostCountry: 'US', birthDate: '1982-02-14', sex: 'female', originOblast: 'UA-14', arrivalDate: '2022-06-10',
  currentStatus: 'temporary-protection', employment: 'employed',
};

describe('a TPS holder around the end of the confirmed extension', () => {
  it.each([
    ['2026-10-19', '2025-04-20', 'eligible'],
    ['2026-10-20', '2026-10-20', 'maybe'],
    ['2026-12-05', '2026-10-20', 'maybe'],
    ['2026-12-06', '2026-12-06', 'maybe'],
  ] as const)('on %s (version %s): %s', (asOf, version, status) => {
    const r = option(halyna, 'US.tps', asOf);
    expect(r.version).toBe(version);
    expect(r.status).toBe(status);
  });

  it('on the last confirmed day the deadline is that day', () => {
    const r = option(halyna, 'US.tps', '2026-10-19');
    expect(r.deadline).toBe('2026-10-19');
    expect(r.daysLeft).toBe(0);
  });

  it('from 6 December 2026 the automatic extension is an overdue planned value, checked by 20 December 2026', () => {
    const r = option(halyna, 'US.tps', '2026-12-06');
    expect(r.verification).toBe('verified');
    expect(r.warnings.find((w) => w.type === 'overdue')).toMatchObject({ key: 'checks.us-tps-automatic-extension', vars: { date: '2026-10-20' } });
    expect(reason(r, 'tps-designation-in-force')?.result).toBe('unknown');
  });
});

describe('without TPS: continuous residence since 16 August 2023, then only a late initial filing', () => {
  const newcomer = (arrivalDate: string): Answers => ({ ...halyna, currentStatus: 'other-permit', arrivalDate });

  it.each([
    ['2023-08-16', '2026-06-01', 'maybe', 'met', 'first-application-conditions'],
    ['2023-08-17', '2026-06-01', 'not-eligible', 'not-met', undefined],
    ['2023-08-16', '2026-12-06', 'maybe', 'met', 'late-initial-registration'],
    ['2023-08-17', '2026-12-06', 'not-eligible', 'not-met', undefined],
  ] as const)('arrived %s, on %s: %s', (arrivalDate, asOf, status, residence, open) => {
    const r = option(newcomer(arrivalDate), 'US.tps', asOf);
    expect(r.status).toBe(status);
    expect(reason(r, 'continuous-residence')?.result).toBe(residence);
    if (open) expect(reason(r, open)?.result).toBe('unknown');
  });
});

describe('dates outside the rule set', () => {
  it('before 20 April 2025 there is no US rule set here', () => {
    expect(evaluatePerson(halyna, '2025-04-19').absent).toContain('US');
    expect(evaluatePerson(halyna, '2025-04-20').absent).not.toContain('US');
  });
});
