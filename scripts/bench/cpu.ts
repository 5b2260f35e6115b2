/**
 * CPU time of a process (Linux /proc), and the machine's load: on 2 shared
 * cores, requests per second and Lighthouse scores swing with whatever else
 * runs, but the server's CPU time per request does not.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

let ticks: number | null = null;
function clockTicks(): number {
  if (ticks === null) {
    const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    const n = Number(out.stdout?.trim());
    ticks = Number.isFinite(n) && n > 0 ? n : 100;
  }
  return ticks;
}

/** User + system CPU seconds used so far by the process (all its threads), or NaN where /proc is missing. */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
    return (Number(fields[11]) + Number(fields[12])) / clockTicks(); // utime, stime (fields 14 and 15)
  } catch {
    return Number.NaN;
  }
}

export function machine(): string {
  const [one, five] = loadavg();
  return `${availableParallelism()} cores, load average ${one!.toFixed(1)} (1 min), ${five!.toFixed(1)} (5 min)`;
}
