import { type NextRequest } from 'next/server';
import { negotiateLanguage } from './_lib/negotiate-language';

/**
 * GET / : send the reader to /uk, /nl or /en, chosen from Accept-Language
 * (see docs/adr/0003-language-negotiation-in-a-root-route-handler.md).
 */
export function GET(request: NextRequest): Response {
  const lang = negotiateLanguage(request.headers.get('accept-language'));
  return new Response(null, {
    status: 307,
    headers: {
      Location: `/${lang}`,
      // The answer depends on the request header: caches must not share it.
      Vary: 'Accept-Language',
      'Cache-Control': 'private, no-store',
    },
  });
}
