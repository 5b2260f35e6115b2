'use client';

import { useEffect } from 'react';
import { decodeHubMode, HUB_COOKIE } from '../../lib/hub-languages';
import { cookieValue } from './browser-cookies';
import { savesData, whenSettled } from './when-settled';

/**
 * Offline use after the first visit (docs/adr/0022-offline-with-serwist.md):
 * the service worker (app/sw.ts, built by Serwist, served at SW_URL) keeps
 * the app's files from the build's precache list and, per language, the
 * start page and the first question fetched WITHOUT cookies, so that no
 * answer is ever written into a cache: the answers stay in their cookie.
 */
export const SW_URL = '/serwist/sw.js';

/** Serwist's helper for the page side, loaded only when the offline copy is wanted (not on a first load). */
const serwistWindow = () => import('@serwist/window');

/** The app's files this page has loaded so far (the engine's chunks and texts too). */
function loadedAssets(): string[] {
  const urls = new Set<string>();
  for (const el of document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="stylesheet"][href]')) {
    urls.add('src' in el ? el.src : el.href);
  }
  for (const entry of performance.getEntriesByType('resource')) urls.add(entry.name);
  return [...urls].filter((url) => {
    const u = new URL(url, window.location.href);
    return u.origin === window.location.origin && u.pathname.startsWith('/_next/static/');
  });
}

/**
 * Asks the service worker to keep every file this page has loaded, as its
 * routes would (Serwist's CACHE_URLS): what was loaded before the worker
 * controlled the page (the texts of this language, say) is kept too.
 */
export async function keepForOffline(): Promise<void> {
  const worker = 'serviceWorker' in navigator ? navigator.serviceWorker.controller : null;
  if (!worker) return;
  try {
    const { messageSW } = await serwistWindow();
    await messageSW(worker, { type: 'CACHE_URLS', payload: { urlsToCache: loadedAssets() } });
  } catch {
    // Offline use is a bonus: the pages work without it.
  }
}

/**
 * The languages whose pages are kept: the page's, and in hub mode the
 * client's too (the summary for print is in the client's language, at its
 * address).
 */
function keptLanguages(lang: string): string[] {
  const hub = decodeHubMode(cookieValue(HUB_COOKIE));
  return hub && hub.client !== lang ? [lang, hub.client] : [lang];
}

/** Where builds before issue 21 noted their kept pages; nothing reads it any more. */
const OLD_BUILD_NOTE = 'pathway-offline-build';

/**
 * Registers the service worker once the page has settled and has it keep
 * what offline use needs. Production builds only (a development server's
 * scripts change on every edit). Renders nothing; the page works without it.
 */
export function OfflineSupport({ lang }: { lang: string }) {
  useEffect(() => {
    // With the data saver on, no offline copy is fetched (it would cost data the person chose to save).
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || savesData()) return;
    let cancelled = false;
    const start = async () => {
      try {
        const { Serwist } = await serwistWindow();
        // A classic worker (app/serwist/[path]/route.ts), for the whole site.
        const serwist = new Serwist(SW_URL, { scope: '/', type: 'classic' });
        await serwist.register();
        await serwist.controlling;
        if (cancelled) return;
        await serwist.messageSW({ type: 'keep-pages', languages: keptLanguages(lang) });
        await keepForOffline();
        localStorage.removeItem(OLD_BUILD_NOTE);
        document.documentElement.dataset.offlineReady = 'true';
      } catch {
        // No offline copy: everything still works online.
      }
    };
    const cancel = whenSettled(() => void start());
    return () => {
      cancelled = true;
      cancel();
    };
  }, [lang]);
  return null;
}
