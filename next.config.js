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
 * One id per build, for the offline copy (components/app/offline.tsx): the
 * kept pages are renewed when it changes, and what earlier builds kept is
 * deleted. Inlined into the build; it names nothing about the machine.
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
  // components/plain-html/static-markup.ts requires React's HTML renderer at run
  // time, which the tracer cannot see: the standalone server needs it and what it requires.
  // The edge guard (server/preload.cjs, loaded with `node --require` before
  // server.js) and the texts of its pages are not imported by any route.
  outputFileTracingIncludes: {
    '/[lang]/results': ['./node_modules/react-dom/**/*', './node_modules/react/**/*'],
    '/[lang]/q/[question]': ['./node_modules/react-dom/**/*', './node_modules/react/**/*'],
    '/[lang]/answer': ['./server/*.cjs', './locales/*/common.json'],
  },
  // Development-only request and fetch logging off: URLs, bodies and cookies
  // never reach a terminal (ADR 2). Production `next start` logs only errors.
  logging: false,
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: STATIC_ASSET_CSP }] },
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
      // `_next` (assets) and names with a dot (files such as /robots.txt)
      // are left alone.
      beforeFiles: [
        // Browsers ask for /favicon.ico on a page without an icon link (the
        // answer handler's 400 page) and sometimes on one that has it, before
        // its head is read (seen on Back). The app's one icon answers,
        // instead of a 404 page drawn each time.
        { source: '/favicon.ico', destination: '/icon.svg' },
        {
          source: `/:lang((?!(?:${LANGUAGES.join('|')}|_next)(?:/|$))[^/.]+)/:path*`,
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
