// @ts-check
'use strict';

/**
 * The edge guard: what Pathway refuses before Next.js reads a request
 * (docs/adr/0020-an-edge-guard-in-front-of-next-start.md). Loaded into the
 * server process with `node --require ./server/preload.cjs` (package.json
 * `start`, playwright.config.ts, the standalone server in the README), it
 * wraps the one HTTP server that `next start` and the standalone
 * `server.js` create:
 *
 * - Timeouts: the request head must arrive within 10 s and the whole request,
 *   body included, within 20 s (Node's defaults are 60 s and 5 minutes), so a
 *   trickled body cannot hold a connection for minutes.
 * - Bodies: a declared length over 64 kB is refused with a 413 page before
 *   any of it is read (the largest real answer post is about 2 kB); a body
 *   without a declared length (chunked) is refused with a 411 page. Next.js
 *   would otherwise buffer up to 10 MB of it for proxy.ts.
 * - Methods other than GET, HEAD and POST (TRACE, PUT, OPTIONS …) get a plain
 *   405: Next.js answers TRACE with a 500 and a stack trace in the log.
 * - A request target that is not a path (`*`, `http://…`) or a path whose
 *   percent-encoding is broken (`/uk/q/%D0`, a link cut off in a chat app)
 *   gets a 400 page in the address's language: Next.js answers these with a
 *   bare "Internal Server Error" without any security header.
 * - Framework headers its client never sends (a router state it cannot
 *   parse, an unknown prefetch kind) get a plain 400: Next.js answers them
 *   with a 500 or logs a stack trace for each.
 *
 * Every answer of the guard carries the security headers of every other
 * response, and it writes nothing to the log. What it lets through goes to
 * Next.js unchanged.
 */

const http = require('node:http');
const { SECURITY_HEADERS } = require('./security-headers.cjs');
const { REFUSAL_STATUS, STYLE_HASH, isPageRequest, languageOfPath, refusalHtml } = require('./refusal-page.cjs');

const LIMITS = Object.freeze({
  /** The largest request body accepted, in bytes. */
  maxBodyBytes: 64 * 1024,
  /** Time for the request line and headers to arrive. */
  headersTimeoutMs: 10_000,
  /** Time for the whole request, body included, to arrive. */
  requestTimeoutMs: 20_000,
  /** How often Node checks those two timeouts (its default is 30 s, which would add up to 30 s to each). */
  connectionsCheckingIntervalMs: 1_000,
});

/** Node's HTTP server options for the limits above. */
const SERVER_OPTIONS = Object.freeze({
  headersTimeout: LIMITS.headersTimeoutMs,
  requestTimeout: LIMITS.requestTimeoutMs,
  connectionsCheckingInterval: LIMITS.connectionsCheckingIntervalMs,
});

const METHODS = new Set(['GET', 'HEAD', 'POST']);

/** The policy of an answer nothing else gives one: nothing may load or run from it. */
const DEFAULT_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Next.js's own reader of the router state its client sends; the app's
 * proxy never sees that header (Next.js strips it before proxy.ts runs), so
 * it is checked here. Without it (another Next.js version) a plain JSON check.
 * @type {(value: string) => unknown}
 */
const parseRouterState = (() => {
  try {
    return require('next/dist/server/app-render/parse-and-validate-flight-router-state').parseAndValidateFlightRouterState;
  } catch {
    return (/** @type {string} */ value) => {
      if (!Array.isArray(JSON.parse(decodeURIComponent(value)))) throw new Error('not a router state');
    };
  }
})();

/**
 * The framework's own request headers, as its client sends them. Anything
 * else in them makes Next.js answer 500 with a stack trace in the log (a
 * router state it cannot parse), or try to prerender the page at request
 * time and log why it cannot (a prefetch kind this app never asks for).
 * @param {http.IncomingHttpHeaders} headers
 */
function frameworkHeadersOk(headers) {
  const tree = headers['next-router-state-tree'];
  if (tree !== undefined) {
    try {
      parseRouterState(tree);
    } catch {
      return false;
    }
  }
  const prefetch = headers['next-router-prefetch'];
  return prefetch === undefined || prefetch === '1';
}

