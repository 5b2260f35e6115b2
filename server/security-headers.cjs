// @ts-check
'use strict';

/**
 * The headers that do not change per request, on every response
 * (docs/adr/0009-security-headers-and-a-stateless-server.md): next.config.js
 * gives them to everything Next.js answers, and server/edge-guard.cjs to
 * what it refuses before Next.js sees it. The Content-Security-Policy with
 * its per-request nonce, and `no-store` / `noindex` on the pages that show
 * answers, come from proxy.ts.
 *
 * Plain CommonJS: next.config.js and the edge guard load it without a build.
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

/** @type {{ key: string, value: string }[]} */
const SECURITY_HEADERS = [
  // Never to another site; to this site itself, so that the cross-site guard
  // of proxy.ts can tell its own form posts by their Origin (or Referer) in
  // browsers that send no Sec-Fetch-Site (lib/routes.ts, isCrossSite).
  // Under no-referrer a browser sends `Origin: null` on a same-origin post.
  { key: 'Referrer-Policy', value: 'same-origin' },
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

module.exports = { PERMISSIONS_POLICY, SECURITY_HEADERS };
