import { expect, test } from '@playwright/test';
import enInterview from '../../locales/en/interview.json';
import nlInterview from '../../locales/nl/interview.json';
import ukInterview from '../../locales/uk/interview.json';
import {
  advise,
  answerQuestion,
  expectImpossibleDateShown,
  expectNoAxeViolations,
  LANGS,
  persona,
  runJourney,
  shownOptions,
  storedAnswers,
  type Answers,
} from './interview-helpers';

/**
 * The interview with JavaScript, on a 360 px phone: full journeys per
 * language for three personas (NL, CZ, PL) checked against the advise
 * command; back, change and prune; switching language; the date error;
 * clearing and the quick exit; keyboard only; axe on every page visited.
 */
const INTERVIEW = { uk: ukInterview, nl: nlInterview, en: enInterview } as const;
const PERSONAS = ['P01', 'P12', 'P09'] as const;

test.describe.configure({ timeout: 240_000 });

/**
 * axe takes about 3 s a page on the test machine, so it checks every page of
 * one journey per language and per persona (each kind of question page, the
 * review and the results in every language); the other journeys check the
 * results only. The error pages below are checked in every language too.
 */
const AXE_JOURNEYS = new Set(['P12 in uk', 'P01 in nl', 'P09 in en']);

for (const lang of LANGS) {
  for (const id of PERSONAS) {
    const axe = AXE_JOURNEYS.has(`${id} in ${lang}`);
    test(`${id} in ${lang}: the whole interview runs in the browser without a page load, and its results match the advise command${axe ? '; axe on every page' : ''}`, async ({ page, context }) => {
      const { given } = await runJourney(page, lang, persona(id), { axe: axe ? 'every-page' : 'results', inBrowser: true });
      expect(await storedAnswers(context)).toEqual(given);

      const expected = advise(given, lang);
      expect(expected.length).toBeGreaterThan(0);
      expect(await shownOptions(page)).toEqual(expected);

      // Every option says its status in words, and the page can be printed.
      for (const option of await page.locator('[data-option]').all()) {
        await expect(option.locator('[data-status-text]')).not.toBeEmpty();
      }
      await expect(page.locator('[data-action="print"]')).toBeVisible();
      await expect(page.locator('[data-timeline]')).toBeVisible();
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    });
  }
}

