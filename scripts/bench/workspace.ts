/**
 * A throw-away copy of the repository in the system's temp folder, so that the
 * benchmark's builds never touch the shared `.next` of the working tree:
 * every file git would commit (tracked, plus new files not ignored), and
 * node_modules as hard links (Turbopack refuses a node_modules symlink that
 * points outside the project). With --ref=REV, the files of that commit
 * instead (git archive), plus the working tree's bench/. The production app and the bare page
 * (bench/bare) are both built there, with the same next and react.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { progress } from './figures';

export const ROOT = path.resolve(__dirname, '../..');
export const BARE_DIR = 'bench/bare';

export interface Workspace {
  dir: string;
  remove(): void;
}

function filesToCopy(): string[] {
  const git = spawnSync('git', ['-C', ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (git.status !== 0) throw new Error(`git ls-files failed: ${git.stderr.trim()}`);
  return [...new Set(git.stdout.split('\0').filter(Boolean))];
}

/** Copies the working tree's files (all of them, or those under `only`) into `dir`. */
function copyWorkingTree(dir: string, only?: string): number {
  let copied = 0;
  for (const file of filesToCopy()) {
    if (only && !file.startsWith(`${only}/`)) continue;
    const from = path.join(ROOT, file);
    // A tracked file deleted in the working tree, or a submodule: skip.
    if (!existsSync(from) || !statSync(from).isFile()) continue;
    const to = path.join(dir, file);
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
    copied++;
  }
  return copied;
}

/** The files of a commit (`git archive`, read-only), plus the working tree's bench/ (the bare page). */
function copyCommit(dir: string, ref: string): void {
  const archive = spawnSync('git', ['-C', ROOT, 'archive', '--format=tar', ref], { maxBuffer: 512 * 1024 * 1024 });
  if (archive.status !== 0) throw new Error(`git archive ${ref} failed: ${archive.stderr.toString().trim()}`);
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr.toString().trim()}`);
  copyWorkingTree(dir, 'bench');
}

/**
 * The copy: the working tree as it is (default), or the files of a commit
 * (`ref`, e.g. HEAD) when work in progress elsewhere in the tree does not build.
 */
export function createWorkspace(ref?: string): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'pathway-bench-'));
  const remove = () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  try {
    let what: string;
    if (ref) {
      copyCommit(dir, ref);
      what = `the files of ${ref} (and the working tree's bench/)`;
    } else {
      what = `${copyWorkingTree(dir)} files of the working tree`;
    }
    const link = spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')], { encoding: 'utf8' });
    if (link.status !== 0) {
      progress(`hard links failed (${link.stderr.trim()}); copying node_modules instead (slower)`);
      const copy = spawnSync('cp', ['-a', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')], { encoding: 'utf8' });
      if (copy.status !== 0) throw new Error(`cannot copy node_modules: ${copy.stderr.trim()}`);
    }
    progress(`copied ${what} to ${dir} (node_modules hard-linked)`);
    return { dir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

export const NEXT_BIN = (dir: string) => path.join(dir, 'node_modules/next/dist/bin/next');

/** `next build [project]` in the workspace; the output goes to a log file, its tail into the error. */
export async function nextBuild(ws: Workspace, project: string | null, label: string): Promise<number> {
  const log = path.join(ws.dir, `build-${label}.log`);
  const args = [NEXT_BIN(ws.dir), 'build', ...(project ? [project] : [])];
  const start = Date.now();
  progress(`building ${label} (next build${project ? ` ${project}` : ''}) ...`);
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ws.dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', reject);
    child.on('close', (status) => {
      writeFileSync(log, Buffer.concat(chunks));
      resolve(status ?? 1);
    });
  });
  const seconds = (Date.now() - start) / 1000;
  if (code !== 0) {
    const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-25).join('\n');
    throw new Error(`next build of ${label} failed (exit ${code}):\n${tail}`);
  }
  progress(`built ${label} in ${seconds.toFixed(0)} s`);
  return seconds;
}
