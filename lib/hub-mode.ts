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
 * The pure helpers are unit-tested; `readHubMode` is for server components.
 */
import { cookies } from 'next/headers';
import type { NextResponse } from 'next/server';
import { ANSWERS_COOKIE, DRAFT_COOKIE } from './answers-cookie';
import { isLanguage, LANGUAGES, type Language } from '../locales';

export const HUB_COOKIE = 'pathway_hub_mode';

/** Every cookie this site sets starts with this prefix. */
export const COOKIE_PREFIX = 'pathway_';

/**
 * How long hub mode stays on without being touched: a working day and a
 * half, so that a hub's device is still set up after lunch, but a phone
 * that was once used in hub mode goes back to normal by itself.
 */
export const HUB_MAX_AGE = 36 * 60 * 60;

export interface HubMode {
  /** The interface language: buttons, navigation, the volunteer's reading. */
  volunteer: Language;
  /** The language of the questions and results for the client. */
  client: Language;
}

/** `nl.uk`: the volunteer's language, then the client's. */
export function encodeHubMode(hub: HubMode): string {
  return `${hub.volunteer}.${hub.client}`;
}

export function decodeHubMode(raw: string | undefined | null): HubMode | null {
  if (!raw) return null;
  const match = /^([a-z]{2})\.([a-z]{2})$/.exec(raw.trim());
  if (!match) return null;
  const [, volunteer, client] = match;
  return isLanguage(volunteer) && isLanguage(client) ? { volunteer, client } : null;
}

/** A language from a form field, or null. */
export function languageField(value: FormDataEntryValue | string | null | undefined): Language | null {
  return typeof value === 'string' && isLanguage(value) ? value : null;
}

/**
 * The languages a question is shown in: the client's first, the volunteer's
 * beside it (null when they are the same). Without hub mode, the page
 * language alone.
 */
export function questionLanguages(hub: HubMode | null, pageLang: Language): { main: Language; beside: Language | null } {
  if (!hub) return { main: pageLang, beside: null };
  return { main: hub.client, beside: hub.volunteer === hub.client ? null : hub.volunteer };
}

/**
 * The print summary the results page offers: in hub mode, in the client's
 * language with the volunteer's as the second; otherwise in the page
 * language with no second language chosen yet.
 */
export function summaryLanguages(hub: HubMode | null, pageLang: Language): { first: Language; second: Language | null } {
  if (!hub) return { first: pageLang, second: null };
  const second = hub.volunteer !== hub.client ? hub.volunteer : pageLang !== hub.client ? pageLang : null;
  return { first: hub.client, second };
}

/** The other languages, for "second language" choices. */
export function otherLanguages(lang: Language): Language[] {
  return LANGUAGES.filter((l) => l !== lang);
}

/**
 * The cookies "Next client" deletes: every cookie of this site the browser
 * sent except hub mode itself, and always the answers and the draft.
 */
export function clientCookieNames(sent: readonly string[]): string[] {
  const names = new Set([ANSWERS_COOKIE, DRAFT_COOKIE]);
  for (const name of sent) if (name.startsWith(COOKIE_PREFIX) && name !== HUB_COOKIE) names.add(name);
  return [...names].sort();
}

// ---------------------------------------------------------------------------
// Reading (server components) and writing (route handlers)

export async function readHubMode(): Promise<HubMode | null> {
  const store = await cookies();
  return decodeHubMode(store.get(HUB_COOKIE)?.value);
}

export function writeHubMode(response: NextResponse, hub: HubMode, secure: boolean): void {
  response.cookies.set(HUB_COOKIE, encodeHubMode(hub), { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: HUB_MAX_AGE });
}

export function clearHubMode(response: NextResponse, secure: boolean): void {
  response.cookies.set(HUB_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: 0 });
}

/** Deletes the given cookies (answers, drafts and every other client state). */
export function clearClientCookies(response: NextResponse, names: readonly string[], secure: boolean): void {
  for (const name of names) response.cookies.set(name, '', { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: 0 });
}
