/**
 * "Today" for the web server and the advise command alike (contract §2): the
 * value of PATHWAY_AS_OF when it is a valid `YYYY-MM-DD` date, otherwise the
 * clock's date in UTC. Tests and reviews pin the date with PATHWAY_AS_OF.
 *
 * This is the one place outside tests that reads the clock; rules/ and
 * machines/ receive the date as an input.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function today(
  env: Readonly<Record<string, string | undefined>> = process.env,
  now: Date = new Date(),
): string {
  const pinned = env.PATHWAY_AS_OF?.trim();
  if (pinned && isValidIsoDate(pinned)) return pinned;
  return now.toISOString().slice(0, 10);
}
