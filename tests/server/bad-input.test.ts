/**
 * Bad input never breaks anything (issue 7, "Security and privacy").
 *
 * - The answer handler (POST /[lang]/answer) is called directly with
 *   NextRequest, no server: at least 10,000 random and malformed form posts
 *   (random field names and values, huge strings, lone surrogates and invalid
 *   UTF-8, wrong and missing content types, broken multipart bodies, unknown
 *   languages, tampered cookies). Every answer is a 3xx or a 4xx, never a 5xx
 *   or a throw; a 4xx is the HTML 400 page in the requested language; the
 *   answers already stored are never dropped or changed by a post that is
 *   refused, and an accepted answer changes only its own key.
 * - The advise command's half is in advise-bad-input.test.ts.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '../../app/[lang]/answer/route';
import { badRequest } from '../../app/[lang]/answer/http';
import { ANSWERS_COOKIE, decodeAnswers, DRAFT_COOKIE } from '../../app/_lib/answers-cookie';
import { getT } from '../../lib/i18n';
import { inputNames } from '../../lib/answer-form';
import { questionFor, restore, send, stepOf } from '../../machines';
import { FACT_KEYS, type FactKey, type Facts } from '../../rules';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../locales';
import { proxy } from '../../proxy';
import { representativeValues } from '../machines/representative-values';

const AS_OF = '2026-11-28';

beforeAll(() => {
  vi.stubEnv('PATHWAY_AS_OF', AS_OF);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

// ---------------------------------------------------------------------------
// Where a person may be: real partial journeys, built by the machine

/** Answers after `steps` questions of a journey, each answered with the `pick`-th representative value. */
function journeyPrefix(host: string, steps: number, pick: number): Facts {
  let snapshot = restore({ asOf: AS_OF, answers: {} });
  snapshot = send(snapshot, { type: 'ANSWER', key: 'hostCountry', value: host as never });
  for (let i = 0; i < steps; i++) {
    const step = stepOf(snapshot);
    if (step.kind !== 'question') break;
    const values = representativeValues(step.key);
    snapshot = send(snapshot, { type: 'ANSWER', key: step.key, value: values[(pick + i) % values.length] as never });
  }
  return snapshot.context.journey.answers;
}

const STORED: Facts[] = [{}];
for (const host of ['NL', 'PL', 'DE', 'CZ', 'GB', 'US']) {
  for (const steps of [0, 2, 5, 9, 40]) STORED.push(journeyPrefix(host, steps, steps));
}

/** The question a person with these answers is at (undefined at the review). */
function currentQuestion(answers: Facts): FactKey | undefined {
  const step = stepOf(restore({ asOf: AS_OF, answers }));
  return step.kind === 'question' ? step.key : undefined;
}

/** Form fields that answer `key` with `value` the way the page's form does (contract §4). */
function fieldsFor(key: FactKey, value: unknown): [string, string][] {
  if (value === 'unknown') return [['intent', 'unknown']];
  if (questionFor(key).input === 'date' && typeof value === 'string') {
    const [y, m, d] = value.split('-');
    return [[`${key}-day`, String(Number(d))], [`${key}-month`, String(Number(m))], [`${key}-year`, y ?? '']];
  }
  return [[key, String(value)]];
}

// ---------------------------------------------------------------------------
// Arbitraries

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  // Lone surrogates and other things that are not valid UTF-16 / UTF-8.
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('\uD800', '\uDFFF', '\uFFFE', '\u0000', 'é', 'a', '%', '&', '=', '+', '\r\n', '"', ';'), maxLength: 20 }) },
  // Near misses of real values.
  { weight: 3, arbitrary: fc.constantFrom('NL', 'nl', 'XX', 'unknown', 'UNKNOWN', '1977', '13', '07', '0', '-1', '1e9', 'NaN', 'Infinity', '98 765', '1.450', '31', '2', '02', '1977-07-13', 'UA-46', 'UA-99', 'yes', 'female', '', ' ') },
);

/** Huge: up to a few hundred thousand characters (in about one post in fifty). */
const hugeString = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }), fc.integer({ min: 1_000, max: 60_000 }))
  .map(([s, n]) => s.repeat(n));

const fieldName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FACT_KEYS) },
  { weight: 3, arbitrary: fc.constantFrom(...FACT_KEYS).chain((k) => fc.constantFrom(...inputNames(k), `${k}-day`, `${k}-month`, `${k}-year`)) },
  { weight: 2, arbitrary: fc.constantFrom('question', 'intent', 'lang', '__proto__', 'constructor', '$ACTION_ID_x', '') },
  { weight: 2, arbitrary: hostileString },
);

