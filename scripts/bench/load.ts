/**
 * Load: autocannon (in this process) against the production server on
 * 127.0.0.1, after a short unreported warm-up. Only loopback traffic, bounded
 * duration.
 */
import autocannon from 'autocannon';
import { cpuSeconds } from './cpu';
import { progress } from './figures';

export const LOAD_SECONDS = 20;
export const CONNECTIONS = 10;
const WARM_UP_SECONDS = 3;

export interface LoadResult {
  label: string;
  path: string;
  seconds: number;
  connections: number;
  /** Mean requests per second (autocannon's per-second samples). */
  rps: number;
  p50: number;
  p99: number;
  max: number;
  total: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** The server process's CPU time per request (ms), from /proc; NaN where unknown. */
  cpuMsPerRequest: number;
}

async function fire(url: string, seconds: number, cookie?: string): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: cookie ? { cookie } : {},
    timeout: 10,
  });
}

/**
 * Sequential requests to a freshly started server, so that its first, slow
 * requests (module loading, JIT) do not land in a measured window.
 */
export async function warmUp(url: string, cookie?: string, requests = 30): Promise<void> {
  for (let i = 0; i < requests; i++) {
    const res = await fetch(url, { headers: cookie ? { cookie } : {} });
    await res.arrayBuffer();
  }
}

export interface LoadTarget {
  base: string;
  /** The server's process id, for its CPU time. */
  pid?: number;
}

export async function load(server: LoadTarget, label: string, path: string, cookie?: string, seconds = LOAD_SECONDS): Promise<LoadResult> {
  progress(`load ${label}: ${WARM_UP_SECONDS} s warm-up, then ${seconds} s with ${CONNECTIONS} connections on ${path} ...`);
  await fire(server.base + path, WARM_UP_SECONDS, cookie);
  const cpuBefore = cpuSeconds(server.pid);
  const r = await fire(server.base + path, seconds, cookie);
  const cpu = cpuSeconds(server.pid) - cpuBefore;
  return {
    label,
    path,
    seconds,
    connections: CONNECTIONS,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    total: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    cpuMsPerRequest: (1000 * cpu) / Math.max(r.requests.total, 1),
  };
}
