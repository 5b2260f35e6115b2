import { expect, test } from '@playwright/test';
import { HOST_COUNTRIES } from '../../rules';
import { getT } from '../../lib/i18n';
import { countryName } from '../../lib/formats';
import { advise, completedPersona, LANGS, setAnswersCookie, shownOptions, type Answers } from './interview-helpers';

/**
 * The results page's body, and every question's but the region's, is plain
 * HTML drawn in the server's HTML pass and sent once (ADR 12): not again in
 * the page's component payload, kept as it is when the page hydrates, and
 * loaded from the server when the framework's router draws the page itself.
 *
 * The bypass (components/plain-html/, ADR 23) rests on framework behaviour
 * no API promises; the first tests here are the ones that fail when a
 * Next.js or React upgrade breaks it.
 */

const count = (text: string, part: string) => text.split(part).length - 1;

/** The page's component payload as the framework inlines it: the text of every `self.__next_f.push([1, "…"])`, decoded. */
function componentPayload(html: string): string {
  let payload = '';
  for (const [, args] of html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)) {
    const [kind, chunk] = JSON.parse(args!) as [number, string?];
    if (kind === 1) payload += chunk ?? '';
  }
  return payload;
}

/** The document without its scripts: what the browser lays out before any JavaScript runs. */
const markup = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/g, '');

test.describe('the bypass still works with this framework (fails when an upgrade breaks it)', () => {
  test('P01’s results: the body drawn in the HTML pass, once, and not in the component payload', async ({ request }) => {
    const answers = completedPersona('P01');
    const res = await request.get('/en/results', { headers: { cookie: `pathway_answers=${encodeURIComponent(JSON.stringify(answers))}` } });
    expect(res.status()).toBe(200);
    const html = await res.text();
    const body = markup(html);
    const payload = componentPayload(html);
    // The drawer was found in the HTML pass and drew the results, not the failure notice.
    expect(body).not.toContain('data-draw-failed');
    expect(count(body, 'data-rules-versions')).toBe(1);
    const options = advise(answers as Answers, 'en');
    for (const option of options) expect(count(body, `id="option-${option.id}"`), option.id).toBe(1);
    // The payload carries what the body is drawn from, not the body.
    expect(payload.length).toBeGreaterThan(1000);
    expect(payload).toContain('"view":"results"');
    expect(payload).not.toContain('data-rules-versions');
    for (const option of options) expect(payload, option.id).not.toContain(`option-${option.id}`);
    expect(payload.length, 'the payload is a fraction of the body').toBeLessThan(body.length / 3);
  });

  test('the first question: its body drawn in the HTML pass, once, and not in the component payload', async ({ request }) => {
    const res = await request.get('/en/q/hostCountry');
    expect(res.status()).toBe(200);
    const html = await res.text();
    const body = markup(html);
    const payload = componentPayload(html);
    expect(body).not.toContain('data-draw-failed');
    expect(count(body, 'data-question="hostCountry"')).toBe(1);
    expect(payload).toContain('"view":"question"');
    expect(payload).not.toContain('data-question');
    // The countries' names are only in the body (the payload carries their codes; the page's title is in both).
    for (const code of ['AT', 'NL', 'PL']) expect(payload).not.toContain(countryName(getT('en'), code, 'en'));
  });
});

for (const lang of LANGS) {
  test(`P01 in ${lang}: the results body is in the HTML once, not again in the component payload`, async ({ request, baseURL }) => {
    const answers = completedPersona('P01');
    const res = await request.get(`/${lang}/results`, { headers: { cookie: `pathway_answers=${encodeURIComponent(JSON.stringify(answers))}` } });
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html, baseURL).toContain('self.__next_f');
    // Markers that only the results body carries, each once in the view.
    expect(count(html, 'data-rules-versions')).toBe(1);
    expect(count(html, 'data-timeline=')).toBe(1);
    const options = advise(answers as Answers, lang);
    expect(options.length).toBeGreaterThan(5);
    for (const option of options) expect(count(html, `id="option-${option.id}"`), option.id).toBe(1);
  });
}

test('P01 with JavaScript: the results survive hydration and the engine, without console errors, and come back after Back from a framework link', async ({ page, context, baseURL }) => {
  // Hydration, the engine and a client-side navigation: 20 to 40 s on a busy 2-core machine.
  test.setTimeout(60_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const answers = completedPersona('P01');
  await setAnswersCookie(context, baseURL!, answers);
  await page.goto('/en/results');
  const expected = advise(answers as Answers, 'en');
  expect(await shownOptions(page)).toEqual(expected);
  // The engine takes over once the page has settled; the body stays the same.
  await expect(page.locator('[data-engine="browser"]')).toBeAttached({ timeout: 15_000 });
  expect(await shownOptions(page)).toEqual(expected);

  // The header's home link is a framework link (client-side navigation);
  // Back then has the router draw the results without their HTML, and the
  // page is loaded from the server.
  await page.locator('header a[href="/en"]').click();
  // The router fetches the start page's payload first: seconds on a busy machine.
  await expect(page).toHaveURL(/\/en$/, { timeout: 15_000 });
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/results$/);
  await expect(page.locator('[data-rules-versions]')).toBeVisible();
  expect(await shownOptions(page)).toEqual(expected);
  expect(errors).toEqual([]);
});

for (const lang of LANGS) {
  test(`the first question in ${lang}: its body is in the HTML once, not again in the component payload`, async ({ request }) => {
    const res = await request.get(`/${lang}/q/hostCountry`);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toContain('self.__next_f');
    expect(count(html, 'name="hostCountry"')).toBeGreaterThan(5);
    // A country's name is written once, as its choice's label (the payload carries only the codes).
    const austria = countryName(getT(lang), 'AT', lang);
    expect(count(html, austria), austria).toBe(1);
    expect(html).toContain(getT(lang)('questions:hostCountry.title'));
  });
}

test('the framework’s router drawing a plain-HTML page itself (no link does, but nothing stops it) loads the page from the server', async ({ page, context, baseURL }) => {
  await page.goto('/en');
  await page.evaluate(() => (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push('/en/q/hostCountry'));
  await expect(page).toHaveURL(/\/en\/q\/hostCountry$/);
  await expect(page.locator('form[data-question="hostCountry"] input[name="hostCountry"]')).toHaveCount(HOST_COUNTRIES.length);

  await setAnswersCookie(context, baseURL!, completedPersona('P01'));
  await page.goto('/en');
  await page.evaluate(() => (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push('/en/results'));
  await expect(page.locator('[data-rules-versions]')).toBeVisible();
});
