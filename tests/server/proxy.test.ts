import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { proxy } from '../../proxy';

/**
 * proxy.ts in front of every page and route handler: the one cross-site
 * guard for every POST, the 405s, 404s inside a language, and the framework
 * headers Next.js would answer with a 500 (docs/adr/0009, 0020; issue 20).
 */

const BASE = 'http://127.0.0.1:3100';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

function request(method: string, path: string, headers: Record<string, string> = {}, body?: string): NextRequest {
  return new NextRequest(`${BASE}${path}`, { method, headers: { host: '127.0.0.1:3100', ...headers }, body });
}

/** Whether the proxy let the request through to the page or route (NextResponse.next()). */
const passed = (response: Response) => response.headers.get('x-middleware-next') === '1';

beforeEach(() => {
  vi.stubEnv('PATHWAY_AS_OF', '2026-11-28');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the cross-site guard, one for every POST', () => {
  it('refuses "Clear my answers" posted from another site with a 403 page in the page language', async () => {
    const attempts: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site', origin: 'https://sub.127.0.0.1' },
      { origin: 'https://evil.example' }, // older Safari: no Sec-Fetch-Site
      { referer: 'https://evil.example/form' }, // no Origin either
      { origin: 'null' },
    ];
    for (const headers of attempts) {
      const response = proxy(request('POST', '/en/clear', { ...FORM, ...headers }, ''));
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(passed(response)).toBe(false);
      const html = await response.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('<h1>This form was not sent from Pathway</h1>');
      expect(html).toContain('<a href="/en">Go to the start page</a>');
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    }
    const uk = proxy(request('POST', '/uk/answer', { ...FORM, 'sec-fetch-site': 'cross-site' }, 'question=sex&sex=male'));
    expect(await uk.text()).toContain('<h1>Цю форму надіслано не з Pathway</h1>');
  });

  it('lets the site’s own posts through to every form route', () => {
    for (const path of ['/en/answer', '/en/clear', '/en/exit', '/nl/hub-mode', '/nl/next-client', '/uk/restore']) {
      expect(passed(proxy(request('POST', path, { ...FORM, 'sec-fetch-site': 'same-origin', origin: BASE }, ''))), path).toBe(true);
      expect(passed(proxy(request('POST', path, { ...FORM, origin: BASE }, ''))), path).toBe(true);
      expect(passed(proxy(request('POST', path, { ...FORM, referer: `${BASE}/en/review` }, ''))), path).toBe(true);
    }
  });
});

describe('posts and page requests in the wrong place', () => {
  it('a GET to a form route gets a short 405 page in its language (the quick exit is a link and stays one)', async () => {
    const response = proxy(request('GET', '/nl/answer'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.text()).toContain('<h1>Dit adres is alleen voor formulieren</h1>');
    expect(proxy(request('GET', '/en/clear')).status).toBe(405);
    expect(proxy(request('HEAD', '/en/restore')).status).toBe(405);
    expect(passed(proxy(request('GET', '/en/exit')))).toBe(true);
  });

  it('a post to a page gets a 405 page and never reaches the framework (no server action runs)', async () => {
    const response = proxy(request('POST', '/en/results', { ...FORM, 'sec-fetch-site': 'same-origin' }, 'a=b'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await response.text()).toContain('<h1>This page does not take forms</h1>');
  });

  it('POST /EN/answer stores nothing and sends no one to the Ukrainian pages: a 404 page in English', async () => {
    const response = proxy(request('POST', '/EN/answer', { ...FORM, 'sec-fetch-site': 'same-origin' }, 'question=hostCountry&hostCountry=NL'));
    expect(response.status).toBe(404);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toContain('<h1>Page not found</h1>');
  });

  it('a declared body over 64 kB gets a 413 page', async () => {
    const response = proxy(request('POST', '/en/answer', { ...FORM, 'content-length': String(64 * 1024 + 1), 'sec-fetch-site': 'same-origin' }));
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('<h1>Too much was sent</h1>');
  });
});

describe('framework headers a stranger can send', () => {
  it('a server action id gets a plain 400 (this app has none; Next.js logs each unknown id)', () => {
    expect(proxy(request('POST', '/en', { 'next-action': '7f00', 'sec-fetch-site': 'same-origin' }, '[]')).status).toBe(400);
    expect(proxy(request('GET', '/en', { 'next-action': 'x' })).status).toBe(400);
  });
});

describe('not found inside a language', () => {
  it('is answered by the server-rendered 404 page in that language', () => {
    for (const [path, lang] of [['/en/rules/zz', 'en'], ['/en/open/2026-02-31', 'en'], ['/EN', 'en'], ['/nl/open/2027-01-01', 'nl']]) {
      const response = proxy(request('GET', path!));
      expect(new URL(response.headers.get('x-middleware-rewrite') ?? '/', BASE).pathname, path).toBe(`/${lang}/_not-found`);
      expect(response.headers.get('x-middleware-request-x-pathway-lang'), path).toBe(lang);
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    }
    const page = proxy(request('GET', '/en/rules/nl'));
    expect(passed(page)).toBe(true);
    expect(page.headers.get('x-middleware-request-x-pathway-lang')).toBe('en');
  });
});
