import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { option, reason, type Answers } from './support';

/**
 * United States: TPS for Ukraine, extended 20 April 2025 - 19 October 2026
 * (2023 redesignation: continuous residence since 16 August 2023). After 19
 * October 2026 no decision was found: at best "maybe", unverified.
 */

/** Halyna, 44, came to the US in 2022 and has TPS. */
const halyna: Answers = {
  hostCountry: 'US', birthDate: '1982-02-14', sex: 'female', originOblast: 'UA-14', arrivalDate: '2022-06-10',
  currentStatus: 'temporary-protection', employment: 'employed',
};

describe('Halyna, a TPS holder, around the end of the confirmed extension', () => {
  it('on 19 October 2026, the last confirmed day, she has TPS (eligible) with that deadline', () => {
    const r = option(halyna, 'US.tps', '2026-10-19');
    expect(r.status).toBe('eligible');
    expect(r.deadline).toBe('2026-10-19');
    expect(r.daysLeft).toBe(0);
    expect(r.verification).toBe('verified');
  });

  it('on 20 October 2026 we know of no decision: maybe, unverified', () => {
    const r = option(halyna, 'US.tps', '2026-10-20');
    expect(r.version).toBe('2026-10-20');
    expect(r.status).toBe('maybe');
    expect(r.verification).toBe('unverified');
    expect(reason(r, 'tps-designation-in-force')?.result).toBe('not-met');
    expect(reason(r, 'tps-after-end-unknown')?.result).toBe('unknown');
    expect(r.warnings.map((w) => w.key)).toContain('options.tps.notes.automatic-extension-unverified');
  });

  it('on 28 November 2026 it is still maybe', () => {
    expect(option(halyna, 'US.tps', '2026-11-28').status).toBe('maybe');
  });
});

describe('a first TPS application needs continuous residence since 16 August 2023', () => {
  const newcomer = (arrivalDate: string): Answers => ({ ...halyna, currentStatus: 'other-permit', arrivalDate });

  it('arrived on 16 August 2023: possible, USCIS checks the rest (maybe)', () => {
    const r = option(newcomer('2023-08-16'), 'US.tps', '2026-06-01');
    expect(r.status).toBe('maybe');
    expect(reason(r, 'continuous-residence')?.result).toBe('met');
    expect(r.warnings.map((w) => w.key)).toContain('options.tps.notes.physical-presence');
  });

  it('arrived on 17 August 2023: not possible', () => {
    const r = option(newcomer('2023-08-17'), 'US.tps', '2026-06-01');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'continuous-residence')?.result).toBe('not-met');
  });
});

describe('dates outside the rule set', () => {
  it('before 20 April 2025 there is no US rule set here', () => {
    expect(evaluatePerson(halyna, '2025-04-19').absent).toContain('US');
    expect(evaluatePerson(halyna, '2025-04-20').absent).not.toContain('US');
  });
});