test('back, change and prune: changing sex from male to female removes the stale military answer', async ({ page, context }) => {
  const answers: Answers = { ...persona('P13'), militaryExemption: 'deferment' };
  const { given, asked } = await runJourney(page, 'en', answers, { axe: false });
  expect(asked).toContain('militaryExemption');
  expect(await shownOptions(page)).toEqual(advise(given, 'en'));

  // Back from the results to the review, then change an early answer.
  await page.locator('[data-action="back"]').click();
  await expect(page).toHaveURL(/\/en\/review$/);
  await expect(page.locator('[data-review-item="militaryExemption"]')).toHaveCount(1);
  await page.locator('[data-review-item="sex"] [data-action="change"]').click();
  await expect(page).toHaveURL(/\/en\/q\/sex$/);
  await expect(page.locator('input[name="sex"][value="male"]')).toBeChecked();
  await expectNoAxeViolations(page);

  // The Back link goes to the question before.
  await expect(page.locator('[data-action="back"]')).toHaveAttribute('href', '/en/q/birthDate');

  await page.locator('input[name="sex"][value="female"]').check();
  await page.locator('[data-action="continue"]').click();
  const after: Answers = { ...given, sex: 'female' };
  delete after.militaryExemption;
  for (let i = 0; i < 40 && /\/q\//.test(page.url()); i++) await answerQuestion(page, answers, after);

  await expect(page).toHaveURL(/\/en\/review$/);
  await expect(page.locator('[data-review-item="militaryExemption"]')).toHaveCount(0);
  await expect(page.locator('[data-answer="sex"]')).toHaveText('Female');
  const stored = await storedAnswers(context);
  expect(stored).not.toHaveProperty('militaryExemption');
  expect(stored).toEqual(after);

  await page.locator('[data-action="continue"]').click();
  await expect(page).toHaveURL(/\/en\/results$/);
  await expect(page.locator('[data-answer="militaryExemption"]')).toHaveCount(0);
  expect(await shownOptions(page)).toEqual(advise(after, 'en'));

  // The stale answer cannot come back by asking for its page.
  await page.goto('/en/q/militaryExemption');
  await expect(page).toHaveURL(/\/en\/review$/);
});

test('switching language keeps the answers and the place, also after steps taken in the browser', async ({ page }) => {
  await page.goto('/uk/q/hostCountry');
  await expect(page.locator('[data-engine="browser"]')).toHaveCount(1, { timeout: 15_000 });
  await page.locator('input[name="hostCountry"][value="NL"]').check();
  await page.locator('[data-action="continue"]').click();
  await expect(page).toHaveURL(/\/uk\/q\/birthDate$/);
  // The step happened in the page: the title, the focus and the language links follow it.
  await expect(page).toHaveTitle(/^Яка ваша дата народження\?/);
  await expect(page.locator('form[data-question="birthDate"] h1')).toBeFocused();
  await expect(page.locator('nav a[hreflang="nl"]')).toHaveAttribute('href', '/nl/q/birthDate');
  // The browser's Back button returns to the earlier step, drawn in the page.
  await page.goBack();
  await expect(page.locator('form[data-question="hostCountry"] input[value="NL"]')).toBeChecked();
  await page.goForward();
  await expect(page.locator('form[data-question="birthDate"]')).toBeVisible();
  await page.locator('nav a[hreflang="nl"]').click();
  await expect(page).toHaveURL(/\/nl\/q\/birthDate$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('form[data-question="birthDate"] h1')).toHaveText('Wat is uw geboortedatum?');
  await expect(page.locator('[data-answer="hostCountry"]')).toHaveText('Nederland');
  await expectNoAxeViolations(page);
});

for (const lang of LANGS) {
  test(`an impossible date (31 February) in ${lang}, refused in the browser: error beside the field and in the summary, values kept`, async ({ page }) => {
    await page.goto(`/${lang}/q/hostCountry`);
    await page.locator('input[name="hostCountry"][value="NL"]').check();
    await page.locator('[data-action="continue"]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/birthDate$`));
    await expect(page.locator('[data-engine="browser"]')).toHaveCount(1, { timeout: 15_000 });
    await page.locator('input[name="birthDate-day"]').fill('31');
    await page.locator('input[name="birthDate-month"]').fill('02');
    await page.locator('input[name="birthDate-year"]').fill('1988');
    await page.locator('[data-action="continue"]').click();
    // In the page: the focus moves to the error summary, as GOV.UK's pattern asks.
    await expect(page.locator('[data-error-summary]')).toBeFocused();
    await expectImpossibleDateShown(page, INTERVIEW[lang], { day: '31', month: '02', year: '1988' }, { axe: true });

    // Corrected: the error is gone and the interview goes on.
    await page.locator('input[name="birthDate-day"]').fill('28');
    await page.locator('[data-action="continue"]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/sex$`));
    await expect(page.locator('[data-error-summary]')).toHaveCount(0);
  });
}

test('a number with spaces and thousand separators is read; letters are refused', async ({ page, context }) => {
  const answers: Answers = { ...persona('P12') };
  await page.goto('/en/q/hostCountry');
  const given: Answers = {};
  for (let i = 0; i < 40; i++) {
    const key = await page.locator('form[data-question]').getAttribute('data-question');
    if (key === 'householdAnnualIncome') break;
    await answerQuestion(page, answers, given);
  }
  const input = page.locator('input[name="householdAnnualIncome"]');
  await expect(page.locator('label[for="householdAnnualIncome"]')).toContainText('CZK');
  await input.fill('560 thousand');
  await page.locator('[data-action="continue"]').click();
  await expect(page.locator('[data-error-for="householdAnnualIncome"]')).toHaveText(/whole number/);
  await expect(input).toHaveValue('560 thousand');
  await expectNoAxeViolations(page);
  await input.fill(' 560 000 ');
  await page.locator('[data-action="continue"]').click();
  await expect(page).not.toHaveURL(/householdAnnualIncome$/);
  expect((await storedAnswers(context)).householdAnnualIncome).toBe(560000);
});

test('without answers, the review and results pages send the person to the first question', async ({ page }) => {
  await page.goto('/nl/results');
  await expect(page).toHaveURL(/\/nl\/q\/hostCountry$/);
  await page.goto('/nl/review');
  await expect(page).toHaveURL(/\/nl\/q\/hostCountry$/);
  await page.goto('/nl/q/partner');
  await expect(page).toHaveURL(/\/nl\/q\/hostCountry$/);
});

test('a malformed answer post gets a 400 page in the language, never a 500', async ({ request }) => {
  const unknownQuestion = await request.post('/uk/answer', { form: { question: 'favouriteColour', intent: 'continue' }, maxRedirects: 0 });
  expect(unknownQuestion.status()).toBe(400);
  expect(await unknownQuestion.text()).toContain(ukInterview.badRequest.title);
  const json = await request.post('/nl/answer', { data: { question: 'sex' }, maxRedirects: 0 });
  expect(json.status()).toBe(400);
  expect(await json.text()).toContain(nlInterview.badRequest.title);
  const intent = await request.post('/en/answer', { form: { question: 'hostCountry', hostCountry: 'NL', intent: 'explode' }, maxRedirects: 0 });
  expect(intent.status()).toBe(400);
});

test('clear my answers deletes them and goes to the start page', async ({ page, context }) => {
  await runJourney(page, 'en', persona('P09'), { axe: false });
  expect(Object.keys(await storedAnswers(context)).length).toBeGreaterThan(0);
  // It asks first (a page the engine draws in the browser).
  await page.locator('[data-action="clear"]').click();
  await expect(page).toHaveURL(/\/en\/clear\/confirm\?from=results$/);
  await page.locator('[data-action="clear-confirm"]').click();
  await expect(page).toHaveURL(/\/en$/);
  expect(await storedAnswers(context)).toEqual({});
  await page.goto('/en/results');
  await expect(page).toHaveURL(/\/en\/q\/hostCountry$/);
});

test('quick exit: the link and Escape pressed three times clear the answers and leave', async ({ page, context }) => {
  await context.route('https://www.wikipedia.org/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Wikipedia</title>' }));
  for (const how of ['link', 'escape'] as const) {
    await page.goto('/en/q/hostCountry');
    await page.locator('input[name="hostCountry"][value="PL"]').check();
    await page.locator('[data-action="continue"]').click();
    await expect(page).toHaveURL(/\/en\/q\/birthDate$/);
    expect(await storedAnswers(context)).toEqual({ hostCountry: 'PL' });
    if (how === 'link') {
      await page.locator('[data-action="quick-exit"]').click();
    } else {
      // The key handler is a small client script: wait until it has loaded.
      await page.waitForLoadState('networkidle');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }
    await expect(page).toHaveURL(/wikipedia\.org/);
    expect(await storedAnswers(context)).toEqual({});
  }
});

test('keyboard alone completes a short journey', async ({ page }) => {
  const focused = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}|${el.getAttribute('name') ?? ''}|${el.getAttribute('data-action') ?? ''}` : '';
  });
  /** Presses Tab until the focused element matches. */
  async function tabTo(test: (f: string) => boolean) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (test(await focused())) return;
    }
    throw new Error(`could not reach the element by Tab on ${page.url()}`);
  }
  async function leaveWith(key: 'Enter' | 'Space') {
    const before = new URL(page.url()).pathname;
    await Promise.all([page.waitForURL((url) => url.pathname !== before), page.keyboard.press(key)]);
  }

  await page.goto('/en');
  await tabTo((f) => f.endsWith('|start'));
  await leaveWith('Enter');

  for (let i = 0; i < 40 && /\/q\//.test(page.url()); i++) {
    const key = (await page.locator('form[data-question]').getAttribute('data-question')) ?? '';
    if (key === 'hostCountry') {
      await tabTo((f) => f.startsWith('input|hostCountry'));
      while (!(await page.locator('input[name="hostCountry"][value="NL"]').isChecked())) await page.keyboard.press('ArrowDown');
    } else if (await page.locator('[data-action="unknown"]').count()) {
      await tabTo((f) => f.endsWith('|unknown'));
      await leaveWith('Enter');
      continue;
    } else if (await page.locator(`input[name="${key}-day"]`).count()) {
      await tabTo((f) => f === `input|${key}-day|`);
      await page.keyboard.type('3');
      await page.keyboard.press('Tab');
      await page.keyboard.type('4');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2022');
    } else if (await page.locator(`input[type="radio"][name="${key}"]`).count()) {
      await tabTo((f) => f.startsWith(`input|${key}|`));
      await page.keyboard.press('Space');
    } else {
      await tabTo((f) => f.startsWith(`input|${key}|`));
      await page.keyboard.type('1');
    }
    await tabTo((f) => f.endsWith('|continue'));
    await leaveWith('Enter');
  }

  await expect(page).toHaveURL(/\/en\/review$/);
  await tabTo((f) => f.startsWith('a|') && f.endsWith('|continue'));
  await leaveWith('Enter');
  await expect(page).toHaveURL(/\/en\/results$/);
  await expect(page.locator('[data-option="NL.temporary-protection"]')).toBeVisible();
});

const SEARCH = [
  { lang: 'en', typed: 'kharkiv', status: '1 region matches.' },
  { lang: 'nl', typed: 'charkiv', status: '1 regio gevonden.' },
  { lang: 'uk', typed: 'харк', status: 'Знайдено 1 регіон.' },
] as const;

for (const { lang, typed, status } of SEARCH) {
  test(`the region list can be searched (${lang}): typing chooses the one region that matches`, async ({ page }) => {
    // Norway asks where in Ukraine a person comes from.
    await page.goto(`/${lang}/q/hostCountry`);
    await page.locator('input[name="hostCountry"][value="NO"]').check();
    await page.locator('[data-action="continue"]').click();
    // Norway asks about nationality next: a Ukrainian citizen.
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/nationality$`));
    await page.locator('input[name="nationality"][value="ukrainian"]').check();
    await page.locator('[data-action="continue"]').click();
    // Birth date and sex: "Prefer not to say" (they do not change which regions are listed).
    for (const key of ['birthDate', 'sex']) {
      await expect(page).toHaveURL(new RegExp(`/q/${key}$`));
      await page.locator('[data-action="unknown"]').click();
    }
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/originOblast$`));
    const search = page.locator('#originOblast-search');
    await search.fill(typed);
    await expect(page.locator('#originOblast-search-status')).toHaveText(status);
    await expect(page.locator('select#originOblast')).toHaveValue('UA-63');
    await expectNoAxeViolations(page);
    await search.fill('zzz');
    await expect(page.locator('#originOblast-search-status')).toHaveText(INTERVIEW[lang].region.search.none);
    await search.fill(typed);
    await page.locator('[data-action="continue"]').click();
    await expect(page).not.toHaveURL(/\/q\/originOblast$/);
    await expect(page.locator('[data-answer="originOblast"]')).toBeVisible();
  });
}
