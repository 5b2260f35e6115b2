import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The production server does not start without its public origin (issue 20,
 * item 5): the hand-over link and QR code would otherwise have to take their
 * host from the request, which a stranger can set.
 */

const ROOT = path.resolve(__dirname, '../..');

function preload(origin: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.PATHWAY_PUBLIC_ORIGIN;
  if (origin !== undefined) env.PATHWAY_PUBLIC_ORIGIN = origin;
  return spawnSync(process.execPath, ['--require', './server/preload.cjs', '-e', 'console.log("started")'], { cwd: ROOT, env, encoding: 'utf8' });
}

describe('starting the production server (server/preload.cjs)', () => {
  it('refuses without a public origin, or with one that is not https (http only for this machine), in one line', () => {
    for (const origin of [undefined, '', 'pathway.example', 'http://pathway.example', 'https://pathway.example/en']) {
      const run = preload(origin);
      expect(run.status, String(origin)).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('PATHWAY_PUBLIC_ORIGIN');
    }
  });

  it('starts with one', () => {
    for (const origin of ['https://pathway.example', 'https://pathway.example/', 'http://127.0.0.1:3100']) {
      const run = preload(origin);
      expect(run.status, origin).toBe(0);
      expect(run.stdout).toBe('started\n');
    }
  });
});
