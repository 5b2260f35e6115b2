import { NextResponse, type NextRequest } from 'next/server';
import { answersSetCookie } from './lib/answers-cookie-options';
import { ANSWERS_COOKIE, LEGACY_ANSWERS_COOKIE } from './lib/cookie-names';
import { LANGUAGE_HEADER } from './lib/language-header';
import { configuredOrigin } from './lib/public-origin';
import { formOnly, formRoute, isCrossSite, miscasedLanguage, notFoundLanguage } from './lib/routes';
import { today } from './lib/today';
import { TRUSTED_TYPES_CSP } from './lib/trusted-types';
import { isPageRequest, languageOfPath, REFUSAL_STATUS, refusalHtml, STYLE_HASH, type Language, type Refusal } from './server/refusal-page.cjs';

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
 * - The one cross-site guard for every POST, and the other refusals that
 *   must come before any page or route handler runs (refusalOf below);
 *   addresses inside a language that are sure not to exist go to the
 *   server-rendered 404 page in that language (docs/adr/0020).
 * - Answers under the answers cookie's name before issue 20 move to its
 *   new name (moveLegacyAnswers, docs/adr/0021).
 *
 * Nothing here logs or keeps anything from the request: no state.
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
    // The refusal pages (server/refusal-page.cjs) have one fixed <style>, allowed by its hash.
    DEV ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}' ${STYLE_HASH}`,
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
    // Trusted Types, with the page's one policy (lib/trusted-types.ts); not
    // under `next dev`, whose overlay and eval-built stacks have no policy.
    ...(DEV ? [] : TRUSTED_TYPES_CSP),
  ].join('; ');
}

/** The largest request body accepted (server/edge-guard.cjs refuses larger ones before they are read). */
const MAX_BODY_BYTES = 64 * 1024;

type Refused = { kind: Refusal; lang: Language | null; allow?: string } | { plain: number };

/**
 * What the proxy refuses, before any page or route handler runs: the one
 * cross-site guard for every POST, posts anywhere but to the form routes, a
 * page address for a form route, bodies too large, and a server action id
 * (this app has none; Next.js logs every unknown id it is sent). The
 * router's own headers never reach here: server/edge-guard.cjs checks them.
 */
function refusalOf(request: NextRequest, path: string): Refused | null {
  const { method, headers } = request;
  if (headers.has('next-action')) return { plain: 400 };
  const lang = languageOfPath(path);
  if (Number(headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return { kind: 'tooLarge', lang };
  const form = formRoute(path);
  if (method === 'POST') {
    const miscased = miscasedLanguage(path);
    if (miscased) return { kind: 'notFound', lang: miscased };
    if (!form) return { kind: 'pageOnly', lang, allow: 'GET, HEAD' };
    if (isCrossSite((name) => headers.get(name), configuredOrigin())) return { kind: 'crossSite', lang: form.lang };
  } else if (form && formOnly(form.route)) {
    return { kind: 'formOnly', lang: form.lang, allow: 'POST' };
  }
  return null;
}

/** A refusal: a short page in the address's language, or a plain line for what is not a page. */
function refusedResponse(request: NextRequest, path: string, refused: Refused, csp: string): NextResponse {
  const page = 'kind' in refused && isPageRequest(request.method, path, (name) => request.headers.has(name));
  const status = 'kind' in refused ? REFUSAL_STATUS[refused.kind] : refused.plain;
  const body = page && 'kind' in refused ? refusalHtml(refused.kind, refused.lang) : `${status}\n`;
  const response = new NextResponse(request.method === 'HEAD' ? null : body, {
    status,
    headers: {
      'Content-Type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'Content-Security-Policy': csp,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  });
  if ('kind' in refused && refused.allow) response.headers.set('Allow', refused.allow);
  return response;
}

/** More than any set of answers takes; a longer value under the old name is not moved. */
const MAX_COOKIE_VALUE = 4096;

/**
 * A device that still holds the answers under the cookie name before issue
 * 20 (`pathway_answers`, a session cookie) keeps them: on its first request
 * the value is moved to the new name (`__Host-pathway_answers`, 30 days), in
 * the request the page reads and in the answer, and the old cookie is
 * deleted. Every write of this build deletes the old name, so when both are
 * there the old one is the newer (a page of the earlier build, still open,
 * wrote it) and it wins. Only the name changes; the page reading the
 * answers checks them as always. Null when there is nothing to move (and
 * always outside production, where both names are the same).
 */
function moveLegacyAnswers(request: NextRequest): { value: string | null; cookieHeader: string } | null {
  if (LEGACY_ANSWERS_COOKIE === ANSWERS_COOKIE) return null;
  const legacy = request.cookies.get(LEGACY_ANSWERS_COOKIE)?.value;
  if (legacy === undefined) return null;
  // The request's cookies as the page will read them: written here, not
  // through request.cookies (whose changes Next.js also sends back as
  // cookies without an expiry).
  const moved = legacy !== '' && legacy.length <= MAX_COOKIE_VALUE ? legacy : null;
  const others = request.cookies
    .getAll()
    .filter((c) => c.name !== LEGACY_ANSWERS_COOKIE && (moved === null || c.name !== ANSWERS_COOKIE))
    .map((c) => `${c.name}=${encodeURIComponent(c.value)}`);
  if (moved !== null) others.push(`${ANSWERS_COOKIE}=${encodeURIComponent(moved)}`);
  return { value: moved, cookieHeader: others.join('; ') };
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const path = request.nextUrl.pathname;

  const refused = refusalOf(request, path);
  if (refused) return refusedResponse(request, path, refused, csp);

  const moved = moveLegacyAnswers(request);
  const requestHeaders = new Headers(request.headers);
  if (moved !== null) requestHeaders.set('cookie', moved.cookieHeader);
  requestHeaders.set('content-security-policy', csp);
  requestHeaders.set('x-nonce', nonce);
  // The page language of the address, for the global 404 page (app/global-not-found.tsx).
  requestHeaders.set(LANGUAGE_HEADER, languageOfPath(path) ?? '');

  // An address inside a language that is sure not to exist (a rule set not in
  // the registry, a date that is not one, /EN): the server-rendered 404 page
  // in that language. A page that calls notFound() itself is blank without
  // JavaScript (docs/adr/0005-not-found-pages.md).
  const missing = request.method === 'GET' || request.method === 'HEAD' ? notFoundLanguage(path, today()) : null;
  // (The address rewritten to stays inside the language: no route matches it.)
  const response = missing
    ? NextResponse.rewrite(new URL(`/${missing}/_not-found`, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (moved !== null) {
    // Written as plain headers: Next.js repeats cookies set through
    // response.cookies on a page's redirect, and loses the Max-Age=0 that
    // deletes one, leaving an empty cookie under the old name behind.
    if (moved.value !== null) response.headers.append('Set-Cookie', answersSetCookie(moved.value));
    response.headers.append('Set-Cookie', `${LEGACY_ANSWERS_COOKIE}=; Path=/; Max-Age=0`);
  }
  // Pages, redirects and 404s are rendered per request with their own nonce:
  // no cache, shared or not, may keep one (nor the answers some of them show).
  if (!FILE.test(path)) response.headers.set('Cache-Control', 'private, no-store');
  if (!PUBLIC_PAGE.test(path) || missing) response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  return response;
}

export const config = {
  // Everything but the build's hashed assets (next.config.js gives those theirs).
  matcher: ['/((?!_next/static/).*)'],
};
