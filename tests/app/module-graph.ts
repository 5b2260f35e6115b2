/** The project's own import graph, read from the sources (for tests about what a bundle may reach). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

const VALUE_IMPORT = /^\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm;

/** The project's own modules `file` imports for their values (relative imports only; type imports and packages are not followed). */
function localImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const [, spec] of source.matchAll(VALUE_IMPORT)) {
    if (!spec!.startsWith('.')) continue;
    const base = path.resolve(path.dirname(file), spec!);
    const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => existsSync(f) && !f.endsWith(path.sep));
    if (found && /\.tsx?$/.test(found)) out.push(found);
  }
  return out;
}

/** The packages `file` imports for their values (`zod`, `next/link`, …). */
export function packageImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)].map(([, spec]) => spec!).filter((spec) => !spec.startsWith('.'));
}

export function isClientModule(file: string): boolean {
  return /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(readFileSync(file, 'utf8'));
}

/** Every project module reachable from `entry` by static imports, with the chain that reaches it. */
export function reachable(entry: string): Map<string, string[]> {
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
