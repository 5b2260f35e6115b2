import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import { questionFor, restore, send, stepOf } from '../../machines';
import type { FactKey, Facts } from '../../rules';
import { representativeValues } from '../machines/representative-values';
import { startServer } from './server-process';

/**
 * Privacy (issue 7, ADR 2): no page of a journey makes a request to anyone but
 * the app's own origin, and the answers never reach the server's output.
 */

const AS_OF = '2026-11-28';

/** The first representative value of each question, to get past the questions a test does not care about. */
function anyAnswer(key: FactKey): string | number {
  return representativeValues(key)[0] as string | number;
}

/** A complete answer set (up to the review), built by the interview machine from `given`. */
function completeAnswers(given: Partial<Record<FactKey, string | number>>): Facts {
  let snapshot = restore({ asOf: AS_OF, answers: {} });
  for (let step = stepOf(snapshot); step.kind === 'question'; step = stepOf(snapshot)) {
    snapshot = send(snapshot, { type: 'ANSWER', key: step.key, value: (given[step.key] ?? anyAnswer(step.key)) as never });
  }
  return snapshot.context.journey.answers;
}

// ---------------------------------------------------------------------------
// Every request of a journey goes to the app's own origin

/** Answers whatever question the page shows, through its form (contract §4). */
async function answerShownQuestion(page: Page, answers: Partial<Record<FactKey, string | number>>): Promise<FactKey> {
  const form = page.locator('form[data-question]');
  const key = (await form.getAttribute('data-question')) as FactKey;
  const value = answers[key] ?? anyAnswer(key);
  const input = questionFor(key).input;
  if (value === 'unknown') {
    await form.locator('[data-action="unknown"]').click();
    return key;
  }
  if (input === 'date') {
    const [y, m, d] = String(value).split('-');
    await form.locator(`[name="${key}-day"]`).fill(String(Number(d)));
    await form.locator(`[name="${key}-month"]`).fill(String(Number(m)));
    await form.locator(`[name="${key}-year"]`).fill(y!);
  } else if (input === 'number') {
    await form.locator(`[name="${key}"]`).fill(String(value));
  } else if ((await form.locator(`select[name="${key}"]`).count()) > 0) {
    await form.locator(`select[name="${key}"]`).selectOption(String(value));
  } else {
    await form.locator(`input[name="${key}"][value="${value}"]`).check();
  }
  await form.locator('[data-action="continue"]').click();
  return key;
}

test('a journey in the browser makes no request to a third party', async ({ page, context, baseURL }) => {
  test.setTimeout(60_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  await page.goto('/en');
  await page.locator('[data-action="start"]').click();
  await expect(page).toHaveURL(/\/q\/hostCountry$/);
  const given = { hostCountry: 'NL', birthDate: '1977-07-13', monthlyGrossIncome: 98765 } as const;
  for (let i = 0; i < 4; i++) {
    const before = page.url();
    const key = await answerShownQuestion(page, given);
    await expect(page, `after answering ${key}`).not.toHaveURL(before);
  }

  // The rest of the pages of a journey: check your answers, the results, another language, the summary, the rule book.
  const answers = completeAnswers(given);
  await context.addCookies([{ name: 'pathway_answers', value: encodeURIComponent(JSON.stringify(answers)), url: `${origin}/` }]);
  await page.goto('/en/review');
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('/en/results');
  await expect(page.locator('[data-option]').first()).toBeVisible();
  await page.locator('header nav a[hreflang="uk"]').click();
  await expect(page).toHaveURL(/\/uk\/results$/);
  await expect(page.locator('[data-option]').first()).toBeVisible();
  await page.goto('/uk/summary');
  await expect(page.locator('[data-summary]')).toBeVisible();
  await page.goto('/uk/rules');
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForLoadState('load');

  expect(requests.length).toBeGreaterThan(10);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
});

// ---------------------------------------------------------------------------
// The answers never appear in the server's output

/** Answers nobody would log by accident: searched for in the output afterwards. */
const DISTINCT = {
  hostCountry: 'NL',
  birthDate: '1977-07-13',
  monthlyGrossIncome: 98765,
  householdAnnualIncome: 876543,
  arrivalDate: '2022-03-17',
  originOblast: 'UA-46',
} as const;
const NEEDLES = ['1977-07-13', '98765', '98 765', '876543', '2022-03-17', 'UA-46', 'pathway_answers', 'pathway_draft', '%22birthDate%22', '"birthDate"'];

/** The form fields that answer `key` with `value` (contract §4). */
function fieldsFor(key: FactKey, value: unknown): Record<string, string> {
  if (value === 'unknown') return { question: key, intent: 'unknown' };
  if (questionFor(key).input === 'date') {
    const [y, m, d] = String(value).split('-');
    return { question: key, [`${key}-day`]: String(Number(d)), [`${key}-month`]: String(Number(m)), [`${key}-year`]: y! };
  }
  return { question: key, [key]: String(value) };
}

/** Posts a whole journey over HTTP, the way a browser without JavaScript does; returns the answers stored. */
async function postJourney(api: APIRequestContext, lang: string): Promise<number> {
  // Refused answers first (they go back into a short-lived cookie and back onto the page).
  await api.post(`/${lang}/answer`, { form: { question: 'hostCountry', hostCountry: 'NL' } });
  await api.post(`/${lang}/answer`, { form: { question: 'birthDate', 'birthDate-day': '13', 'birthDate-month': '07', 'birthDate-year': '197' } });
  await api.get(`/${lang}/q/birthDate`);
  await api.post(`/${lang}/answer`, { form: { question: 'hostCountry', hostCountry: '98765' } });
  await api.post(`/${lang}/answer`, { data: JSON.stringify(DISTINCT), headers: { 'content-type': 'application/json' } });

  let location = `/${lang}/q/hostCountry`;
  let posts = 0;
  while (location.includes('/q/')) {
    const key = location.split('/q/')[1] as FactKey;
    await api.get(location);
    const value = (DISTINCT as Partial<Record<FactKey, unknown>>)[key] ?? anyAnswer(key);
    const response = await api.post(`/${lang}/answer`, { form: fieldsFor(key, value), maxRedirects: 0 });
    expect(response.status(), `answer to ${key}`).toBe(303);
    const next = response.headers()['location']!;
    expect(next, `${key} was refused`).not.toBe(location);
    location = next;
    posts++;
  }
  expect(location).toBe(`/${lang}/review`);
  expect((await api.get(`/${lang}/review`)).status()).toBe(200);
  const results = await api.get(`/${lang}/results`);
  expect(results.status()).toBe(200);
  expect(await results.text()).toContain('data-option="NL.');
  return posts;
}

test('the answers never appear in the production server\'s output', async () => {
  test.setTimeout(90_000);
  const server = await startServer({ PATHWAY_AS_OF: AS_OF });
  try {
    const api = await playwrightRequest.newContext({ baseURL: server.origin });
    try {
      expect(await postJourney(api, 'en')).toBeGreaterThan(5);
      await postJourney(api, 'uk');
    } finally {
      await api.dispose();
    }
  } finally {
    await server.stop();
  }
  const output = server.output();
  expect(output).toMatch(/Ready/); // the output was captured at all
  for (const needle of NEEDLES) expect(output, `the server printed "${needle}":\n${output}`).not.toContain(needle);
});
