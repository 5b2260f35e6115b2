import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { option, reason, type Answers } from './support';

/**
 * United Kingdom: the Ukraine Permission Extension. From 4 February 2025 one
 * grant of up to 18 months; from 8 April 2026 (HC 1691) a further grant of up
 * to 24 months, applied for from 90 days before the permission ends. 18 months
 * are counted as 549 days (exact for a grant of 20 July 2025), so the window
 * opens 459 days after the grant.
 */

/** Maria (P23), 52, care worker, UPE granted on 20 July 2025 for 18 months (ends 20 January 2027). */
const maria: Answers = {
  hostCountry: 'GB', birthDate: '1974-06-06', sex: 'female', originOblast: 'UA-48', arrivalDate: '2022-05-01',
  protectionStartDate: '2025-07-20', currentStatus: 'temporary-protection', employment: 'employed', contractType: 'permanent',
  monthlyGrossIncome: 2000, hostLanguageLevel: 'B1', childrenInHost: 0, partner: 'none',
};

describe('Maria (P23): her 90-day window for the further UPE grant', () => {
  it('on 28 November 2026 she can apply now: eligible, not a settlement route', () => {
    const r = option(maria, 'GB.upe', '2026-11-28');
    expect(r.status).toBe('eligible');
    expect(reason(r, 'further-grant-window-open')?.result).toBe('met');
    expect(reason(r, 'upe-permission')?.result).toBe('met');
    expect(r.warnings.map((w) => w.key)).toContain('options.upe.notes.not-settlement');
    expect(r.warnings.map((w) => w.key)).toContain('options.upe.notes.exact-end-date');
  });

  it('on 21 October 2026 (458 days after the grant) the window was not yet open', () => {
    const r = option(maria, 'GB.upe', '2026-10-21');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'further-grant-window-open')?.result).toBe('not-met');
    expect(reason(r, 'further-grant-window-open')?.vars.elapsed).toBe(458);
  });

  it('on 22 October 2026 (459 days, 90 days before 20 January 2027) it opened', () => {
    expect(option(maria, 'GB.upe', '2026-10-22').status).toBe('eligible');
  });

  it('on 20 January 2027, the last day of her permission, she can still apply', () => {
    expect(option(maria, 'GB.upe', '2027-01-20').status).toBe('eligible');
  });

  it('on 21 January 2027 her 18-month permission has ended', () => {
    const r = option(maria, 'GB.upe', '2027-01-21');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'upe-not-expired')?.result).toBe('not-met');
  });
});

describe('before and after HC 1691 (8 April 2026)', () => {
  const upeSinceFebruary: Answers = { ...maria, protectionStartDate: '2025-02-04' };

  it('on 7 April 2026 a UPE permission could not be extended at all', () => {
    const r = option(upeSinceFebruary, 'GB.upe', '2026-04-07');
    expect(r.version).toBe('2025-02-04');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'upe-single-grant-2025')?.result).toBe('not-met');
  });

  it('from 8 April 2026 the further grant exists; for her the window opens 459 days after 4 February 2025', () => {
    const r = option(upeSinceFebruary, 'GB.upe', '2026-04-08');
    expect(r.version).toBe('2026-04-08');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'further-grant-window-open')?.result).toBe('not-met');
    expect(option(upeSinceFebruary, 'GB.upe', '2026-05-09').status).toBe('eligible');
  });
});

describe('a permission from an earlier Ukraine scheme', () => {
  it('granted on 3 February 2025 (before UPE opened): a first UPE grant in the last 90 days, end date to check', () => {
    const r = option({ ...maria, protectionStartDate: '2025-02-03' }, 'GB.upe', '2026-11-28');
    expect(r.status).toBe('maybe');
    expect(reason(r, 'earlier-permission-end-90')?.result).toBe('unknown');
  });

  it('granted on 4 February 2025 it counts as a UPE grant, which by 28 November 2026 has ended', () => {
    const r = option({ ...maria, protectionStartDate: '2025-02-04' }, 'GB.upe', '2026-11-28');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'upe-not-expired')?.result).toBe('not-met');
  });

  it('in 2025, a Homes for Ukraine visa holder could switch to UPE in the last 28 days (maybe)', () => {
    const r = option({ ...maria, protectionStartDate: '2023-06-01' }, 'GB.upe', '2025-06-01');
    expect(r.status).toBe('maybe');
    expect(reason(r, 'earlier-permission-end-28')?.result).toBe('unknown');
  });
});

describe('other people', () => {
  it('someone without permission under a Ukraine scheme cannot use UPE', () => {
    const r = option({ ...maria, currentStatus: 'no-status' }, 'GB.upe', '2026-11-28');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'holds-ukraine-permission')?.result).toBe('not-met');
  });

  it('other visa routes are always worth checking, but unconfirmed (maybe)', () => {
    const r = option(maria, 'GB.other-visa', '2026-11-28');
    expect(r.status).toBe('maybe');
    expect(r.verification).toBe('unverified');
  });

  it('before 4 February 2025 there is no UK rule set', () => {
    expect(evaluatePerson(maria, '2025-02-03').absent).toContain('GB');
    expect(evaluatePerson(maria, '2025-02-04').absent).not.toContain('GB');
  });
});
