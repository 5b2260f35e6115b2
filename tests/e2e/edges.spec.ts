import { expect, test } from '@playwright/test';
import { encodeHandover } from '../../lib/handover';
import { completedPersona, setAnswersCookie, storedAnswers } from './interview-helpers';
import { rawGet, rawRequest, type RawAnswer } from './raw-http';

/**
 * The hardened edges of issue 20 against the production server: a link cut
 * off in a chat app, TRACE and framework headers, bodies too large or
 * trickled, posts from other sites, form routes asked for as pages, and
 * not-found pages inside a language. What the person sees, in their
 * language, without JavaScript; and every security header on every answer.
 */

const PORT = Number(process.env.PATHWAY_E2E_PORT ?? 3100);
const BASE = `http://127.0.0.1:${PORT}`;

function expectSecurityHeaders(headers: Record<string, string>, where: string): void {
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['x-frame-options'], where).toBe('DENY');
  expect(headers['referrer-policy'], where).toBe('same-origin');
  expect(headers['permissions-policy'], where).toContain('camera=()');
  expect(headers['cross-origin-opener-policy'], where).toBe('same-origin');
  expect(headers['strict-transport-security'], where).toContain('max-age=');
  expect(headers['content-security-policy'], where).toContain("frame-ancestors 'none'");
  expect(headers['cache-control'], where).toContain('no-store');
}

function heading(r: RawAnswer): string | undefined {
  return /<h1>([^<]*)<\/h1>/.exec(r.body)?.[1];
}

test.describe('requests that used to get a 500', () => {
  test('a link cut off in a chat app gets a 400 page in its language, with a way back and every security header', async () => {
    for (const [target, lang, title, home] of [
      ['/uk/q/%D0', 'uk', 'Цю адресу неможливо прочитати', 'Перейти на початкову сторінку'],
      ['/en/rules/%FF', 'en', 'This address cannot be read', 'Go to the start page'],
      ['/nl/open/%E2%82', 'nl', 'Dit adres is niet te lezen', 'Naar de startpagina'],
    ] as const) {
      const r = await rawGet(PORT, target);
      expect(r.status, target).toBe(400);
      expect(r.headers['content-type'], target).toMatch(/^text\/html/);
      expect(r.body, target).toContain(`<html lang="${lang}">`);
      expect(heading(r), target).toBe(title);
      expect(r.body, target).toContain(`<a href="/${lang}">${home}</a>`);
      expectSecurityHeaders(r.headers, target);
    }
    // A file: a plain 400.
    const file = await rawGet(PORT, '/%FF.txt');
    expect(file.status).toBe(400);
    expect(file.body).toBe('400 Bad Request\n');
    expectSecurityHeaders(file.headers, '/%FF.txt');
  });

  test('TRACE and a router state the framework cannot read get a plain 4xx with every security header', async () => {
    const trace = await rawGet(PORT, '/', {}, 'TRACE');
    expect(trace.status).toBe(405);
    expect(trace.headers['allow']).toBe('GET, HEAD, POST');
    expectSecurityHeaders(trace.headers, 'TRACE /');
    for (const tree of ['garbage', '%5B', '[1,2,3]']) {
      const r = await rawGet(PORT, '/en/rules?_rsc=x', { RSC: '1', 'Next-Router-State-Tree': tree });
      expect(r.status, tree).toBe(400);
      expectSecurityHeaders(r.headers, tree);
    }
  });
});

test.describe('bounded bodies and time', () => {
  test('a 10 MB form post is refused with a 413 page before its body is sent', async () => {
    // Only the head goes out: the answer has to come without the body.
    const r = await rawRequest(
      PORT,
      `POST /en/answer HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${10 * 1024 * 1024}\r\nSec-Fetch-Site: same-origin\r\n\r\n`,
      { timeoutMs: 5_000 },
    );
    expect(r.status).toBe(413);
    expect(r.closedAfterMs).toBeLessThan(5_000);
    expect(heading(r)).toBe('Too much was sent');
    expect(r.headers['set-cookie']).toBeUndefined();
    expectSecurityHeaders(r.headers, '413');
  });

  test('a body trickled in a byte at a time is cut off after the request timeout, not after minutes', async () => {
    test.setTimeout(45_000);
    const r = await rawRequest(
      PORT,
      `POST /en/answer HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 60\r\nSec-Fetch-Site: same-origin\r\n\r\n`,
      { trickle: Array.from({ length: 60 }, () => 'a'), trickleEveryMs: 1000, timeoutMs: 40_000 },
    );
    // 20 s for the whole request, checked every second.
    expect(r.status).toBe(408);
    expect(r.closedAfterMs).toBeGreaterThan(19_000);
    expect(r.closedAfterMs).toBeLessThan(24_000);
  });
});

