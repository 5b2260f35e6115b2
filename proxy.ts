import { NextResponse, type NextRequest } from 'next/server';

/**
 * Runs in front of every request except the hashed build assets under
 * `/_next/static/` (those get their headers from `next.config.js`). See
 * docs/adr/0009-security-headers-and-a-stateless-server.md.
 *
 * - A fresh nonce per request in a strict Content-Security-Policy, set on the
 *   request (Next.js reads the nonce from it and puts it on its own scripts
 *   and style tags while rendering) and on the response (the browser enforces
 *   it). Scripts run only with the nonce, or when a nonced script loads them
 *   ('strict-dynamic'); nothing from another origin.
 * - Every page, redirect and 404 is `Cache-Control: private, no-store` (each
 *   carries its own nonce), and every page but the start pages and the rule
 *   book is `X-Robots-Tag: noindex` (the others show one person's answers).
 *
 * Nothing here reads, logs or keeps anything from the request: no state.
 */

/**
 * The only pages a search engine may index: `/`, the start pages `/<lang>` and
 * the rule book `/<lang>/rules/…`. Everything else (the questions, "check your
 * answers", the results, the summary, the hand-over pages, the route
 * handlers, 404s) is about one person: noindex. A new page is private until
 * it is added here.
 */
const PUBLIC_PAGE = /^\/(?:[^/]+\/?)?$|^\/[^/]+\/rules(?:\/|$)/;

/** A file (/icon.svg, /robots.txt): the last path segment has a dot. Everything else is rendered per request. */
const FILE = /\.[^/]*$/;

/**
 * The 400 page of the answer handler (app/[lang]/answer/http.ts) is a route
 * handler's plain HTML with one fixed <style>: allowed by its hash.
 * tests/server/bad-input.test.ts fails when that style changes.
 */
const BAD_REQUEST_STYLE_HASH = "'sha256-Yn+QEu9R+EOPnicIoOi8X9J3VuJjfhQ3aamYeNoyS8w='";

function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

/**
 * `next dev` only: React rebuilds server error stacks with eval, and the dev
 * overlay injects styles without a nonce (Next's CSP guide). Never in a build.
 */
const DEV = process.env.NODE_ENV === 'development';

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${DEV ? " 'unsafe-eval'" : ''}`,
    DEV ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}' ${BAD_REQUEST_STYLE_HASH}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    // A service worker falls back to script-src, where 'strict-dynamic' would ignore 'self'.
    "worker-src 'self'",
    "media-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', csp);
  requestHeaders.set('x-nonce', nonce);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  const path = request.nextUrl.pathname;
  // Pages, redirects and 404s are rendered per request with their own nonce:
  // no cache, shared or not, may keep one (nor the answers some of them show).
  if (!FILE.test(path)) response.headers.set('Cache-Control', 'private, no-store');
  if (!PUBLIC_PAGE.test(path)) response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  return response;
}

export const config = {
  // Everything but the build's hashed assets (next.config.js gives those theirs).
  matcher: ['/((?!_next/static/).*)'],
};
