import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/**
 * The start page, as a new user on a 360 px phone meets it: `/` picks the
 * language from the browser, the page is in that language, the language
 * switch keeps the user on the same page, and axe finds no violations.
 */
const CASES = [
  { lang: 'uk', acceptLanguage: 'uk-UA,uk;q=0.9,en;q=0.5', start: 'Почати', switchTo: 'en', switchLabel: 'English', date: '28 листопада 2026 р.' },
  { lang: 'nl', acceptLanguage: 'nl-NL,nl;q=0.9,en;q=0.5', start: 'Beginnen', switchTo: 'uk', switchLabel: 'Українська', date: '28 november 2026' },
  { lang: 'en', acceptLanguage: 'en-GB,en;q=0.9', start: 'Start', switchTo: 'nl', switchLabel: 'Nederlands', date: '28 November 2026' },
] as const;

for (const c of CASES) {
  test.describe(`start page in ${c.lang}`, () => {
    test.use({ locale: c.acceptLanguage.split(',')[0], extraHTTPHeaders: { 'Accept-Language': c.acceptLanguage } });

    test(`/ redirects to /${c.lang}; language switch keeps the page; no axe violations`, async ({ page }) => {
      const response = await page.goto('/');
      expect(response?.status()).toBe(200);
      const redirect = await response?.request().redirectedFrom()?.response();
      expect(redirect?.status()).toBe(307);
      await expect(page).toHaveURL(new RegExp(`/${c.lang}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);

      // The start page: one heading, the date of the rules (pinned by PATHWAY_AS_OF), a Start link.
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByText(c.date)).toBeVisible();
      const start = page.getByRole('link', { name: c.start, exact: true });
      await expect(start).toBeVisible();
      await expect(start).toHaveAttribute('href', `/${c.lang}/q/hostCountry`);

      // Nothing overflows a 360 px screen sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

      // The language switch: every language listed, the current one marked.
      const nav = page.locator('nav[aria-label]').first();
      await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('hreflang', c.lang);
      await expect(nav.locator('a[hreflang]')).toHaveCount(3);
      const target = nav.getByRole('link', { name: c.switchLabel });
      await expect(target).toHaveAttribute('lang', c.switchTo);
      await target.click();
      await expect(page).toHaveURL(new RegExp(`/${c.switchTo}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', c.switchTo);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
}

test('an unknown language path answers 404 with a page in all three languages, not a crash', async ({ page }) => {
  const response = await page.goto('/xx');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const [lang, title] of [['uk', 'Сторінку не знайдено'], ['nl', 'Pagina niet gevonden'], ['en', 'Page not found']]) {
    const section = page.locator(`section[lang="${lang}"]`);
    await expect(section.getByRole('heading', { name: title })).toBeVisible();
    await expect(section.locator(`a[href="/${lang}"]`)).toHaveCount(1);
  }
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('an unknown page inside a language answers 404 too', async ({ page }) => {
  const response = await page.goto('/nl/does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.locator('section[lang="nl"]').getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute(
    'href',
    '/nl',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the start page, its language switch and the 404 page are rendered on the server', async ({ page }) => {
    await page.goto('/nl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Beginnen', exact: true })).toHaveAttribute('href', '/nl/q/hostCountry');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    const response = await page.goto('/xx/yy');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
