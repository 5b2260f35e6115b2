import { deflateRawSync } from 'node:zlib';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import enCommon from '../../locales/en/common.json';
import { buildAdvice } from '../../lib/advice';
import { encodeHandover, fromBase64Url, toBase64Url, tryDecodeHandover } from '../../lib/handover';
import enHandover from '../../locales/en/handover.json';
import enHub from '../../locales/en/hub.json';
import enInterview from '../../locales/en/interview.json';
import nlInterview from '../../locales/nl/interview.json';
import nlHandover from '../../locales/nl/handover.json';
import nlHub from '../../locales/nl/hub.json';
import ukHandover from '../../locales/uk/handover.json';
import ukHub from '../../locales/uk/hub.json';
import nlCommon from '../../locales/nl/common.json';
import ukCommon from '../../locales/uk/common.json';
import enSummary from '../../locales/en/summary.json';
import nlQuestions from '../../locales/nl/questions.json';
import ukQuestions from '../../locales/uk/questions.json';
import { advise, answerQuestion, answersCookie, AS_OF, completedPersona, expectNoAxeViolations, persona, setAnswersCookie, shownOptions, type Answers } from './interview-helpers';

/**
 * Offline (app/sw.ts with Serwist, components/app/offline.tsx): after a
 * first visit the interview and the results work with the network off;
 * pages still come from the network first, so a new version of the rules
 * reaches the device at the next online visit; and the offline copy never
 * holds an answer. The offline copy is every cache of the site: Serwist's
 * precache of the build's files, and the cache of this build
 * (`pathway-offline-<build id>`) with the kept pages and the texts loaded.
 */
test.describe.configure({ timeout: 180_000 });

/** The cache an earlier build kept its pages and texts in (as the service worker names them). */
const EARLIER_BUILD = 'pathway-offline-an-earlier-build';

/** Every script and style the page has loaded is in the offline copy (the engine's chunks included). */
async function waitUntilKept(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 30_000 });
  await expect(page.locator('[data-engine="browser"]')).toHaveCount(1, { timeout: 15_000 });
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const wanted = performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .filter((u) => new URL(u).pathname.startsWith('/_next/static/'));
          const missing = [];
          for (const url of wanted) if (!(await caches.match(url))) missing.push(url);
          return missing.length;
        }),
      { timeout: 20_000 },
    )
    .toBe(0);
}

/** The pages in the offline copy, in every cache of the site (not the app's files), with their text. */
async function cachedPages(page: Page): Promise<{ path: string; text: string }[]> {
  return page.evaluate(async () => {
    const pages = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        if (url.pathname.startsWith('/_next/static/')) continue;
        pages.push({ path: url.pathname, text: await (await cache.match(request))!.text() });
      }
    }
    return pages.sort((a, b) => a.path.localeCompare(b.path));
  });
}