const language = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<string>(...LANGUAGES) },
  { weight: 1, arbitrary: fc.constantFrom('xx', 'UK', 'en-GB', 'de', '', '..', '%00', 'uk\u0000') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const FORM = 'application/x-www-form-urlencoded';
const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant(FORM) },
  { weight: 1, arbitrary: fc.constantFrom(`${FORM}; charset=utf-8`, `${FORM}; charset=utf-16`, 'APPLICATION/X-WWW-FORM-URLENCODED') },
  { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/json', 'text/html', 'multipart/form-data', 'multipart/form-data; boundary=', 'application/octet-stream', '', ';;;', 'x/y; a=b') },
  { weight: 1, arbitrary: fc.constant(null) },
);

const storedAnswers = fc.constantFrom(...STORED);

/** encodeURIComponent, with lone surrogates (which it refuses) replaced first. */
function encodeCookie(value: string): string {
  return encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/** A cookie header: the stored answers, maybe with garbage next to them, or only garbage. */
function cookieFor(stored: Facts, junk: string | null, mode: number): string | null {
  const answers = `${ANSWERS_COOKIE}=${encodeCookie(JSON.stringify(stored))}`;
  switch (mode) {
    case 0:
      return Object.keys(stored).length ? answers : null;
    case 1:
      return `${answers}; ${DRAFT_COOKIE}=${encodeCookie(junk ?? '')}`;
    case 2:
      return `${answers}; junk=${encodeCookie(junk ?? '')}`;
    default:
      return `${ANSWERS_COOKIE}=${encodeCookie(junk ?? '')}`;
  }
}

interface Post {
  lang: string;
  type: string | null;
  body: string | Uint8Array | null;
  stored: Facts;
  cookie: string | null;
  /** The answers the browser holds before the post (what the handler can read). */
  before: Facts;
  secFetchSite: string | null;
}

function encodeForm(fields: [string, string][]): string {
  // URLSearchParams writes lone surrogates as U+FFFD; also hand-write some raw ones below.
  return new URLSearchParams(fields).toString();
}

/** A form post: a fair share of real-looking answers to the current question, mutated or not. */
const formPost: fc.Arbitrary<Post> = fc
  .record({
    lang: language,
    type: contentType,
    stored: storedAnswers,
    cookieMode: fc.nat({ max: 3 }),
    junk: fc.option(hostileString),
    realAnswer: fc.boolean(),
    pick: fc.nat(),
    intent: fc.option(fc.oneof(fc.constantFrom('continue', 'unknown'), hostileString)),
    question: fc.option(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FACT_KEYS) }, { weight: 1, arbitrary: hostileString })),
    extra: fc.array(fc.tuple(fieldName, hostileString), { maxLength: 8 }),
    huge: fc.oneof({ weight: 49, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fieldName, hugeString) }),
    rawTail: fc.option(fc.constantFrom('%', '%E', '%C3%28', '%ED%A0%80', '%FF%FE', '&&&==', '%00', '=%', '&question', '\uD800')),
    secFetchSite: fc.option(fc.constantFrom('same-origin', 'same-site', 'cross-site', 'none')),
  })
  .map((r) => {
    const cookie = cookieFor(r.stored, r.junk, r.cookieMode);
    const before = r.cookieMode === 3 ? decodeAnswers(r.junk === null ? null : decodeURIComponent(encodeCookie(r.junk)), AS_OF) : r.stored;
    const current = currentQuestion(before);
    const fields: [string, string][] = [];
    const question = r.realAnswer && current ? current : r.question;
    if (question !== null) fields.push(['question', question]);
    if (r.realAnswer && current) {
      const values = representativeValues(current);
      fields.push(...fieldsFor(current, values[r.pick % values.length]));
    }
    if (r.intent !== null) fields.push(['intent', r.intent]);
    fields.push(...r.extra);
    if (r.huge) fields.push(r.huge);
    const body = encodeForm(fields) + (r.rawTail ?? '');
    return { lang: r.lang, type: r.type, body, stored: r.stored, cookie, before, secFetchSite: r.secFetchSite };
  });

