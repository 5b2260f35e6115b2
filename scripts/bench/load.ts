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
  /** The server processes' CPU time per request (ms), from /proc; NaN where unknown. */
  cpuMsPerRequest: number;
}

async function fire(url: string, seconds: number, cookie?: string, connections = CONNECTIONS): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections,
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

/**
 * The same load (10 connections in all) spread evenly over identical server
 * processes, one per core, as the README tells an operator to run them. The
 * servers keep nothing between requests, so any of them can answer any
 * request. Requests per second and counts are summed; autocannon reports
 * percentiles, not its histogram, so the latencies shown are the worst of the
 * servers' (an upper bound on the combined percentile).
 */
export async function load(servers: readonly LoadTarget[], label: string, path: string, cookie?: string, seconds = LOAD_SECONDS): Promise<LoadResult> {
  const each = Math.max(1, Math.floor(CONNECTIONS / servers.length));
  const connections = each * servers.length;
  const spread = servers.length > 1 ? ` spread over ${servers.length} server processes` : '';
  progress(`load ${label}: ${WARM_UP_SECONDS} s warm-up, then ${seconds} s with ${connections} connections${spread} on ${path} ...`);
  await Promise.all(servers.map((server) => fire(server.base + path, WARM_UP_SECONDS, cookie, each)));
  const cpuBefore = servers.map((server) => cpuSeconds(server.pid));
  const results = await Promise.all(servers.map((server) => fire(server.base + path, seconds, cookie, each)));
  const cpu = servers.reduce((sum, server, i) => sum + cpuSeconds(server.pid) - cpuBefore[i]!, 0);
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((acc, r) => acc + pick(r), 0);
  const total = sum((r) => r.requests.total);
  const worst = (pick: (r: autocannon.Result) => number) => Math.max(...results.map(pick));
  return {
    label,
    path,
    seconds,
    connections,
    rps: sum((r) => r.requests.average),
    p50: worst((r) => r.latency.p50),
    p99: worst((r) => r.latency.p99),
    max: worst((r) => r.latency.max),
    total,
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    cpuMsPerRequest: (1000 * cpu) / Math.max(total, 1),
  };
}
