/**
 * Completes `.next/standalone/` after `next build`: the files the standalone
 * server needs that no route imports, so the tracer cannot find them. Under
 * Turbopack, Next.js 16 ignores `outputFileTracingIncludes`
 * (https://github.com/vercel/next.js/issues/97450), which next.config.js
 * used for this; the copy here does not depend on it.
 *
 * - the edge guard (`server/*.cjs`, loaded with `node --require
 *   ./server/preload.cjs server.js`) and the texts of its refusal pages;
 * - React's HTML renderer for Node (`react-dom/server.node`), which the
 *   plain-HTML views (components/plain-html/) load at run time past the bundler (ADR 11, 12, 23).
 *
 * docs/operations.md has the recipe; tests/e2e/standalone.spec.ts starts the
 * result.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const target = path.join(root, '.next', 'standalone');
if (!existsSync(target)) {
  console.error('complete-standalone: .next/standalone is missing (is output: "standalone" set in next.config.js?)');
  process.exit(1);
}

const copy = (from) => cpSync(path.join(root, from), path.join(target, from), { recursive: true, dereference: true });

for (const file of readdirSync(path.join(root, 'server'))) if (file.endsWith('.cjs')) copy(path.join('server', file));
for (const lang of readdirSync(path.join(root, 'locales'), { withFileTypes: true })) {
  if (lang.isDirectory() && existsSync(path.join(root, 'locales', lang.name, 'common.json'))) copy(path.join('locales', lang.name, 'common.json'));
}
copy(path.join('node_modules', 'react-dom'));
