import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { restore, send, stepOf } from '../../machines';
import type { Facts } from '../../rules';
import { representativeValues } from '../machines/representative-values';

/**
 * The security headers on every kind of response (issue 7, docs/adr/0009):
 * pages, redirects, route handlers, 404s and the build's static assets. Most
 * checks use the API request context (no browser); one journey in Chromium
 * checks that the strict CSP blocks nothing the app itself needs, with and
 * without JavaScript.
 */

const AS_OF = '2026-11-28';

/** A complete answer set (up to the review) for a host country, built by the interview machine. */
function completeAnswers(host: string): Facts {
  let snapshot = send(restore({ asOf: AS_OF, answers: {} }), { type: 'ANSWER', key: 'hostCountry', value: host as never });
  for (let step = stepOf(snapshot); step.kind === 'question'; step = stepOf(snapshot)) {
    snapshot = send(snapshot, { type: 'ANSWER', key: step.key, value: representativeValues(step.key)[0] as never });
  }
  return snapshot.context.journey.answers;
}

const ANSWERS_COOKIE = `__Host-pathway_answers=${encodeURIComponent(JSON.stringify(completeAnswers('NL')))}`;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** The CSP of a document: strict, with a nonce for scripts and nothing from elsewhere. */
function expectStrictCsp(response: APIResponse, where: string): string {
  const csp = response.headers()['content-security-policy'] ?? '';
  const d = directives(csp);
  expect(d.get('default-src'), where).toEqual(["'self'"]);
  const scripts = d.get('script-src') ?? [];
  expect(scripts, where).toContain("'strict-dynamic'");
  expect(scripts.filter((s) => s.startsWith("'nonce-")), where).toHaveLength(1);
  expect(scripts, where).not.toContain("'unsafe-inline'");
  expect(scripts, where).not.toContain("'unsafe-eval'");
  expect(d.get('style-src') ?? [], where).not.toContain("'unsafe-inline'");
  expect(d.get('object-src'), where).toEqual(["'none'"]);
  expect(d.get('base-uri'), where).toEqual(["'none'"]);
  expect(d.get('form-action'), where).toEqual(["'self'"]);
  expect(d.get('frame-ancestors'), where).toEqual(["'none'"]);
  expect(d.get('img-src'), where).toEqual(["'self'", 'data:']);
  expect(d.get('connect-src'), where).toEqual(["'self'"]);
  // Trusted Types at every script sink, with the page's one policy (lib/trusted-types.ts).
  expect(d.get('require-trusted-types-for'), where).toEqual(["'script'"]);
  expect(d.get('trusted-types'), where).toEqual(['default', 'nextjs']);
  // No other origin anywhere in the policy.
  for (const [name, values] of d) {
    if (name === 'trusted-types') continue;
    for (const value of values) expect(value, `${where}: ${name}`).toMatch(/^('[a-z-]+'|'(nonce|sha256)-[A-Za-z0-9+/=]+'|data:)$/);
  }
  return scripts.find((s) => s.startsWith("'nonce-"))!;
}

const DENIED_FEATURES = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'interest-cohort'];

/** The headers every response carries, whatever it is. */
function expectBaseHeaders(response: APIResponse, where: string): void {
  const h = response.headers();
  // same-origin everywhere (the cross-site guard reads the Origin of the site's own posts); the quick exit sends none at all.
  expect(h['referrer-policy'], where).toBe(where === '/en/exit' ? 'no-referrer' : 'same-origin');
  expect(h['x-content-type-options'], where).toBe('nosniff');
  expect(h['cross-origin-opener-policy'], where).toBe('same-origin');
  expect(h['x-frame-options'], where).toBe('DENY');
  const permissions = h['permissions-policy'] ?? '';
  for (const feature of DENIED_FEATURES) expect(permissions, where).toContain(`${feature}=()`);
  expect(h['x-powered-by'], where).toBeUndefined();
}

function expectPrivate(response: APIResponse, where: string): void {
  const h = response.headers();
  expect(h['cache-control'], where).toMatch(/no-store/);
  expect(h['cache-control'], where).not.toMatch(/public|s-maxage/);
  expect(h['x-robots-tag'], where).toMatch(/noindex/);
}

const NO_REDIRECT = { maxRedirects: 0 } as const;

