/**
 * Trusted Types (issue 20; docs/adr/0020-an-edge-guard-in-front-of-next-start.md).
 *
 * The CSP (proxy.ts) makes the browser refuse a plain string at the DOM's
 * script sinks (a script's `src`, `innerHTML`, a worker's URL). The
 * framework creates no policy of its own: Turbopack's runtime sets the `src`
 * of the chunks it loads, and React sets `innerHTML` for the views drawn as
 * plain HTML (ADR 11). So the page creates the `default` policy before any
 * of the framework's scripts run, and it lets through only:
 *
 * - script URLs of this site's build (`/_next/static/…`) and its service
 *   worker (`/serwist/sw.js`, components/app/offline.tsx), unchanged (the
 *   chunk loader finds its scripts by the URL it set): an injected
 *   `<script src>` to anywhere else, or a string that reaches a script sink,
 *   is refused;
 * - HTML as React and the views write it (the one sink the framework needs
 *   open; what goes into it is React's own escaped markup);
 * - no script text at all (no eval, no inline handlers).
 *
 * Sent as an inline script with the request's nonce, first in <head>.
 */
const TRUSTED_TYPES_POLICY = 'default';

export const TRUSTED_TYPES_SCRIPT =
  "(function(){var t=window.trustedTypes;if(!t||t.defaultPolicy)return;var o=location.origin;t.createPolicy('default',{" +
  "createScriptURL:function(u){var x=new URL(u,location.href);if(x.origin===o&&(x.pathname.indexOf('/_next/static/')===0||x.pathname==='/serwist/sw.js'))return u;throw new TypeError('Pathway: a script from '+x.origin+x.pathname+' was refused')}," +
  'createHTML:function(h){return h}})})();';

/** The CSP directives: sinks need Trusted Types, and the only policy is ours (Next.js's own name is allowed should it create one). */
export const TRUSTED_TYPES_CSP = ["require-trusted-types-for 'script'", `trusted-types ${TRUSTED_TYPES_POLICY} nextjs`];
