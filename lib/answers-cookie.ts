/**
 * Where the answers live: one cookie on the person's device holding nothing
 * but the zod-validated answers as JSON (SameSite=Lax, Path=/, Secure on
 * https, a session cookie without Max-Age). Never in URLs, never logged. The
 * interview engine in the browser reads and writes the same cookie
 * (lib/answers-codec.ts). A second, short-lived httpOnly cookie keeps what
 * was typed into ONE question whose answer was refused without JavaScript,
 * so that the error page shows it again.
 *
 * Server code only (route handlers and server components).
 */
import { cookies } from 'next/headers';
import type { NextResponse } from 'next/server';
import { z } from 'zod';
import { FACT_KEYS, type FactKey, type Facts } from '../rules';
import { ANSWERS_COOKIE, decodeAnswers, encodeAnswers } from './answers-codec';
import type { AnswerError, AnswerErrorCode, FieldValues } from './interview';
import { today } from './today';

export { ANSWERS_COOKIE, decodeAnswers, encodeAnswers };

export const DRAFT_COOKIE = 'pathway_draft';

/** Seconds a refused draft is kept: long enough for the redirect on slow data, no longer. */
export const DRAFT_MAX_AGE = 120;

export interface Draft {
  /** The question the draft belongs to. */
  question: FactKey;
  /** What was typed or chosen, by input name. */
  values: FieldValues;
  error: AnswerError;
}

const ERROR_CODES = [
  'choice', 'choice-or-unknown', 'region', 'date-missing', 'date-incomplete', 'date-not-number', 'date-year-digits',
  'date-impossible', 'date-range', 'date-future', 'number-missing', 'number-not-whole', 'number-range',
] as const satisfies readonly AnswerErrorCode[];

const DraftSchema = z
  .object({
    q: z.enum(FACT_KEYS as [FactKey, ...FactKey[]]),
    v: z.record(z.string().max(64), z.string().max(64)),
    e: z.object({
      code: z.enum(ERROR_CODES),
      fields: z.array(z.string().max(64)).max(3),
      vars: z.record(z.string().max(16), z.number()).optional(),
    }),
  })
  .strict();

export function encodeDraft(draft: Draft): string {
  return JSON.stringify({ q: draft.question, v: draft.values, e: draft.error });
}

export function decodeDraft(raw: string | undefined | null): Draft | null {
  if (!raw) return null;
  try {
    const parsed = DraftSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const { q, v, e } = parsed.data;
    const error: AnswerError = { code: e.code, fields: e.fields };
    if (e.vars) error.vars = e.vars;
    return { question: q, values: v, error };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// Reading (server components and route handlers)

/** The answers on this device, as the forms would accept them today. */
export async function readAnswers(): Promise<Facts> {
  const store = await cookies();
  return decodeAnswers(store.get(ANSWERS_COOKIE)?.value, today());
}

/** The refused draft of this question, if there is one. */
export async function readDraft(question: FactKey): Promise<Draft | null> {
  const store = await cookies();
  const draft = decodeDraft(store.get(DRAFT_COOKIE)?.value);
  return draft && draft.question === question ? draft : null;
}

// ---------------------------------------------------------------------------
// Writing (route handlers only: a page cannot set cookies)

/** Whether the person reached us over https (directly or through a proxy that says so). */
export function isSecureRequest(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  try {
    return new URL(request.url).protocol === 'https:';
  } catch {
    return false;
  }
}

function baseOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
}

/**
 * The answers cookie is the one cookie the page's own script may read and
 * write (not httpOnly): with JavaScript the interview runs in the browser and
 * keeps the answers in the same place a page load reads them from. The CSP
 * lets no other script run on these pages (docs/adr/0010).
 */
export function answersCookieOptions(secure: boolean) {
  return { httpOnly: false, sameSite: 'lax' as const, path: '/', secure };
}

export function writeAnswers(response: NextResponse, facts: Facts, secure: boolean): void {
  // A session cookie: no Max-Age or Expires, gone when the browser closes.
  response.cookies.set(ANSWERS_COOKIE, encodeAnswers(facts), answersCookieOptions(secure));
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
  clearDraft(response, secure);
}