/** Every path in the offline copy, in every cache of the site. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

test('P12 in Czechia: after one visit, the whole interview and the results work offline, also after a reload', async ({ page, context }) => {
  await page.goto('/en/q/hostCountry');
  await waitUntilKept(page);

  await context.setOffline(true);
  const answers: Answers = persona('P12');
  const given: Answers = {};
  for (let i = 0; i < 40 && /\/q\//.test(page.url()); i++) await answerQuestion(page, answers, given);
  await expect(page).toHaveURL(/\/en\/review$/);
  await Promise.all([page.waitForURL('**/en/results'), page.locator('[data-action="continue"]').click()]);

  const expected = advise(given, 'en');
  expect(await shownOptions(page)).toEqual(expected);
  // The page says which rule versions it used.
  await expect(page.locator('[data-rule-set="CZ"]')).toHaveAttribute('data-version', /^\d{4}-\d{2}-\d{2}$/);

  // A reload without network: the offline copy of the app draws the results from the answers cookie.
  await page.reload();
  await expect(page.locator('[data-option]').first()).toBeVisible({ timeout: 15_000 });
  expect(await shownOptions(page)).toEqual(expected);
  await expect(page).toHaveTitle(/Your options|Results/i);

  // The first question, whose offline copy was fetched without answers: the engine shows the stored answer.
  await page.goto('/en/q/hostCountry');
  await expect(page.locator('input[name="hostCountry"][value="CZ"]')).toBeChecked({ timeout: 15_000 });

  // A question page never visited before opens offline too.
  await page.goto('/en/q/birthDate');
  await expect(page.locator('form[data-question="birthDate"]')).toBeVisible({ timeout: 15_000 });

  // "Clear my answers" works offline too: the answers are gone, the start page opens.
  await page.goto('/en/results');
  await expect(page.locator('[data-engine="browser"]')).toHaveCount(1, { timeout: 15_000 });
  await page.locator('[data-action="clear"]').click();
  await page.locator('[data-action="clear-confirm"]').click();
  await expect(page).toHaveURL(/\/en$/);
  expect((await context.cookies()).find((c) => c.name.endsWith('pathway_answers'))).toBeUndefined();

  // What the cache holds: the start page and the first question, with no answer in them.
  const pages = await cachedPages(page);
  expect(pages.map((p) => p.path)).toEqual(['/en', '/en/q/hostCountry']);
  for (const p of pages) {
    expect(p.text).not.toContain('data-review-item');
    expect(p.text).not.toContain('data-option=');
    expect(p.text).not.toContain(String(given.birthDate));
  }
});

test('pages come from the network first: a new version reaches the device at the next online visit', async ({ page, context }) => {
  await page.goto('/nl/q/hostCountry');
  await waitUntilKept(page);

  // Pretend the device holds an old copy of the page, kept by an earlier
  // build, and that this build (just deployed) has kept nothing yet.
  await page.evaluate(async (earlier) => {
    for (const name of await caches.keys()) if (name.startsWith('pathway-offline-')) await caches.delete(name);
    const cache = await caches.open(earlier);
    await cache.put('/nl/q/hostCountry', new Response('<!doctype html><title>old</title><p>OLD COPY</p>', { headers: { 'content-type': 'text/html' } }));
  }, EARLIER_BUILD);

  // Online: the network's page, not the old copy. The new build renews the copy.
  await page.goto('/nl/q/hostCountry');
  await expect(page.locator('form[data-question="hostCountry"]')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('OLD COPY');
  await expect
    .poll(async () => (await cachedPages(page)).filter((p) => p.path === '/nl/q/hostCountry').map((p) => p.text.includes('OLD COPY')), { timeout: 20_000 })
    .toEqual([false]);

  // Offline: the renewed copy.
  await context.setOffline(true);
  await page.goto('/nl/q/hostCountry');
  await expect(page.locator('form[data-question="hostCountry"]')).toBeVisible({ timeout: 15_000 });
});

test('a new build deletes what earlier builds kept: their pages, and the app files no page of the new build names', async ({ page, context }) => {
  await page.goto('/en/q/hostCountry');
  await waitUntilKept(page);
  const files = () => cachedPaths(page);
  const needed = (await files()).filter((p) => p.startsWith('/_next/static/'));

  // An earlier build kept a Dutch page and files of its own: in its own
  // cache, and in the precache (which Serwist renews per build); a build
  // before issue 21 left a note in localStorage.
  await page.evaluate(async (earlier) => {
    const cache = await caches.open(earlier);
    await cache.put('/nl', new Response('<!doctype html><script src="/_next/static/chunks/earlier-build.js"></script>', { headers: { 'content-type': 'text/html' } }));
    await cache.put('/_next/static/chunks/earlier-build.js', new Response('/* an earlier build */', { headers: { 'content-type': 'text/javascript' } }));
    const precache = (await caches.keys()).find((name) => name.includes('-precache-'))!;
    await (await caches.open(precache)).put('/_next/static/chunks/earlier-precache.js', new Response('/* an earlier build */', { headers: { 'content-type': 'text/javascript' } }));
    localStorage.setItem('pathway-offline-build', 'nl:an-earlier-build en:an-earlier-build');
  }, EARLIER_BUILD);

  // The new build's service worker takes over (here: the same one, installed again).
  await page.evaluate(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 30_000 });
  await expect
    .poll(async () => (await files()).filter((p) => p.includes('earlier-')), { timeout: 30_000 })
    .toEqual([]);
  const after = await files();
  expect(after).not.toContain('/nl');
  expect(after).toEqual(expect.arrayContaining(['/en', '/en/q/hostCountry', ...needed]));
  expect(await page.evaluate(() => localStorage.getItem('pathway-offline-build'))).toBeNull();

  // What this build needs stays: offline, the interview still runs.
  await context.setOffline(true);
  await page.goto('/en/q/hostCountry');
  await expect(page.locator('form[data-question="hostCountry"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-engine="browser"]')).toHaveCount(1, { timeout: 15_000 });
});

