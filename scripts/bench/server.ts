/**
 * `next start` servers on 127.0.0.1, on ports of the benchmark's own range
 * (3300-3399), each in its own process group so that stopping it stops the
 * whole group. Every server started is stopped on exit, even on an error or
 * Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { NEXT_BIN } from './workspace';

const PORT_MIN = 3300;
const PORT_MAX = 3399;
const taken = new Set<number>();

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  const offset = process.pid % (PORT_MAX - PORT_MIN + 1);
  for (let i = 0; i <= PORT_MAX - PORT_MIN; i++) {
    const port = PORT_MIN + ((offset + i) % (PORT_MAX - PORT_MIN + 1));
    if (!taken.has(port) && (await isFree(port))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORT_MIN}-${PORT_MAX}`);
}

export interface Server {
  name: string;
  base: string;
  port: number;
  child: ChildProcess;
  /** The server's recent output (for error messages). */
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<Server>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the group this server leads (spawned detached)
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

// Last resort: a crash or an early exit must not leave servers behind.
process.on('exit', () => {
  for (const server of running) killGroup(server.child, 'SIGKILL');
});

export interface StartOptions {
  name: string;
  /** The workspace (cwd of `next start`). */
  dir: string;
  /** The project folder relative to `dir`, for the bare page. */
  project?: string;
  env?: Record<string, string>;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeFlags?: string[];
  readyPath?: string;
}

export async function startServer(options: StartOptions): Promise<Server> {
  const port = await freePort();
  const args = [
    ...(options.nodeFlags ?? []),
    NEXT_BIN(options.dir),
    'start',
    ...(options.project ? [options.project] : []),
    '-H',
    '127.0.0.1',
    '-p',
    String(port),
  ];
  const child = spawn(process.execPath, args, {
    cwd: options.dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  const keep = (d: Buffer) => {
    out = (out + d.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const server: Server = {
    name: options.name,
    base: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => out,
    async stop() {
      if (!running.has(server)) return;
      running.delete(server);
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      taken.delete(port);
    },
  };
  running.add(server);

  const url = server.base + (options.readyPath ?? '/');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(url, { redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status < 500) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`${options.name} did not start on ${url}: ${out.trim().split('\n').slice(-5).join(' | ')}`);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
}
