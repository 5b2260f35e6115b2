/**
 * The answers cookie's name and lifetime: a module of its own so that small
 * browser scripts can name it without loading the rules
 * (docs/adr/0021-the-answers-cookie-and-the-public-origin.md).
 */

/** A production build (`next build`; the browser's copy of this module is built with it). */
const PRODUCTION = process.env.NODE_ENV === 'production';

/**
 * `__Host-pathway_answers` in production: the browser takes it only when it
 * is Secure, for path `/` and this host alone, so no other site and no
 * subdomain can set or shadow it. `next dev` over plain http (a phone on the
 * local network) cannot keep such a cookie, so it keeps the plain name.
 */
export function answersCookieName(production: boolean): string {
  return production ? '__Host-pathway_answers' : 'pathway_answers';
}

export const ANSWERS_COOKIE = answersCookieName(PRODUCTION);

/**
 * The name before issue 20. A device that still holds it (an upgrade while
 * someone was answering) keeps its answers: proxy.ts moves the value to the
 * new name on the first request and deletes the old one, and until then
 * every reader falls back to it.
 */
export const LEGACY_ANSWERS_COOKIE = 'pathway_answers';

/**
 * How long the answers stay on the device: 30 days, counted again from every
 * answer. Long enough to come back after looking up a document or after an
 * appointment at the municipality; beyond that the hand-over link and the
 * printed summary carry them. "Clear my answers" and the quick exit delete
 * them at once.
 */
export const ANSWERS_MAX_AGE = 30 * 24 * 60 * 60;

/** Every cookie of this site is marked Secure in production (behind TLS at the load balancer too). */
export const SECURE_COOKIES = PRODUCTION;

/**
 * The answers cookie's value. Under the name before issue 20 when the device
 * still has it (proxy.ts moves it on the first request; every write deletes
 * it, so when both are there the old one is the newer), else under its name.
 */
export function answersCookieValue(store: { get(name: string): { value: string } | undefined }): string | undefined {
  return store.get(LEGACY_ANSWERS_COOKIE)?.value ?? store.get(ANSWERS_COOKIE)?.value;
}

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

/** The draft of a refused answer (lib/answers-draft.ts). */
export const DRAFT_COOKIE = 'pathway_draft';

/** Seconds a refused draft is kept: long enough for the redirect on slow data, no longer. */
export const DRAFT_MAX_AGE = 120;
