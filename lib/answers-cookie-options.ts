import { ANSWERS_COOKIE, ANSWERS_MAX_AGE, SECURE_COOKIES } from './cookie-names';

/**
 * The answers cookie's attributes as the server sets them (lib/answers-cookie.ts, proxy.ts).
 * Readable by the page (not httpOnly): the interview engine in the browser
 * keeps the answers in the same place a page load reads them from, and the
 * CSP lets no other script run on these pages (docs/adr/0010). Secure in
 * production; 30 days from the last answer (lib/cookie-names.ts).
 */
export function answersCookieOptions(secure: boolean) {
  return { httpOnly: false, sameSite: 'lax' as const, path: '/', secure: secure || SECURE_COOKIES, maxAge: ANSWERS_MAX_AGE };
}

/** The same cookie as a Set-Cookie header's value, for proxy.ts (which must not use response.cookies for it). */
export function answersSetCookie(value: string): string {
  return `${ANSWERS_COOKIE}=${encodeURIComponent(value)}; Path=/; Max-Age=${ANSWERS_MAX_AGE}${SECURE_COOKIES ? '; Secure' : ''}; SameSite=Lax`;
}
