import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The scan for raw text keys on the results, the timeline and the printed summary (issue 18), in any language. */

/**
 * Text keys that could leak onto a page untranslated ("results:…",
 * "timeline.birthday"): a namespace and a colon, or a group of some text file
 * and a dot, from the English text files.
 */
const RAW_KEY = (() => {
  const dir = path.resolve(__dirname, '../../locales/en');
  const namespaces: string[] = [];
  const groups = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    namespaces.push(file.slice(0, -5));
    for (const [key, value] of Object.entries(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>)) {
      if (value && typeof value === 'object') groups.add(key);
    }
  }
  return new RegExp(`\\b(?:(?:${namespaces.join('|')}):[A-Za-z]|(?:${[...groups].join('|')})\\.[A-Za-z])`);
})();
/** Web addresses (which may look like keys) are left out of the scan. */
const ADDRESS = /\S*(?:https?:\/\/|www\.)\S*|\b[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2}|gov|org|com|net|int|info)(?:\/\S*)?(?=\s|$|[),;:])/g;

/** No raw text key in the text of the page, every fold opened (the timeline, the options, the answers). */
export async function expectNoRawKeys(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  expectNoRawKeysIn(await page.locator('main').innerText(), new URL(page.url()).pathname);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
}

/** No raw text key in a text (a page's, or a printed summary's from pdftotext). */
export function expectNoRawKeysIn(raw: string, where: string): void {
  const text = raw.replace(ADDRESS, ' ');
  const found = RAW_KEY.exec(text);
  expect(found ? text.slice(Math.max(0, found.index - 40), found.index + 60) : null, `a raw text key in ${where}`).toBeNull();
}

