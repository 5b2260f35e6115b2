/*
 * Pathway's service worker: offline use after the first visit.
 *
 * - The app's hashed files (/_next/static/…) come from the cache when they
 *   are there, else from the network (and are kept).
 * - Pages always come from the network first, so that new rules and texts
 *   reach the device at the next online visit. Only when the network is
 *   gone does a page come from the cache: the start page and the first
 *   question of its language, which the page stored WITHOUT cookies
 *   (components/app/offline.tsx). The interview engine then draws the step
 *   the address asks for from the answers cookie (the summary for print
 *   too, in a second language when its texts were loaded before); for a
 *   page it cannot draw, it says that the page needs the network.
 * - The quick exit without network gets a blank page made here.
 * - Nothing else is cached: no answers, no results, no form posts.
 * - After a new build, what earlier builds kept (pages and the app's files
 *   no page of the new build names) is deleted, on the page's word.
 *
 * Keep CACHE in step with OFFLINE_CACHE in components/app/offline.tsx.
 */
const CACHE = 'pathway-offline-v1';
const LANGUAGES = ['uk', 'nl', 'en'];

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('pathway-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

function languageOf(path) {
  const first = path.split('/')[1];
  return LANGUAGES.includes(first) ? first : null;
}

async function staticAsset(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

function blankPage() {
  return new Response('<!doctype html><html><head><meta charset="utf-8"><title>&#8203;</title></head><body></body></html>', {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' },
  });
}

/*
 * A page that needs the network when nothing kept can stand in for it (the
 * rule book in a language whose pages this device does not keep, say): a
 * notice made here, in the page's language first, instead of the browser's
 * own error page. The texts are interview.offlineUnavailable of each
 * language (tests/app/service-worker.test.ts keeps them equal).
 */
const OFFLINE_TEXTS = {
  uk: 'Цю сторінку не можна відкрити на цьому пристрої без підключення до інтернету. Ваші відповіді збережено: відкрийте сторінку ще раз, коли будете онлайн.',
  nl: 'Deze pagina kan op dit apparaat niet worden geopend zonder internetverbinding. Uw antwoorden zijn bewaard: open de pagina opnieuw als u weer online bent.',
  en: 'This page cannot be opened on this device without an internet connection. Your answers are still here: open the page again when you are online.',
};

function needsNetworkPage(lang) {
  const first = LANGUAGES.includes(lang) ? lang : 'en';
  const order = [first, ...LANGUAGES.filter((l) => l !== first)];
  const body = order.map((l) => `<p lang="${l}" data-offline-notice="${l}">${OFFLINE_TEXTS[l]}</p>`).join('');
  return new Response(
    `<!doctype html><html lang="${first}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pathway</title></head><body><main data-engine-unavailable>${body}</main></body></html>`,
    { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } },
  );
}

async function page(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    const url = new URL(request.url);
    // The quick exit without network: a blank page, never this site's pages
    // (the answers were deleted by the page's script).
    if (/^\/[a-z]{2}\/exit\/?$/.test(url.pathname)) return blankPage();
    const lang = languageOf(url.pathname);
    if (!lang) {
      const any = (await cache.match('/uk')) || (await cache.match('/en')) || (await cache.match('/nl'));
      if (any) return any;
      throw error;
    }
    // The start page as kept; any other page of the language is the kept
    // first question, whose script draws the step the address asks for (a
    // hand-over link and its "what changed" too), or says that the page
    // needs the network (the rule book).
    const start = /^\/[a-z]{2}\/?$/.test(url.pathname);
    const shell = start ? await cache.match(`/${lang}`) : await cache.match(`/${lang}/q/hostCountry`);
    if (shell) return shell;
    return needsNetworkPage(lang);
  }
}

// After a new build, its page lists what the offline copy still needs (the
// pages kept for this build, the app's files they name and those the page
// loaded: components/app/offline.tsx); everything else was kept by earlier
// builds and is deleted. The page hears back when it is done.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'forget-earlier-builds' || !Array.isArray(data.keep)) return;
  event.waitUntil(
    (async () => {
      const keep = new Set(data.keep);
      const cache = await caches.open(CACHE);
      let deleted = 0;
      for (const request of await cache.keys()) {
        if (!keep.has(new URL(request.url).pathname) && (await cache.delete(request))) deleted++;
      }
      if (event.ports[0]) event.ports[0].postMessage({ deleted });
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/_next/static/')) {
    event.respondWith(staticAsset(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(page(request));
  }
});
