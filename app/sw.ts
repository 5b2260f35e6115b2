/// <reference lib="webworker" />
/**
 * Pathway's service worker (Serwist, docs/adr/0022-offline-with-serwist.md):
 * offline use after a first visit. Built by app/serwist/[path]/route.ts,
 * served at /serwist/sw.js, registered by components/app/offline.tsx.
 *
 * - The app's files come from the precache list of the build (every file
 *   under /_next/static but the texts of each language, which are large:
 *   those are kept when the engine loads them, below).
 * - Pages always come from the network, so that new rules and texts reach
 *   the device at the next online visit, and no page is ever kept from a
 *   request: only the start page and the first question per language,
 *   fetched here WITHOUT cookies when the page asks (they hold no answers).
 *   Without network the engine draws the step the address asks for from the
 *   answers cookie; the quick exit gets a blank page made here; a page with
 *   nothing to stand in for it, a notice in its language.
 * - What an earlier build kept goes when this one takes over.
 */
import { CacheFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import { isLanguage, LANGUAGES, type Language } from '../locales/languages';
import { offlineUnavailable as en } from '../locales/en/interview.json';
import { offlineUnavailable as nl } from '../locales/nl/interview.json';
import { offlineUnavailable as uk } from '../locales/uk/interview.json';

declare global {
  interface WorkerGlobalScope {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

/** What the page language's files kept at run time and its kept pages are under; one per build (next.config.js). */
const KEPT = `pathway-offline-${process.env.PATHWAY_BUILD_ID ?? 'dev'}`;

/** The pages kept per language: the start page and the first question, whose script draws every other step. */
const keptPages = (lang: Language) => [`/${lang}`, `/${lang}/q/hostCountry`];

/** Deletes what earlier builds kept (before issue 21: `pathway-offline-v1`); Serwist renews its precache itself. */
async function forgetEarlierBuilds(): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith('pathway-offline-') && name !== KEPT) await caches.delete(name);
}

const PLAIN_PAGE = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };

/** The quick exit without network: a blank page, never one of this site's (the page deleted the answers). */
const blankPage = () =>
  new Response('<!doctype html><html><head><meta charset="utf-8"><title>&#8203;</title></head><body></body></html>', { headers: PLAIN_PAGE });

/** interview.offlineUnavailable of each language, imported from the texts at build time. */
const NEEDS_NETWORK: Record<Language, string> = { uk, nl, en };

/** A page nothing kept can stand in for: a notice in its language first, instead of the browser's error page. */
function needsNetworkPage(lang: Language | null): Response {
  const first = lang ?? 'en';
  const body = [first, ...LANGUAGES.filter((l) => l !== first)]
    .map((l) => `<p lang="${l}" data-offline-notice="${l}">${NEEDS_NETWORK[l]}</p>`)
    .join('');
  return new Response(
    `<!doctype html><html lang="${first}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pathway</title></head><body><main data-engine-unavailable>${body}</main></body></html>`,
    { headers: PLAIN_PAGE },
  );
}

/** Without network, what stands in for a page: the kept start page, or the kept first question of its language. */
const offlinePage: SerwistPlugin = {
  async handlerDidError({ request }) {
    const { pathname } = new URL(request.url);
    if (/^\/[a-z]{2}\/exit\/?$/.test(pathname)) return blankPage();
    const first = pathname.split('/')[1];
    const cache = await caches.open(KEPT);
    if (!isLanguage(first)) {
      for (const lang of LANGUAGES) {
        const start = await cache.match(`/${lang}`);
        if (start) return start;
      }
      return undefined;
    }
    const [start, question] = keptPages(first);
    return (await cache.match(/^\/[a-z]{2}\/?$/.test(pathname) ? start! : question!)) ?? needsNetworkPage(first);
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  cacheId: 'pathway',
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    // The app's files the precache leaves out (the texts of the languages this device shows), as they load.
    { matcher: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith('/_next/static/'), handler: new CacheFirst({ cacheName: KEPT }) },
    // Pages: from the network only, never kept from a request (they may show answers).
    { matcher: ({ sameOrigin, request }) => sameOrigin && request.mode === 'navigate', handler: new NetworkOnly({ plugins: [offlinePage] }) },
  ],
});

self.addEventListener('activate', (event) => event.waitUntil(forgetEarlierBuilds()));

/**
 * The page asks for its language's pages (and the client's in hub mode) to
 * be kept: fetched without cookies, once per build. The reply says when.
 */
self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; languages?: unknown } | null;
  if (data?.type !== 'keep-pages' || !Array.isArray(data.languages)) return;
  const languages = data.languages.filter(isLanguage);
  event.waitUntil(
    (async () => {
      await forgetEarlierBuilds();
      const cache = await caches.open(KEPT);
      for (const path of languages.flatMap(keptPages)) {
        if (await cache.match(path)) continue;
        const response = await fetch(path, { credentials: 'omit', cache: 'no-store' });
        if (response.ok && !response.redirected) await cache.put(path, response);
      }
    })()
      .catch(() => undefined)
      .then(() => event.ports[0]?.postMessage({ kept: languages })),
  );
});

serwist.addEventListeners();
