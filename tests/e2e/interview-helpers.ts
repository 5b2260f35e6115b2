/**
 * Shared steps for the interview journeys (journey.spec.ts with JavaScript,
 * no-js.spec.ts without): answer whatever question the page asks from a
 * persona's answers, walk to the results, and compare the options shown with
 * what the advise command prints for the same answers on the same date.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { FactKey, Facts, HostCountry } from '../../rules';
import { completeAnswers, NEUTRAL_ANSWERS } from '../fixtures/complete-answers';

export const AS_OF = '2026-11-28';
export const LANGS = ['uk', 'nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Answers = Record<string, string | number>;

const ROOT = path.resolve(__dirname, '../..');
const CASES_DIR = path.resolve(ROOT, 'tests/fixtures/cases');

/** A persona's answers from tests/fixtures/cases (the golden personas, contract form). */
export function persona(id: string): Answers {
  return (JSON.parse(readFileSync(path.join(CASES_DIR, `${id}.json`), 'utf8')) as { answers: Answers }).answers;
}

/** A persona's answers after the whole interview (the questions they leave open answered neutrally). */
export function completedPersona(id: string): Facts & { hostCountry: HostCountry } {
  return completeAnswers({}, persona(id), AS_OF);
}

/**
 * Puts answers in the answers cookie, as the interview would have left them:
 * `__Host-pathway_answers`, Secure, path / (a production build; Chromium
 * keeps Secure cookies for http://127.0.0.1). The old name is deleted, as
 * the app deletes it when it writes the answers.
 */
export async function setAnswersCookie(context: BrowserContext, baseURL: string, answers: Facts): Promise<void> {
  await context.clearCookies({ name: 'pathway_answers' });
  const { hostname } = new URL(baseURL);
  await context.addCookies([
    { name: '__Host-pathway_answers', value: encodeURIComponent(JSON.stringify(answers)), domain: hostname, path: '/', secure: true, httpOnly: false, sameSite: 'Lax' },
  ]);
}


export interface ShownOption {
  id: string;
  status: string;
}

const byId = (a: ShownOption, b: ShownOption) => a.id.localeCompare(b.id);

/** What `npm run --silent advise -- - --as-of 2026-11-28 --lang <lang>` prints, as (id, status) pairs. */
export function advise(answers: Answers, lang: Lang): ShownOption[] {
  const out = execFileSync('npm', ['run', '--silent', 'advise', '--', '-', '--as-of', AS_OF, '--lang', lang], {
    cwd: ROOT,
    input: JSON.stringify(answers),
    encoding: 'utf8',
    env: { ...process.env, PATHWAY_AS_OF: AS_OF },
  });
  const advice = JSON.parse(out) as { options: ShownOption[] };
  return advice.options.map(({ id, status }) => ({ id, status })).sort(byId);
}

export async function shownOptions(page: Page): Promise<ShownOption[]> {
  const options = await page
    .locator('[data-option]')
    .evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-option') ?? '', status: el.getAttribute('data-status') ?? '' })));
  return options.sort(byId);
}

/**
 * Text keys that could leak onto a page untranslated: `questions:…` (a
 * namespace and a colon) or `timeline.birthday` (a group of some text file
 * and a dot), built from the English text files so that a new group is
 * covered at once.
 */
const RAW_KEY = (() => {
  const dir = path.join(ROOT, 'locales/en');
  const namespaces: string[] = [];
  const groups = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    namespaces.push(file.slice(0, -5));
    const texts = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(texts)) if (value && typeof value === 'object') groups.add(key);
  }
  return new RegExp(`\\b(?:(?:${namespaces.join('|')}):[A-Za-z]|(?:${[...groups].join('|')})\\.[A-Za-z])`);
})();

/** Web addresses in a text (sources are printed with theirs), which may look like keys: left out of the scan. */
const ADDRESS = /\S*(?:https?:\/\/|www\.)\S*|\b[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2}|gov|org|com|net|int|info)(?:\/\S*)?(?=\s|$|[),;:])/g;

/** The page's visible text holds no raw text key (`questions:…`, `timeline.birthday`). */
export async function expectNoRawKeys(page: Page): Promise<void> {
  expectNoRawKeysIn(await page.locator('body').innerText(), `on ${new URL(page.url()).pathname}`);
}

