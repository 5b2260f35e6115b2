/**
 * The cookies the page itself reads and writes (the answers, hub mode): the
 * same names, values and attributes as the server's routes, so that a step
 * taken in the browser without network reads on the server as if posted.
 */
import { ANSWERS_COOKIE, ANSWERS_MAX_AGE, LEGACY_ANSWERS_COOKIE, SECURE_COOKIES } from '../../lib/cookie-names';
import { encodeHubMode, HUB_COOKIE, HUB_MAX_AGE, type HubMode } from '../../lib/hub-languages';

/** A cookie of this page as the browser holds it (decoded), or null: for the cookies the page may read (answers, hub mode). */
export function cookieValue(name: string): string | null {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((c) => c.startsWith(prefix));
  if (!entry) return null;
  try {
    return decodeURIComponent(entry.slice(prefix.length));
  } catch {
    return null;
  }
}

/** Path, SameSite and (in production, or on https) Secure, as the server sets them. */
function cookieAttributes(): string {
  return `; Path=/; SameSite=Lax${SECURE_COOKIES || window.location.protocol === 'https:' ? '; Secure' : ''}`;
}

/**
 * The answers cookie's value: under the name before issue 20 while the
 * device still has it (every write deletes it, so it is the newer one), else
 * under its name (lib/cookie-names.ts).
 */
export function answersCookieValue(): string | null {
  return cookieValue(LEGACY_ANSWERS_COOKIE) ?? cookieValue(ANSWERS_COOKIE);
}

/** Writes the answers cookie (already encoded as JSON) as the server does: 30 days from now. */
export function writeAnswersCookie(json: string): void {
  document.cookie = `${ANSWERS_COOKIE}=${encodeURIComponent(json)}${cookieAttributes()}; Max-Age=${ANSWERS_MAX_AGE}`;
  if (LEGACY_ANSWERS_COOKIE !== ANSWERS_COOKIE) document.cookie = `${LEGACY_ANSWERS_COOKIE}=; Path=/; Max-Age=0`;
}

export function clearAnswersCookie(): void {
  document.cookie = `${ANSWERS_COOKIE}=${cookieAttributes()}; Max-Age=0`;
  if (LEGACY_ANSWERS_COOKIE !== ANSWERS_COOKIE) document.cookie = `${LEGACY_ANSWERS_COOKIE}=; Path=/; Max-Age=0`;
}

/** Hub mode on with these languages (for as long as the server would keep it), or off. */
export function writeHubCookie(hub: HubMode | null): void {
  document.cookie = hub
    ? `${HUB_COOKIE}=${encodeHubMode(hub)}${cookieAttributes()}; Max-Age=${HUB_MAX_AGE}`
    : `${HUB_COOKIE}=${cookieAttributes()}; Max-Age=0`;
}
