import { expect, test } from '@playwright/test';
import enInterview from '../../locales/en/interview.json';
import nlInterview from '../../locales/nl/interview.json';
import ukInterview from '../../locales/uk/interview.json';
import enQuestions from '../../locales/en/questions.json';
import nlQuestions from '../../locales/nl/questions.json';
import ukQuestions from '../../locales/uk/questions.json';
import { advise, expectImpossibleDateShown, LANGS, persona, runJourney, shownOptions, storedAnswers } from './interview-helpers';

/**
 * The same interview with JavaScript switched off: plain forms posted to the
 * server and links give the same journey and the same results. (No axe here:
 * it needs JavaScript in the page.)
 */
test.use({ javaScriptEnabled: false });
test.describe.configure({ timeout: 120_000 });

const INTERVIEW = { uk: ukInterview, nl: nlInterview, en: enInterview } as const;
const QUESTIONS = { uk: ukQuestions, nl: nlQuestions, en: enQuestions } as const;
const JOURNEYS = [
  { lang: 'uk', id: 'P01' },
  { lang: 'nl', id: 'P12' },
  { lang: 'en', id: 'P09' },
  { lang: 'en', id: 'P01' },
  { lang: 'uk', id: 'P12' },
  { lang: 'nl', id: 'P09' },
] as const;

for (const { lang, id } of JOURNEYS) {
  test(`${id} in ${lang} without JavaScript: the whole interview to results matches the advise command`, async ({ page, context }) => {
    const { given } = await runJourney(page, lang, persona(id), { axe: false });
    expect(await storedAnswers(context)).toEqual(given);
    expect(await shownOptions(page)).toEqual(advise(given, lang));
    await expect(page.locator('[data-timeline]')).toBeVisible();

    // Change an answer from the results page without JavaScript: the answers open with a tap
    // (folded at the foot of the results, issue 18), then back to that question, pre-filled.
    await page.locator('[data-your-answers] summary').click();
    await page.locator('[data-review-item="hostCountry"] [data-action="change"]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/hostCountry$`));
    await expect(page.locator(`input[name="hostCountry"][value="${String(given.hostCountry)}"]`)).toBeChecked();
  });
}

for (const lang of LANGS) {
  test(`an impossible date (31 February) in ${lang} without JavaScript: error beside the field and in the summary, values kept`, async ({ page }) => {
    const texts = INTERVIEW[lang];
    await page.goto(`/${lang}/q/hostCountry`);
    await page.locator('input[name="hostCountry"][value="CZ"]').check();
    await page.locator('[data-action="continue"]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/birthDate$`));
    await page.locator('input[name="birthDate-day"]').fill(' 31');
    await page.locator('input[name="birthDate-month"]').fill('2');
    await page.locator('input[name="birthDate-year"]').fill('1990');
    await page.locator('[data-action="continue"]').click();

    await expectImpossibleDateShown(page, texts, { day: ' 31', month: '2', year: '1990' }, { axe: false });

    // A question without an answer: "choose one" beside the radios, nothing stored.
    await page.locator('input[name="birthDate-day"]').fill('30');
    await page.locator('input[name="birthDate-month"]').fill('1');
    await page.locator('[data-action="continue"]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/sex$`));
    await page.locator('[data-action="continue"]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/sex\\?refused$`));
    // Sex offers "Prefer not to say", and its error says so.
    await expect(page.locator('[data-error-for="sex"]')).toContainText(QUESTIONS[lang].sex.errors['choice-or-unknown']);
    await expect(page.locator('[data-action="unknown"]')).toHaveText(QUESTIONS[lang].sex.unknown);
    await expect(page.locator('[data-error-summary] a')).toHaveAttribute('href', '#sex-0');

    // Once the person has left the question, the old error does not come back (the draft cookie lives on for a while).
    await page.locator('[data-action="back"]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/birthDate$`));
    await page.goto(`/${lang}/q/sex`);
    await expect(page.locator('form[data-question="sex"]')).toBeVisible();
    await expect(page.locator('[data-error-summary], [data-error-for]')).toHaveCount(0);
  });
}

test('the quick exit link works without JavaScript', async ({ page, context }) => {
  await context.route('https://www.wikipedia.org/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Wikipedia</title>' }));
  await page.goto('/nl/q/hostCountry');
  await page.locator('input[name="hostCountry"][value="NL"]').check();
  await page.locator('[data-action="continue"]').click();
  await expect(page).toHaveURL(/\/nl\/q\/birthDate$/);
  await page.locator('[data-action="quick-exit"]').click();
  await expect(page).toHaveURL(/wikipedia\.org/);
  expect(await storedAnswers(context)).toEqual({});
});
