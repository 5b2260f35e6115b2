/**
 * Where the results page's time goes, in two views:
 *
 * 1. In-process timings of the work the page does per request, from the same
 *    source files (tsx, not the Turbopack bundle): reading the answers,
 *    restoring the interview, buildAdvice for today (evaluation, then the
 *    texts), and the timeline (lib/timeline.ts: an evaluation per key date).
 * 2. A V8 CPU profile of a production server (`node --cpu-prof`) under
 *    autocannon load on the results page, restricted to the load window and
 *    mapped back to the original files through the server chunks' source
 *    maps: self time by area (project folders, packages, Next.js/React
 *    runtime, Node.js internals, GC, idle) and inclusive time of the
 *    project's functions.
 * 3. A what-if: the same build with every Intl formatter cached
 *    (memo-intl.mjs preloaded), CPU time per request beside the plain server's.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { buildAdvice } from '../../lib/advice';
import { decodeAnswers } from '../../lib/answers-codec';
import { getT } from '../../lib/i18n';
import { keyDates } from '../../lib/key-dates';
import { timelinePoints } from '../../lib/timeline';
import { restore, stepOf } from '../../machines';
import { evaluatePerson, neededFactsFor, type Facts, type HostCountry } from '../../rules';
import type { Language } from '../../locales';
import { cpuSeconds } from './cpu';
import { info, progress, type Figure } from './figures';
import { warmUp } from './load';
import { startServer } from './server';

const PROFILE_SECONDS = 10;

export interface ProfileOptions {
  dir: string;
  env: Record<string, string>;
  path: string;
  cookie: string;
  answers: Facts;
  asOf: string;
  lang: string;
  connections: number;
}

// ---------------------------------------------------------------------------
// 1. In-process timings

/** Milliseconds per call: median of 5 rounds of `n` calls after a warm-up. */
function msPerCall(fn: () => unknown, n = 200): number {
  for (let i = 0; i < n; i++) fn();
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    rounds.push((performance.now() - start) / n);
  }
  return rounds.sort((a, b) => a - b)[2]!;
}

function inProcess(o: ProfileOptions): Figure[] {
  const lang = o.lang as Language;
  const answers = o.answers as Facts & { hostCountry: HostCountry };
  const raw = JSON.stringify(o.answers);
  const today = buildAdvice(answers, o.asOf, lang);
  const dates = keyDates(answers, o.asOf, today.options);
  const t = getT(lang);
  const timeline = () => timelinePoints(answers, today, t);
  const read = msPerCall(() => stepOf(restore({ asOf: o.asOf, answers: decodeAnswers(raw, o.asOf), at: 'results' })));
  const replays = restore({ asOf: o.asOf, answers, at: 'results' }).context.journey.path.length + 1;
  const needed = msPerCall(() => neededFactsFor(answers, o.asOf));
  const evaluate = msPerCall(() => evaluatePerson(answers, o.asOf));
  const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  const day = new Date('2027-03-04T00:00:00Z');
  const intlNew = msPerCall(() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(day), 500);
  const intlCached = msPerCall(() => format.format(day), 500);
  const advice = msPerCall(() => buildAdvice(answers, o.asOf, lang));
  const line = msPerCall(timeline, 50);
  const total = read + advice + line;
  const pct = (x: number) => `${((100 * x) / total).toFixed(0)}%`;
  return [
    info(
      'profile',
      `results page work per request, in-process (${today.options.length} options, ${dates.length} timeline dates)`,
      `${total.toFixed(2)} ms before rendering = read answers + restore interview ${read.toFixed(2)} ms (${pct(read)}; ` +
        `resolveJourney replays neededFacts ${replays}× for a ${replays - 1}-answer path, ${needed.toFixed(2)} ms each on the full answers) + ` +
        `buildAdvice today ${advice.toFixed(2)} ms (${pct(advice)}; evaluatePerson alone ${evaluate.toFixed(2)} ms, texts ${(advice - evaluate).toFixed(2)} ms) + ` +
        `timeline ${line.toFixed(2)} ms (${pct(line)}; ${dates.length} × evaluatePerson, the changes in words)`,
    ),
    info(
      'profile',
      'a date in words (lib/formats.ts formatLongDate, lib/present.ts formatDate)',
      `new Intl.DateTimeFormat(...).format() ${intlNew.toFixed(3)} ms a call; a cached formatter's format() ${intlCached.toFixed(4)} ms`,
    ),
    info('profile', 'CPU budget per request at 300 req/s on one server process', '3.33 ms (rendering, Next.js and HTTP included)'),
  ];
}

