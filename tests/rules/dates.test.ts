import { describe, expect, it } from 'vitest';
import { addDays, addYears, ageOn, daysBetween, isIsoDate } from '../../rules';

describe('calendar arithmetic', () => {
  it('counts whole years of age, the birthday itself included', () => {
    expect(ageOn('2004-12-01', '2026-11-30')).toBe(21);
    expect(ageOn('2004-12-01', '2026-12-01')).toBe(22);
  });
  it('lets a 29 February birthday arrive on 1 March in a common year', () => {
    expect(ageOn('2004-02-29', '2027-02-28')).toBe(22);
    expect(ageOn('2004-02-29', '2027-03-01')).toBe(23);
    expect(ageOn('2004-02-29', '2028-02-29')).toBe(24);
    expect(addYears('2004-02-29', 23)).toBe('2027-03-01');
  });
  it('counts days across leap years and month ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-06-04', '2026-06-04')).toBe(365);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
  });
});

describe('day numbers agree with the calendar', () => {
  it('for every day from 1900 to 2100', () => {
    for (let day = Date.UTC(1900, 0, 1) / 86_400_000; day <= Date.UTC(2100, 11, 31) / 86_400_000; day += 1) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (addDays(iso, 0) !== iso || daysBetween('1970-01-01', iso) !== day) throw new Error(`mismatch on ${iso}`);
    }
    expect(addDays('1970-01-01', -1)).toBe('1969-12-31');
  });
});
