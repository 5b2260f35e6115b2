/**
 * Where the answers live: one cookie on the person's device holding nothing
 * but the zod-validated answers as JSON (`__Host-pathway_answers` in
 * production: SameSite=Lax, Path=/, Secure, 30 days from the last answer;
 * lib/cookie-names.ts, ADR 21). Never in URLs, never logged. The
 * interview engine in the browser reads and writes the same cookie
 * (lib/answers-codec.ts); the refused draft is lib/answers-draft.ts.
 *
 * Server code only (route handlers and server components): it reads and
 * writes cookies through Next.js, so it lives beside the routes, not in lib/
 * (ADR 4).
 */
import { cookies } from 'next/headers';
import type { NextResponse } from 'next/server';
import type { FactKey, Facts } from '../../rules';
import { ANSWERS_COOKIE, decodeAnswers, encodeAnswers } from '../../lib/answers-codec';
import { answersCookieOptions } from '../../lib/answers-cookie-options';
import { decodeDraft, DRAFT_COOKIE, DRAFT_MAX_AGE, encodeDraft, type Draft } from '../../lib/answers-draft';
import { answersCookieValue, isSecureRequest, LEGACY_ANSWERS_COOKIE, SECURE_COOKIES } from '../../lib/cookie-names';
import { today } from '../../lib/today';

export { ANSWERS_COOKIE, answersCookieOptions, answersCookieValue, decodeAnswers, decodeDraft, DRAFT_COOKIE, DRAFT_MAX_AGE, encodeAnswers, encodeDraft, isSecureRequest, LEGACY_ANSWERS_COOKIE, type Draft };

// ---------------------------------------------------------------------------
// Reading (server components and route handlers)

/** The answers on this device, as the forms would accept them today. */
export async function readAnswers(): Promise<Facts> {
  return decodeAnswers(answersCookieValue(await cookies()), today());
}

/** The refused draft of this question, if there is one. */
export async function readDraft(question: FactKey): Promise<Draft | null> {
  const store = await cookies();
  const draft = decodeDraft(store.get(DRAFT_COOKIE)?.value);
  return draft && draft.question === question ? draft : null;
}

// ---------------------------------------------------------------------------
// Writing (route handlers only: a page cannot set cookies)

function baseOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: secure || SECURE_COOKIES };
}

/** The cookie under the name before issue 20 goes whenever the answers are written or cleared. */
function clearLegacy(response: NextResponse): void {
  if (LEGACY_ANSWERS_COOKIE !== ANSWERS_COOKIE) response.cookies.set(LEGACY_ANSWERS_COOKIE, '', { path: '/', maxAge: 0 });
}

export function writeAnswers(response: NextResponse, facts: Facts, secure: boolean): void {
  // 30 days from this answer (lib/cookie-names.ts, ANSWERS_MAX_AGE).
  response.cookies.set(ANSWERS_COOKIE, encodeAnswers(facts), answersCookieOptions(secure));
  clearLegacy(response);
}

export function writeDraft(response: NextResponse, draft: Draft, secure: boolean): void {
  response.cookies.set(DRAFT_COOKIE, encodeDraft(draft), { ...baseOptions(secure), maxAge: DRAFT_MAX_AGE });
}

export function clearDraft(response: NextResponse, secure: boolean): void {
  response.cookies.set(DRAFT_COOKIE, '', { ...baseOptions(secure), maxAge: 0 });
}

/** Deletes everything this site keeps on the device. */
export function clearAll(response: NextResponse, secure: boolean): void {
  response.cookies.set(ANSWERS_COOKIE, '', { ...answersCookieOptions(secure), maxAge: 0 });
  clearLegacy(response);
  clearDraft(response, secure);
}
