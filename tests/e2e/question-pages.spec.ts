import { expect, test, type Page } from '@playwright/test';
import enInterview from '../../locales/en/interview.json';
import nlInterview from '../../locales/nl/interview.json';
import ukInterview from '../../locales/uk/interview.json';
import enQuestions from '../../locales/en/questions.json';
import nlQuestions from '../../locales/nl/questions.json';
import ukQuestions from '../../locales/uk/questions.json';
import enResults from '../../locales/en/results.json';
import nlResults from '../../locales/nl/results.json';
import ukResults from '../../locales/uk/results.json';
import { formatLongDate } from '../../lib/formats';
import { HOST_COUNTRIES } from '../../rules';
import { completeAnswers } from '../fixtures/complete-answers';
import { AS_OF, completedPersona, expectNoAxeViolations, expectNoRawKeys, LANGS, persona, setAnswersCookie, storedAnswers, type Lang } from './interview-helpers';

/**
 * The question pages and the pages around them, at 360 × 740 in uk, nl and
 * en (issue 18 items 5 to 8, issue 19's first question). The whole
 * journeys (journey.spec.ts with JavaScript, no-js.spec.ts without) check on
 * every question that its first control is inside the first screen and that
 * no raw text key shows; here: the first question, the region search, the
 * confirmation before clearing, the quick exit and the print button on the
 * pages outside the interview, a stored "I don't know", the Czech wording of
 * two questions.
 */
test.describe.configure({ timeout: 90_000 });

const INTERVIEW = { uk: ukInterview, nl: nlInterview, en: enInterview } as const;
const QUESTIONS = { uk: ukQuestions, nl: nlQuestions, en: enQuestions } as const;
const RESULTS = { uk: ukResults, nl: nlResults, en: enResults } as const;
const OTHER_COUNTRY = { uk: 'Інша країна', nl: 'Een ander land', en: 'Another country' } as const;
const POLAND = { uk: { typed: 'пол', name: 'Польща' }, nl: { typed: 'pol', name: 'Polen' }, en: { typed: 'pol', name: 'Poland' } } as const;

