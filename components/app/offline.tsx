'use client';

import { useEffect } from 'react';
import { decodeHubMode, HUB_COOKIE } from '../../lib/hub-languages';
import { cookieValue } from './browser-cookies';
import { savesData, whenSettled } from './when-settled';

/**
 * Offline use (public/sw.js): after the first visit the service worker
 * answers from this device when the network is gone. What it keeps is the
 * app itself (scripts, styles, the rules and texts the interview engine
 * loads) and, per language, the start page and the first question fetched
 * WITHOUT cookies, so that no answer is ever written into the cache: the
 * answers stay in their cookie alone. Keep this name in step with sw.js.
 */
export const OFFLINE_CACHE = 'pathway-offline-v1';

function sameOriginAsset(url: string): boolean {
  try {
    const u = new URL(url, window.location.href);
    return u.origin === window.location.origin && u.pathname.startsWith('/_next/static/');
  } catch {
    return false;
  }
}

/** Puts every script and style this page has loaded so far (the engine's chunks too) into the offline cache. */
export async function keepForOffline(): Promise<void> {
  if (!('caches' in window) || !('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  try {
    const cache = await caches.open(OFFLINE_CACHE);
    const urls = new Set<string>();
    for (const el of document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="stylesheet"][href]')) {
      urls.add('src' in el ? el.src : el.href);
    }
    for (const entry of performance.getEntriesByType('resource')) urls.add(entry.name);
    const assets = [...urls].filter(sameOriginAsset);
    await Promise.all(
      assets.map(async (url) => {
        if (!(await cache.match(url))) await cache.add(url);
      }),
    );
  } catch {
    // Offline use is a bonus: the pages work without it.
  }
}

/**
 * The build this page belongs to (next.config.js gives each build an id).
 * The kept pages are fetched again only when it changes (a new version of
 * the app or its rules), not on every visit, to spare the data of people on
 * slow connections; and then what earlier builds kept is deleted.
 */
const BUILD = process.env.PATHWAY_BUILD_ID ?? 'dev';

/** Where the languages and build of the kept pages are noted (`en:<build> uk:<build>`; never anything about the person). */
export const KEPT_BUILD_KEY = 'pathway-offline-build';

/** The app's files a page names in its HTML (scripts and style sheets). */
function assetsNamedIn(html: string): string[] {
  return [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"?#]+)"/g)].map((m) => m[1]!))];
}

/** The chunks a script loads on demand (Turbopack names them as `static/chunks/…js`). */
function chunksNamedIn(script: string): string[] {
  return [...new Set([...script.matchAll(/static\/chunks\/[\w.-]+\.js/g)].map((m) => `/_next/${m[0]}`))];
}

/**
 * The app's files a kept page needs that this visit has not loaded: a
 * person who has only seen the results must still be able to open the kept
 * question page offline, whose own chunks (and the engine's entry they load
 * on demand) differ from the results page's. One step deep: the texts of
 * languages never shown are not fetched (they are large).
 */
async function keepAssetsOf(cache: Cache, html: string): Promise<void> {
  const added: string[] = [];
  for (const url of assetsNamedIn(html)) {
    if (await cache.match(url)) continue;
    await cache.add(url);
    added.push(url);
  }
  for (const url of added.filter((u) => u.endsWith('.js'))) {
    const script = await (await cache.match(url))?.text();
    for (const chunk of chunksNamedIn(script ?? '')) {
      // A name that only looks like a chunk must not stop the rest from being kept.
      if (!(await cache.match(chunk))) await cache.add(chunk).catch(() => undefined);
    }
  }
}

/** The pages kept per language, fetched without cookies: they hold no answers. */
async function keepShells(lang: string): Promise<void> {
  const cache = await caches.open(OFFLINE_CACHE);
  await Promise.all(
    [`/${lang}`, `/${lang}/q/hostCountry`].map(async (path) => {
      const response = await fetch(path, { credentials: 'omit', cache: 'no-store' });
      if (!response.ok || response.redirected) return;
      const html = await response.clone().text();
      await cache.put(path, response);
      await keepAssetsOf(cache, html);
    }),
  );
}

