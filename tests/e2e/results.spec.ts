import { expect, test, type Page } from '@playwright/test';
import type { Facts } from '../../rules';
import { completeAnswers } from '../fixtures/complete-answers';
import { AS_OF, completedPersona, expectNoAxeViolations, setAnswersCookie, type Lang } from './interview-helpers';
import { expectNoRawKeysFoldsOpen } from './raw-keys';

/**
 * The results a person under stress can act on (issue 18, items 1 to 4), at
 * 360 × 740, on 28 November 2026 (PATHWAY_AS_OF): "What to do now" in the
 * first screen with dates and days left; each option a compact row with the
 * sentences worked out for this person visible; the page at most six phone
 * screens with every fold closed; the host country's hubs first, the others
 * folded; no raw text key anywhere on the page, the folds opened, in uk, nl
 * and en. Four people: P01 in the Netherlands, P09 in Poland, a man of 30 in
 * Norway, and a woman in a country Pathway has no rules for.
 */

const SCREEN = 740;
const MAX_HEIGHT = 4440;

/** A man of 30 from Lviv who came to Norway in June 2026. */
const NO_MAN: Facts = { hostCountry: 'NO', birthDate: '1996-05-10', sex: 'male', originOblast: 'UA-46', arrivalDate: '2026-06-10', currentStatus: 'temporary-protection', militaryExemption: 'none' };
/** A woman in a country Pathway has no rules for. */
const ELSEWHERE: Facts = { hostCountry: 'other', birthDate: '1990-03-10', sex: 'female', originOblast: 'UA-46' };

const complete = (start: Facts) => completeAnswers({}, start, AS_OF);

/** The page's height with every fold closed, each row laid out (not the placeholder size of content-visibility). */
async function closedHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => (d.open = false));
    document.querySelectorAll<HTMLElement>('[data-option]').forEach((e) => (e.style.contentVisibility = 'visible'));
    return document.documentElement.scrollHeight;
  });
}

/** The actions of "What to do now" as shown: "what to do | by when". */
async function actions(page: Page): Promise<string[]> {
  return page.locator('[data-todo]').evaluateAll((items) =>
    items.map((li) => `${li.querySelector('a')!.textContent} | ${li.querySelector('[data-todo-when]')!.textContent}`),
  );
}

/** Every action is whole inside the first screen, and links to its option. */
async function expectActionsInFirstScreen(page: Page): Promise<void> {
  const items = page.locator('[data-todo]');
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    const box = (await item.boundingBox())!;
    expect(box.y + box.height, `action ${i + 1} in the first screen`).toBeLessThanOrEqual(SCREEN);
    const option = await item.getAttribute('data-todo');
    await expect(item.locator('a')).toHaveAttribute('href', `#option-${option}`);
    await expect(page.locator(`[data-option="${option}"]`)).toHaveCount(1);
  }
}

const P01_ACTIONS: Record<Lang, string[]> = {
  uk: [
    'Підтримуйте свою реєстрацію чинною і виберіть наступний крок | до 4 березня 2027 р. · залишилося 96 днів',
    'Збережіть тимчасовий захист і дайте відповідь на лист IND, коли він прийде | до 4 березня 2027 р. · залишилося 96 днів',
  ],
  nl: [
    'Houd uw inschrijving geldig en kies uw volgende stap | uiterlijk 4 maart 2027 · nog 96 dagen',
    'Houd uw RTB en beantwoord de brief van de IND als die komt | uiterlijk 4 maart 2027 · nog 96 dagen',
  ],
  en: [
    'Keep your registration valid and choose your next step | by 4 March 2027 · 96 days left',
    "Keep your RTB and answer the IND's letter when it comes | by 4 March 2027 · 96 days left",
  ],
};
const WOMEN_MAY_CROSS: Record<Lang, string> = {
  uk: 'Жінки можуть вільно перетинати кордон.',
  nl: 'Vrouwen mogen de grens vrij oversteken.',
  en: 'Women may cross the border freely.',
};

test.describe.configure({ timeout: 120_000 });

