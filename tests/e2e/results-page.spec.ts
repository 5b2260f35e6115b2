import { expect, test, type BrowserContext } from '@playwright/test';
import type { Facts, HostCountry } from '../../rules';
import { completeAnswers } from '../fixtures/complete-answers';
import { advise, AS_OF, LANGS, persona, shownOptions, type Answers } from './interview-helpers';

/**
 * The results page's body is plain HTML drawn in the server's HTML pass and
 * sent once (ADR 12): not again in the page's component payload, kept as it
 * is when the page hydrates, and still there when the framework's router
 * shows the page again from its cache.
 */

function completed(id: string): Facts & { hostCountry: HostCountry } {
  return completeAnswers({}, persona(id), AS_OF);
}

async function setAnswers(context: BrowserContext, baseURL: string, answers: Facts): Promise<void> {
  await context.addCookies([{ name: 'pathway_answers', value: encodeURIComponent(JSON.stringify(answers)), url: baseURL, httpOnly: false, sameSite: 'Lax' }]);
}

const count = (text: string, part: string) => text.split(part).length - 1;

for (const lang of LANGS) {
  test(`P01 in ${lang}: the results body is in the HTML once, not again in the component payload`, async ({ request, baseURL }) => {
    const answers = completed('P01');
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
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const answers = completed('P01');
  await setAnswers(context, baseURL!, answers);
  await page.goto('/en/results');
  const expected = advise(answers as Answers, 'en');
  expect(await shownOptions(page)).toEqual(expected);
  // The engine takes over once the page has settled; the body stays the same.
  await expect(page.locator('[data-engine="browser"]')).toBeAttached({ timeout: 15_000 });
  expect(await shownOptions(page)).toEqual(expected);

  // The header's home link is a framework link (client-side navigation);
  // Back then shows the results again from the router's cache.
  await page.locator('header a[href="/en"]').click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/results$/);
  await expect(page.locator('[data-rules-versions]')).toBeVisible();
  expect(await shownOptions(page)).toEqual(expected);
  expect(errors).toEqual([]);
});
