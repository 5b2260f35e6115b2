import { describe, expect, it } from 'vitest';
import { isValidIsoDate, today } from '../../lib/today';

const NOW = new Date('2026-11-28T23:30:00Z'); // already 29 November in Amsterdam

describe('today()', () => {
  it('uses PATHWAY_AS_OF when it is a valid date', () => {
    expect(today({ PATHWAY_AS_OF: '2027-03-04' }, NOW)).toBe('2027-03-04');
  });

  it('falls back to the clock date in UTC when PATHWAY_AS_OF is unset', () => {
    expect(today({}, NOW)).toBe('2026-11-28');
  });

  it.each(['', 'tomorrow', '2027-02-30', '2027-3-4', '04-03-2027', '2027-13-01'])(
    'ignores an invalid PATHWAY_AS_OF %j',
    (value) => {
      expect(today({ PATHWAY_AS_OF: value }, NOW)).toBe('2026-11-28');
    },
  );

  it('reads process.env by default', () => {
    const saved = process.env.PATHWAY_AS_OF;
    process.env.PATHWAY_AS_OF = '2026-01-15';
    try {
      expect(today()).toBe('2026-01-15');
    } finally {
      if (saved === undefined) delete process.env.PATHWAY_AS_OF;
      else process.env.PATHWAY_AS_OF = saved;
    }
  });
});

describe('isValidIsoDate()', () => {
  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['2026-1-10', false],
  ])('%s → %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });
});
