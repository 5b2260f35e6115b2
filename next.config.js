// @ts-check

/**
 * The page languages, as in locales/index.ts (LANGUAGES). Repeated here
 * because this file is plain CommonJS and cannot import TypeScript.
 */
const LANGUAGES = ['uk', 'nl', 'en'];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async rewrites() {
    return {
      // A first path segment that is not a page language (/xx, /xx/yy) is
      // answered by the global 404 page, rendered on the server. Without this,
      // /xx would reach app/[lang]/ and its notFound(), which Next renders
      // only in the browser for dynamic routes (see docs/adr/0005).
      // `_next` (assets) and names with a dot (files such as /robots.txt)
      // are left alone.
      beforeFiles: [
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
