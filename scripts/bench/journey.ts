/**
 * The answers cookie for the results page, obtained the way a browser without
 * JavaScript gets it: GET each question page the server asks, POST the plain
 * form to /LANG/answer (contract §4 input names), follow the 303, until the
 * server sends the person to "check your answers"; then GET the review and
 * the results pages with that cookie.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './workspace';
import { NEUTRAL_ANSWERS } from '../../tests/fixtures/complete-answers';
import { answersCookieName } from '../../lib/cookie-names';

const ANSWERS_COOKIE = answersCookieName(true);

export type Answers = Record<string, string | number>;


export function persona(id: string): Answers {
  const file = path.join(ROOT, 'tests/fixtures/cases', `${id}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { answers: Answers }).answers;
}

class Jar {
  private readonly cookies = new Map<string, string>();

  take(res: Response): void {
    for (const header of res.headers.getSetCookie()) {
      const pair = header.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1);
      const expired = /;\s*max-age=0(;|$)/i.test(header) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export interface Journey {
  /** The Cookie header value for the results page (the answers cookie only). */
  cookie: string;
  /** The questions the server asked, in order. */
  asked: string[];
  /** Number of options on the results page. */
  options: number;
}

export async function answerJourney(base: string, lang: string, answers: Answers): Promise<Journey> {
  const jar = new Jar();
  const asked: string[] = [];
  let where = `/${lang}/q/hostCountry`;
  for (let step = 0; step < 80 && where.includes('/q/'); step++) {
    const page = await fetch(base + where, { headers: { cookie: jar.header() }, redirect: 'manual' });
    jar.take(page);
    if (page.status >= 300 && page.status < 400) {
      await page.arrayBuffer();
      where = new URL(page.headers.get('location') ?? '', base).pathname;
      continue;
    }
    const html = await page.text();
    if (page.status !== 200) throw new Error(`GET ${where}: HTTP ${page.status}`);
    const key = /<form[^>]*\sdata-question="([^"]+)"/.exec(html)?.[1];
    if (!key) throw new Error(`GET ${where}: no form[data-question]`);
    if (asked.includes(key)) throw new Error(`the answer to ${key} was refused`);
    asked.push(key);

    const form = new URLSearchParams({ question: key });
    let value = answers[key];
    if (value === undefined || value === 'unknown') {
      if (html.includes('data-action="unknown"')) {
        value = 'unknown';
      } else {
        value = NEUTRAL_ANSWERS[key as keyof typeof NEUTRAL_ANSWERS];
        if (value === undefined) throw new Error(`no answer for ${key}`);
      }
    }
    if (value === 'unknown') {
      form.set('intent', 'unknown');
    } else {
      form.set('intent', 'continue');
      if (html.includes(`name="${key}-day"`)) {
        const [y, m, d] = String(value).split('-');
        form.set(`${key}-day`, String(Number(d)));
        form.set(`${key}-month`, String(Number(m)));
        form.set(`${key}-year`, y ?? '');
      } else {
        form.set(key, String(value));
      }
    }
    const post = await fetch(`${base}/${lang}/answer`, {
      method: 'POST',
      body: form,
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded', origin: base },
      redirect: 'manual',
    });
    await post.arrayBuffer();
    jar.take(post);
    if (post.status !== 303) throw new Error(`POST /${lang}/answer (${key}): HTTP ${post.status}`);
    where = new URL(post.headers.get('location') ?? '', base).pathname;
  }
  if (where !== `/${lang}/review`) throw new Error(`the interview did not reach the review (at ${where})`);

  // The production name of the answers cookie (lib/cookie-names.ts).
  const answersCookie = jar.get(ANSWERS_COOKIE);
  if (!answersCookie) throw new Error(`no ${ANSWERS_COOKIE} cookie was set`);
  const cookie = `${ANSWERS_COOKIE}=${answersCookie}`;
  for (const page of ['review', 'results']) {
    const res = await fetch(`${base}/${lang}/${page}`, { headers: { cookie }, redirect: 'manual' });
    const html = await res.text();
    if (res.status !== 200) throw new Error(`GET /${lang}/${page} with the answers: HTTP ${res.status}`);
    if (page === 'results') {
      const options = html.match(/\sdata-option="/g)?.length ?? 0;
      if (options === 0) throw new Error('the results page shows no option');
      return { cookie, asked, options };
    }
  }
  throw new Error('unreachable');
}
