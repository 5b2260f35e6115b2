/**
 * Lighthouse 12.8.2 (the CLI of node_modules/lighthouse, in a child process)
 * with Debian's Chromium, default mobile profile (simulated throttling),
 * categories performance, accessibility and best-practices. Each page is run
 * several times, round-robin, and the median of each score is reported:
 * single runs swing by up to 10 points on 2 shared cores. Each load is scored
 * twice, with the default 4× CPU slowdown and with the slowdown Lighthouse's
 * throttling guide gives for the host (cpu-calibration.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { calibratedCpuMultiplier } from './cpu-calibration';
import { median, progress } from './figures';
import { ROOT } from './workspace';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  // The main thread's work during the load, in ms (Lighthouse's own sum of its tasks, at the slowdown scored).
  'mainthread-work-breakdown',
] as const;

export interface LighthousePage {
  label: string;
  url: string;
  cookie?: string;
}

/** One page load audited with one CPU slowdown. */
interface Audit {
  scores: Record<Category, number>;
  metrics: Record<string, number>;
  /** Weighted audits scoring below 0.9: "category/audit" → score. */
  failing: Record<string, number>;
}

/**
 * One page load (Lighthouse's gather step), scored from the same trace twice:
 * with the default 4× CPU slowdown and with the slowdown calibrated to this
 * host (cpu-calibration.ts). With simulated throttling the page is loaded
 * unthrottled and the slowdown is applied only when the trace is scored, so
 * both figures describe one load.
 */
interface Run {
  /** Where the gathered trace and artifacts are, until the calibrated audit. */
  gathered: string;
  /** Lighthouse's measure of the machine's speed as the run began (higher is faster; its 4× assumes about 1500). */
  benchmarkIndex: number;
  default: Audit;
  calibrated?: Audit;
}

export interface LighthouseFigures {
  scores: Record<Category, number>;
  metrics: Record<string, number>;
  failing: string[];
}

interface LighthouseResult {
  label: string;
  url: string;
  runs: number;
  /** Default 4× CPU slowdown. */
  default: LighthouseFigures;
  /** CPU slowdown calibrated to the host. */
  calibrated: LighthouseFigures;
  /** This page's runs' benchmarkIndex, median. */
  benchmarkIndex: number;
  errors: string[];
}

interface Report {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number }>;
}

interface Artifacts {
  BenchmarkIndex?: number;
  settings: { throttling: { cpuSlowdownMultiplier: number } };
}

const DEFAULT_MULTIPLIER = 4;

