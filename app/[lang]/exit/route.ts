import type { NextRequest } from 'next/server';
import { clearAll, isSecureRequest } from '../../_lib/answers-cookie';
import { seeOther } from '../answer/http';

/** Where the quick exit goes: a neutral site that says nothing about this one. */
const EXIT_URL = 'https://www.wikipedia.org/';

/**
 * GET /[lang]/exit: the quick exit (a plain link, and Escape pressed three
 * times). Deletes the answers and leaves for a neutral site at once. A GET so
 * that it works as a link without JavaScript; it only ever deletes.
 */
function exit(request: NextRequest): Response {
  const response = seeOther(EXIT_URL);
  clearAll(response, isSecureRequest(request));
  // Also wipe anything else this site stored in the browser (honoured on https).
  response.headers.set('Clear-Site-Data', '"cookies", "storage"');
  response.headers.set('Referrer-Policy', 'no-referrer');
  return response;
}

export function GET(request: NextRequest): Response {
  return exit(request);
}

export function POST(request: NextRequest): Response {
  return exit(request);
}
