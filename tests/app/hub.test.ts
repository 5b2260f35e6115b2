import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST as hubMode } from '../../app/[lang]/hub-mode/route';
import { POST as nextClient } from '../../app/[lang]/next-client/route';
import { proxy } from '../../proxy';
import { ANSWERS_COOKIE, DRAFT_COOKIE } from '../../app/_lib/answers-cookie';
import { languageAutonym } from '../../app/_lib/format';
import { writeHubCookie } from '../../components/app/browser-cookies';
import { hubLanguagesLine, notKeptLine } from '../../components/hub/hub-texts';
import { hubTexts } from '../../components/hub/texts-from-t';
import {
  clientCookieNames,
  decodeHubMode,
  encodeHubMode,
  HUB_COOKIE,
  hubChoice,
  questionLanguages,
  summaryLanguages,
} from '../../app/_lib/hub-mode';
import { getT, LANGUAGES } from '../../lib/i18n';

const params = (lang: string) => ({ params: Promise.resolve({ lang }) });

function post(path: string, form: Record<string, string> | null, cookies: Record<string, string> = {}, headers: Record<string, string> = {}): NextRequest {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new NextRequest(`http://127.0.0.1:3100${path}`, {
    method: 'POST',
    body,
    headers: {
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      cookie: Object.entries(cookies)
        .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
        .join('; '),
      ...headers,
    },
  });
}

/** The Set-Cookie headers of a response, by cookie name. */
function setCookies(response: Response): Map<string, string> {
  const map = new Map<string, string>();
  for (const header of response.headers.getSetCookie()) map.set(header.slice(0, header.indexOf('=')), header);
  return map;
}

const deleted = (header: string | undefined) => header !== undefined && /Max-Age=0/i.test(header);

describe('the hub-mode cookie', () => {
  it('holds the two languages and nothing else', () => {
    expect(encodeHubMode({ volunteer: 'nl', client: 'uk' })).toBe('nl.uk');
    expect(decodeHubMode('nl.uk')).toEqual({ volunteer: 'nl', client: 'uk' });
    expect(decodeHubMode('en.en')).toEqual({ volunteer: 'en', client: 'en' });
  });

  it('reads anything else as "off", never throws', () => {
    for (const raw of [undefined, null, '', 'nl', 'nl.xx', 'nl.uk.en', '{"volunteer":"nl"}', 'NL.UK']) {
      expect(decodeHubMode(raw)).toBeNull();
    }
  });
});

describe('which languages a page shows', () => {
  it('a question: the client’s language first, the volunteer’s beside it', () => {
    expect(questionLanguages(null, 'nl')).toEqual({ main: 'nl', beside: null });
    expect(questionLanguages({ volunteer: 'nl', client: 'uk' }, 'nl')).toEqual({ main: 'uk', beside: 'nl' });
    expect(questionLanguages({ volunteer: 'nl', client: 'nl' }, 'en')).toEqual({ main: 'nl', beside: null });
  });

  it('the print summary: in the client’s language, the volunteer’s second', () => {
    expect(summaryLanguages(null, 'en')).toEqual({ first: 'en', second: null });
    expect(summaryLanguages({ volunteer: 'nl', client: 'uk' }, 'nl')).toEqual({ first: 'uk', second: 'nl' });
    expect(summaryLanguages({ volunteer: 'uk', client: 'uk' }, 'en')).toEqual({ first: 'uk', second: 'en' });
    expect(summaryLanguages({ volunteer: 'uk', client: 'uk' }, 'uk')).toEqual({ first: 'uk', second: null });
  });
});