test('with the data saver on, neither the engine nor the offline copy is fetched, and the interview still works', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/uk/q/hostCountry');
  await page.waitForLoadState('load');
  const firstLoad = scripts.length;
  // Longer than the engine would wait for the page to settle.
  await page.locator('input[name="hostCountry"][value="CZ"]').focus();
  await page.waitForTimeout(7_000);
  await expect(page.locator('[data-engine="server"]')).toHaveCount(1);
  expect(scripts.length, 'no script after the first load').toBe(firstLoad);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  await page.locator('input[name="hostCountry"][value="CZ"]').check();
  await page.locator('[data-action="continue"]').click();
  await expect(page).toHaveURL(/\/uk\/q\/(?!hostCountry)[A-Za-z]+$/);
});

const COMMON = { uk: ukCommon, nl: nlCommon, en: enCommon } as const;

for (const lang of ['uk', 'nl', 'en'] as const) {
  test(`${lang}: the connection drops before the engine is there: the answer is not sent, the page and the choice stay, and a notice says so`, async ({ page, context }) => {
    // The data saver keeps the engine away, so the question is a plain server form.
    await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
    await page.goto(`/${lang}/q/hostCountry`);
    await expect(page.locator('html')).toHaveAttribute('data-offline-forms', 'ready');
    await expect(page.locator('[data-engine="server"]')).toHaveCount(1);
    const czechia = page.locator('input[name="hostCountry"][value="CZ"]');
    const notice = page.locator('[data-offline-notice]');
    await expect(notice).toHaveCount(0);

    await context.setOffline(true);
    await czechia.check();
    await page.locator('[data-action="continue"]').click();
    await expect(notice).toBeVisible();
    await expect(notice.locator('p')).toHaveText(COMMON[lang].offline.notSent);
    await expect(page.locator('[role="alert"]').filter({ has: notice })).toHaveCount(1);
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/hostCountry$`));
    await expect(czechia).toBeChecked();
    await expectNoAxeViolations(page);

    await notice.getByRole('button', { name: COMMON[lang].offline.close }).click();
    await expect(notice).toHaveCount(0);

    // Back online, the same button sends the answer.
    await context.setOffline(false);
    await page.locator('[data-action="continue"]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/q/(?!hostCountry)[A-Za-z]+$`));
    await expect(notice).toHaveCount(0);
  });
}

test('the notice goes when the connection comes back', async ({ page, context }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
  await page.goto('/en/q/hostCountry');
  await expect(page.locator('html')).toHaveAttribute('data-offline-forms', 'ready');
  await context.setOffline(true);
  await page.locator('input[name="hostCountry"][value="NL"]').check();
  await page.locator('[data-action="continue"]').click();
  await expect(page.locator('[data-offline-notice]')).toBeVisible();
  await context.setOffline(false);
  await expect(page.locator('[data-offline-notice]')).toHaveCount(0);
});

const HUB = { uk: ukHub, nl: nlHub, en: enHub } as const;
/** A client language other than the volunteer's. */
const CLIENT = { uk: 'en', nl: 'uk', en: 'uk' } as const;