test('the first question offers every country of the registry and “another country” last; a search box filters them', async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(`/${lang}/q/hostCountry`);
    await expectCountryList(page, lang);
    const search = page.locator('#hostCountry-search');
    await expect(search).toBeVisible();
    await search.fill(POLAND[lang].typed);
    // Poland, and "another country" for a person whose country is not listed.
    await expect(page.locator('label:has(input[name="hostCountry"])').filter({ visible: true })).toHaveText([POLAND[lang].name, OTHER_COUNTRY[lang]]);
    await expect(page.locator('#hostCountry-search-status')).toHaveText(INTERVIEW[lang].country.search.found.replace('{{n}}', '1'));
    // Enter chooses the one match and never sends the form.
    await search.press('Enter');
    await expect(page.locator('input[value="PL"]')).toBeChecked();
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/hostCountry$`));
    if (lang === 'uk') await expectNoAxeViolations(page);
  }
});

/** Every host country of the registry as a radio, named in the page's language, "another country" last. */
async function expectCountryList(page: Page, lang: Lang): Promise<void> {
  const radios = page.locator('input[name="hostCountry"]');
  expect((await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).sort()).toEqual([...HOST_COUNTRIES].sort());
  await expect(page.locator('label:has(input[name="hostCountry"])').last()).toHaveText(OTHER_COUNTRY[lang]);
  await expect(page.locator('label:has(input[value="PL"])')).toHaveText(POLAND[lang].name);
}

test('region search: «київ» and Enter save nothing; Kyiv city and Kyiv oblast are told apart in words', async ({ page, context, baseURL }) => {
  const typed = { uk: 'київ', nl: 'kyiv', en: 'kyiv' } as const;
  // A person from Denmark, up to the region question (Denmark's list names Kyiv oblast, not the city).
  const before = { hostCountry: 'DK', birthDate: '1990-05-01', sex: 'female' } as const;
  await setAnswersCookie(context, baseURL!, before);
  for (const lang of LANGS) {
    await page.goto(`/${lang}/q/originOblast`);
    await expect(page.locator('form[data-question="originOblast"]')).toBeVisible();
    const search = page.locator('#originOblast-search');
    await expect(search).toBeVisible({ timeout: 15_000 });
    await search.fill(typed[lang]);
    const t = INTERVIEW[lang];
    const two = (t.region.search as Record<string, string>)[`matches_${new Intl.PluralRules(lang).select(2)}`]!;
    await expect(page.locator('#originOblast-search-status')).toHaveText(two.replace('{{count}}', '2'));
    await search.press('Enter');
    // Nothing chosen for the person, nothing sent: the list has the focus and the status asks to choose.
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/originOblast$`));
    await expect(page.locator('select[name="originOblast"]')).toHaveValue('');
    await expect(page.locator('select[name="originOblast"]')).toBeFocused();
    await expect(page.locator('#originOblast-search-status')).toContainText(t.region.search.choose);
    expect(await storedAnswers(context)).toEqual(before);
    const shown = await page.locator('select[name="originOblast"] option:not([hidden])').allTextContents();
    expect(shown.filter((o) => o.includes(t.region.notes.kyivCity))).toHaveLength(1);
    expect(shown.filter((o) => o.includes(t.region.notes.kyivOblast))).toHaveLength(1);
    if (lang === 'uk') {
      await expect(page.locator('select[name="originOblast"] option[value="UA-30"]')).toHaveText(`місто Київ — ${t.region.notes.kyivCity}`);
      await expect(page.locator('select[name="originOblast"] option[value="UA-32"]')).toHaveText(`Київська область — ${t.region.notes.kyivOblast}`);
      await expectNoAxeViolations(page);
    }
  }
  // A choice, then Continue: stored.
  await page.locator('select[name="originOblast"]').selectOption('UA-30');
  await page.locator('[data-action="continue"]').click();
  await expect(page).not.toHaveURL(/originOblast$/);
  expect(await storedAnswers(context)).toEqual({ ...before, originOblast: 'UA-30' });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first question’s radios alone; the quick exit on the start, hand-over, rule-book, confirmation and summary pages; no raw text keys; no print button that cannot print', async ({ page, context, baseURL }) => {
    await setAnswersCookie(context, baseURL!, completedPersona('P12'));
    for (const lang of LANGS) {
      // The first question: the radios alone, no search box that could not work.
      await page.goto(`/${lang}/q/hostCountry`);
      await expectCountryList(page, lang);
      await expect(page.locator('#hostCountry-search')).toBeHidden();
      const exit = INTERVIEW[lang].quickExit.label;
      for (const path of [`/${lang}`, `/${lang}/open`, `/${lang}/rules`, `/${lang}/rules/nl`, `/${lang}/clear/confirm?from=results`, `/${lang}/summary`]) {
        await page.goto(path);
        await expect(page.locator('header [data-action="quick-exit"]'), path).toHaveText(exit);
        await expect(page.locator('header [data-action="quick-exit"]')).toHaveAttribute('href', `/${lang}/exit`);
        await expectNoRawKeys(page);
      }
      // The summary: no print button without JavaScript, the browser's print menu instead.
      await expect(page.locator('[data-summary-controls] [data-action="print"]')).toHaveCount(0);
      await expect(page.locator('[data-summary-controls]')).toContainText(RESULTS[lang].printNoScript);
    }
  });

  test('“Clear my answers” asks on a page of its own: No keeps them, Yes deletes them', async ({ page, context, baseURL }) => {
    const answers = completedPersona('P09');
    await setAnswersCookie(context, baseURL!, answers);
    for (const lang of LANGS) {
      const t = INTERVIEW[lang].clearConfirm;
      await page.goto(`/${lang}/results`);
      await page.locator('[data-action="clear"]').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/clear/confirm\\?from=results$`));
      await expect(page.locator('h1')).toHaveText(t.title);
      await expect(page.locator('main')).toContainText(t.body);
      await expect(page.locator('[data-action="clear-confirm"]')).toHaveText(t.yes);
      await page.locator('[data-action="clear-cancel"]').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/results$`));
      expect(await storedAnswers(context)).toEqual(answers);
    }
    await page.goto('/en/review');
    await page.locator('[data-action="clear"]').click();
    await page.locator('[data-action="clear-confirm"]').click();
    await expect(page).toHaveURL(/\/en$/);
    expect(await storedAnswers(context)).toEqual({});
  });

  test('a stored “Prefer not to say” shows as chosen when the person comes back; progress from the rules', async ({ page, context, baseURL }) => {
    const answers = { hostCountry: 'NL', nationality: 'ukrainian', birthDate: 'unknown', sex: 'unknown' } as const;
    await setAnswersCookie(context, baseURL!, answers);
    for (const lang of LANGS) {
      const q = QUESTIONS[lang].sex;
      await page.goto(`/${lang}/q/sex`);
      await expect(page.locator('[data-action="unknown"]')).toHaveText(`✓ ${q.unknown}`);
      await expect(page.locator('[data-action="unknown"]')).toHaveAttribute('data-chosen', 'true');
      await expect(page.locator('[data-current-answer]')).toHaveText(INTERVIEW[lang].currentAnswer.replace('{{answer}}', q.unknownAnswer));
      await expect(page.locator('input[name="sex"]:checked')).toHaveCount(0);
      // "Question 3, about N more" (neededFacts; the answers before it: the host country and the birth date).
      const progress = INTERVIEW[lang].progress.more_other.replace('{{n}}', '\\d+').replace('{{count}}', '\\d+');
      await expect(page.locator('[data-progress]')).toHaveText(new RegExp(`^${progress}$`));
    }
  });
});