describe('"Next client"', () => {
  it('deletes every cookie of this site except hub mode, and always the answers and the draft', () => {
    expect(clientCookieNames([])).toEqual([ANSWERS_COOKIE, DRAFT_COOKIE].sort());
    expect(clientCookieNames([HUB_COOKIE, 'pathway_handover', 'other_site', ANSWERS_COOKIE])).toEqual(
      [ANSWERS_COOKIE, DRAFT_COOKIE, 'pathway_handover'].sort(),
    );
  });

  it('POST wipes the client’s cookies, keeps hub mode, sets the next client’s language and goes to the volunteer’s start page', async () => {
    const response = await nextClient(
      post('/uk/next-client', { client: 'en' }, {
        [ANSWERS_COOKIE]: JSON.stringify({ hostCountry: 'NL', sex: 'female' }),
        [DRAFT_COOKIE]: '{}',
        pathway_something_new: 'x',
        [HUB_COOKIE]: 'nl.uk',
      }),
      params('uk'),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/nl');
    expect(response.headers.get('clear-site-data')).toContain('"storage"');
    expect(response.headers.get('clear-site-data')).not.toContain('"cookies"');
    const cookies = setCookies(response);
    expect(deleted(cookies.get(ANSWERS_COOKIE))).toBe(true);
    expect(deleted(cookies.get(DRAFT_COOKIE))).toBe(true);
    expect(deleted(cookies.get('pathway_something_new'))).toBe(true);
    expect(cookies.get(HUB_COOKIE)).toMatch(/^pathway_hub_mode=nl\.en;/);
    // Readable by the page, so that the engine keeps hub mode offline; nothing about the client is in it.
    expect(cookies.get(HUB_COOKIE)).not.toMatch(/HttpOnly/i);
    expect(cookies.get(HUB_COOKIE)).toMatch(/SameSite=lax/i);
  });

  it('without hub mode it still wipes the answers and goes to the start page of the page language', async () => {
    const response = await nextClient(post('/en/next-client', null, { [ANSWERS_COOKIE]: '{"hostCountry":"PL"}' }), params('en'));
    expect(response.headers.get('location')).toBe('/en');
    expect(deleted(setCookies(response).get(ANSWERS_COOKIE))).toBe(true);
    expect(setCookies(response).has(HUB_COOKIE)).toBe(false);
  });

  it('never gets a post from another site: the proxy refuses it with a 403 page, and nothing is deleted', () => {
    const response = proxy(post('/nl/next-client', {}, { [ANSWERS_COOKIE]: '{}' }, { 'sec-fetch-site': 'cross-site' }));
    expect(response.status).toBe(403);
    expect(setCookies(response).size).toBe(0);
  });
});

describe('the hub-mode switch', () => {
  it('turns on with two languages and goes to the volunteer’s start page', async () => {
    const response = await hubMode(post('/uk/hub-mode', { mode: 'on', volunteer: 'nl', client: 'uk' }), params('uk'));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/nl');
    expect(setCookies(response).get(HUB_COOKIE)).toMatch(/^pathway_hub_mode=nl\.uk;.*Max-Age=\d+/i);
  });

  it('turns off, and leaves the answers alone', async () => {
    const response = await hubMode(post('/nl/hub-mode', { mode: 'off' }, { [HUB_COOKIE]: 'nl.uk', [ANSWERS_COOKIE]: '{}' }), params('nl'));
    expect(response.headers.get('location')).toBe('/nl');
    const cookies = setCookies(response);
    expect(deleted(cookies.get(HUB_COOKIE))).toBe(true);
    expect(cookies.has(ANSWERS_COOKIE)).toBe(false);
  });

  it('answers 400 to a language it does not know; the proxy refuses a post from another site with 403', async () => {
    expect((await hubMode(post('/nl/hub-mode', { mode: 'on', volunteer: 'nl', client: 'de' }), params('nl'))).status).toBe(400);
    expect((await hubMode(post('/nl/hub-mode', { mode: 'maybe' }), params('nl'))).status).toBe(400);
    expect((await hubMode(post('/nl/hub-mode', null), params('nl'))).status).toBe(400);
    expect(proxy(post('/nl/hub-mode', { mode: 'on', volunteer: 'nl', client: 'uk' }, {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });
});

describe('the hub-mode switch without network (components/hub/start-hub.tsx)', () => {
  it('reads the form as the server\'s route does', () => {
    const form = (fields: Record<string, string>) => (name: string) => fields[name] ?? null;
    expect(hubChoice(form({ mode: 'on', volunteer: 'nl', client: 'uk' }))).toEqual({ mode: 'on', hub: { volunteer: 'nl', client: 'uk' } });
    expect(hubChoice(form({ mode: 'off' }))).toEqual({ mode: 'off' });
    expect(hubChoice(form({ mode: 'on', volunteer: 'nl' }))).toBeNull();
    expect(hubChoice(form({ mode: 'on', volunteer: 'nl', client: 'de' }))).toBeNull();
    expect(hubChoice(form({ mode: 'maybe', volunteer: 'nl', client: 'uk' }))).toBeNull();
    expect(hubChoice(form({}))).toBeNull();
  });

  it('writes the same cookie in the browser as the server does: value, path, SameSite, Secure on https, lifetime; and deletes it', async () => {
    const written: string[] = [];
    const fake = { location: { protocol: 'https:' } };
    Object.defineProperty(fake, 'cookie', { set: (value: string) => written.push(value) });
    Object.assign(globalThis, { window: fake, document: fake });
    try {
      writeHubCookie({ volunteer: 'nl', client: 'uk' });
      writeHubCookie(null);
    } finally {
      Reflect.deleteProperty(globalThis, 'window');
      Reflect.deleteProperty(globalThis, 'document');
    }
    const onHttps = post('/uk/hub-mode', { mode: 'on', volunteer: 'nl', client: 'uk' }, {}, { 'x-forwarded-proto': 'https' });
    const server = setCookies(await hubMode(onHttps, params('uk'))).get(HUB_COOKIE)!;
    expect(server).toMatch(/; Secure/i);
    const attributes = (cookie: string) =>
      cookie
        .split(';')
        .map((part) => part.trim().toLowerCase())
        // Expires repeats Max-Age for old browsers; Max-Age is the one that counts.
        .filter((part) => part !== 'httponly' && !part.startsWith('expires='))
        .sort();
    expect(attributes(written[0]!)).toEqual(attributes(server));
    expect(written[1]).toMatch(/^pathway_hub_mode=;.*Max-Age=0/);
  });

  it('says which languages are on as the server-drawn bar does, and which are not kept offline, in every language pair and page language', () => {
    for (const lang of LANGUAGES) {
      const t = getT(lang);
      const texts = hubTexts(t);
      for (const volunteer of LANGUAGES) {
        for (const client of LANGUAGES) {
          expect(hubLanguagesLine(texts, { volunteer, client })).toBe(
            t('hub:bar.languages', { client: languageAutonym(client), volunteer: languageAutonym(volunteer) }),
          );
        }
        // Hub mode turned on offline for a volunteer language this device keeps no pages of.
        expect(notKeptLine(texts, volunteer)).toBe(t('hub:switch.notKept', { language: languageAutonym(volunteer) }));
        expect(notKeptLine(texts, volunteer)).toContain(languageAutonym(volunteer));
      }
    }
  });
});
