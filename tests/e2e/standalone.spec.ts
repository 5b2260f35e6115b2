import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AS_OF, completedPersona } from './interview-helpers';

/**
 * The deployment recipe of docs/operations.md, run: the standalone server
 * of this build (`.next/standalone`, completed by
 * scripts/complete-standalone.mjs), copied out of the repository (so that
 * nothing is found in the repository's node_modules by walking up), started
 * as the recipe says, with the
 * edge guard, serves the start page, refuses a broken address with its
 * 400 page, and draws P01's results (the plain-HTML views need React's
 * renderer beside the server).
 */

const ROOT = path.resolve(__dirname, '../..');
const STANDALONE = path.join(ROOT, '.next', 'standalone');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let server: ChildProcess | undefined;
let origin = '';
let copy = '';

test.beforeAll(async () => {
  test.setTimeout(60_000);
  expect(existsSync(path.join(STANDALONE, 'server.js')), 'next build wrote .next/standalone').toBe(true);
  copy = mkdtempSync(path.join(tmpdir(), 'pathway-standalone-'));
  cpSync(STANDALONE, copy, { recursive: true });
  // The recipe copies the browser assets next to the server.
  cpSync(path.join(ROOT, '.next', 'static'), path.join(copy, '.next', 'static'), { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--require', './server/preload.cjs', 'server.js'], {
    cwd: copy,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOSTNAME: '127.0.0.1', PATHWAY_PUBLIC_ORIGIN: origin, PATHWAY_AS_OF: AS_OF },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const deadline = Date.now() + 45_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/en`)).ok) break;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the standalone server did not start (exit ${server.exitCode})`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill();
    await exited;
  }
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('the standalone server of the deployment recipe starts with the edge guard and draws the start page, a 400 page and the results', async ({ request }) => {
  const start = await request.get(`${origin}/en`);
  expect(start.status()).toBe(200);
  expect(start.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

  // The edge guard answers a cut-off percent-encoding with its own page.
  const broken = await request.get(`${origin}/uk/q/%D0`);
  expect(broken.status()).toBe(400);
  expect(broken.headers()['content-security-policy']).toBeTruthy();
  expect(await broken.text()).toContain('lang="uk"');

  const answers = encodeURIComponent(JSON.stringify(completedPersona('P01')));
  const results = await request.get(`${origin}/en/results`, { headers: { cookie: `__Host-pathway_answers=${answers}` }, maxRedirects: 0 });
  expect(results.status()).toBe(200);
  const html = await results.text();
  expect(html).toContain('data-option="NL.transition-permit"');
  expect(html).not.toContain('could not be drawn');
});
