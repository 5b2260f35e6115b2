/**
 * What every visitor's phone loads at once: the client components of the
 * layout and of the pages a visit starts on. The rules, zod, xstate and the
 * translator with every text are the interview engine's, loaded later and
 * only when needed (ADR 10); a static import of any of them from one of
 * these components would put about 100 kB more on every first visit. This
 * happened once: a cookie helper imported the cookie's name from the
 * answers codec, which reaches the rules.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isClientModule, packageImports, reachable, ROOT } from './module-graph';

const FIRST_LOAD_PAGES = [
  'app/[lang]/layout.tsx',
  'app/[lang]/page.tsx',
  'app/[lang]/q/[question]/page.tsx',
  'app/[lang]/review/page.tsx',
  'app/[lang]/results/page.tsx',
];

/** Project modules and packages that belong to the engine, never to a first load. */
const ENGINE_ONLY = [/^rules\//, /^machines\//, /^lib\/answers-codec\.ts$/, /^lib\/translator\.ts$/, /^lib\/i18n\.ts$/, /^locales\/index\.ts$/, /^locales\/[a-z]{2}\//];
const ENGINE_PACKAGES = ['zod', 'xstate', 'i18next'];

/** The client components a page's server code renders (the boundaries the browser bundle starts from). */
function clientEntries(page: string): string[] {
  return [...reachable(path.join(ROOT, page)).keys()].filter(isClientModule);
}

describe('the first load holds none of the engine', () => {
  it('finds the client components of the layout and the start page', () => {
    const entries = FIRST_LOAD_PAGES.flatMap(clientEntries).map((f) => path.relative(ROOT, f));
    expect(entries).toEqual(expect.arrayContaining(['components/app/offline.tsx', 'components/app/offline-forms.tsx', 'components/hub/start-hub.tsx', 'components/app/interview-shell.tsx']));
  });

  for (const page of FIRST_LOAD_PAGES) {
    it(`${page}: its client components reach no rule, machine, text bundle, zod, xstate or i18next`, () => {
      const found: string[] = [];
      for (const entry of clientEntries(page)) {
        for (const [file, chain] of reachable(entry)) {
          const name = path.relative(ROOT, file);
          const via = chain.map((f) => path.relative(ROOT, f)).join(' → ');
          if (ENGINE_ONLY.some((re) => re.test(name))) found.push(via);
          for (const pkg of packageImports(file)) if (ENGINE_PACKAGES.includes(pkg)) found.push(`${via} → ${pkg}`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});