test('a person in Czechia reads the Czech wording of two questions, in uk, nl and en', async ({ page, context, baseURL }) => {
  const full = completedPersona('P12');
  for (const key of ['receivesHumanitarianBenefit', 'transitionSchemeRegistered'] as const) {
    // Every answer but this one: the interview asks it next.
    const answers = completeAnswers({}, Object.fromEntries(Object.entries(persona('P12')).filter(([k]) => k !== key)), AS_OF);
    const before = Object.fromEntries(Object.entries(answers).filter(([k]) => k !== key));
    await setAnswersCookie(context, baseURL!, before);
    for (const lang of LANGS) {
      await page.goto(`/${lang}/q/${key}`);
      const own = QUESTIONS[lang][key].byHost.CZ as { title: string; hint?: string };
      await expect(page.locator(`form[data-question="${key}"] h1`)).toHaveText(own.title);
      await expect(page).toHaveTitle(new RegExp(`^${own.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      if (own.hint) await expect(page.locator(`#${key}-hint`)).toHaveText(own.hint);
    }
  }
  // And in the review, in the three languages.
  await setAnswersCookie(context, baseURL!, full);
  for (const lang of LANGS) {
    await page.goto(`/${lang}/review`);
    await expect(page.locator('[data-review-item="receivesHumanitarianBenefit"] dt')).toHaveText(QUESTIONS[lang].receivesHumanitarianBenefit.byHost.CZ.title);
  }
});

test('hub mode: the review and the results follow the client’s language with the volunteer’s beside; the hand-over link opens in the client’s language', async ({ page, context, baseURL }) => {
  const answers = completedPersona('P12');
  await setAnswersCookie(context, baseURL!, answers);
  await context.addCookies([{ name: 'pathway_hub_mode', value: 'nl.uk', url: baseURL!, sameSite: 'Lax' }]);
  await page.goto('/nl/review');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  const h1 = page.locator('h1');
  await expect(h1.locator('[lang="uk"]')).toHaveText(ukInterview.review.title);
  await expect(h1.locator('[lang="nl"]')).toHaveText(nlInterview.review.title);
  const birth = page.locator('[data-answer="birthDate"]');
  await expect(birth.locator('[lang="uk"]')).toHaveText(formatLongDate(String(answers.birthDate), 'uk'));
  await expect(birth.locator('[lang="nl"]')).toHaveText(formatLongDate(String(answers.birthDate), 'nl'));
  await expect(page.locator('[data-review-item="sex"] dt [lang="uk"]')).toHaveText(ukQuestions.sex.title);
  // The controls stay the volunteer's.
  await expect(page.locator('[data-action="continue"]')).toHaveText(nlInterview.review.continue);
  await expectNoRawKeys(page);

  // On to the results, drawn in the page by the engine.
  await expect(page.locator('[data-engine="browser"]')).toHaveCount(1, { timeout: 15_000 });
  await page.locator('[data-action="continue"]').click();
  await expect(page).toHaveURL(/\/nl\/results$/);
  await expect(page.locator('[data-option]').first()).toBeVisible();
  await expect(h1.locator('[lang="uk"]')).toHaveText(ukResults.title);
  await expect(h1.locator('[lang="nl"]')).toHaveText(nlResults.title);
  await expect(page.locator('[data-option] [data-status-text]').first()).toHaveText(/Ви відповідаєте умовам|Можливо|Варто знати|Ви не відповідаєте/);
  await expect(page.locator('[data-handover-link]')).toHaveAttribute('href', /^\/uk\/open#/);
  await expect(page.locator('[data-summary-link] [data-action="print"]')).toHaveText(nlResults.print);
  await expectNoRawKeys(page);
  await expectNoAxeViolations(page);

  // The same page from the server, and the link a client scans at home opens in Ukrainian.
  await page.reload();
  await expect(h1.locator('[lang="uk"]')).toHaveText(ukResults.title);
  const link = await page.locator('[data-handover-link]').getAttribute('href');
  expect(link).toMatch(/^\/uk\/open#/);
  const home = await context.browser()!.newContext();
  const phone = await home.newPage();
  await phone.goto(`${baseURL}${link}`);
  await expect(phone.locator('html')).toHaveAttribute('lang', 'uk');
  await home.close();
});