test('P01 in uk, nl and en: what to do now in the first screen, her conclusions visible, six phone screens at most, no raw keys', async ({ page, context, baseURL }) => {
  await setAnswersCookie(context, baseURL!, completedPersona('P01'));
  for (const lang of ['uk', 'nl', 'en'] as const) {
    await page.goto(`/${lang}/results`);
    expect(await actions(page), lang).toEqual(P01_ACTIONS[lang]);
    await expectActionsInFirstScreen(page);
    // The transition document's row: its status in words and its deadline, the rest folded.
    const row = page.locator('[data-option="NL.transition-permit"]');
    await expect(row.locator('[data-status-text]')).toBeVisible();
    await expect(row.locator('[data-deadline="2027-03-04"]')).toBeVisible();
    await expect(row.locator('details')).not.toHaveAttribute('open');
    // What was worked out for her stands in the visible part of the row.
    await expect(page.locator('[data-option="UA.exit-rules"] [data-note-kind="conclusion"]').first()).toHaveText(WOMEN_MAY_CROSS[lang]);
    await expect(page.locator('[data-option="UA.dual-citizenship"] [data-note-kind="conclusion"]')).toBeVisible();
    // The host country's hubs with the options; the others in one fold after "things to know".
    await expect(page.locator('[data-group="hub"] [data-option]')).toHaveCount(2);
    await expect(page.locator('[data-hubs-elsewhere] [data-option]').first()).toBeHidden();
    expect(await page.locator('[data-group="info"], [data-hubs-elsewhere]').evaluateAll((els) => els.map((e) => e.getAttribute('data-group') ?? 'elsewhere'))).toEqual(['info', 'elsewhere']);
    // The print button, and the timeline's heading in view (folded).
    await expect(page.locator('[data-action="print"]')).toBeVisible();
    await expect(page.locator('[data-timeline]')).toBeVisible();
    expect(await closedHeight(page), `${lang}: height with every fold closed`).toBeLessThanOrEqual(MAX_HEIGHT);
    await expectNoRawKeysFoldsOpen(page);
  }
  // A fold opens with a tap and shows who to call.
  const row = page.locator('[data-option="NL.temporary-protection"]');
  await row.locator('summary').click();
  await expect(row.locator('[data-contact]')).toContainText('088 043 0430');
  await expectNoAxeViolations(page);
});

test('P09 (nl), a man of 30 in Norway (uk) and a woman elsewhere (en): actions, conclusions with his dates, no rules said plainly', async ({ page, context, baseURL }) => {
  await setAnswersCookie(context, baseURL!, completedPersona('P09'));
  await page.goto('/nl/results');
  expect(await actions(page)).toEqual([
    'Vraag uw UKR-status aan of houd die, en bekijk de CUKR-kaart | uiterlijk 4 maart 2027 · nog 96 dagen',
    'Vraag de CUKR-kaart online aan, in het MOS-systeem | uiterlijk 4 maart 2027 · nog 96 dagen',
  ]);
  await expectActionsInFirstScreen(page);
  expect(await closedHeight(page)).toBeLessThanOrEqual(MAX_HEIGHT);
  await expectNoRawKeysFoldsOpen(page);

  await setAnswersCookie(context, baseURL!, complete(NO_MAN));
  await page.goto('/uk/results');
  // Nothing to do by a date: it says so; the exit ban at his age, with his date, stands in view.
  await expect(page.locator('[data-what-to-do]')).toContainText('Pathway не знайшов нічого, що вам треба зробити до певної дати.');
  await expect(page.locator('[data-option="UA.exit-rules"] [data-note-kind="conclusion"]').first()).toContainText(
    'Заборона діє до 60 років; 10 травня 2056 р. вам виповниться 60.',
  );
  expect(await closedHeight(page)).toBeLessThanOrEqual(MAX_HEIGHT);
  await expectNoRawKeysFoldsOpen(page);
  await expectNoAxeViolations(page);

  await setAnswersCookie(context, baseURL!, complete(ELSEWHERE));
  await page.goto('/en/results');
  const notice = page.locator('[data-no-host-rules]');
  await expect(notice.locator('h2')).toHaveText('Pathway has no rules for the country where you live');
  await expect(notice.locator('a[href="https://help.unhcr.org/"]')).toHaveText('help.unhcr.org');
  await expect(notice.locator('a[href="https://mfa.gov.ua/"]')).toHaveText('mfa.gov.ua');
  // The Ukraine side and the hubs (all in other countries, folded); no end of temporary protection from the EU.
  await expect(page.locator('[data-option="UA.exit-rules"]')).toBeVisible();
  expect(await page.locator('[data-hubs-elsewhere] [data-option]').count()).toBeGreaterThan(0);
  await expect(page.locator('[data-timeline]')).not.toContainText('temporary protection');
  expect(await closedHeight(page)).toBeLessThanOrEqual(MAX_HEIGHT);
  await expectNoRawKeysFoldsOpen(page);
});

