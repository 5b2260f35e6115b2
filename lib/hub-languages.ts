/**
 * Which languages hub mode shows where: pure, shared by the server pages and
 * the interview engine in the browser (app/_lib/hub-mode.ts keeps the cookie).
 */
import { isLanguage, LANGUAGES, type Language } from '../locales/languages';
import { ANSWERS_COOKIE, DRAFT_COOKIE, LEGACY_ANSWERS_COOKIE } from './cookie-names';

export const HUB_COOKIE = 'pathway_hub_mode';

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
export function languageField(value: unknown): Language | null {
  return typeof value === 'string' && isLanguage(value) ? value : null;
}

/** What the hub-mode switch asks for: on with two languages, or off. */
export type HubChoice = { mode: 'on'; hub: HubMode } | { mode: 'off' };

/**
 * The hub-mode switch's fields (`mode` = `on` with `volunteer` and `client`,
 * or `off`) as a choice, or null when they are not one. The same reading for
 * the server's route and for the start page without network.
 */
export function hubChoice(field: (name: string) => unknown): HubChoice | null {
  const mode = field('mode');
  if (mode === 'off') return { mode: 'off' };
  const volunteer = languageField(field('volunteer'));
  const client = languageField(field('client'));
  if (mode !== 'on' || !volunteer || !client) return null;
  return { mode: 'on', hub: { volunteer, client } };
}

/** Every cookie this site sets starts with this prefix (after `__Host-`, which the answers cookie has in production). */
export const COOKIE_PREFIX = 'pathway_';

/**
 * The cookies "Next client" deletes: every cookie of this site the browser
 * sent except hub mode itself, and always the answers and the draft.
 */
export function clientCookieNames(sent: readonly string[]): string[] {
  const names = new Set([ANSWERS_COOKIE, LEGACY_ANSWERS_COOKIE, DRAFT_COOKIE]);
  for (const name of sent) if (name.replace(/^__Host-/, '').startsWith(COOKIE_PREFIX) && name !== HUB_COOKIE) names.add(name);
  return [...names].sort();
}
