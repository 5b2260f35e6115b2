import type { Page } from '@playwright/test';
import { expectNoRawKeysIn } from './interview-helpers';

/**
 * The scan for raw text keys (interview-helpers.ts) over the whole results
 * page, every fold opened: the option rows' "More", the timeline, the hubs
 * in other countries, the rules used, the hand-over and the answers (issue 18).
 */
export async function expectNoRawKeysFoldsOpen(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  expectNoRawKeysIn(await page.locator('main').innerText(), `on ${new URL(page.url()).pathname}, every fold opened`);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
}