/** The app's files this page has loaded so far (the engine's chunks too), by path. */
function loadedAssets(): string[] {
  const urls = new Set<string>();
  for (const el of document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="stylesheet"][href]')) {
    urls.add('src' in el ? el.src : el.href);
  }
  for (const entry of performance.getEntriesByType('resource')) urls.add(entry.name);
  return [...urls].filter(sameOriginAsset).map((u) => new URL(u, window.location.href).pathname);
}

/**
 * After a new build: asks the service worker to delete from the offline
 * copy everything but the pages kept for this build (in `languages`), the
 * app's files they name or this page has loaded, and every chunk those load
 * on demand, however deep (the engine's own chunks, texts kept for a second
 * language), as far as the copy holds them. What is left was kept by
 * earlier builds: no file of this build names it. Resolves when the worker
 * is done (or after a few seconds: the worker may be gone).
 */
async function forgetEarlierBuilds(languages: readonly string[]): Promise<void> {
  const worker = navigator.serviceWorker.controller;
  if (!worker) return;
  const cache = await caches.open(OFFLINE_CACHE);
  const keep = new Set<string>();
  const queue: string[] = loadedAssets();
  for (const l of languages) {
    for (const path of [`/${l}`, `/${l}/q/hostCountry`]) {
      const page = await cache.match(path);
      if (!page) continue;
      keep.add(path);
      queue.push(...assetsNamedIn(await page.text()));
    }
  }
  while (queue.length > 0) {
    const asset = queue.pop()!;
    if (keep.has(asset)) continue;
    keep.add(asset);
    if (asset.endsWith('.js')) queue.push(...chunksNamedIn((await (await cache.match(asset))?.text()) ?? ''));
  }
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    const timer = window.setTimeout(resolve, 5000);
    channel.port1.onmessage = () => {
      window.clearTimeout(timer);
      resolve();
    };
    worker.postMessage({ type: 'forget-earlier-builds', keep: [...keep] }, [channel.port2]);
  });
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

/**
 * Registers the service worker once the page has settled and keeps what
 * offline use needs. Production builds only (a development server's scripts
 * change on every edit). Renders nothing; the page works without it.
 */
export function OfflineSupport({ lang }: { lang: string }) {
  useEffect(() => {
    // With the data saver on, no offline copy is fetched (it would cost data the person chose to save).
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || savesData()) return;
    let cancelled = false;
    const start = async () => {
      try {
        await navigator.serviceWorker.register('/sw.js', { scope: '/' });
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise<void>((resolve) => {
            navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
            window.setTimeout(resolve, 3000);
          });
        }
        if (cancelled) return;
        const earlier = (localStorage.getItem(KEPT_BUILD_KEY) ?? '').split(' ').filter((b) => b && !b.endsWith(`:${BUILD}`));
        for (const l of keptLanguages(lang)) {
          const build = `${l}:${BUILD}`;
          const kept = (localStorage.getItem(KEPT_BUILD_KEY) ?? '').split(' ');
          if (kept.includes(build)) continue;
          await keepShells(l);
          const others = kept.filter((b) => b && !b.startsWith(`${l}:`));
          localStorage.setItem(KEPT_BUILD_KEY, [...others, build].join(' '));
        }
        await keepForOffline();
        if (earlier.length > 0) {
          // A new build: the pages kept by earlier ones (of languages not
          // renewed on this visit) and every app file no kept page names go.
          const current = (localStorage.getItem(KEPT_BUILD_KEY) ?? '').split(' ').filter((b) => b.endsWith(`:${BUILD}`));
          await forgetEarlierBuilds(current.map((b) => b.slice(0, b.indexOf(':'))));
          localStorage.setItem(KEPT_BUILD_KEY, current.join(' '));
        }
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