test.describe('headers on every response', () => {
  test('GET / (the language redirect)', async ({ request }) => {
    const response = await request.get('/', NO_REDIRECT);
    expect(response.status()).toBe(307);
    expectBaseHeaders(response, '/');
    expectStrictCsp(response, '/');
  });

  test('the start page /en, and a new nonce on every request', async ({ request }) => {
    const first = await request.get('/en');
    const second = await request.get('/en');
    expect(first.status()).toBe(200);
    expectBaseHeaders(first, '/en');
    const nonce1 = expectStrictCsp(first, '/en');
    const nonce2 = expectStrictCsp(second, '/en');
    expect(nonce1).not.toBe(nonce2);
    expect(nonce1.length).toBeGreaterThanOrEqual("'nonce-'".length + 22);
    // Next puts the nonce of this very response on its scripts.
    const html = await first.text();
    const value = nonce1.slice("'nonce-".length, -1);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${value}"`);
    // The start page may be indexed, but never stored by a shared cache.
    expect(first.headers()['cache-control']).toMatch(/no-store/);
  });

  test('a question page /uk/q/hostCountry: private and noindex', async ({ request }) => {
    const response = await request.get('/uk/q/hostCountry');
    expect(response.status()).toBe(200);
    expectBaseHeaders(response, '/uk/q/hostCountry');
    expectStrictCsp(response, '/uk/q/hostCountry');
    expectPrivate(response, '/uk/q/hostCountry');
    expect(await response.text()).toMatch(/<meta name="robots" content="noindex, nofollow"/);
  });

  test('the review, results and summary pages with answers: private and noindex', async ({ request }) => {
    for (const path of ['/en/review', '/en/results', '/nl/results', '/en/summary', '/uk/open']) {
      const response = await request.get(path, { headers: { cookie: ANSWERS_COOKIE }, ...NO_REDIRECT });
      expect(response.status(), path).toBe(200);
      if (path.endsWith('/results')) expect(await response.text(), path).toMatch(/data-option="NL\./);
      expectBaseHeaders(response, path);
      expectStrictCsp(response, path);
      expectPrivate(response, path);
    }
    // Without answers, the results page redirects to the first question: the redirect is private too.
    const redirect = await request.get('/en/results', NO_REDIRECT);
    expect(redirect.status()).toBeGreaterThanOrEqual(300);
    expect(redirect.status()).toBeLessThan(400);
    expectBaseHeaders(redirect, '/en/results (redirect)');
    expectPrivate(redirect, '/en/results (redirect)');
  });

  test('the rule book may be indexed, the pages about a person may not', async ({ request }) => {
    for (const path of ['/en', '/en/rules']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectBaseHeaders(response, path);
      expectStrictCsp(response, path);
      expect(response.headers()['x-robots-tag'], path).toBeUndefined();
      expect(response.headers()['cache-control'], path).toMatch(/no-store/);
    }
  });

  test('a form post to /en/answer, accepted and refused', async ({ request }) => {
    const accepted = await request.post('/en/answer', { form: { question: 'hostCountry', hostCountry: 'NL' }, ...NO_REDIRECT });
    expect(accepted.status()).toBe(303);
    expectBaseHeaders(accepted, 'POST /en/answer');
    expectStrictCsp(accepted, 'POST /en/answer');
    expect(accepted.headers()['cache-control']).toMatch(/no-store/);

    const refused = await request.post('/en/answer', { data: '{"question":"hostCountry"}', headers: { 'content-type': 'application/json' }, ...NO_REDIRECT });
    expect(refused.status()).toBe(400);
    expect(refused.headers()['content-type']).toMatch(/^text\/html/);
    expectBaseHeaders(refused, 'POST /en/answer (400)');
    expectStrictCsp(refused, 'POST /en/answer (400)');
  });

  test('404 pages, outside and inside a language', async ({ request }) => {
    for (const path of ['/xx', '/en/does-not-exist']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expectBaseHeaders(response, path);
      expectStrictCsp(response, path);
      expect(response.headers()['cache-control'] ?? '', path).not.toMatch(/public|s-maxage/);
    }
  });

  test('the quick exit: a redirect to a neutral site that clears the answers', async ({ request }) => {
    const response = await request.get('/en/exit', NO_REDIRECT);
    expect(response.status()).toBe(303);
    expect(response.headers()['location']).toMatch(/^https:\/\//);
    expect(response.headers()['clear-site-data']).toContain('"cookies"');
    expectBaseHeaders(response, '/en/exit');
  });

  test('static assets: nosniff, a CSP that allows nothing, cached for ever', async ({ request }) => {
    const html = await (await request.get('/en')).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(1);
    for (const asset of [assets.find((a) => a.endsWith('.js'))!, assets.find((a) => a.endsWith('.css'))!]) {
      const response = await request.get(asset);
      expect(response.status(), asset).toBe(200);
      expectBaseHeaders(response, asset);
      expect(response.headers()['content-security-policy'], asset).toMatch(/default-src 'none'/);
      expect(response.headers()['cache-control'], asset).toMatch(/immutable/);
    }
    // The icon (a metadata route) gets the page headers.
    const icon = await request.get('/icon.svg');
    expect(icon.status()).toBe(200);
    expectBaseHeaders(icon, '/icon.svg');
    expect(icon.headers()['content-security-policy']).toMatch(/default-src 'self'/);
    // Browsers also ask for /favicon.ico: the same icon, not a 404.
    const favicon = await request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(await favicon.text()).toBe(await icon.text());
    expectBaseHeaders(favicon, '/favicon.ico');
  });
});

// ---------------------------------------------------------------------------
// In the browser: the policy blocks nothing the app needs

/** Collects CSP violations: console reports and securitypolicyviolation events. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname}`,
      );
    });
  });
  return violations;
}

/** True once React has hydrated the page (it marks the DOM nodes it owns). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(document.body).some((key) => key.startsWith('__reactFiber')));
}

test('with JavaScript: pages hydrate and navigate with zero CSP violations', async ({ page, context, baseURL }) => {
  // Eight pages with JavaScript, the engine among them: 20 to 30 s on a busy 2-core machine.
  test.setTimeout(60_000);
  const violations = await watchCsp(page);
  await page.goto('/en/q/hostCountry');
  await hydrated(page);
  // A client-side navigation (the header's home link: the app's own fetch of the next page) keeps the window.
  await page.evaluate(() => ((window as unknown as { __sameWindow: boolean }).__sameWindow = true));
  await page.locator('header a[href="/en"]').click();
  // The router fetches the start page's payload first: seconds on a busy machine.
  await expect(page).toHaveURL(/\/en$/, { timeout: 15_000 });
  expect(await page.evaluate(() => (window as unknown as { __sameWindow?: boolean }).__sameWindow)).toBe(true);
  // Start is a plain link (the question's body is only in the server's HTML: ADR 12).
  await hydrated(page);
  await page.locator('[data-action="start"]').click();
  await expect(page).toHaveURL(/\/en\/q\/hostCountry$/);

  // A plain form post and its redirect.
  await hydrated(page);
  await page.locator('form[data-question="hostCountry"] input[value="NL"]').check();
  await page.locator('form[data-question="hostCountry"] [data-action="continue"]').click();
  await expect(page).toHaveURL(/\/en\/q\/(?!hostCountry)[A-Za-z]+$/);
  await hydrated(page);

  // A post the server cannot read: the 400 page (a route handler's own HTML), styled by its hashed <style>.
  await page.evaluate(() => {
    const form = document.querySelector<HTMLFormElement>('form[data-question]')!;
    form.querySelector<HTMLInputElement>('input[name="question"]')!.value = 'not-a-question';
    form.submit();
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not read your answer');
  expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe('640px');

  // The results page, and a 404.
  await context.addCookies([{ name: '__Host-pathway_answers', value: ANSWERS_COOKIE.split('=')[1]!, domain: new URL(baseURL!).hostname, path: '/', secure: true }]);
  await page.goto('/en/results');
  await expect(page.locator('[data-option]').first()).toBeVisible();
  await hydrated(page);
  // The interview engine (rules, texts, zod without eval) loads under the same CSP.
  await expect(page.locator('[data-engine="browser"]')).toHaveCount(1, { timeout: 15_000 });
  // The printable summary: its own <style> carries the nonce (its first heading is styled by it).
  await page.goto('/en/summary');
  await expect(page.locator('[data-summary]')).toBeVisible();
  expect(await page.locator('#summary-title').evaluate((el) => getComputedStyle(el).fontSize)).toBe('24px');
  // The hand-over landing page: its script runs and asks the server (connect-src 'self').
  await page.goto('/en/open#not-a-hand-over-link');
  await expect(page.locator('[data-open-state="invalid"]')).toBeVisible();
  await page.goto('/xx');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('load');

  expect(violations).toEqual([]);
});

test('the quick exit link leaves for the neutral site under the CSP', async ({ page }) => {
  await page.route('https://www.wikipedia.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Wikipedia</title><h1>Wikipedia</h1>' }),
  );
  const violations = await watchCsp(page);
  await page.goto('/en/q/hostCountry');
  await page.locator('[data-action="quick-exit"]').click();
  await expect(page).toHaveURL('https://www.wikipedia.org/');
  expect(violations).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the interview still works under the CSP: a question is answered with the plain form', async ({ page }) => {
    await page.goto('/nl/q/hostCountry');
    await page.locator('form[data-question="hostCountry"] input[value="NL"]').check();
    await page.locator('form[data-question="hostCountry"] [data-action="continue"]').click();
    await expect(page).toHaveURL(/\/nl\/q\/(?!hostCountry)[A-Za-z]+$/);
    await expect(page.locator('form[data-question]')).toHaveCount(1);
    // The stylesheet loaded (a 'self' URL): the page is styled, not bare.
    const background = await page.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});
