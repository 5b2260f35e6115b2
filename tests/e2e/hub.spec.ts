import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import enQuestions from '../../locales/en/questions.json';
import nlHub from '../../locales/nl/hub.json';
import nlQuestions from '../../locales/nl/questions.json';
import ukQuestions from '../../locales/uk/questions.json';
import { formatLongDate } from '../../lib/formats';
import type { Facts } from '../../rules';
import { answerQuestion, AS_OF, expectNoAxeViolations, persona, setAnswersCookie, storedAnswers, type Answers } from './interview-helpers';
import { completeAnswers } from '../fixtures/complete-answers';

/**
 * Hub mode: a volunteer whose interface is Dutch runs three clients in a row
 * on one device (client languages uk, en, uk). Each client answers the first
 * questions on the page (shown in the client's language with the Dutch
 * beside it); the rest of the answers are set in the answers cookie, as the
 * interview would have left them. After "Next client" nothing of the
 * previous client is left: no answers or draft in the cookies, no earlier
 * answer shown, the results page sends to the first question.
 */

const QUESTIONS = { uk: ukQuestions, en: enQuestions, nl: nlQuestions } as const;
/** Completes `start` (the answers given on the page) from a persona, as the interview would ask. */
function completed(start: Facts, id: string): Facts {
  return completeAnswers(start, persona(id), AS_OF);
}

async function cookie(context: BrowserContext, name: string): Promise<string | undefined> {
  const found = (await context.cookies()).find((c) => c.name === name);
  return found ? decodeURIComponent(found.value) : undefined;
}

async function pressNextClient(page: Page): Promise<void> {
  const button = page.locator('[data-action="next-client"]');
  await expect(button).toHaveText(nlHub.nextClient);
  await Promise.all([page.waitForURL(/\/nl$/), button.click()]);
}

const CLIENTS = [
  { lang: 'uk', id: 'P01' },
  { lang: 'en', id: 'P12' },
  { lang: 'uk', id: 'P09' },
] as const;

