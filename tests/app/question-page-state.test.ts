import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The question page computes its state once per request (issue 21):
 * generateMetadata and the page share it through React's cache()
 * (app/[lang]/q/[question]/page.tsx), and nothing is kept from one request
 * to the next (ADR 2).
 *
 * cache() memoizes only inside a request of React's server renderer, which
 * is React's `react-server` build with a request's cache dispatcher set. The
 * test loads that build for the page and sets a dispatcher per request as
 * the renderer does (React's own internals: should a React upgrade change
 * them, this test fails rather than pass without checking anything, because
 * cache() then computes every call).
 */
const ROOT = path.resolve(__dirname, '../..');

vi.mock('react', async () => await import(/* @vite-ignore */ path.join(ROOT, 'node_modules/react/react.react-server.js')));

const computed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../lib/page-state', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/page-state')>();
  return {
    ...actual,
    questionState: (...args: Parameters<typeof actual.questionState>) => {
      computed.count++;
      return actual.questionState(...args);
    },
  };
});
vi.mock('../../lib/answers-cookie', () => ({
  readAnswers: async () => ({}),
  readDraft: async () => null,
}));
vi.mock('../../lib/hub-mode', () => ({ readHubMode: async () => null }));

type Internals = { A: { getCacheForType: <T>(create: () => T) => T } | null };

/** Runs `work` as one request of React's server renderer: with a cache of its own, dropped at the end. */
async function inRequest<T>(work: () => Promise<T>): Promise<T> {
  const React = (await import('react')) as unknown as { __SERVER_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE: Internals };
  const internals = React.__SERVER_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
  const caches = new Map<unknown, unknown>();
  internals.A = {
    getCacheForType: <T,>(create: () => T): T => {
      if (!caches.has(create)) caches.set(create, create());
      return caches.get(create) as T;
    },
  };
  try {
    return await work();
  } finally {
    internals.A = null;
  }
}

describe('the question page', () => {
  beforeEach(() => {
    computed.count = 0;
  });
  afterEach(() => vi.resetModules());

  it('computes its state once per request, for the title and the page', async () => {
    const { default: QuestionPage, generateMetadata } = await import('../../app/[lang]/q/[question]/page');
    const props = () => ({ params: Promise.resolve({ lang: 'en', question: 'hostCountry' }), searchParams: Promise.resolve({}) });
    await inRequest(async () => {
      const metadata = await generateMetadata(props());
      expect(metadata.title).toBeTruthy();
      expect(await QuestionPage(props())).toBeTruthy();
    });
    expect(computed.count).toBe(1);

    // The next request computes it again: nothing is kept across requests.
    await inRequest(async () => {
      await generateMetadata(props());
      await QuestionPage(props());
    });
    expect(computed.count).toBe(2);
  }, 60_000);
});
