/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in whole days of the proleptic
 * Gregorian calendar, so that no time zone or clock can change a result. The
 * evaluation date is always an argument. Integer arithmetic only (no Date
 * objects): the evaluator calls these thousands of times per request.
 */

function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

// Days from civil date and back: H. Hinnant's algorithms (public domain), day 0 = 1970-01-01.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

function toDayNumber(iso: string): number {
  const [y, m, d] = parts(iso);
  return daysFromCivil(y, m, d);
}

function fromDayNumber(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return format(y, m, d);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Same day and month `years` later; 29 February becomes 1 March in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = parts(iso);
  const year = y + years;
  if (m === 2 && d === 29 && !isLeap(year)) return format(year, 3, 1);
  return format(year, m, d);
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

/** The date someone reaches an age (their birthday that year). */
export function birthdayAt(birthDate: string, age: number): string {
  return addYears(birthDate, age);
}