async function cookie(context: BrowserContext, name: string): Promise<string | undefined> {
  return (await context.cookies()).find((c) => c.name === name)?.value;
}

async function turnHubOn(page: Page, volunteer: string, client: string): Promise<void> {
  await page.locator('[data-hub-switch="off"] summary').click();
  await page.locator('#hub-volunteer').selectOption(volunteer);
  await page.locator('#hub-client').selectOption(client);
  await page.locator('[data-action="hub-on"]').click();
}

for (const lang of ['uk', 'nl', 'en'] as const) {
  test(`${lang}: without network a volunteer turns hub mode on, starts a next client and turns it off on the start page`, async ({ page, context, baseURL }) => {
    await page.goto(`/${lang}`);
    await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 30_000 });
    await context.setOffline(true);

    await turnHubOn(page, lang, CLIENT[lang]);
    // The kept start page (fetched without cookies) shows hub mode from the cookie written on this device.
    await expect(page.locator('[data-hub-switch="on"] h2')).toHaveText(HUB[lang].switch.onTitle);
    await expect(page.locator('[data-hub-bar] [data-action="next-client"]')).toHaveText(HUB[lang].nextClient);
    await expect(page).toHaveURL(new RegExp(`/${lang}$`));
    expect(await cookie(context, 'pathway_hub_mode')).toBe(`${lang}.${CLIENT[lang]}`);
    await expect(page.locator('[data-offline-notice]')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // "Next client": this client's answers are gone, hub mode stays.
    await setAnswersCookie(context, baseURL!, completedPersona('P01'));
    await page.locator('[data-action="next-client"]').click();
    await expect.poll(() => answersCookie(context)).toBeUndefined();
    await expect(page).toHaveURL(new RegExp(`/${lang}$`));
    await expect(page.locator('[data-hub-switch="on"]')).toBeVisible();
    expect(await cookie(context, 'pathway_hub_mode')).toBe(`${lang}.${CLIENT[lang]}`);

    await page.locator('[data-action="hub-off"]').click();
    await expect(page.locator('[data-hub-switch="off"] summary')).toHaveText(HUB[lang].switch.title);
    await expect(page.locator('[data-hub-bar]')).toHaveCount(0);
    await expect.poll(() => cookie(context, 'pathway_hub_mode')).toBeUndefined();

    // Online again, the server draws the same.
    await context.setOffline(false);
    await page.reload();
    await expect(page.locator('[data-hub-switch="off"]')).toBeVisible();
  });

  test(`${lang}: without network and with no offline copy, hub mode is switched on the page itself and the focus says so`, async ({ page, context }) => {
    // The data saver: no offline copy is kept, so there is no start page to go to.
    await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
    await page.goto(`/${lang}`);
    await expect(page.locator('html')).toHaveAttribute('data-offline-forms', 'ready');
    await context.setOffline(true);

    await turnHubOn(page, lang, CLIENT[lang]);
    await expect(page.locator('#hub-title')).toHaveText(HUB[lang].switch.onTitle);
    await expect(page.locator('#hub-title')).toBeFocused();
    await expect(page.locator('[data-hub-bar]')).toContainText(HUB[lang].bar.label);
    await expect(page).toHaveURL(new RegExp(`/${lang}$`));
    expect(await cookie(context, 'pathway_hub_mode')).toBe(`${lang}.${CLIENT[lang]}`);
    await expect(page.locator('[data-hub-not-kept]')).toHaveCount(0);

    // Another volunteer language, whose pages this device does not keep: the page stays in its language and says why.
    const other = CLIENT[lang];
    await page.locator('#hub-volunteer').selectOption(other);
    await page.locator('[data-action="hub-save"]').click();
    const autonym = (await page.locator(`#hub-volunteer option[value="${other}"]`).textContent())!;
    await expect(page.locator(`[data-hub-not-kept="${other}"]`)).toHaveText(HUB[lang].switch.notKept.replace('{{language}}', autonym));
    await expect(page).toHaveURL(new RegExp(`/${lang}$`));
    expect(await cookie(context, 'pathway_hub_mode')).toBe(`${other}.${CLIENT[lang]}`);
    await expectNoAxeViolations(page);

    await page.locator('[data-action="hub-off"]').click();
    await expect(page.locator('[data-hub-switch="off"] summary')).toBeFocused();
    await expect(page.locator('[data-hub-bar]')).toHaveCount(0);
    await expect.poll(() => cookie(context, 'pathway_hub_mode')).toBeUndefined();
    await expect(page.locator('[data-offline-notice]')).toHaveCount(0);
  });
}

