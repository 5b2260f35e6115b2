/**
 * Lighthouse 12.8.2 (the CLI of node_modules/lighthouse, in a child process)
 * with Debian's Chromium, default mobile profile (simulated throttling),
 * categories performance, accessibility and best-practices. Each page is run
 * several times, round-robin, and the median of each score is reported:
 * single runs swing by up to 10 points on 2 shared cores.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

export interface LighthousePage {
  label: string;
  url: string;
  cookie?: string;
}

interface Run {
  scores: Record<Category, number>;
  /** Lighthouse's measure of the machine's speed at the time (higher is faster; its throttling assumes ~1000+). */
  benchmarkIndex: number;
  metrics: Record<string, number>;
  /** Weighted audits scoring below 0.9: "category/audit" → score. */
  failing: Record<string, number>;
}

export interface LighthouseResult {
  label: string;
  url: string;
  runs: number;
  scores: Record<Category, number>;
  metrics: Record<string, number>;
  benchmarkIndex: number;
  failing: string[];
  errors: string[];
}

interface Report {
  runtimeError?: { code: string; message: string };
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number }>;
}

function runOnce(page: LighthousePage, outFile: string): Promise<Run> {
  const args = [
    path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
    page.url,
    '--output=json',
    `--output-path=${outFile}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--quiet',
    ...(page.cookie ? [`--extra-headers=${JSON.stringify({ Cookie: page.cookie })}`] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
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
      if (code !== 0 || !existsSync(outFile)) {
        reject(new Error(`lighthouse exited ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`));
        return;
      }
      try {
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
        resolve({ scores, metrics, failing, benchmarkIndex: report.environment?.benchmarkIndex ?? Number.NaN });
      } catch (error) {
        reject(error);
      } finally {
        rmSync(outFile, { force: true });
      }
    });
  });
}

export async function lighthouse(pages: readonly LighthousePage[], runs: number): Promise<LighthouseResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pathway-lighthouse-'));
  const collected = new Map<string, { runs: Run[]; errors: string[] }>(pages.map((p) => [p.label, { runs: [], errors: [] }]));
  const attempt = async (page: LighthousePage, label: string) => {
    const into = collected.get(page.label)!;
    const started = Date.now();
    try {
      const run = await runOnce(page, path.join(dir, `${page.label}-${into.runs.length + into.errors.length + 1}.json`));
      into.runs.push(run);
      const s = run.scores;
      progress(
        `lighthouse ${label} ${page.label}: performance ${s.performance}, accessibility ${s.accessibility}, ` +
          `best practices ${s['best-practices']} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return pages.map((page) => {
    const { runs: done, errors } = collected.get(page.label)!;
    const scores = {} as Record<Category, number>;
    for (const c of CATEGORIES) scores[c] = median(done.map((r) => r.scores[c]));
    const metrics: Record<string, number> = {};
    for (const m of METRICS) metrics[m] = median(done.map((r) => r.metrics[m] ?? Number.NaN));
    // Each audit below 0.9 in some run: its lowest score and in how many runs.
    const ids = [...new Set(done.flatMap((r) => Object.keys(r.failing)))];
    const failing = ids.map((id) => {
      const scores = done.map((r) => r.failing[id]).filter((v): v is number => v !== undefined);
      return `${id} (min ${Math.min(...scores).toFixed(2)}, ${scores.length}/${done.length} runs)`;
    });
    const benchmarkIndex = median(done.map((r) => r.benchmarkIndex));
    return { label: page.label, url: page.url, runs: done.length, scores, metrics, benchmarkIndex, failing, errors };
  });
}