/** @param {http.IncomingMessage} req */
function hasBody(req) {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * Answers a refused request: a short page in the address's language (or in
 * all three), or a plain line for what is not a page; every security header;
 * never stored; the connection closed when a body is left unread.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {import('./refusal-page.cjs').Refusal | null} kind null: a plain line only
 * @param {number} status
 * @param {string} path
 * @param {Record<string, string>} [extra]
 */
function refuse(req, res, kind, status, path, extra = {}) {
  const page = kind !== null && isPageRequest(req.method ?? '', path, (name) => req.headers[name] !== undefined);
  res.statusCode = status;
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  for (const [key, value] of Object.entries(extra)) res.setHeader(key, value);
  let body;
  if (page && kind !== null) {
    res.setHeader('Content-Security-Policy', `default-src 'none'; style-src ${STYLE_HASH}; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    body = refusalHtml(kind, languageOfPath(path));
  } else {
    res.setHeader('Content-Security-Policy', DEFAULT_CSP);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    body = `${status} ${http.STATUS_CODES[status] ?? ''}\n`;
  }
  res.setHeader('Content-Length', Buffer.byteLength(body));
  if (hasBody(req)) {
    // Not read: whatever still arrives is thrown away (never kept), and the
    // connection ends after this answer.
    res.setHeader('Connection', 'close');
    req.resume();
  }
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/**
 * Refuses what Next.js must not see; returns true when it answered.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @returns {boolean}
 */
function guardRequest(req, res) {
  const method = req.method ?? '';
  const target = req.url ?? '';
  const path = target.split(/[?#]/, 1)[0] ?? '';
  if (!METHODS.has(method)) return refuse(req, res, null, 405, path, { Allow: 'GET, HEAD, POST' });
  if (!target.startsWith('/')) return refuse(req, res, null, 400, '/');
  try {
    decodeURIComponent(path);
  } catch {
    return refuse(req, res, 'badAddress', REFUSAL_STATUS.badAddress, path);
  }
  if (!frameworkHeadersOk(req.headers)) return refuse(req, res, null, 400, path);
  const length = req.headers['content-length'];
  if (length !== undefined && Number(length) > LIMITS.maxBodyBytes) return refuse(req, res, 'tooLarge', REFUSAL_STATUS.tooLarge, path);
  if (length === undefined && req.headers['transfer-encoding'] !== undefined) return refuse(req, res, 'unreadable', REFUSAL_STATUS.unreadable, path);
  return false;
}

/**
 * The security headers on every answer Next.js gives, also those it gives
 * before next.config.js's headers and proxy.ts run (the 308 that takes a
 * slash off the end of an address, `..` in a path). Whatever Next.js or the
 * proxy set later replaces these (a page's own CSP with its nonce). No
 * Cache-Control here: Next.js gives the build's files theirs only when
 * none is set yet.
 * @param {http.ServerResponse} res
 */
function setDefaultHeaders(res) {
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  res.setHeader('Content-Security-Policy', DEFAULT_CSP);
}

/**
 * @template {(req: http.IncomingMessage, res: http.ServerResponse) => unknown} L
 * @param {L} listener
 */
function guarded(listener) {
  return /** @type {L} */ (
    (req, res) => {
      if (guardRequest(req, res)) return undefined;
      setDefaultHeaders(res);
      return listener(req, res);
    }
  );
}

const INSTALLED = Symbol.for('pathway.edgeGuard');

/**
 * Wraps `http.createServer` so that the server Next.js creates gets the
 * timeouts and the guard in front of its request handler. Idempotent.
 * @param {typeof http} [httpModule]
 */
function installEdgeGuard(httpModule = http) {
  const original = /** @type {typeof http.createServer & { [INSTALLED]?: true }} */ (httpModule.createServer);
  if (original[INSTALLED]) return;
  /** @type {any} */
  const createServer = function createServer(/** @type {any} */ a, /** @type {any} */ b) {
    const options = typeof a === 'object' && a !== null ? a : {};
    const listener = typeof a === 'function' ? a : b;
    return original.call(httpModule, { ...SERVER_OPTIONS, ...options }, listener ? guarded(listener) : undefined);
  };
  createServer[INSTALLED] = true;
  httpModule.createServer = createServer;
}

module.exports = { LIMITS, SERVER_OPTIONS, guardRequest, guarded, installEdgeGuard };