const HANDOVER = { uk: ukHandover, nl: nlHandover, en: enHandover } as const;
const MONTH_EARLIER = '2026-10-28';

for (const lang of ['uk', 'nl', 'en'] as const) {
  test(`${lang}: a hand-over link opened without network shows what changed since its date; a damaged one is refused and stores nothing`, async ({ page, context }) => {
    await page.goto(`/${lang}/q/hostCountry`);
    await waitUntilKept(page);
    await context.setOffline(true);
    const answers = completedPersona('P01');
    // Deflated, as the server writes a link when that is shorter: the browser inflates it on its own.
    const plain = encodeHandover({ asOf: MONTH_EARLIER, answers });
    const fragment = `1z${toBase64Url(deflateRawSync(fromBase64Url(plain.slice(2))))}`;
    expect(tryDecodeHandover(fragment)).toEqual({ asOf: MONTH_EARLIER, answers });

    const damaged = fragment.slice(0, 5) + (fragment[5] === 'A' ? 'B' : 'A') + fragment.slice(6);
    await page.goto(`/${lang}/open#${damaged}`);
    await expect(page.locator('[data-open-state="invalid"] [role="alert"]')).toHaveText(HANDOVER[lang].open.invalid, { timeout: 15_000 });
    expect(await answersCookie(context)).toBeUndefined();
    await expect(page).toHaveURL(new RegExp(`/${lang}/open$`));

    // Opened from another page (from this address, only the fragment would change: no new page load).
    await page.goto(`/${lang}/q/hostCountry`);
    await page.goto(`/${lang}/open#${fragment}`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/open/${MONTH_EARLIER}$`), { timeout: 15_000 });
    const before = buildAdvice(answers, MONTH_EARLIER, lang);
    const now = buildAdvice(answers, AS_OF, lang);
    const expected = now.options.map((o) => ({ id: o.id, before: before.options.find((b) => b.id === o.id)?.status ?? 'none', now: o.status }));
    await expect(page.locator('[data-change-option]')).toHaveCount(expected.length);
    const shown = await page
      .locator('[data-change-option]')
      .evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-change-option'), before: el.getAttribute('data-before'), now: el.getAttribute('data-now') })));
    expect(shown).toEqual(expected);
    await expect(page.locator('[data-rule-set="NL"]')).toBeVisible();
    expect(JSON.parse(decodeURIComponent((await answersCookie(context)) ?? '{}'))).toEqual(answers);
    // The address with the answers is gone from the history entry.
    expect(await page.evaluate(() => window.location.hash)).toBe('');
    await expectNoAxeViolations(page);

    // On to the results, still without network.
    await page.locator('[data-action="results"]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/results$`));
    expect(await shownOptions(page)).toEqual(advise(answers, lang));
  });
}

test('hub mode offline: both languages and "Next client", drawn from the cookies', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'pathway_hub_mode', value: 'nl.uk', url: baseURL!, httpOnly: false, sameSite: 'Lax' }]);
  await page.goto('/nl/q/hostCountry');
  await waitUntilKept(page);
  await context.setOffline(true);
  await page.reload();
  // The offline copy has no hub mode (it was fetched without cookies); the engine draws it again with it.
  await expect(page.locator('[data-hub-bar]')).toBeVisible({ timeout: 15_000 });
  const h1 = page.locator('form[data-question="hostCountry"] legend h1');
  await expect(h1.locator('[lang="uk"]')).toHaveText(ukQuestions.hostCountry.title);
  await expect(h1.locator('[lang="nl"]')).toHaveText(nlQuestions.hostCountry.title);
  await page.locator('input[name="hostCountry"][value="NL"]').check();
  await page.locator('[data-action="continue"]').click();
  await expect(page.locator('form[data-question="birthDate"] legend h1 [lang="uk"]')).toHaveText(ukQuestions.birthDate.title);
});

