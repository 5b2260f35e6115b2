import { describe, it, expect } from 'vitest';
import { ifAdopted, option, reason, type Answers } from './support';

/**
 * Norway: boundary tables (dates of the safe-area lists, ages of the men's
 * proposal, its exceptions). The personas are JSON cases in
 * tests/fixtures/cases/no/ (issue 21, item 5).
 */

/** A new applicant without partner in Norway, so that the close-family exception is ruled out. */
const applicant = (over: Partial<Answers>): Answers => ({
  hostCountry: 'NO',
  birthDate: '1990-05-10',
  sex: 'female',
  originOblast: 'UA-63',
  arrivalDate: '2025-11-01',
  currentStatus: 'protection-applied',
  childrenInHost: 0,
  soleCarerOfChildren: 'no',
  militaryExemption: 'none',
  partner: 'none',
  ...over,
});

const overdue = (r: ReturnType<typeof option>) => r.warnings.find((w) => w.type === 'overdue');

describe('the list of safe areas: 6 regions from 28 September 2024, 14 from 13 January 2025', () => {
  it.each([
    ['Lviv', 'UA-46', '2024-09-27', 'eligible'],
    ['Lviv', 'UA-46', '2024-09-28', 'not-eligible'],
    ['Poltava', 'UA-53', '2025-01-12', 'eligible'],
    ['Poltava', 'UA-53', '2025-01-13', 'not-eligible'],
    ['Kyiv oblast', 'UA-32', '2026-11-28', 'not-eligible'],
    ['Kyiv city', 'UA-30', '2026-11-28', 'eligible'],
  ] as const)('a woman from %s (%s) on %s: %s', (_name, originOblast, asOf, status) => {
    const r = option(applicant({ originOblast, arrivalDate: '2024-09-01' }), 'NO.collective-protection', asOf);
    expect(r.status).toBe(status);
    expect(reason(r, 'region-not-safe-listed')?.result).toBe(status === 'eligible' ? 'met' : 'not-met');
  });

  it('with a partner in Norway, the close-family exception makes it maybe from the first day of the list', () => {
    const r = option(applicant({ originOblast: 'UA-46', arrivalDate: '2024-09-01', partner: 'in-host-country' }), 'NO.collective-protection', '2024-09-28');
    expect(r.status).toBe('maybe');
    expect(reason(r, 'close-family-of-holder')?.result).toBe('unknown');
  });
});

describe('statuses', () => {
  it.each([
    ['other-permit', 'not-eligible'],
    ['unknown', 'maybe'],
    ['temporary-protection', 'eligible'],
  ] as const)('current status %s: %s', (currentStatus, status) => {
    expect(option(applicant({ currentStatus }), 'NO.collective-protection', '2026-11-28').status).toBe(status);
  });
});

describe('the proposal for newly arriving men aged 18 to 60 (26 February 2026; planned before Easter, 5 April 2026; not confirmed)', () => {
  const man = (over: Partial<Answers>) => applicant({ sex: 'male', arrivalDate: '2026-06-15', ...over });
  const REVIEW = '2026-12-06';

  it('before its planned date (28 March 2026) it is only a warning', () => {
    const r = option(man({ birthDate: '1996-03-10', arrivalDate: '2026-03-01' }), 'NO.collective-protection', '2026-03-28');
    expect(r.status).toBe('eligible');
    expect(ifAdopted(r)).toBe('not-eligible');
  });

  it('on the review date it is overdue: the men it would refuse get maybe, with what to check', () => {
    const r = option(man({ birthDate: '1996-03-10' }), 'NO.collective-protection', REVIEW);
    expect(r.status).toBe('maybe');
    expect(overdue(r)).toMatchObject({ key: 'checks.no-men-18-60', vars: { date: '2026-04-05' }, status: 'not-eligible' });
    expect(reason(r, 'men-18-60-rule')?.result).toBe('unknown');
  });

  // Ages on the review date; "to 60" is unclear, so a man aged exactly 60 is open under the proposal itself.
  it.each([
    ['the day before his 18th birthday', '2008-12-07', 'eligible', undefined],
    ['on his 18th birthday', '2008-12-06', 'maybe', undefined],
    ['at 59, the day before his 60th birthday', '1966-12-07', 'maybe', undefined],
    ['on his 60th birthday', '1966-12-06', 'maybe', 'unknown'],
    ['at 60, the day before his 61st birthday', '1965-12-07', 'maybe', 'unknown'],
    ['on his 61st birthday', '1965-12-06', 'eligible', undefined],
  ] as const)('a man from Kharkiv %s: %s', (_when, birthDate, status, upperBound) => {
    const r = option(man({ birthDate }), 'NO.collective-protection', REVIEW);
    expect(r.status).toBe(status);
    expect(overdue(r) !== undefined).toBe(status === 'maybe');
    expect(reason(r, 'men-upper-bound-unclear')?.result).toBe(upperBound);
  });

  it.each([
    ['discharge documents', { militaryExemption: 'exempt' }, 'eligible'],
    ['deferment documents', { militaryExemption: 'deferment' }, 'eligible'],
    ['no documents', { militaryExemption: 'none' }, 'maybe'],
    ['sole carer of a child who came with him', { soleCarerOfChildren: 'yes', childrenInHost: 1 }, 'eligible'],
    ['sole carer, but no child with him', { soleCarerOfChildren: 'yes', childrenInHost: 0 }, 'maybe'],
  ] as const)('a man of 30 with %s: %s', (_what, over, status) => {
    expect(option(man({ birthDate: '1996-03-10', ...over }), 'NO.collective-protection', REVIEW).status).toBe(status);
  });

  it('women and holders are not concerned; the region rule decides before the men rule does', () => {
    expect(overdue(option(applicant({ arrivalDate: '2026-06-15' }), 'NO.collective-protection', REVIEW))).toBeUndefined();
    expect(overdue(option(man({ birthDate: '1996-03-10', currentStatus: 'temporary-protection' }), 'NO.collective-protection', REVIEW))).toBeUndefined();
    const fromPoltava = option(man({ birthDate: '1996-03-10', originOblast: 'UA-53' }), 'NO.collective-protection', REVIEW);
    expect(fromPoltava.status).toBe('not-eligible');
    expect(overdue(fromPoltava)).toBeUndefined();
  });
});
