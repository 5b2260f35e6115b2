/**
 * The answers cookie's value: nothing but the answers, as JSON, each checked
 * against the facts schema. Pure, shared by the server (lib/answers-cookie.ts)
 * and the interview engine in the browser, which reads and writes the same
 * cookie so that a page load and a transition in the browser always agree.
 */
import { FACT_KEYS, FactsSchema, type FactKey, type Facts } from '../rules';
import { acceptedAnswers } from './answer-form';

import { ANSWERS_COOKIE } from './cookie-names';

export { ANSWERS_COOKIE };

/**
 * Reads the answers cookie. Each answer is checked on its own against the
 * facts schema and then as the form would check it on `asOf` (no arrival
 * after today, no impossible birth date: lib/answer-form.ts, formAccepts); a
 * value that fails (an old or tampered cookie) is dropped rather than
 * failing the whole interview, and its question is asked again.
 */
export function decodeAnswers(raw: string | undefined | null, asOf: string): Facts {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const facts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(FACT_KEYS as readonly string[]).includes(key)) continue;
    const parsed = FactsSchema.shape[key as FactKey].safeParse(value);
    if (parsed.success && parsed.data !== undefined) facts[key] = parsed.data;
  }
  const whole = FactsSchema.safeParse(facts);
  return whole.success ? acceptedAnswers(whole.data, asOf) : {};
}

export function encodeAnswers(facts: Facts): string {
  return JSON.stringify(FactsSchema.parse(facts));
}