test('a Dutch volunteer runs three clients in a row (uk, en, uk); after “Next client” nothing of the previous client remains', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);

  // The switch on the start page: the volunteer's language and the client's.
  await page.goto('/nl');
  await page.locator('[data-hub-switch="off"] summary').click();
  await page.locator('#hub-volunteer').selectOption('nl');
  await page.locator('#hub-client').selectOption('uk');
  await Promise.all([page.waitForURL(/\/nl$/), page.locator('[data-action="hub-on"]').click()]);
  await expect(page.locator('[data-hub-switch="on"]')).toBeVisible();
  expect(await cookie(context, 'pathway_hub_mode')).toBe('nl.uk');

  let previous: { answers: Facts; birthText: string } | null = null;
  for (const [n, client] of CLIENTS.entries()) {
    if (n > 0) {
      // Back on the start page after "Next client": choose this client's language.
      await expect(page).toHaveURL(/\/nl$/);
      await page.locator('#hub-client').selectOption(client.lang);
      await Promise.all([page.waitForURL(/\/nl$/), page.locator('[data-action="hub-save"]').click()]);
      expect(await cookie(context, 'pathway_hub_mode')).toBe(`nl.${client.lang}`);
    }
    await Promise.all([page.waitForURL(/\/nl\/q\/hostCountry$/), page.locator('[data-action="start"]').click()]);

    // Nothing of the previous client: no earlier answers, nothing chosen, nothing stored.
    expect(await storedAnswers(context)).toEqual({});
    expect(await cookie(context, 'pathway_draft')).toBeUndefined();
    await expect(page.locator('[data-thread-item]')).toHaveCount(0);
    await expect(page.locator('input[name="hostCountry"]:checked')).toHaveCount(0);

    // The question in the client's language, the volunteer's Dutch beside it, each marked with its language.
    const h1 = page.locator('form[data-question="hostCountry"] legend h1');
    await expect(h1.locator(`[lang="${client.lang}"]`)).toHaveText(QUESTIONS[client.lang].hostCountry.title);
    await expect(h1.locator('[lang="nl"]')).toHaveText(nlQuestions.hostCountry.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('[data-hub-bar] [data-action="next-client"]')).toBeVisible();
    if (n === 0) await expectNoAxeViolations(page);

    // Two questions on the page, the rest set in the cookie.
    const source = persona(client.id);
    const given: Answers = {};
    await answerQuestion(page, source, given);
    await expect(page.locator(`[data-thread-item="hostCountry"] [lang="${client.lang}"]`).first()).toBeVisible();
    await answerQuestion(page, source, given);
    expect(await storedAnswers(context)).toEqual(given);
    if (n === 0) {
      // A refused answer (nothing chosen or typed): the engine in the browser
      // keeps what was typed in the page only; without it a draft cookie
      // would hold it, as here, and "Next client" must wipe that too.
      // The engine takes over once the page has settled: wait for it, so that the refused answer is the engine's to keep.
      await expect(page.locator('[data-engine="browser"]')).toHaveCount(1, { timeout: 15_000 });
      await page.locator('[data-action="continue"]').click();
      await expect(page.locator('[data-error-summary]')).toBeVisible();
      await expect(page.locator('[data-engine="browser"]')).toHaveCount(1);
      expect(await cookie(context, 'pathway_draft')).toBeUndefined();
      const draft = { q: 'hostCountry', v: {}, e: { code: 'choice', fields: ['hostCountry-0'] } };
      await context.addCookies([{ name: 'pathway_draft', value: encodeURIComponent(JSON.stringify(draft)), url: baseURL!, httpOnly: true, sameSite: 'Lax' }]);
      expect(await cookie(context, 'pathway_draft')).toBeDefined();
    }
    const answers = completed(given as Facts, client.id);
    await setAnswersCookie(context, baseURL!, answers);

    await page.goto('/nl/review');
    await expect(page.locator('[data-hub-bar] [data-action="next-client"]')).toBeVisible();
    // The answers in the client's language, the volunteer's Dutch beside them.
    const birthText = await page.locator(`[data-answer="birthDate"] [lang="${client.lang}"]`).innerText();
    expect(birthText).toBe(formatLongDate(String(answers.birthDate), client.lang));
    await expect(page.locator('[data-answer="birthDate"] [lang="nl"]')).toHaveText(formatLongDate(String(answers.birthDate), 'nl'));
    if (previous) {
      // The new client's review shows the new answers only.
      expect(previous.answers.birthDate).not.toBe(answers.birthDate);
      await expect(page.locator('main')).not.toContainText(previous.birthText);
    }
    await page.goto('/nl/results');
    await expect(page.locator('[data-option]').first()).toBeVisible();
    if (previous) await expect(page.locator('main')).not.toContainText(previous.birthText);

    if (n < CLIENTS.length - 1) {
      await pressNextClient(page);
    } else {
      // The last client takes a bilingual summary: the client's language first, the volunteer's second.
      await Promise.all([page.waitForURL(new RegExp(`/${client.lang}/summary\\?second=nl$`)), page.locator('[data-summary-link] [data-action="print"]').click()]);
      await expect(page.locator('[data-summary]')).toHaveAttribute('data-languages', `${client.lang} nl`);
      await pressNextClient(page);
    }

    // Gone: answers, draft; hub mode stays; the results send to the first question.
    expect(await storedAnswers(context)).toEqual({});
    expect(await cookie(context, 'pathway_draft')).toBeUndefined();
    expect(await cookie(context, 'pathway_hub_mode')).toBe(`nl.${client.lang}`);
    await page.goto('/nl/results');
    await expect(page).toHaveURL(/\/nl\/q\/hostCountry$/);
    await expect(page.locator('[data-thread-item]')).toHaveCount(0);
    await page.goto('/nl');
    previous = { answers, birthText };
  }

  // Hub mode off: the cookie is gone and the question pages are as before.
  await Promise.all([page.waitForURL(/\/nl$/), page.locator('[data-action="hub-off"]').click()]);
  expect(await cookie(context, 'pathway_hub_mode')).toBeUndefined();
  await page.goto('/nl/q/hostCountry');
  await expect(page.locator('form[data-question="hostCountry"] legend h1')).toHaveText(nlQuestions.hostCountry.title);
  await expect(page.locator('[data-hub-bar]')).toHaveCount(0);
});

test('in hub mode the steps taken in the browser keep both languages and "Next client"', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'pathway_hub_mode', value: 'nl.uk', url: baseURL!, httpOnly: true, sameSite: 'Lax' }]);
  await page.goto('/nl/q/hostCountry');
  await expect(page.locator('[data-engine="browser"]')).toHaveCount(1, { timeout: 15_000 });
  await page.evaluate(() => ((window as unknown as { pathwaySameDocument: boolean }).pathwaySameDocument = true));
  await page.locator('input[name="hostCountry"][value="NL"]').check();
  await page.locator('[data-action="continue"]').click();
  await expect(page).toHaveURL(/\/nl\/q\/birthDate$/);
  const h1 = page.locator('form[data-question="birthDate"] legend h1');
  await expect(h1.locator('[lang="uk"]')).toHaveText(ukQuestions.birthDate.title);
  await expect(h1.locator('[lang="nl"]')).toHaveText(nlQuestions.birthDate.title);
  await expect(page.locator('[data-hub-bar] [data-action="next-client"]')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pathwaySameDocument?: boolean }).pathwaySameDocument)).toBe(true);
  expect(await storedAnswers(context)).toEqual({ hostCountry: 'NL' });
});
