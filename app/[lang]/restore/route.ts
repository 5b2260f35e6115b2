import { NextResponse, type NextRequest } from 'next/server';
import { clearDraft, DRAFT_COOKIE, isSecureRequest, writeAnswers } from '../../../lib/answers-cookie';
import { MAX_FRAGMENT_LENGTH, tryDecodeHandover } from '../../../lib/handover';
import { allAccepted } from '../../../lib/interview';
import { today } from '../../../lib/today';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../../locales';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

function refuse(status: number, error: string): NextResponse {
  return NextResponse.json({ error }, { status, headers: NO_STORE });
}

/**
 * POST /[lang]/restore: the hand-over link's fragment, passed on by the
 * landing page (/[lang]/open) as JSON `{ "fragment": "1b…" }`. Decoded and
 * checked with the facts schema; valid answers go into the same answers
 * cookie the interview writes, and the reply names the "what changed" page
 * for the link's date. Nothing is stored on the server and nothing is logged.
 */
export async function POST(request: NextRequest, context: { params: Promise<{ lang: string }> }): Promise<Response> {
  const { lang: langParam } = await context.params;
  const lang: Language = isLanguage(langParam) ? langParam : DEFAULT_LANGUAGE;
  try {
    if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return refuse(415, 'json');
    const text = await request.text();
    if (text.length > MAX_FRAGMENT_LENGTH + 64) return refuse(400, 'invalid');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuse(400, 'invalid');
    }
    const fragment = body !== null && typeof body === 'object' ? (body as { fragment?: unknown }).fragment : undefined;
    const data = tryDecodeHandover(fragment);
    const asOf = today();
    // A result from the future is not one this site made; nor are answers the
    // forms would refuse (an arrival after today, a birth 120 years ago).
    if (!data || data.asOf > asOf || !allAccepted(data.answers, asOf)) return refuse(400, 'invalid');

    const secure = isSecureRequest(request);
    const response = NextResponse.json({ next: `/${lang}/open/${data.asOf}` }, { headers: NO_STORE });
    writeAnswers(response, data.answers, secure);
    if (request.cookies.has(DRAFT_COOKIE)) clearDraft(response, secure);
    return response;
  } catch {
    return refuse(500, 'failed');
  }
}
