// @ts-check

/**
 * The page languages, as in locales/index.ts (LANGUAGES). Repeated here
 * because this file is plain CommonJS and cannot import TypeScript.
 */
const LANGUAGES = ['uk', 'nl', 'en'];

/**
 * Headers on every response (docs/adr/0009-security-headers-and-a-stateless-server.md),
 * in server/security-headers.cjs so that the edge guard (server/edge-guard.cjs)
 * sends the same ones on what it refuses before Next.js sees it.
 */
const { SECURITY_HEADERS } = require('./server/security-headers.cjs');

/** The hashed build assets are not documents: nothing may run or load from them. */
const STATIC_ASSET_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * One id per build, for the offline copy (app/sw.ts, built by
 * app/serwist/[path]/route.ts): the service worker keeps the pages and texts
 * of each build apart, renews them when it changes, and deletes what earlier
 * builds kept. Inlined into the build; it names nothing about the machine.
 */
const BUILD_ID = process.env.PATHWAY_BUILD_ID || require('node:crypto').randomBytes(12).toString('base64url');

/** @type {import('next').NextConfig} */
const nextConfig = {
  env: { PATHWAY_BUILD_ID: BUILD_ID },
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server in .next/standalone for containers (README,
  // "Running it for a million visitors"); `next start` keeps working.
  output: 'standalone',
  // Trace from this folder, so that server.js lands at .next/standalone/server.js
  // even when a parent folder holds another lockfile.
  outputFileTracingRoot: __dirname,
  // What the standalone server needs and no route imports (the edge guard,
  // its texts, React's HTML renderer for components/plain-html/) is copied by
  // scripts/complete-standalone.mjs after the build: under Turbopack,
  // outputFileTracingIncludes is ignored (vercel/next.js#97450).
  // Development-only request and fetch logging off: URLs, bodies and cookies
  // never reach a terminal (ADR 2). Production `next start` logs only errors.
  logging: false,
  // Serwist bundles the service worker (app/sw.ts) with esbuild while the
  // app is built (app/serwist/[path]/route.ts); esbuild is loaded from
  // node_modules, never bundled (what @serwist/turbopack's withSerwist sets).
  serverExternalPackages: ['esbuild', 'esbuild-wasm'],
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: STATIC_ASSET_CSP }] },
      // The service worker is built once per build but must never be kept
      // by a shared cache (Next.js would say s-maxage=31536000 for a static
      // route): a new build reaches devices at their next visit.
      { source: '/serwist/:path*', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
      // The quick exit's redirect to the neutral site carries no referrer at all.
      { source: '/:lang/exit', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
    ];
  },
  async rewrites() {
    return {
      // A first path segment that is not a page language (/xx, /xx/yy) is
      // answered by the global 404 page, rendered on the server. Without this,
      // /xx would reach app/[lang]/ and its notFound(), which Next renders
      // only in the browser for dynamic routes (see docs/adr/0005).
      // `_next` (assets), `serwist` (the service worker, /serwist/sw.js) and
      // names with a dot (files such as /robots.txt) are left alone.
      beforeFiles: [
        // Browsers ask for /favicon.ico on a page without an icon link (the
        // answer handler's 400 page) and sometimes on one that has it, before
        // its head is read (seen on Back). The app's one icon answers,
        // instead of a 404 page drawn each time.
        { source: '/favicon.ico', destination: '/icon.svg' },
        {
          source: `/:lang((?!(?:${LANGUAGES.join('|')}|_next|serwist)(?:/|$))[^/.]+)/:path*`,
          destination: '/_not-found',
        },
      ],
    };
  },
  experimental: {
    // Next.js keeps a copy of each request body for proxy.ts, up to 10 MB by
    // default. The edge guard refuses bodies over 64 kB before they are read;
    // this bounds the copy to the same size should the guard not be loaded.
    proxyClientMaxBodySize: 64 * 1024,
    // app/global-not-found.tsx: one 404 page for every URL that no route
    // matches (there is no single root layout to compose it from: the root
    // layout is app/[lang]/layout.tsx).
    globalNotFound: true,
  },
};

module.exports = nextConfig;
