/**
 * Canada (no temporary protection): the end of IRCC's special measure for
 * CUAET arrivals on 31 March 2026, and the 90 days of IRCC's regular
 * restoration of status. The personas are JSON cases in tests/fixtures/cases/ca/.
 */
import { describe, expect, it } from 'vitest';
import { noteKeys, option, reason, type Answers } from './support';

const worker: Answers = { hostCountry: 'CA', currentStatus: 'other-permit' };
const ID = 'CA.work-study-permit';

describe('Canada: work or study permit after CUAET', () => {
  it.each([
    ['2026-03-31', 'eligible', 'met'],
    ['2026-04-01', 'maybe', 'not-met'],
  ] as const)('on %s: %s (the special measure %s)', (asOf, status, result) => {
    const permit = option(worker, ID, asOf);
    expect(permit.status).toBe(status);
    expect(reason(permit, 'cuaet-measure-open')?.result).toBe(result);
  });

  it.each([
    ['2026-12-06', 'permit-ends'],
    ['2026-12-07', 'permit-ends'],
    ['2026-12-05', 'permit-ended-recently'],
    ['2026-09-08', 'permit-ended-recently'],
    ['2026-09-07', 'permit-ended-long-ago'],
  ] as const)('a permit that ends on %s shows %s on 6 December 2026', (permitEndDate, note) => {
    const notes = noteKeys(option({ ...worker, permitEndDate }, ID, '2026-12-06')).filter((n) => n.startsWith('permit-'));
    expect(notes).toEqual([note]);
  });

  it('asks the end date of the permit, which decides what to do next', () => {
    expect(option(worker, ID, '2026-12-06').missing).toContain('permitEndDate');
  });

  it('is not the route for a protected person, who cannot claim asylum again either', () => {
    const protectedPerson: Answers = { hostCountry: 'CA', currentStatus: 'international-protection' };
    expect(option(protectedPerson, ID, '2026-12-06').status).toBe('not-eligible');
    expect(option(protectedPerson, 'CA.asylum', '2026-12-06').status).toBe('not-eligible');
  });

  it('shows the family pathway as information only, closed to new applications', () => {
    expect(option(worker, 'CA.family-pr-pathway', '2026-12-06').status).toBe('info');
  });
});
