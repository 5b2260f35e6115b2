/**
 * The results view, and every question view but the region's (ADR 12), is
 * drawn on the server as plain HTML by React's own
 * renderer (lib/static-markup.ts, ADR 11), which cannot run a client
 * component: in a server bundle it is a reference that throws when called,
 * and the results page would fail for everyone. So nothing the view imports,
 * directly or through other modules of the project, may be a client
 * component. Behaviour belongs in the layout (QuickExitKeys, OpenForPrint).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** The project's own modules `file` imports for their values (relative imports only; type imports and packages are not followed). */
function localImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const [, spec] of source.matchAll(/^\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)) {
    const base = path.resolve(path.dirname(file), spec!);
    const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => existsSync(f) && !f.endsWith(path.sep));
    if (found && /\.tsx?$/.test(found)) out.push(found);
  }
  return out;
}

function isClientModule(file: string): boolean {
  return /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(readFileSync(file, 'utf8'));
}

/** Every project module reachable from `entry`, with the chain that reaches it. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of localImports(file)) {
      if (seen.has(next)) continue;
      seen.set(next, [...seen.get(file)!, next]);
      queue.push(next);
    }
  }
  return seen;
}

describe('the views drawn as plain HTML hold no client component', () => {
  it('nothing the results view reaches is marked "use client"', () => {
    const modules = reachable(path.join(ROOT, 'components/views/results-view.tsx'));
    expect(modules.size).toBeGreaterThan(10);
    const clients = [...modules].filter(([file]) => isClientModule(file)).map(([, chain]) => chain.map((f) => path.relative(ROOT, f)).join(' → '));
    expect(clients).toEqual([]);
  });

  it('the question view reaches one client component, the region search, and only the region question draws it', () => {
    const modules = reachable(path.join(ROOT, 'components/views/question-view.tsx'));
    const clients = [...modules].filter(([file]) => isClientModule(file)).map(([file]) => path.relative(ROOT, file));
    expect(clients).toEqual(['components/interview/region-search.tsx']);
    const form = readFileSync(path.join(ROOT, 'components/interview/question-form.tsx'), 'utf8');
    const uses = [...form.matchAll(/<RegionSearch\b/g)].map((m) => m.index ?? 0);
    expect(uses).toHaveLength(1);
    expect(form.lastIndexOf("if (question.input === 'region')", uses[0])).toBeGreaterThan(-1);
  });

  it('the check itself sees client components where there are some', () => {
    const layout = reachable(path.join(ROOT, 'app/[lang]/layout.tsx'));
    const clients = [...layout.keys()].filter(isClientModule).map((f) => path.relative(ROOT, f));
    expect(clients).toEqual(expect.arrayContaining(['components/interview/quick-exit-keys.tsx', 'components/results/print-button.tsx']));
  });
});
