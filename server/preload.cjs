// @ts-check
'use strict';

/**
 * Loaded into the server process before Next.js starts:
 *
 *   node --require ./server/preload.cjs node_modules/next/dist/bin/next start
 *   node --require ./server/preload.cjs server.js          (the standalone server)
 *
 * See server/edge-guard.cjs and docs/adr/0020-an-edge-guard-in-front-of-next-start.md.
 */
require('./edge-guard.cjs').installEdgeGuard();