test.describe('one cross-site guard for every post', () => {
  test('"Clear my answers" posted by a form on another site is refused with a 403 page, and the answers stay', async ({ page, context }) => {
    await context.addCookies([{ name: 'pathway_answers', value: encodeURIComponent('{"hostCountry":"NL"}'), url: `${BASE}/` }]);
    await page.route('http://evil.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Win a prize</title><form method="post" action="${BASE}/en/clear"><button>Claim</button></form>`,
      }),
    );
    await page.goto('http://evil.example/');
    await page.getByRole('button', { name: 'Claim' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This form was not sent from Pathway');
    await expect(page.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/en');
    expect((await context.cookies(BASE)).find((c) => c.name.endsWith('pathway_answers'))?.value).toBe(encodeURIComponent('{"hostCountry":"NL"}'));
  });

  test('browsers that send no Sec-Fetch-Site (older Safari, WebViews) are held to Origin, or Referer when there is no Origin', async ({ request }) => {
    const attempts: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'null' }, { referer: 'https://evil.example/form' }];
    for (const headers of attempts) {
      const r = await request.post('/uk/clear', { headers, form: {}, maxRedirects: 0 });
      expect(r.status(), JSON.stringify(headers)).toBe(403);
      expect(await r.text()).toContain('<h1>Цю форму надіслано не з Pathway</h1>');
      expect(r.headers()['set-cookie']).toBeUndefined();
    }
    const own = await request.post('/uk/clear', { headers: { origin: BASE }, form: {}, maxRedirects: 0 });
    expect(own.status()).toBe(303);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a form route opened as a page gets a short 405 page in its language', async ({ page }) => {
    const response = await page.goto('/nl/answer');
    expect(response?.status()).toBe(405);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dit adres is alleen voor formulieren');
    await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/nl');
  });

  test('not-found pages inside a language are drawn on the server, in the language, with a way back', async ({ page }) => {
    for (const path of ['/en/rules/zz', '/en/open/2026-02-31', '/EN']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page not found');
      await expect(page.getByRole('link', { name: 'Go to the start page' }), path).toHaveAttribute('href', '/en');
    }
    await page.goto('/uk/rules/nl/1999-01-01');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сторінку не знайдено');
  });
});

test('POST /EN/answer stores nothing and sends no one to the Ukrainian pages', async ({ request }) => {
  const r = await request.post('/EN/answer', { form: { question: 'hostCountry', hostCountry: 'NL' }, headers: { origin: BASE }, maxRedirects: 0 });
  expect(r.status()).toBe(404);
  expect(r.headers()['location']).toBeUndefined();
  expect(r.headers()['set-cookie']).toBeUndefined();
  expect(await r.text()).toContain('<h1>Page not found</h1>');
});

test.describe('the answers cookie', () => {
  test('is __Host-pathway_answers, Secure, for 30 days; answers kept under the old name are moved to it, not lost', async ({ page, context }) => {
    const answers = { hostCountry: 'NL', birthDate: '1990-05-01', sex: 'female' };
    // A device that answered before the upgrade: the old name, a session cookie.
    await context.addCookies([{ name: 'pathway_answers', value: encodeURIComponent(JSON.stringify(answers)), url: `${BASE}/` }]);
    await page.goto('/en/review');
    const cookies = await context.cookies(BASE);
    expect(cookies.find((c) => c.name === 'pathway_answers')).toBeUndefined();
    const moved = cookies.find((c) => c.name === '__Host-pathway_answers');
    expect(moved && JSON.parse(decodeURIComponent(moved.value))).toEqual(answers);
    expect(moved?.secure).toBe(true);
    expect(moved?.path).toBe('/');
    expect(moved?.sameSite).toBe('Lax');
    const days = ((moved?.expires ?? 0) * 1000 - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(31);
  });

  test('an answer in the cookie that the form would refuse (a birth in 1900) is not used: its question is asked again', async ({ page, context }) => {
    await setAnswersCookie(context, BASE, { hostCountry: 'NL', birthDate: '1900-06-01' });
    await page.goto('/en/review');
    await expect(page).toHaveURL(/\/en\/q\/birthDate$/);
    await expect(page.locator('input[name="birthDate-year"]')).toHaveValue('');
    await expect(page.getByText('1 June 1900')).toHaveCount(0);
  });
});

test.describe('a hand-over link on a device that holds other answers', () => {
  const MINE = { hostCountry: 'PL', sex: 'male' } as const;

  test('asks first: "keep my answers" keeps them, "open the answers from the link" replaces them', async ({ page, context }) => {
    const linked = completedPersona('P01');
    const fragment = encodeHandover({ asOf: '2026-10-28', answers: linked });
    await setAnswersCookie(context, BASE, MINE);

    await page.goto(`/en/open#${fragment}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Open the answers from this link?');
    await expect(page.getByText('This device already holds other answers.')).toBeVisible();
    expect(await storedAnswers(context)).toEqual(MINE);
    // The address no longer holds the link's answers.
    expect(new URL(page.url()).hash).toBe('');

    await page.getByRole('button', { name: 'Keep my answers' }).click();
    await expect(page).toHaveURL(/\/en\/q\/[A-Za-z]+$/);
    expect(await storedAnswers(context)).toEqual(MINE);

    await page.goto(`/en/open#${fragment}`);
    await page.getByRole('button', { name: 'Open the answers from the link' }).click();
    await expect(page).toHaveURL(/\/en\/open\/2026-10-28$/);
    expect(await storedAnswers(context)).toEqual(linked);
  });

  test('opens at once where the device holds no answers, or the same ones', async ({ page, context }) => {
    const linked = completedPersona('P01');
    const fragment = encodeHandover({ asOf: '2026-10-28', answers: linked });
    await page.goto(`/en/open#${fragment}`);
    await expect(page).toHaveURL(/\/en\/open\/2026-10-28$/);
    await page.goto(`/en/open#${fragment}`);
    await expect(page).toHaveURL(/\/en\/open\/2026-10-28$/);
    expect(await storedAnswers(context)).toEqual(linked);
  });

  test('a link whose answers the forms would refuse (a birth in 1900) is refused, and nothing is stored', async ({ page, context }) => {
    const fragment = encodeHandover({ asOf: '2026-10-28', answers: { ...completedPersona('P01'), birthDate: '1900-06-01' } });
    await page.goto(`/en/open#${fragment}`);
    await expect(page.locator('[data-open-state="invalid"] [role="alert"]')).toHaveText(
      'This link is damaged or incomplete, so the answers in it cannot be read. Check that you copied the whole link, or answer the questions again.',
    );
    expect(await storedAnswers(context)).toEqual({});
  });
});
