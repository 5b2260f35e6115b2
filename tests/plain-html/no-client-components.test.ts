/**
 * The results view, and every question view but the region's (ADR 12), is
 * drawn on the server as plain HTML by React's own
 * renderer (components/plain-html/static-markup.ts, ADR 11), which cannot run a client
 * component: in a server bundle it is a reference that throws when called,
 * and the results page would fail for everyone. So nothing the view imports,
 * directly or through other modules of the project, may be a client
 * component. Behaviour belongs in the layout (QuickExitKeys, OpenForPrint).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isClientModule, reachable, ROOT } from '../app/module-graph';

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
