/**
 * Where the answers live: one cookie on the person's device holding nothing
 * but the zod-validated answers as JSON (`__Host-pathway_answers` in
 * production: SameSite=Lax, Path=/, Secure, 30 days from the last answer;
 * lib/cookie-names.ts, ADR 21). Never in URLs, never logged. The
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
import { answersCookieOptions } from './answers-cookie-options';
import { LEGACY_ANSWERS_COOKIE, SECURE_COOKIES } from './cookie-names';
import type { AnswerError, AnswerErrorCode, FieldValues } from './interview';
import { today } from './today';

export { ANSWERS_COOKIE, decodeAnswers, encodeAnswers, LEGACY_ANSWERS_COOKIE };

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

/**
 * The answers cookie's value. Under the name before issue 20 when the device
 * still has it (proxy.ts moves it on the first request; every write deletes
 * it, so when both are there the old one is the newer), else under its name.
 */
export function answersCookieValue(store: { get(name: string): { value: string } | undefined }): string | undefined {
  return store.get(LEGACY_ANSWERS_COOKIE)?.value ?? store.get(ANSWERS_COOKIE)?.value;
}

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

/**
 * Whether cookies are marked Secure: always in production, else when the
 * person reached us over https (directly or through a proxy that says so).
 */
export function isSecureRequest(request: Request): boolean {
  if (SECURE_COOKIES) return true;
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  try {
    return new URL(request.url).protocol === 'https:';
  } catch {
    return false;
  }
}

function baseOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: secure || SECURE_COOKIES };
}

export { answersCookieOptions };

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