test('hub mode, a Dutch volunteer with a Ukrainian client: what to do now, the rows and the timeline in Ukrainian, the Dutch beside the headings and titles', async ({ page, context, baseURL }) => {
  await setAnswersCookie(context, baseURL!, completedPersona('P01'));
  await context.addCookies([{ name: 'pathway_hub_mode', value: 'nl.uk', url: baseURL!, sameSite: 'Lax' }]);
  await page.goto('/nl/results');
  await expect(page.locator('h1 [lang="uk"]')).toHaveText('Ваші можливості');
  await expect(page.locator('h1 [lang="nl"]')).toHaveText('Uw mogelijkheden');
  const todo = page.locator('[data-what-to-do]');
  await expect(todo.locator('h2 [lang="uk"]')).toHaveText('Що зробити зараз');
  await expect(todo.locator('h2 [lang="nl"]')).toHaveText('Wat u nu moet doen');
  expect(await actions(page)).toEqual(P01_ACTIONS.uk);
  await expectActionsInFirstScreen(page);
  const title = page.locator('[data-option="NL.transition-permit"] h3');
  await expect(title.locator('[lang="uk"]')).toHaveText('Перехідний документ (transitiedocument): три роки після тимчасового захисту');
  await expect(title.locator('[lang="nl"]')).toHaveText('Transitiedocument: drie jaar verblijf na de tijdelijke bescherming');
  await expect(page.locator('[data-option="UA.exit-rules"] [data-note-kind="conclusion"]').first()).toHaveText(WOMEN_MAY_CROSS.uk);
  const timeline = page.locator('[data-timeline]');
  await timeline.locator('summary').click();
  await expect(timeline.locator('[data-timeline-date="2027-03-05"] h3')).toHaveText('5 березня 2027 р.');
  // The controls stay the volunteer's.
  await expect(page.locator('[data-summary-link] [data-action="print"]')).toHaveText('Samenvatting afdrukken');
  await expectNoRawKeysFoldsOpen(page);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('P01 in uk: what to do now, the rows, and each fold opens with a tap', async ({ page, context, baseURL }) => {
    await setAnswersCookie(context, baseURL!, completedPersona('P01'));
    await page.goto('/uk/results');
    expect(await actions(page)).toEqual(P01_ACTIONS.uk);
    await expectActionsInFirstScreen(page);
    await expect(page.locator('[data-option="UA.exit-rules"] [data-note-kind="conclusion"]').first()).toHaveText(WOMEN_MAY_CROSS.uk);
    const row = page.locator('[data-option="NL.temporary-protection"]');
    await row.locator('summary').click();
    await expect(row.locator('[data-contact]')).toContainText('088 043 0430');
    const timeline = page.locator('[data-timeline]');
    await timeline.locator('summary').click();
    await expect(timeline.locator('[data-timeline-date="2027-03-05"] h3')).toHaveText('5 березня 2027 р.');
    // The print button needs JavaScript only on the summary; here it is a plain form to the summary.
    await expect(page.locator('[data-summary-link] form')).toHaveAttribute('action', '/uk/summary');
  });
});
