import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hubInHostCountry } from '../../lib/summary';
import { buildAdvice } from '../../lib/advice';
import { getT } from '../../lib/i18n';
import { formatLongDate } from '../../lib/formats';
import { completeAnswers } from '../fixtures/complete-answers';
import { AS_OF, completedPersona, expectNoAxeViolations, expectNoRawKeysIn, setAnswersCookie } from './interview-helpers';

/**
 * The pathway summary a caseworker can file (issue 18, item 9): P01's
 * answers (set in the answers cookie, as the interview would have left
 * them) printed to an A4 PDF in Chromium, bilingual Ukrainian and Dutch, on
 * at most three pages; body text at 10 pt and sources at 8 pt at least; the
 * text (pdftotext) carries every option with its status, the rule-set
 * versions, the deadlines, what to do now, the sentences worked out for her,
 * who to call, the timeline and each source's address, in both languages,
 * and no raw text key. A person in a country without rules gets where to
 * get help. And the way there from the results page.
 */

/** pdftotext joins wrapped lines with a line break: compare with all white space as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

test('P01 in Ukrainian with Dutch: the A4 PDF has both languages, every option, status, version, deadline, conclusion and the timeline, on at most 3 pages', async ({ page, context, baseURL }, testInfo) => {
  // axe over the whole two-language document takes a while on a loaded machine.
  test.setTimeout(90_000);
  const answers = completedPersona('P01');
  await setAnswersCookie(context, baseURL!, answers);
  await page.goto('/uk/summary?second=nl');
  await expect(page.locator('[data-summary]')).toHaveAttribute('data-languages', 'uk nl');
  await expect(page.locator('[data-summary]')).toHaveAttribute('data-as-of', AS_OF);
  await expect(page.locator('[data-action="print"]')).toBeVisible();
  await expectNoAxeViolations(page);

  // Readable in a file: body text 10 pt (13.33 CSS px) and sources 8 pt at least.
  await page.emulateMedia({ media: 'print' });
  const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('[data-summary] [data-summary-option] p')).toBeGreaterThanOrEqual(13.3);
  expect(await size('[data-summary] [data-timeline] li')).toBeGreaterThanOrEqual(13.3);
  expect(await size('[data-summary] [data-source-number]')).toBeGreaterThanOrEqual(10.6);
  await page.emulateMedia({ media: null });

  // The "prepared with" line is typed on the page only (never in the URL) and printed.
  await page.locator('#prepared-with').fill('Sociale hub Utrecht');
  expect(page.url()).not.toContain('Utrecht');

  const pdfPath = testInfo.outputPath('summary-P01-uk-nl.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
  const text = flat(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
  await testInfo.attach('summary.txt', { body: text, contentType: 'text/plain' });
  expect(pages, 'a typical person’s bilingual summary fits three A4 pages').toBeLessThanOrEqual(3);
  expect(pages).toBeGreaterThanOrEqual(1);

  for (const lang of ['uk', 'nl'] as const) {
    const t = getT(lang);
    const advice = buildAdvice(answers, AS_OF, lang);
    expect(text).toContain(flat(t('summary:title')));
    expect(text).toContain(formatLongDate(AS_OF, lang));
    for (const set of advice.ruleSets) expect(text, `${lang}: version of ${set.id}`).toContain(formatLongDate(set.version, lang));
    // Every option but the hubs in other countries (counted in one line; named on the results page).
    for (const option of advice.options.filter((o) => o.kind !== 'hub' || hubInHostCountry(o, 'NL'))) expect(text, `${lang}: ${option.id}`).toContain(flat(option.title));
    // Every option but the hubs states its status in words: count them.
    for (const status of ['eligible', 'maybe', 'not-eligible', 'info'] as const) {
      const word = flat(t(`common:status.${status}`));
      const expected = advice.options.filter((o) => o.kind !== 'hub' && o.status === status).length;
      const found = text.split(word).length - 1;
      expect(found, `${lang}: “${word}”`).toBeGreaterThanOrEqual(expected);
    }
    for (const option of advice.options.filter((o) => o.deadline)) {
      expect(text, `${lang}: deadline of ${option.id}`).toContain(flat(`${t('results:deadline')}: ${formatLongDate(option.deadline!, lang)}`));
      if (typeof option.daysLeft === 'number') expect(text).toContain(flat(t('results:daysLeft', { count: option.daysLeft })));
    }
    expect(text).toContain(flat(t('summary:disclaimer')));
  }
  // What to do now, the sentences worked out for her, who to call and the timeline, in both languages.
  for (const line of [
    'Підтримуйте свою реєстрацію чинною і виберіть наступний крок: до 4 березня 2027 р. · залишилося 96 днів',
    'Houd uw inschrijving geldig en kies uw volgende stap: uiterlijk 4 maart 2027 · nog 96 dagen',
    'Для вас: Жінки можуть вільно перетинати кордон.',
    'Voor u: Vrouwen mogen de grens vrij oversteken.',
    'Якщо ви станете громадянином цієї країни, український закон не дозволяє зберегти українське громадянство.',
    'Als u daar staatsburger wordt, staat de Oekraïense wet niet toe dat u uw Oekraïense nationaliteit houdt.',
    'IND: телефон 088 043 0430',
    'IND: telefoon 088 043 0430',
    'Що зміниться і коли',
    '5 березня 2027 р.: Наступний день після завершення тимчасового захисту.',
    '5 maart 2027: De dag na het einde van de tijdelijke bescherming.',
  ]) {
    expect(text).toContain(line);
  }
  // Each source with the address a person can type.
  expect(text).toContain('IND, 2023-06-08: ind.nl/nl/nieuws/ind-informeert-derdelanders-uit-oekraine-over-asielprocedure');
  expectNoRawKeysIn(text, 'in the printed summary');
  expect(text).toContain('Sociale hub Utrecht');
  // No navigation or buttons in print.
  for (const chrome of [getT('uk')('summary:printNow'), getT('uk')('interview:quickExit.label'), getT('uk')('hub:nextClient')]) {
    expect(text).not.toContain(chrome);
  }
});

test('the results page’s print button leads to the summary with a second language; without answers the summary sends to the questions', async ({ page, context, baseURL, browser }, testInfo) => {
  await setAnswersCookie(context, baseURL!, completedPersona('P09'));
  await page.goto('/en/results');
  await page.locator('#summary-second').selectOption('uk');
  await Promise.all([page.waitForURL(/\/en\/summary\?second=uk$/), page.locator('[data-action="print"]').click()]);
  await expect(page.locator('[data-summary]')).toHaveAttribute('data-languages', 'en uk');
  await expect(page.locator('[data-summary] [data-summary-option]').first()).toBeVisible();

  // Printed in English: her conclusions and the timeline, the CUKR card closing at its deadline (not "you do not qualify").
  const pdfPath = testInfo.outputPath('summary-en-uk.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: false });
  const text = flat(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
  for (const line of [
    'For you: Women may cross the border freely.',
    'For you: Your host country is on the list',
    'What changes, and when',
    '5 March 2027: The day after temporary protection ends.',
    'CUKR card: residence permit after temporary protection: its deadline, 4 March 2027, has passed.',
  ]) {
    expect(text).toContain(line);
  }
  expectNoRawKeysIn(text, 'in the printed English summary');

  // The print button on the summary prints (window.print is called).
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.locator('[data-action="print"]').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Ctrl+P on the results page itself: no header, navigation or buttons in print.
  await page.goto('/en/results');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-summary-link]')).toBeHidden();
  await expect(page.locator('nav').first()).toBeHidden();
  await expect(page.locator('[data-option]').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // …and the browser's own print opens every folded section first (the page is plain HTML; the handler is in the layout).
  const folded = page.locator('details[data-print-open]');
  expect(await folded.count()).toBeGreaterThan(3);
  expect(await folded.evaluateAll((els) => els.some((e) => !(e as HTMLDetailsElement).open))).toBe(true);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await folded.evaluateAll((els) => els.every((e) => (e as HTMLDetailsElement).open))).toBe(true);

  // A person in a country without rules: the summary says so, and where to get help, with addresses to type.
  await setAnswersCookie(context, baseURL!, completeAnswers({}, { hostCountry: 'other', birthDate: '1990-03-10', sex: 'female' }, AS_OF));
  await page.goto('/en/summary');
  const noRules = page.locator('[data-summary] [data-no-host-rules]');
  await expect(noRules).toContainText('Pathway has no rules for the country where you live');
  await expect(noRules).toContainText("help.unhcr.org: UNHCR's Help site");
  await expect(noRules).toContainText('mfa.gov.ua: the Ukrainian Foreign Ministry');

  // Not reachable before the interview is complete.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(`${baseURL}/nl/summary?second=uk`);
  await expect(other).toHaveURL(/\/nl\/q\/hostCountry$/);
  await fresh.close();
});