function runLighthouse(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/lighthouse/cli/index.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString('utf8')).slice(-2000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`lighthouse exited ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}

function readAudit(outFile: string): Audit {
  if (!existsSync(outFile)) throw new Error('lighthouse wrote no report');
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as Report;
  if (report.runtimeError) throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
  const scores = {} as Record<Category, number>;
  for (const c of CATEGORIES) scores[c] = Math.round((report.categories[c]?.score ?? Number.NaN) * 100);
  const metrics: Record<string, number> = {};
  for (const m of METRICS) metrics[m] = report.audits[m]?.numericValue ?? Number.NaN;
  const failing: Record<string, number> = {};
  for (const c of CATEGORIES) {
    for (const ref of report.categories[c]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') continue;
      failing[`${c}/${ref.id}`] = audit.score;
    }
  }
  return { scores, metrics, failing };
}

// Lighthouse refuses to audit with settings other than those it gathered
// with, so every step gets the same flags, the multiplier included.
function commonArgs(page: LighthousePage, multiplier: number): string[] {
  return [
    page.url,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    `--throttling.cpuSlowdownMultiplier=${multiplier}`,
    '--quiet',
    ...(page.cookie ? [`--extra-headers=${JSON.stringify({ Cookie: page.cookie })}`] : []),
  ];
}

async function gatherAndAudit(page: LighthousePage, runDir: string): Promise<Run> {
  const gathered = path.join(runDir, 'gathered');
  await runLighthouse([...commonArgs(page, DEFAULT_MULTIPLIER), `--gather-mode=${gathered}`]);
  const report = path.join(runDir, 'default.json');
  await runLighthouse([...commonArgs(page, DEFAULT_MULTIPLIER), `--audit-mode=${gathered}`, '--output=json', `--output-path=${report}`]);
  const artifacts = JSON.parse(readFileSync(path.join(gathered, 'artifacts.json'), 'utf8')) as Artifacts;
  return { gathered, benchmarkIndex: artifacts.BenchmarkIndex ?? Number.NaN, default: readAudit(report) };
}

async function auditCalibrated(page: LighthousePage, run: Run, multiplier: number): Promise<Audit> {
  // The trace stays as gathered; only the recorded setting changes, to the
  // multiplier this audit is asked to apply.
  const file = path.join(run.gathered, 'artifacts.json');
  const artifacts = JSON.parse(readFileSync(file, 'utf8')) as Artifacts;
  artifacts.settings.throttling.cpuSlowdownMultiplier = multiplier;
  writeFileSync(file, JSON.stringify(artifacts));
  const report = path.join(path.dirname(run.gathered), 'calibrated.json');
  await runLighthouse([...commonArgs(page, multiplier), `--audit-mode=${run.gathered}`, '--output=json', `--output-path=${report}`]);
  return readAudit(report);
}

function summarise(audits: readonly Audit[]): LighthouseFigures {
  const scores = {} as Record<Category, number>;
  for (const c of CATEGORIES) scores[c] = median(audits.map((a) => a.scores[c]));
  const metrics: Record<string, number> = {};
  for (const m of METRICS) metrics[m] = median(audits.map((a) => a.metrics[m] ?? Number.NaN));
  // Each audit below 0.9 in some run: its lowest score and in how many runs.
  const ids = [...new Set(audits.flatMap((a) => Object.keys(a.failing)))];
  const failing = ids.map((id) => {
    const low = audits.map((a) => a.failing[id]).filter((v): v is number => v !== undefined);
    return `${id} (min ${Math.min(...low).toFixed(2)}, ${low.length}/${audits.length} runs)`;
  });
  return { scores, metrics, failing };
}

export interface LighthouseSection {
  results: LighthouseResult[];
  /** The median benchmarkIndex of every run, and the CPU slowdown it calibrates to. */
  benchmarkIndex: number;
  multiplier: number;
}

/**
 * Every page `runs` times, round-robin, each load scored at the default 4×.
 * Then one CPU slowdown for the host, from the median benchmarkIndex of all
 * runs (a single run's index swings with whatever else the 2 cores are doing
 * at that moment), and every load scored again with it.
 */
export async function lighthouse(pages: readonly LighthousePage[], runs: number): Promise<LighthouseSection> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pathway-lighthouse-'));
  const collected = new Map<string, { runs: Run[]; errors: string[] }>(pages.map((p) => [p.label, { runs: [], errors: [] }]));
  let serial = 0;
  const attempt = async (page: LighthousePage, label: string) => {
    const into = collected.get(page.label)!;
    const started = Date.now();
    try {
      const run = await gatherAndAudit(page, path.join(dir, String(++serial)));
      into.runs.push(run);
      const s = run.default.scores;
      progress(
        `lighthouse ${label} ${page.label}: performance ${s.performance} at the default 4× (benchmarkIndex ${Math.round(run.benchmarkIndex)}; ` +
          `TBT ${Math.round(run.default.metrics['total-blocking-time'] ?? Number.NaN)} ms, main thread ${Math.round(run.default.metrics['mainthread-work-breakdown'] ?? Number.NaN)} ms), ` +
          `accessibility ${s.accessibility}, best practices ${s['best-practices']} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      into.errors.push(message);
      progress(`lighthouse ${label} ${page.label}: failed: ${message}`);
    }
  };
  try {
    for (let round = 1; round <= runs; round++) {
      for (const page of pages) await attempt(page, `${round}/${runs}`);
    }
    // A run that failed (Lighthouse's own NO_NAVSTART and the like, now and
    // then on a busy machine) is run again, so that each median is of `runs`
    // runs as asked; at most `runs` extra tries per page.
    for (const page of pages) {
      const into = collected.get(page.label)!;
      for (let extra = 1; into.runs.length < runs && extra <= runs; extra++) await attempt(page, `again ${extra}`);
    }

    const benchmarkIndex = median([...collected.values()].flatMap((c) => c.runs.map((r) => r.benchmarkIndex)));
    const multiplier = calibratedCpuMultiplier(benchmarkIndex);
    if (multiplier === null) throw new Error(`benchmarkIndex ${benchmarkIndex}: a host too slow to calibrate`);
    progress(`lighthouse: median benchmarkIndex ${Math.round(benchmarkIndex)}, so a CPU slowdown of ${multiplier.toFixed(2)}×: scoring every load again with it ...`);
    for (const page of pages) {
      for (const run of collected.get(page.label)!.runs) run.calibrated = await auditCalibrated(page, run, multiplier);
    }

    const results = pages.map((page): LighthouseResult => {
      const { runs: done, errors } = collected.get(page.label)!;
      return {
        label: page.label,
        url: page.url,
        runs: done.length,
        default: summarise(done.map((r) => r.default)),
        calibrated: summarise(done.map((r) => r.calibrated!)),
        benchmarkIndex: median(done.map((r) => r.benchmarkIndex)),
        errors,
      };
    });
    return { results, benchmarkIndex, multiplier };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