/** Bodies that are not forms at all: random bytes (invalid UTF-8), JSON, broken multipart. */
const rawPost: fc.Arbitrary<Post> = fc
  .record({
    lang: language,
    type: contentType,
    stored: storedAnswers,
    boundary: fc.constantFrom('x', 'XyZ', '----b', ''),
    body: fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.constantFrom(new Uint8Array([0xc3, 0x28]), new Uint8Array([0xff, 0xfe, 0xfd]), new Uint8Array([0xed, 0xa0, 0x80])),
      fc.json().map((j) => j),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constant(null),
      fc.constantFrom(
        '--x\r\nContent-Disposition: form-data; name="question"\r\n\r\nhostCountry\r\n--x\r\nContent-Disposition: form-data; name="hostCountry"\r\n\r\nNL\r\n--x--\r\n',
        '--x\r\nContent-Disposition: form-data; name="question"\r\n\r\nhostCountry',
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nAAAA\r\n--x--\r\n',
        '--x--',
        'question=hostCountry&hostCountry=NL',
      ),
    ),
  })
  .map((r) => ({
    lang: r.lang,
    type: r.type?.startsWith('multipart/form-data') ? `multipart/form-data; boundary=${r.boundary}` : r.type,
    body: r.body,
    stored: r.stored,
    cookie: cookieFor(r.stored, null, 0),
    before: r.stored,
    secFetchSite: null,
  }));

// ---------------------------------------------------------------------------
// The checks

function requestFor(post: Post): NextRequest {
  const headers = new Headers();
  if (post.type !== null) headers.set('content-type', post.type);
  if (post.cookie !== null) headers.set('cookie', post.cookie);
  if (post.secFetchSite !== null) headers.set('sec-fetch-site', post.secFetchSite);
  const url = `http://127.0.0.1:3100/${encodeCookie(post.lang)}/answer`;
  return new NextRequest(url, { method: 'POST', headers, body: post.body as BodyInit | null });
}

/** The value of one cookie in the response's Set-Cookie headers, or undefined when not set. */
function setCookie(response: Response, name: string): string | undefined {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair!.indexOf('=');
    if (pair!.slice(0, eq).trim() === name) return decodeURIComponent(pair!.slice(eq + 1));
  }
  return undefined;
}

const BAD_REQUEST_TITLE = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, getT(lang)('interview:badRequest.title')]),
) as Record<Language, string>;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

