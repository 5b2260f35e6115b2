/**
 * JavaScript weight: the gzip size (node:zlib gzipSync, default level) of
 * every external script (`<script src>`) a first visit to a page loads, next
 * to the same sum for a bare Next.js page built in the same run. `nomodule`
 * scripts (the legacy polyfills, which a module-capable browser skips) and the
 * inline `<script>` data (React Server Components payload) are shown beside
 * the sum but not counted in it.
 */
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  label: string;
  path: string;
  /** gzip bytes of the external scripts a module browser loads. */
  scripts: number;
  count: number;
  /** gzip bytes of the `nomodule` scripts (not loaded by current browsers). */
  nomodule: number;
  /** gzip bytes of the inline scripts (the RSC payload, bootstrap). */
  inline: number;
  /** gzip bytes of the HTML document itself. */
  html: number;
  /** Bytes of the HTML document itself, uncompressed. */
  htmlRaw: number;
}

const gz = (data: string | Buffer) => gzipSync(data).length;

export async function pageWeight(base: string, label: string, path: string, cookie?: string): Promise<PageWeight> {
  const res = await fetch(base + path, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const html = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}`);

  const modules = new Set<string>();
  const legacy = new Set<string>();
  let inline = '';
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    const src = /\ssrc="([^"]+)"/i.exec(attrs)?.[1];
    if (!src) {
      inline += match[2] ?? '';
      continue;
    }
    const url = new URL(src.replaceAll('&amp;', '&'), base + path).href;
    (/\snomodule\b/i.test(attrs) ? legacy : modules).add(url);
  }
  for (const url of modules) legacy.delete(url);

  const sizeOf = async (url: string) => {
    const script = await fetch(url);
    if (script.status !== 200) throw new Error(`GET ${url}: HTTP ${script.status}`);
    return gz(Buffer.from(await script.arrayBuffer()));
  };
  const sum = async (urls: Set<string>) => (await Promise.all([...urls].map(sizeOf))).reduce((a, b) => a + b, 0);
  return {
    label,
    path,
    scripts: await sum(modules),
    count: modules.size,
    nomodule: await sum(legacy),
    inline: inline ? gz(inline) : 0,
    html: gz(html),
    htmlRaw: Buffer.byteLength(html),
  };
}

/**
 * The interview engine: the gzip size of the scripts a browser fetches after
 * the first load of a question page, when the engine (machine, rules, one
 * language's texts, views) is imported at the first touch or once the page has settled. Not part of the first-load
 * figure; shown beside it, measured in Debian's Chromium.
 */
export async function engineWeight(base: string, path: string): Promise<{ bytes: number; count: number }> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(base + path);
    const initial = new Set(await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src)));
    await page.locator('[data-engine="browser"]').waitFor({ timeout: 30_000 });
    // Scripts the page imported (not the offline copy's fetches of the same files).
    const loaded = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.initiatorType === 'script').map((e) => e.name),
    );
    const later = [...new Set(loaded)].filter((url) => /\/_next\/static\/.*\.js$/.test(new URL(url).pathname) && !initial.has(url));
    let bytes = 0;
    for (const url of later) bytes += gz(Buffer.from(await (await fetch(url)).arrayBuffer()));
    return { bytes, count: later.length };
  } finally {
    await browser.close();
  }
}
