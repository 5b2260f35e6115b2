import type { NextRequest } from 'next/server';
import { isSecureRequest } from '../../_lib/answers-cookie';
import { clearClientCookies, clientCookieNames, decodeHubMode, HUB_COOKIE, languageField, writeHubMode } from '../../_lib/hub-mode';
import { DEFAULT_LANGUAGE, isLanguage } from '../../../locales';
import { badRequest, seeOther } from '../answer/http';

/**
 * POST /[lang]/next-client: "Next client" in hub mode. Deletes every cookie
 * of this site except hub mode itself (the answers, the draft of a refused
 * answer, anything else a client left), asks the browser to drop its storage
 * and cached pages of this site too, and goes to the start page in the
 * volunteer's language. An optional `client` field sets the next client's
 * language. A plain form post: works without JavaScript.
 */
export async function POST(request: NextRequest, context: { params: Promise<{ lang: string }> }): Promise<Response> {
  const { lang: langParam } = await context.params;
  const lang = isLanguage(langParam) ? langParam : DEFAULT_LANGUAGE;

  let client = null;
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    try {
      client = languageField((await request.formData()).get('client'));
    } catch {
      return badRequest(lang);
    }
  }

  const secure = isSecureRequest(request);
  const hub = decodeHubMode(request.cookies.get(HUB_COOKIE)?.value);
  const response = seeOther(`/${hub?.volunteer ?? lang}`);
  clearClientCookies(response, clientCookieNames(request.cookies.getAll().map((c) => c.name)), secure);
  if (hub) writeHubMode(response, { volunteer: hub.volunteer, client: client ?? hub.client }, secure);
  // Pages and storage of the previous client, also in the back/forward cache
  // (honoured on https and on localhost). Not "cookies": that would end hub mode.
  response.headers.set('Clear-Site-Data', '"cache", "storage"');
  return response;
}
