/**
 * The draft of a refused answer: a short-lived httpOnly cookie keeps what was
 * typed into ONE question whose answer was refused without JavaScript, so
 * that the question shows it again with the error. Pure: the cookie itself is
 * read and written in app/_lib/answers-cookie.ts.
 */
import { z } from 'zod';
import { FACT_KEYS, type FactKey } from '../rules';
import type { AnswerError, AnswerErrorCode, FieldValues } from './answer-form';

export { DRAFT_COOKIE, DRAFT_MAX_AGE } from './cookie-names';

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
