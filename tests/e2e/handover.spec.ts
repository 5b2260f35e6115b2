import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { buildAdvice } from '../../lib/advice';
import { decodeHandover, encodeHandover } from '../../lib/handover';
import type { Facts, HostCountry } from '../../rules';
import { completeAnswers } from '../fixtures/complete-answers';

/**
 * The hand-over: the results page carries the answers and the date in a QR
 * code and a link whose fragment (after #) never reaches the server; opening
 * the link in another browser re-checks the answers with today's rules and
 * shows what changed, option by option. Answers are seeded through the
 * answers cookie, not by clicking through the interview.
 */
test.describe.configure({ timeout: 60_000 });

const AS_OF = '2026-11-28';
const MONTH_EARLIER = '2026-10-28';
const BASE = `http://127.0.0.1:${process.env.PATHWAY_E2E_PORT ?? 3100}`;

/** A persona's answers completed as the interview would: every question on the path answered. */
function completed(id: string): Facts & { hostCountry: HostCountry } {
  const raw = JSON.parse(readFileSync(path.resolve(__dirname, `../fixtures/cases/${id}.json`), 'utf8')) as { answers: Record<string, unknown> };
  return completeAnswers(raw.answers as Facts, raw.answers, AS_OF);
}

async function seed(context: BrowserContext, answers: Facts): Promise<void> {
  await context.addCookies([{ name: 'pathway_answers', value: encodeURIComponent(JSON.stringify(answers)), url: BASE, httpOnly: false, sameSite: 'Lax' }]);
}

/** Every URL the page asked the server for (the fragment is never part of one). */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

function expectNoAnswersIn(urls: string[], answers: Facts): void {
  const values = Object.values(answers).map(String).filter((v) => v.length > 2);
  for (const url of urls) {
    const { pathname, search } = new URL(url);
    for (const v of values) expect(`${pathname}${search}`, url).not.toContain(encodeURIComponent(v));
  }
}

test('P01: the results carry a QR code and a link with the answers after #; a new browser opens it and sees what changed', async ({ page, context, browser }) => {
  const answers = completed('P01');
  await seed(context, answers);
  await page.goto('/en/results');
  const block = page.locator('[data-handover]');
  // Folded under its heading at the foot of the results (issue 18): one tap opens it.
  await expect(block.locator('svg[data-qr-code]')).toBeHidden();
  await block.locator('summary').click();
  await expect(block.locator('svg[data-qr-code]')).toBeVisible();
  await expect(block.locator('svg[data-qr-code] path')).toHaveAttribute('d', /^M\d/);

  const link = block.locator('a[data-handover-link]');
  const shown = (await link.textContent()) ?? '';
  const href = (await link.getAttribute('href')) ?? '';
  const url = new URL(shown);
  expect(url.origin).toBe(BASE);
  expect(`${url.pathname}${url.hash}`).toBe(href);
  expect(url.pathname).toBe('/en/open');
  expect(url.search).toBe('');
  // The QR code holds the same link; the fragment holds the answers and the date.
  await expect(block.locator('svg[data-qr-code]')).toHaveAttribute('data-qr-text', shown);
  expect(decodeHandover(url.hash)).toEqual({ asOf: AS_OF, answers });
  // The rule book is one click away.
  await expect(block.locator('a[data-rule-book-link="NL"]')).toHaveAttribute('href', '/en/rules/nl');

  // A new browser (the client's phone): nothing stored yet.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const phonePage = await phone.newPage();
  const requests = recordRequests(phonePage);
  await phonePage.goto(shown);
  await expect(phonePage).toHaveURL(`${BASE}/en/open/${AS_OF}`);
  await expect(phonePage.locator('h1')).toContainText('What changed since');
  const rows = phonePage.locator('[data-change-option]');
  const today = buildAdvice(answers, AS_OF, 'en');
  await expect(rows).toHaveCount(today.options.length);
  await expect(phonePage.locator('[data-changed-count="0"]')).toBeVisible();
  // The answers are now kept on the phone, and the full results work there.
  const stored = (await phone.cookies()).find((c) => c.name === '__Host-pathway_answers');
  expect(JSON.parse(decodeURIComponent(stored?.value ?? '{}'))).toEqual(answers);
  await phonePage.locator('[data-action="results"]').click();
  await expect(phonePage).toHaveURL(`${BASE}/en/results`);
  await expect(phonePage.locator('[data-option]')).toHaveCount(today.options.length);
  // Nothing of the answers went over the wire in an address; the fragment never does.
  expect(requests.some((u) => u.includes('#'))).toBe(false);
  expectNoAnswersIn(requests, answers);
  await phone.close();
});

test('a link from a month earlier lists each option with its status then and now; a damaged link is refused', async ({ page }) => {
  const answers = completed('P01');
  const fragment = encodeHandover({ asOf: MONTH_EARLIER, answers });
  const requests = recordRequests(page);
  await page.goto(`/uk/open#${fragment}`);
  await expect(page).toHaveURL(`${BASE}/uk/open/${MONTH_EARLIER}`);
  expectNoAnswersIn(requests, answers);

  const before = buildAdvice(answers, MONTH_EARLIER, 'uk');
  const now = buildAdvice(answers, AS_OF, 'uk');
  const expected = now.options.map((o) => ({
    id: o.id,
    before: before.options.find((b) => b.id === o.id)?.status ?? 'none',
    now: o.status,
  }));
  const shown = await page.locator('[data-change-option]').evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-change-option'), before: el.getAttribute('data-before'), now: el.getAttribute('data-now') })),
  );
  expect(shown).toEqual(expected);
  // Each option says both statuses in words, and why today.
  for (const row of await page.locator('[data-change-option]').all()) {
    await expect(row.locator('[data-when="before"]')).not.toBeEmpty();
    await expect(row.locator('[data-when="now"]')).not.toBeEmpty();
  }
  await expect(page.locator('[data-change-option="NL.transition-permit"] [data-reason]').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

  // A link with a character changed: refused, nothing stored, a way to start again.
  const damaged = fragment.slice(0, 5) + (fragment[5] === 'A' ? 'B' : 'A') + fragment.slice(6);
  const other = await page.context().browser()!.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(`/en/open#${damaged}`);
  await expect(otherPage.locator('[data-open-state="invalid"] [role="alert"]')).toContainText('damaged or incomplete');
  expect((await other.cookies()).some((c) => c.name.endsWith('pathway_answers'))).toBe(false);
  await other.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the landing page explains why the link needs JavaScript and offers to start', async ({ page, context }) => {
    await page.goto(`/nl/open#${encodeHandover({ asOf: AS_OF, answers: completed('P01') })}`);
    await expect(page.locator('h1')).toHaveText('Een bewaarde uitkomst openen');
    // The explanation is the page's <noscript>: a browser without JavaScript shows it. (Chromium
    // under Playwright's script switch still parses <noscript> as text, so the markup is checked.)
    const html = await page.content();
    expect(html).toMatch(/<noscript>[\s\S]*JavaScript staat in uw browser uit[\s\S]*href="\/nl\/q\/hostCountry"[\s\S]*<\/noscript>/);
    await expect(page.locator('[data-open-state="idle"]')).toHaveCount(1);
    expect((await context.cookies()).some((c) => c.name.endsWith('pathway_answers'))).toBe(false);
  });
});
