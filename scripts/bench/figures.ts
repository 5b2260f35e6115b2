/**
 * A benchmark figure beside its target. `npm run bench` prints each one as
 * soon as it is measured, and all of them again at the end.
 *   MET / MISS  a figure with a target
 *   INFO        a figure shown for context, without a target
 *   FAIL        the figure could not be measured (the reason is the value)
 */
type Verdict = 'MET' | 'MISS' | 'INFO' | 'FAIL';

export interface Figure {
  section: string;
  name: string;
  /** The measured value, formatted with its unit. */
  value: string;
  /** The target in words ("≤ 1.30× bare"), or '' for INFO. */
  target: string;
  verdict: Verdict;
}

const started = Date.now();

function elapsed(): string {
  const s = Math.round((Date.now() - started) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A progress line (standard error, so that the figures on standard output stay clean). */
export function progress(message: string): void {
  process.stderr.write(`[${elapsed()}] ${message}\n`);
}

export function line(f: Figure): string {
  const target = f.target ? ` (target ${f.target})` : '';
  return `${f.verdict.padEnd(4)}  ${f.section}: ${f.name}: ${f.value}${target}`;
}

export function judged(section: string, name: string, value: string, target: string, met: boolean): Figure {
  return { section, name, value, target, verdict: met ? 'MET' : 'MISS' };
}

export function info(section: string, name: string, value: string): Figure {
  return { section, name, value, target: '', verdict: 'INFO' };
}

export function failed(section: string, name: string, error: unknown, target = ''): Figure {
  const message = error instanceof Error ? error.message : String(error);
  return { section, name, value: `not measured: ${message.split('\n')[0]}`, target, verdict: 'FAIL' };
}

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