/** A text (a page's, or a printed summary's from pdftotext) holds no raw text key; `where` names it in the message. */
export function expectNoRawKeysIn(raw: string, where: string): void {
  const text = raw.replace(ADDRESS, ' ');
  const found = RAW_KEY.exec(text);
  expect(found ? text.slice(Math.max(0, found.index - 40), found.index + 60) : null, `a raw text key ${where}`).toBeNull();
}

/** The first screen of the phone the tests run on (playwright.config.ts). */
const SCREEN_HEIGHT = 740;

/**
 * On arrival at a question: the page is at its top, the question's first
 * control (the country search with JavaScript, else the first radio, date
 * part, number or region list) is whole inside the first screen, and so is
 * Change of the latest earlier answer (one tap away).
 */
async function expectQuestionInView(page: Page): Promise<void> {
  const form = page.locator('form[data-question]');
  const key = await form.getAttribute('data-question');
  expect(await page.evaluate(() => window.scrollY), `scrolled on arrival at ${key}`).toBe(0);
  const first = form.locator('input:not([type="hidden"]), select').filter({ visible: true }).first();
  const box = await first.boundingBox();
  expect(box, `the first control of ${key}`).not.toBeNull();
  expect(box!.y + box!.height, `the bottom of the first control of ${key} (${new URL(page.url()).pathname})`).toBeLessThanOrEqual(SCREEN_HEIGHT);
  const change = page.locator('[data-thread-latest] [data-action="change"]');
  if ((await change.count()) > 0) {
    const at = await change.boundingBox();
    expect(at!.y + at!.height, `Change beside the latest answer, above ${key}`).toBeLessThanOrEqual(SCREEN_HEIGHT);
  }
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`),
    `axe on ${new URL(page.url()).pathname}`,
  ).toEqual([]);
}

/**
 * The answers cookie's value as the browser holds it: `__Host-pathway_answers`
 * in a production build, or (seeded by a test, and not moved yet by a
 * request) the name before issue 20. Undefined when there is neither.
 */
export async function answersCookie(context: BrowserContext): Promise<string | undefined> {
  const cookies = await context.cookies();
  return (cookies.find((c) => c.name === '__Host-pathway_answers') ?? cookies.find((c) => c.name === 'pathway_answers'))?.value;
}

/** The answers stored in the answers cookie. */
export async function storedAnswers(context: BrowserContext): Promise<Answers> {
  const cookie = await answersCookie(context);
  return cookie ? (JSON.parse(decodeURIComponent(cookie)) as Answers) : {};
}

async function submitAndLeave(page: Page, click: () => Promise<void>): Promise<void> {
  const before = new URL(page.url()).pathname;
  await Promise.all([page.waitForURL((url) => url.pathname !== before), click()]);
}

/**
 * Answers the question on the page from `answers` ("I don't know" when the
 * persona has no value and the question offers it), records what was given,
 * and waits for the next page. Returns the question's key.
 */
export async function answerQuestion(page: Page, answers: Answers, given: Answers): Promise<string> {
  const form = page.locator('form[data-question]');
  const key = (await form.getAttribute('data-question')) ?? '';
  expect(key).not.toBe('');
  let value = answers[key];
  const offersUnknown = (await form.locator('[data-action="unknown"]').count()) > 0;
  if (value === undefined || value === 'unknown') {
    if (offersUnknown) {
      given[key] = 'unknown';
      await submitAndLeave(page, () => form.locator('[data-action="unknown"]').click());
      return key;
    }
    value = NEUTRAL_ANSWERS[key as FactKey];
    if (value === undefined) throw new Error(`no answer for ${key}`);
  }

  if ((await form.locator(`input[name="${key}-day"]`).count()) > 0) {
    const [y, m, d] = String(value).split('-');
    await form.locator(`input[name="${key}-day"]`).fill(String(Number(d)));
    await form.locator(`input[name="${key}-month"]`).fill(String(Number(m)));
    await form.locator(`input[name="${key}-year"]`).fill(y ?? '');
  } else if ((await form.locator(`select[name="${key}"]`).count()) > 0) {
    await form.locator(`select[name="${key}"]`).selectOption(String(value));
  } else if ((await form.locator(`input[type="radio"][name="${key}"]`).count()) > 0) {
    await form.locator(`input[type="radio"][name="${key}"][value="${String(value)}"]`).check();
  } else {
    const input = form.locator(`input[name="${key}"]`);
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await input.fill(String(value));
  }
  given[key] = value;
  await submitAndLeave(page, () => form.locator('[data-action="continue"]').click());
  return key;
}

/**
 * From the start page to the results: answers every question the page asks,
 * checks the review lists exactly the questions answered, and returns what
 * was given (the answers the results must be evaluated on).
 */
export async function runJourney(
  page: Page,
  lang: Lang,
  answers: Answers,
  options: {
    axe: 'every-page' | 'results' | false;
    /**
     * With JavaScript: wait for the interview engine on the first question and
     * check that every later step happened in the same document (no page load).
     */
    inBrowser?: boolean;
  },
): Promise<{ given: Answers; asked: string[] }> {
  const given: Answers = {};
  const asked: string[] = [];
  const everyPage = options.axe === 'every-page';
  await page.goto(`/${lang}`);
  if (everyPage) await expectNoAxeViolations(page);
  await Promise.all([page.waitForURL(`**/${lang}/q/hostCountry`), page.locator('[data-action="start"]').click()]);
  let pageLoads = 0;
  if (options.inBrowser) {
    await expect(page.locator('[data-engine="browser"]')).toHaveCount(1, { timeout: 15_000 });
    await page.evaluate(() => ((window as unknown as { pathwaySameDocument: boolean }).pathwaySameDocument = true));
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) pageLoads++;
    });
  }

  for (let i = 0; i < 40 && /\/q\//.test(page.url()); i++) {
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('form[data-question] legend h1')).toHaveCount(1);
    await expectQuestionInView(page);
    await expectNoRawKeys(page);
    if (everyPage) await expectNoAxeViolations(page);
    asked.push(await answerQuestion(page, answers, given));
  }

  await expect(page).toHaveURL(new RegExp(`/${lang}/review$`));
  await expectNoRawKeys(page);
  if (everyPage) await expectNoAxeViolations(page);
  const reviewed = await page.locator('[data-review-item]').evaluateAll((els) => els.map((el) => el.getAttribute('data-review-item')));
  expect(reviewed).toEqual(asked);

  await Promise.all([page.waitForURL(`**/${lang}/results`), page.locator('[data-action="continue"]').click()]);
  if (options.inBrowser) {
    await expect(page.locator('[data-option]').first()).toBeVisible();
    expect(pageLoads, 'page loads after the engine took over').toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pathwaySameDocument?: boolean }).pathwaySameDocument)).toBe(true);
  }
  await expectNoRawKeys(page);
  if (options.axe) await expectNoAxeViolations(page);
  return { given, asked };
}

/** Texts of the interview namespace a date error is checked against. */
export interface DateErrorTexts {
  errors: { summaryTitle: string; prefix: string; 'date-impossible': string };
}

/**
 * The refused birth date "day / month / year": the error summary links to the
 * day, the error stands beside the field, what was typed is kept, the title
 * says there is an error, and (with JavaScript: axe needs it) axe finds nothing.
 */
export async function expectImpossibleDateShown(
  page: Page,
  texts: DateErrorTexts,
  typed: { day: string; month: string; year: string },
  options: { axe: boolean },
): Promise<void> {
  // Without JavaScript the address says `?refused` (the draft is shown on that page load only).
  await expect(page).toHaveURL(/\/q\/birthDate(\?refused)?$/);
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toContainText(texts.errors.summaryTitle);
  await expect(summary.getByRole('link', { name: texts.errors['date-impossible'] })).toHaveAttribute('href', '#birthDate-day');
  await expect(page.locator('[data-error-for="birthDate"]')).toContainText(texts.errors['date-impossible']);
  await expect(page.locator('input[name="birthDate-day"]')).toHaveValue(typed.day);
  await expect(page.locator('input[name="birthDate-month"]')).toHaveValue(typed.month);
  await expect(page.locator('input[name="birthDate-year"]')).toHaveValue(typed.year);
  await expect(page.locator('input[name="birthDate-day"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveTitle(new RegExp(`^${texts.errors.prefix}`));
  if (options.axe) await expectNoAxeViolations(page);
}
