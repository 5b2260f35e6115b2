// @ts-check
'use strict';

/**
 * Loaded into the production server process before Next.js starts:
 *
 *   node --require ./server/preload.cjs node_modules/next/dist/bin/next start
 *   node --require ./server/preload.cjs server.js          (the standalone server)
 *
 * - The site's public origin must be configured: the hand-over link and its
 *   QR code point there, and the Host a request names is not trusted for it
 *   (docs/adr/0021-the-answers-cookie-and-the-public-origin.md). Without it
 *   the server does not start, and says why in one line.
 * - The edge guard (server/edge-guard.cjs, docs/adr/0020-an-edge-guard-in-front-of-next-start.md).
 */
const { configuredOrigin } = require('./public-origin.cjs');

if (!configuredOrigin(process.env)) {
  console.error(
    'Pathway: set PATHWAY_PUBLIC_ORIGIN to the site\'s public address (https://…, or http://127.0.0.1:PORT for a local run): the hand-over link and QR code point there. Not started.',
  );
  process.exit(1);
}

require('./edge-guard.cjs').installEdgeGuard();