// ---------------------------------------------------------------------------
// 2. CPU profile under load

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const PROJECT = /(?:^|\/)((?:rules|lib|machines|app|components|locales)\/[^\s?%"]+?\.(?:tsx?|json|mjs|js))/;
const PACKAGE = /node_modules\/((?:@[^/]+\/)?[^/]+)/;

interface Place {
  /** Area for self time: "rules/", "lib/", "next (runtime)", "node internals", "(garbage collector)", ... */
  area: string;
  /** A project function, "lib/advice.ts › buildAdvice", or null outside the project. */
  fn: string | null;
}

class Mapper {
  private readonly maps = new Map<string, SourceMap | null>();
  private readonly places = new Map<number, Place>();

  private mapFor(url: string): SourceMap | null {
    if (!this.maps.has(url)) {
      let map: SourceMap | null = null;
      try {
        const file = fileURLToPath(url);
        if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload);
      } catch {
        map = null;
      }
      this.maps.set(url, map);
    }
    return this.maps.get(url) ?? null;
  }

  place(node: ProfileNode): Place {
    const known = this.places.get(node.id);
    if (known) return known;
    const place = this.resolve(node.callFrame);
    this.places.set(node.id, place);
    return place;
  }

  private resolve(frame: CallFrame): Place {
    const { url, functionName } = frame;
    if (url === '') return { area: functionName.startsWith('(') ? functionName : `(native) ${functionName || 'anonymous'}`, fn: null };
    if (url.startsWith('node:')) return { area: 'node internals', fn: null };
    const map = url.startsWith('file:') ? this.mapFor(url) : null;
    if (map) {
      const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number };
      const source = entry.originalSource ? decodeURIComponent(entry.originalSource) : '';
      const own = PROJECT.exec(source)?.[1];
      if (own && !source.includes('node_modules/')) {
        return { area: `${own.split('/')[0]}/`, fn: `${own} › ${enclosingName(map, entry.originalSource!, entry.originalLine ?? 0)}` };
      }
      if (source) return { area: areaOf(source), fn: null };
    }
    return { area: areaOf(url), fn: null };
  }
}

