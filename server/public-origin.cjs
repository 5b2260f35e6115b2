// @ts-check
'use strict';

/**
 * The site's public origin, PATHWAY_PUBLIC_ORIGIN (`https://pathway.example`):
 * where the hand-over link and its QR code point, and the origin the
 * cross-site guard accepts posts from. Read the same way by the edge guard's
 * start-up check (server/preload.cjs) and by the app (lib/public-origin.ts).
 */

/** @param {string} hostname */
function isLoopback(hostname) {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * The configured origin, or null when it is not set or not an origin:
 * https, or http for this machine only (a local run); no path, no query.
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {string | null}
 */
function configuredOrigin(env) {
  const raw = env.PATHWAY_PUBLIC_ORIGIN?.trim().replace(/\/$/, '');
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.origin !== raw || url.username || url.password) return null;
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))) return url.origin;
  return null;
}

module.exports = { configuredOrigin, isLoopback };
