/**
 * Hub mode: a volunteer at a social hub guides clients through the interview
 * on one device. Two languages are kept in a small cookie, and nothing else:
 * the volunteer's (the interface) and the client's (the questions and the
 * results). No answers, no names, no hub name.
 *
 * "Next client" deletes every other cookie of this site (the answers, the
 * draft of a refused answer, and whatever later features keep under the
 * `pathway_` prefix), so that nothing of one client reaches the next.
 *
 * The cookie through Next.js, beside the routes (ADR 4); the pure helpers are
 * lib/hub-languages.ts.
 */
import { cookies } from 'next/headers';
import type { NextResponse } from 'next/server';
import { decodeHubMode, encodeHubMode, HUB_COOKIE, HUB_MAX_AGE, type HubMode } from '../../lib/hub-languages';

export {
  clientCookieNames,
  COOKIE_PREFIX,
  decodeHubMode,
  encodeHubMode,
  HUB_COOKIE,
  HUB_MAX_AGE,
  hubChoice,
  languageField,
  otherLanguages,
  questionLanguages,
  summaryLanguages,
  type HubMode,
} from '../../lib/hub-languages';

// ---------------------------------------------------------------------------
// Reading (server components) and writing (route handlers)

export async function readHubMode(): Promise<HubMode | null> {
  const store = await cookies();
  return decodeHubMode(store.get(HUB_COOKIE)?.value);
}

export function writeHubMode(response: NextResponse, hub: HubMode, secure: boolean): void {
  // Readable by the page (two language codes, nothing about the client): the
  // interview engine keeps hub mode when it draws a page offline.
  response.cookies.set(HUB_COOKIE, encodeHubMode(hub), { httpOnly: false, sameSite: 'lax', path: '/', secure, maxAge: HUB_MAX_AGE });
}

export function clearHubMode(response: NextResponse, secure: boolean): void {
  response.cookies.set(HUB_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: 0 });
}

/** Deletes the given cookies (answers, drafts and every other client state). */
export function clearClientCookies(response: NextResponse, names: readonly string[], secure: boolean): void {
  for (const name of names) response.cookies.set(name, '', { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: 0 });
}