test('P01 prints her summary offline: drawn on this device as the server draws it; a second language needs texts loaded before', async ({ page, context, baseURL }) => {
  const answers = completedPersona('P01');
  await setAnswersCookie(context, baseURL!, answers);
  // Online: her results in Dutch (the Dutch texts are loaded and kept), then in English.
  await page.goto('/nl/results');
  await waitUntilKept(page);
  await page.goto('/en/results');
  await waitUntilKept(page);
  // The summary in English with Dutch, as the server draws it.
  await page.goto('/en/summary?second=nl');
  const summary = page.locator('[data-summary]');
  await expect(summary).toHaveAttribute('data-languages', 'en nl');
  const online = await summary.innerText();
  await page.goto('/en/results');
  await expect(page.locator('[data-engine="browser"]')).toHaveCount(1, { timeout: 15_000 });

  await context.setOffline(true);
  const link = page.locator('[data-summary-link]');
  await link.locator('select[name="second"]').selectOption('nl');
  await link.locator('[data-action="print"]').click();
  await expect(page).toHaveURL(/\/en\/summary\?second=nl$/);
  await expect(summary).toHaveAttribute('data-languages', 'en nl', { timeout: 15_000 });
  await expect(summary).toHaveAttribute('data-as-of', AS_OF);
  expect(await summary.innerText()).toBe(online);
  await expect(page).toHaveTitle(new RegExp(`^${enSummary.title}`));
  await expect(page.locator('[data-second-missing]')).toHaveCount(0);
  // The summary's own style sheet applies (added by the browser with the page's CSP nonce).
  expect(await page.locator('.sum-h1').evaluate((el) => getComputedStyle(el).fontSize)).toBe('24px');
  // In print only the document shows: the controls are hidden.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-summary-controls]')).toBeHidden();
  await expect(summary).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Ukrainian texts were never loaded on this device: the summary stays in English and says why.
  await page.locator('[data-summary-controls] select[name="second"]').selectOption('uk');
  await page.locator('[data-action="second-language"]').click();
  await expect(page).toHaveURL(/\/en\/summary\?second=uk$/);
  await expect(page.locator('[data-second-missing="uk"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-second-missing="uk"]')).toContainText('Українська');
  await expect(summary).toHaveAttribute('data-languages', 'en');

  // Back to the results, still offline.
  await page.locator('[data-action="back"]').click();
  await expect(page).toHaveURL(/\/en\/results$/);
  await expect(page.locator('[data-option]').first()).toBeVisible({ timeout: 15_000 });
});

