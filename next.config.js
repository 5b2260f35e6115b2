// @ts-check

/**
 * The page languages, as in locales/index.ts (LANGUAGES). Repeated here
 * because this file is plain CommonJS and cannot import TypeScript.
 */
const LANGUAGES = ['uk', 'nl', 'en'];

/**
 * Headers on every response (docs/adr/0009-security-headers-and-a-stateless-server.md).
 * The Content-Security-Policy with its per-request nonce, and `no-store` /
 * `noindex` on the pages that show answers, come from proxy.ts, which runs in
 * front of everything except `/_next/static/`.
 */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'gamepad=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'identity-credentials-get=()',
  'idle-detection=()',
  'interest-cohort=()',
  'local-fonts=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'otp-credentials=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-create=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'storage-access=()',
  'usb=()',
  'window-management=()',
  'xr-spatial-tracking=()',
].join(', ');

const SECURITY_HEADERS = [
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-DNS-Prefetch-Control', value: 'off' },
  { key: 'X-Permitted-Cross-Domain-Policies', value: 'none' },
  { key: 'Origin-Agent-Cluster', value: '?1' },
  // Browsers ignore it over plain http (local runs); over https it keeps them there.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
];

/** The hashed build assets are not documents: nothing may run or load from them. */
const STATIC_ASSET_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server in .next/standalone for containers (README,
  // "Running it for a million visitors"); `next start` keeps working.
  output: 'standalone',
  // Trace from this folder, so that server.js lands at .next/standalone/server.js
  // even when a parent folder holds another lockfile.
  outputFileTracingRoot: __dirname,
  // lib/static-markup.ts requires React's HTML renderer at run time, which the
  // tracer cannot see: the standalone server needs it and what it requires.
  outputFileTracingIncludes: {
    '/[lang]/results': ['./node_modules/react-dom/**/*', './node_modules/react/**/*'],
  },
  // Development-only request and fetch logging off: URLs, bodies and cookies
  // never reach a terminal (ADR 2). Production `next start` logs only errors.
  logging: false,
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: STATIC_ASSET_CSP }] },
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
    // app/global-not-found.tsx: one 404 page for every URL that no route
    // matches (there is no single root layout to compose it from: the root
    // layout is app/[lang]/layout.tsx).
    globalNotFound: true,
  },
};

module.exports = nextConfig;