async function check(post: Post): Promise<void> {
  let response: Response;
  try {
    response = await POST(requestFor(post), { params: Promise.resolve({ lang: post.lang }) });
  } catch (error) {
    throw new Error(`the handler threw for ${show(post)}: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
  }
  const lang: Language = isLanguage(post.lang) ? post.lang : DEFAULT_LANGUAGE;
  const where = show(post);
  expect(response.status, where).toBeGreaterThanOrEqual(300);
  expect(response.status, where).toBeLessThan(500);

  const answers = setCookie(response, ANSWERS_COOKIE);
  const draft = setCookie(response, DRAFT_COOKIE);

  if (response.status >= 400) {
    // The 400 page, in the person's language, and the stored answers untouched.
    expect(response.headers.get('content-type'), where).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html, where).toContain(`<html lang="${lang}">`);
    expect(html, where).toContain(escapeHtml(BAD_REQUEST_TITLE[lang]));
    expect(html, where).not.toMatch(/ at .*\.(ts|js):\d+/); // no stack trace
    expect(answers, where).toBeUndefined();
    return;
  }

  // A redirect within the site, in the person's language: never elsewhere
  // (a refused answer: back to the question, saying `?refused` and nothing else).
  const location = response.headers.get('location') ?? '';
  expect(location, where).toMatch(new RegExp(`^/${lang}/(q/[A-Za-z]+(\\?refused)?|review)$`));

  if (draft !== undefined && draft !== '') {
    // A refused answer: back to the question; the stored answers are not touched.
    expect(location, where).toMatch(/\?refused$/);
    expect(answers, where).toBeUndefined();
  }
  if (answers !== undefined) {
    // An accepted answer: every other stored answer keeps its value (or is
    // pruned off the path by the journey), nothing else is added.
    const after = decodeAnswers(answers, AS_OF);
    expect(JSON.parse(answers), where).toEqual(after);
    const question = await questionField(post);
    for (const [key, value] of Object.entries(after)) {
      if (key === question) continue;
      expect(value, `${where}: ${key}`).toEqual(post.before[key as FactKey]);
    }
  }
}

/** The `question` field of a post as the handler reads it (a multipart body too), or null. */
async function questionField(post: Post): Promise<string | null> {
  try {
    const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': post.type ?? '' }, body: post.body as BodyInit | null }).formData();
    const value = form.get('question');
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

function show(post: Post): string {
  const body =
    post.body === null ? 'null' : typeof post.body === 'string' ? JSON.stringify(post.body.slice(0, 300)) : `bytes[${Array.from(post.body.slice(0, 40)).join(',')}]`;
  return `POST /${JSON.stringify(post.lang)}/answer type=${JSON.stringify(post.type)} cookie=${JSON.stringify(post.cookie?.slice(0, 200))} body=${body}`;
}

describe('the answer handler under bad input', () => {
  it('answers 6,000 random form posts with a 3xx or the 400 page, keeping the stored answers', async () => {
    await fc.assert(fc.asyncProperty(formPost, check), { numRuns: 6_000 });
  }, 240_000);

  it('answers 3,000 posts that are not forms (random bytes, invalid UTF-8, JSON, broken multipart) the same way', async () => {
    await fc.assert(fc.asyncProperty(rawPost, check), { numRuns: 3_000 });
  }, 240_000);

  it('answers 1,000 posts in a real journey: right question, hostile values', async () => {
    const journeyPost = fc
      .record({
        stored: fc.constantFrom(...STORED.filter((s) => currentQuestion(s))),
        lang: fc.constantFrom(...LANGUAGES),
        values: fc.array(fc.oneof({ weight: 59, arbitrary: hostileString }, { weight: 1, arbitrary: hugeString }), { minLength: 3, maxLength: 3 }),
        intent: fc.constantFrom('continue', 'unknown', null),
      })
      .map(({ stored, lang, values, intent }): Post => {
        const question = currentQuestion(stored)!;
        const fields: [string, string][] = [['question', question]];
        inputNames(question).forEach((name, i) => fields.push([name, values[i] ?? '']));
        if (intent) fields.push(['intent', intent]);
        return { lang, type: FORM, body: encodeForm(fields), stored, cookie: cookieFor(stored, null, 0), before: stored, secFetchSite: 'same-origin' };
      });
    await fc.assert(fc.asyncProperty(journeyPost, check), { numRuns: 1_000 });
  }, 240_000);

  it('a refused answer keeps every answer given before, and the next valid one adds to them', async () => {
    const stored = STORED.find((s) => Object.keys(s).length >= 5 && currentQuestion(s))!;
    const question = currentQuestion(stored)!;
    const fields: [string, string][] = [['question', question], ...inputNames(question).map((n): [string, string] => [n, 'not an answer \uD800'])];
    const post: Post = { lang: 'nl', type: FORM, body: encodeForm(fields), stored, cookie: cookieFor(stored, null, 0), before: stored, secFetchSite: null };
    const refused = await POST(requestFor(post), { params: Promise.resolve({ lang: 'nl' }) });
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe(`/nl/q/${question}?refused`);
    expect(setCookie(refused, ANSWERS_COOKIE)).toBeUndefined();

    const good = representativeValues(question)[0];
    const accepted = await POST(
      requestFor({ ...post, body: encodeForm([['question', question], ...fieldsFor(question, good)]) }),
      { params: Promise.resolve({ lang: 'nl' }) },
    );
    expect(accepted.status).toBe(303);
    const after = decodeAnswers(setCookie(accepted, ANSWERS_COOKIE), AS_OF);
    expect(after[question]).toEqual(good);
    for (const key of Object.keys(stored) as FactKey[]) expect(after[key]).toEqual(stored[key]);
  });
});

// ---------------------------------------------------------------------------
// The proxy's CSP allows the 400 page's one <style> (it carries no nonce)

describe('the 400 page under the Content-Security-Policy', () => {
  it('has no script, and its inline style is allowed by hash in style-src', async () => {
    const response = proxy(new NextRequest('http://127.0.0.1:3100/en/answer', { method: 'POST' }));
    const csp = response.headers.get('content-security-policy') ?? '';
    const styleSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src ')) ?? '';
    for (const lang of LANGUAGES) {
      const html = await badRequest(lang).text();
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/ style="/i);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      for (const style of styles) {
        const hash = createHash('sha256').update(style, 'utf8').digest('base64');
        expect(styleSrc, 'update BAD_REQUEST_STYLE_HASH in proxy.ts to the new style of app/[lang]/answer/http.ts').toContain(`'sha256-${hash}'`);
      }
    }
  });
});
