import { NextRequest, NextResponse } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The answers cookie in a production build (issue 20, item 8; ADR 21):
 * `__Host-pathway_answers`, Secure, 30 days; and a device that still holds
 * the answers under the name before (`pathway_answers`) does not lose them.
 * The modules read NODE_ENV when they load, so they are loaded afresh here.
 */

type Modules = {
  cookie: typeof import('../../app/_lib/answers-cookie');
  proxy: typeof import('../../proxy');
  hub: typeof import('../../app/_lib/hub-mode');
};
let m: Modules;

beforeAll(async () => {
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('PATHWAY_AS_OF', '2026-11-28');
  vi.resetModules();
  m = {
    cookie: await import('../../app/_lib/answers-cookie'),
    proxy: await import('../../proxy'),
    hub: await import('../../app/_lib/hub-mode'),
  };
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const ANSWERS = { hostCountry: 'NL', sex: 'female' } as const;

function setCookies(response: Response): string[] {
  return response.headers.getSetCookie();
}

describe('the answers cookie in production', () => {
  it('is __Host-pathway_answers, Secure, Path=/, SameSite=Lax, 30 days, even over plain http behind a proxy; the old name is deleted', () => {
    expect(m.cookie.ANSWERS_COOKIE).toBe('__Host-pathway_answers');
    const response = NextResponse.json({});
    m.cookie.writeAnswers(response, ANSWERS, m.cookie.isSecureRequest(new Request('http://10.0.0.1/en/answer')));
    const [written, legacy] = setCookies(response);
    expect(written).toMatch(/^__Host-pathway_answers=%7B.*; Path=\/; Expires=[^;]+; Max-Age=2592000; Secure; SameSite=lax$/);
    expect(written).not.toMatch(/Domain=|HttpOnly/i);
    expect(legacy).toBe('pathway_answers=; Path=/; Max-Age=0');
  });

  it('"Clear my answers" and "Next client" delete both names', () => {
    const response = NextResponse.json({});
    m.cookie.clearAll(response, true);
    const names = setCookies(response).map((c) => c.split('=')[0]);
    expect(names).toEqual(expect.arrayContaining(['__Host-pathway_answers', 'pathway_answers', 'pathway_draft']));
    expect(m.hub.clientCookieNames(['__Host-pathway_answers', '__Host-pathway_later', 'pathway_hub_mode'])).toEqual(
      ['__Host-pathway_answers', '__Host-pathway_later', 'pathway_answers', 'pathway_draft'].sort(),
    );
  });

  it('reads the answers under the old name while the device still has them there', async () => {
    const old = encodeURIComponent(JSON.stringify(ANSWERS));
    const store = new NextRequest('http://127.0.0.1/en/results', { headers: { cookie: `pathway_answers=${old}` } }).cookies;
    expect(m.cookie.answersCookieValue(store)).toBe(JSON.stringify(ANSWERS));
    const both = new NextRequest('http://127.0.0.1/en/results', { headers: { cookie: `__Host-pathway_answers=%7B%7D; pathway_answers=${old}` } }).cookies;
    expect(m.cookie.answersCookieValue(both)).toBe(JSON.stringify(ANSWERS));
  });
});

describe('moving a device to the new name (proxy.ts)', () => {
  const page = (cookie: string) => new NextRequest('http://127.0.0.1:3100/en/results', { headers: { host: '127.0.0.1:3100', cookie } });

  it('moves the answers under the old name to the new one on the first request, for the page and for the device', () => {
    const value = JSON.stringify(ANSWERS);
    const response = m.proxy.proxy(page(`pathway_answers=${encodeURIComponent(value)}; pathway_hub_mode=nl.uk`));
    // The page reads the answers under the new name in this very request.
    const forwarded = response.headers.get('x-middleware-request-cookie') ?? '';
    expect(forwarded).toContain(`__Host-pathway_answers=${encodeURIComponent(value)}`);
    expect(forwarded).not.toMatch(/(^|; )pathway_answers=/);
    expect(forwarded).toContain('pathway_hub_mode=nl.uk');
    // The device keeps them under the new name, and the old one goes.
    const cookies = setCookies(response);
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toBe(`__Host-pathway_answers=${encodeURIComponent(value)}; Path=/; Max-Age=2592000; Secure; SameSite=Lax`);
    // Deleted, never left behind empty.
    expect(cookies[1]).toBe('pathway_answers=; Path=/; Max-Age=0');
  });

  it('an empty cookie under the old name is only deleted: it never empties the answers', () => {
    const response = m.proxy.proxy(page('pathway_answers=; __Host-pathway_answers=%7B%22sex%22%3A%22male%22%7D'));
    expect(response.headers.get('x-middleware-request-cookie')).toBe('__Host-pathway_answers=%7B%22sex%22%3A%22male%22%7D');
    expect(setCookies(response)).toEqual(['pathway_answers=; Path=/; Max-Age=0']);
  });

  it('when both are there, the old one wins: only a page of the earlier build, still open, can have written it after the move', () => {
    const newer = encodeURIComponent('{"sex":"female"}');
    const response = m.proxy.proxy(page(`pathway_answers=${newer}; __Host-pathway_answers=%7B%22sex%22%3A%22male%22%7D`));
    expect(response.headers.get('x-middleware-request-cookie')).toBe(`__Host-pathway_answers=${newer}`);
    const cookies = setCookies(response);
    expect(cookies.find((c) => c.startsWith('__Host-'))).toBe(`__Host-pathway_answers=${newer}; Path=/; Max-Age=2592000; Secure; SameSite=Lax`);
    expect(cookies).toContain('pathway_answers=; Path=/; Max-Age=0');
  });

  it('does nothing for a device without the old cookie', () => {
    const response = m.proxy.proxy(page('__Host-pathway_answers=%7B%7D'));
    expect(setCookies(response)).toEqual([]);
  });
});
