/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC days so that no time
 * zone or clock can change a result. The evaluation date is always an argument.
 */

const MS_PER_DAY = 86_400_000;

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

export function toDayNumber(iso: string): number {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Same day and month `years` later; 29 February becomes 1 March in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Age in whole years on a date: the birthday itself counts as reached. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(on);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  // A 29 February birthday is reached on 1 March in a common year.
  if (bm === 2 && bd === 29 && m === 3 && d === 1 && !isLeap(y)) age = y - by;
  return age;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The date someone reaches an age (their birthday that year). */
export function birthdayAt(birthDate: string, age: number): string {
  return addYears(birthDate, age);
}