test('hub mode offline: the volunteer prints the client’s summary, Ukrainian with Dutch, from the Dutch results; then “Next client” deletes the answers', async ({ page, context, baseURL }) => {
  const answers = completedPersona('P01');
  await context.addCookies([
    { name: 'pathway_hub_mode', value: 'nl.uk', url: baseURL!, httpOnly: false, sameSite: 'Lax' },
    { name: 'pathway_answers', value: encodeURIComponent(JSON.stringify(answers)), url: baseURL!, httpOnly: false, sameSite: 'Lax' },
  ]);
  await page.goto('/nl/results');
  await waitUntilKept(page);
  // The client's language is kept too: the summary is at its address.
  expect((await cachedPages(page)).map((p) => p.path)).toEqual(['/nl', '/nl/q/hostCountry', '/uk', '/uk/q/hostCountry']);

  await context.setOffline(true);
  const link = page.locator('[data-summary-link]');
  await expect(link.locator('select[name="second"]')).toHaveValue('nl');
  await link.locator('[data-action="print"]').click();
  await expect(page).toHaveURL(/\/uk\/summary\?second=nl$/);
  await expect(page.locator('[data-summary]')).toHaveAttribute('data-languages', 'uk nl', { timeout: 15_000 });
  // The controls in the volunteer's language, with "Next client".
  await expect(page.locator('[data-summary-controls]').locator('xpath=..')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('[data-hub-bar]')).toBeVisible();
  await expect(page.locator('[data-option]')).toHaveCount(0);
  await expect(page.locator('[data-summary-option]').first()).toBeVisible();

  // "Next client", still offline: this client's answers are gone, hub mode stays, the volunteer's start page opens.
  await page.locator('[data-action="next-client"]').click();
  await expect(page).toHaveURL(/\/nl$/);
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name.endsWith('pathway_answers'))).toBeUndefined();
  expect(cookies.find((c) => c.name === 'pathway_hub_mode')?.value).toBe('nl.uk');
  await expect(page.locator('h1')).toBeVisible();
});

test('the quick exit without network: the answers are deleted and a blank page shows, never this site', async ({ page, context, baseURL }) => {
  const answers = completedPersona('P01');
  // From the summary as the server drew it (no interview engine on it), and from the results (with it).
  for (const path of ['/en/summary', '/en/results']) {
    await setAnswersCookie(context, baseURL!, answers);
    await context.setOffline(false);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 30_000 });
    await context.setOffline(true);
    await page.locator('[data-action="quick-exit"]').click();
    await expect(page).toHaveURL(/\/en\/exit$/);
    await expect(page.locator('body')).toHaveText('');
    expect(await page.title()).not.toMatch(/Pathway/);
    expect((await context.cookies()).find((c) => c.name.endsWith('pathway_answers'))).toBeUndefined();
  }
});

test('offline without the interview engine kept: the page says it needs the network and that the answers are kept, never shows another step', async ({ page, context, baseURL }) => {
  const answers = completedPersona('P12');
  await setAnswersCookie(context, baseURL!, answers);
  await page.goto('/en/results');
  await waitUntilKept(page);
  // Take out of the offline copy every script the kept question page does not name itself: the engine and its texts.
  const removed = await page.evaluate(async () => {
    const html = await (await caches.match('/en/q/hostCountry'))!.text();
    let n = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (path.endsWith('.js') && !html.includes(path) && (await cache.delete(request))) n++;
      }
    }
    return n;
  });
  expect(removed).toBeGreaterThan(0);
  // ... and out of the browser's own HTTP cache, which would otherwise still hold them (Chromium).
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');

  await context.setOffline(true);
  await page.goto('/en/review');
  await expect(page.locator('[data-engine-unavailable]')).toHaveText(enInterview.offlineUnavailable, { timeout: 15_000 });
  await expect(page.locator('form[data-question]')).toHaveCount(0);
  expect((await context.cookies()).find((c) => c.name.endsWith('pathway_answers'))).toBeDefined();
});

test('offline, a page the offline copy cannot draw (the rule book) says it needs the network; the start page opens as kept', async ({ page, context }) => {
  await page.goto('/en/q/hostCountry');
  await waitUntilKept(page);
  await context.setOffline(true);
  for (const path of ['/en/rules', '/en/rules/nl']) {
    await page.goto(path);
    await expect(page.locator('[data-engine-unavailable]')).toHaveText(enInterview.offlineUnavailable, { timeout: 15_000 });
    await expect(page.locator('form[data-question]')).toHaveCount(0);
  }
  // A language whose pages this device does not keep: a notice, not the browser's error page.
  await page.goto('/nl/rules/cz');
  await expect(page.locator('[data-offline-notice="nl"]')).toHaveText(nlInterview.offlineUnavailable);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.goto('/en');
  await expect(page.locator('[data-engine-unavailable]')).toHaveCount(0);
  await expect(page.locator('a[href="/en/q/hostCountry"]').first()).toBeVisible();
});
