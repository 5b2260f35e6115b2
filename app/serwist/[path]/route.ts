/**
 * The service worker, /serwist/sw.js (and its source map): app/sw.ts bundled
 * by Serwist with esbuild when the app is built, with the precache list of
 * this build (docs/adr/0022-offline-with-serwist.md). Static: built once,
 * never per request.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSerwistRoute } from '@serwist/turbopack';
import { offlineUnavailable as en } from '../../../locales/en/interview.json';
import { offlineUnavailable as nl } from '../../../locales/nl/interview.json';
import { offlineUnavailable as uk } from '../../../locales/uk/interview.json';

/**
 * The texts of one language are a chunk of their own, loaded only by a page
 * that shows that language (ADR 10): they stay out of the precache (about
 * 100 kB gzip each), and the service worker keeps those a page loads. A
 * chunk carries a language's texts when it holds one of them (its
 * `interview.offlineUnavailable`); the build stops when a language's texts
 * are not found in exactly one chunk, rather than precache every language.
 */
const MARKERS = { uk, nl, en };

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'app/sw.ts',
  useNativeEsbuild: true,
  globPatterns: ['.next/static/**/*.{js,css,svg,woff2}'],
  manifestTransforms: [
    async (entries) => {
      const texts = new Map<string, string[]>();
      for (const entry of entries) {
        if (!entry.url.endsWith('.js')) continue;
        const code = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), entry.url), 'utf8');
        for (const [lang, marker] of Object.entries(MARKERS)) if (code.includes(marker)) texts.set(lang, [...(texts.get(lang) ?? []), entry.url]);
      }
      for (const lang of Object.keys(MARKERS)) {
        if (texts.get(lang)?.length !== 1) throw new Error(`Serwist: the texts of "${lang}" are in ${texts.get(lang)?.length ?? 0} chunks, not one`);
      }
      const left = new Set([...texts.values()].flat());
      return { manifest: entries.filter((e) => !left.has(e.url)), warnings: [] };
    },
  ],
  esbuildOptions: {
    // A classic worker: module service workers are newer than some phones' browsers.
    format: 'iife',
    define: { 'process.env.PATHWAY_BUILD_ID': JSON.stringify(process.env.PATHWAY_BUILD_ID ?? 'dev') },
  },
});