/** The area of a file outside the project: React's renderers apart from the rest of Next.js. */
function areaOf(file: string): string {
  if (/react-dom-server|react-dom\/server/.test(file)) return 'React HTML renderer (react-dom/server)';
  if (/react-server-dom-[a-z]+-server|react-server-dom-[a-z]+\/server/.test(file)) return 'React Server Components renderer';
  if (/react-server-dom-[a-z]+-client|react-server-dom-[a-z]+\/client/.test(file)) return 'React Server Components decoder (for the HTML)';
  if (/compiled\/react(-dom)?\//.test(file) || /node_modules\/react(-dom)?\//.test(file)) return 'React (other)';
  if (file.includes('/.next/server/')) return 'server chunks (no source map)';
  if (/(^|\/)next\//.test(file)) return 'Next.js';
  const pkg = PACKAGE.exec(file)?.[1];
  if (pkg) return pkg;
  return 'other';
}

const sourceLines = new Map<string, string[]>();

/** The name of the function declared at or above `line` in the original source (a heuristic for minified bundles). */
function enclosingName(map: SourceMap, source: string, line: number): string {
  const key = source;
  let lines = sourceLines.get(key);
  if (!lines) {
    const payload = map.payload as SourceMapPayload & { sourcesContent?: (string | null)[] };
    const i = payload.sources.indexOf(source);
    lines = (payload.sourcesContent?.[i] ?? '').split('\n');
    sourceLines.set(key, lines);
  }
  const DECL = /(?:function\s*\*?\s*([A-Za-z_$][\w$]*)|(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:\(|[A-Za-z_$][\w$]*\s*=>|function)|^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*(?::[^{]+)?\{)/;
  for (let l = Math.min(line, lines.length - 1); l >= 0 && l > line - 40; l--) {
    const m = DECL.exec(lines[l] ?? '');
    const name = m?.[1] ?? m?.[2] ?? m?.[3];
    if (name && !['if', 'for', 'while', 'switch', 'catch', 'return'].includes(name)) return `${name} (line ${l + 1})`;
  }
  return `line ${line + 1}`;
}

interface Breakdown {
  busyMs: number;
  totalMs: number;
  self: Map<string, number>;
  inclusive: Map<string, number>;
}

function analyse(profile: CpuProfile, from: number, to: number): Breakdown {
  const mapper = new Mapper();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  let total = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // this sample lasts until the next one
    if (t < from || t > to || dt <= 0) continue;
    total += dt;
    const leaf = byId.get(profile.samples[i]!)!;
    const area = mapper.place(leaf).area;
    self.set(area, (self.get(area) ?? 0) + dt);
    if (area === '(idle)') continue;
    busy += dt;
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const fn = mapper.place(byId.get(id)!).fn;
      if (fn && !seen.has(fn)) {
        seen.add(fn);
        inclusive.set(fn, (inclusive.get(fn) ?? 0) + dt);
      }
    }
  }
  return { busyMs: busy, totalMs: total, self, inclusive };
}

async function serverProfile(o: ProfileOptions): Promise<Figure[]> {
  mkdirSync(path.join(o.dir, 'cpu-profiles'), { recursive: true });
  const profDir = mkdtempSync(path.join(o.dir, 'cpu-profiles', 'run-'));
  const server = await startServer({
    name: 'profiled app',
    dir: o.dir,
    env: o.env,
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=250'],
    readyPath: `/${o.lang}`,
  });
  let requests: number;
  let cpu: number;
  let from: number;
  let to: number;
  try {
    progress(`profile: warm-up, then ${PROFILE_SECONDS} s of load on ${o.path} under --cpu-prof ...`);
    const opts = { url: server.base + o.path, connections: o.connections, headers: { cookie: o.cookie } };
    await warmUp(opts.url, o.cookie);
    await autocannon({ ...opts, duration: 3 });
    from = Number(process.hrtime.bigint() / 1000n); // µs, the same monotonic clock as the profile's
    const cpuBefore = cpuSeconds(server.child.pid);
    const r = await autocannon({ ...opts, duration: PROFILE_SECONDS });
    cpu = cpuSeconds(server.child.pid) - cpuBefore;
    to = Number(process.hrtime.bigint() / 1000n);
    requests = r.requests.total;
  } finally {
    await server.stop(); // SIGTERM: next start exits cleanly and node writes the profile
  }
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('the server wrote no CPU profile');
  const profile = JSON.parse(readFileSync(path.join(profDir, file), 'utf8')) as CpuProfile;
  const b = analyse(profile, from, to);
  if (b.totalMs === 0) throw new Error('no profile samples in the load window');

  const share = (ms: number, of: number) => `${((100 * ms) / of).toFixed(0)}%`;
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, c) => c[1] - a[1]).slice(0, n);
  const perRequest = (1000 * cpu) / Math.max(requests, 1);
  return [
    info(
      'profile',
      `server under --cpu-prof (${PROFILE_SECONDS} s, ${requests} requests, ${(requests / PROFILE_SECONDS).toFixed(0)} req/s)`,
      `${perRequest.toFixed(1)} ms CPU per request (/proc, all threads; the profiler adds some); main thread not idle in ${share(b.busyMs, b.totalMs)} of the samples`,
    ),
    info(
      'profile',
      'self time by area (share of busy time)',
      top(b.self, 12)
        .filter(([area]) => area !== '(idle)')
        .map(([area, ms]) => `${area} ${share(ms, b.busyMs)}`)
        .join(', '),
    ),
    info(
      'profile',
      'inclusive time of project functions (share of busy time; nested calls counted in each)',
      top(b.inclusive, 14)
        .map(([fn, ms]) => `${fn} ${share(ms, b.busyMs)}`)
        .join('; '),
    ),
  ];
}

// ---------------------------------------------------------------------------
// 3. What if the Intl formatters were cached?

const MEMO_INTL = pathToFileURL(path.join(__dirname, 'memo-intl.mjs')).href;
const AB_SECONDS = 8;

/**
 * Two servers side by side, one with memo-intl.mjs preloaded; alternating
 * rounds of load on the results page, the server's CPU time per request of
 * each (rounds alternate so that other load on the machine hits both alike).
 */
async function intlWhatIf(o: ProfileOptions): Promise<Figure[]> {
  const plain = await startServer({ name: 'plain app', dir: o.dir, env: o.env, readyPath: `/${o.lang}` });
  const cached = await startServer({
    name: 'app with cached Intl formatters',
    dir: o.dir,
    env: o.env,
    readyPath: `/${o.lang}`,
    nodeFlags: ['--import', MEMO_INTL],
  });
  const totals = new Map<string, { cpu: number; requests: number }>([
    [plain.name, { cpu: 0, requests: 0 }],
    [cached.name, { cpu: 0, requests: 0 }],
  ]);
  try {
    progress(`profile: what if the Intl formatters were cached: 2 rounds × 2 servers × ${AB_SECONDS} s on ${o.path} ...`);
    for (const server of [plain, cached]) await warmUp(server.base + o.path, o.cookie);
    for (let round = 0; round < 2; round++) {
      for (const server of round === 0 ? [plain, cached] : [cached, plain]) {
        const opts = { url: server.base + o.path, connections: o.connections, headers: { cookie: o.cookie } };
        await autocannon({ ...opts, duration: 2 });
        const before = cpuSeconds(server.child.pid);
        const r = await autocannon({ ...opts, duration: AB_SECONDS });
        const total = totals.get(server.name)!;
        total.cpu += cpuSeconds(server.child.pid) - before;
        total.requests += r.requests.total;
      }
    }
  } finally {
    await plain.stop();
    await cached.stop();
  }
  const perRequest = (name: string) => {
    const t = totals.get(name)!;
    return (1000 * t.cpu) / Math.max(t.requests, 1);
  };
  const a = perRequest(plain.name);
  const b = perRequest(cached.name);
  const n = [totals.get(cached.name)!.requests, totals.get(plain.name)!.requests];
  const change = ((a - b) / a) * 100;
  const inconclusive = Math.min(...n) < 30 ? '; INCONCLUSIVE: too few requests, the machine is too busy' : '';
  return [
    info(
      'profile',
      'what if lib/ cached its Intl formatters (same build, memo-intl.mjs preloaded)',
      `${b.toFixed(1)} ms CPU per request instead of ${a.toFixed(1)} ms (${Math.abs(change).toFixed(0)}% ${change >= 0 ? 'less' : 'more'}; ` +
        `${n[0]} and ${n[1]} requests${inconclusive})`,
    ),
  ];
}

export async function profileResults(o: ProfileOptions): Promise<Figure[]> {
  const figures = inProcess(o);
  figures.push(...(await serverProfile(o)));
  figures.push(...(await intlWhatIf(o)));
  return figures;
}
