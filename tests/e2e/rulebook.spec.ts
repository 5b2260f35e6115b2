import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { REGISTRY, RULE_SET_IDS } from '../../rules';

/** The rule book: every rule set listed with its version, one page per rule set a reviewer can check the law against. */

test.describe.configure({ timeout: 60_000 });

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

test('the index lists all 35 rule sets (33 host countries, Ukraine and the hubs); the Czech page shows the ZDP income test with its source and the version history', async ({ page }) => {
  await page.goto('/en/rules');
  const sets = page.locator('[data-rule-set]');
  await expect(sets).toHaveCount(35);
  expect((await sets.evaluateAll((els) => els.map((el) => el.getAttribute('data-rule-set')))).sort()).toEqual([...RULE_SET_IDS].sort());
  await expect(page.locator('[data-rule-set="CZ"]')).toContainText('Version in force: 1 January 2026');
  await expect(page.locator('[data-rule-set="NO"]')).toContainText('1 proposal pending');

  await page.locator('[data-rule-set="CZ"] a').click();
  await expect(page).toHaveURL(/\/en\/rules\/cz$/);
  await page.goto('/uk/rules/cz');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  // The thresholds with the source they rest on (S27, the Ministry of the Interior's ZDP page).
  const base = page.locator('[data-parameter="zdpIncomeBase"]');
  const perMember = page.locator('[data-parameter="zdpIncomePerMember"]');
  expect(squash(await base.locator('[data-value]').textContent())).toContain('440 000 CZK');
  expect(squash(await perMember.locator('[data-value]').textContent())).toContain('110 000 CZK');
  await expect(base.locator('a[href="#source-s27"]')).toBeVisible();
  await expect(page.locator('#source-s27 a[href^="http"]')).toBeVisible();
  // The ZDP option's conditions in plain words, with the income test.
  const zdp = page.locator('[data-rule-option="CZ.zdp"]');
  expect(squash(await zdp.textContent())).toContain('440 000 CZK');
  expect(squash(await zdp.textContent())).not.toMatch(/\{\{|householdAnnualIncome|zdpIncomeBase/);
  // The version history, with what changed.
  const history = page.locator('[data-history] [data-history-version]');
  await expect(history).toHaveCount(REGISTRY.filter((s) => s.id === 'CZ').length);
  await expect(history.first()).toContainText('ZDP');

  // A rule set with a proposed version: the proposal is in the history and has its own page.
  await page.goto('/en/rules/dk');
  await expect(page.locator('[data-history-version="2026-06-25"][data-version-status="proposed"]')).toBeVisible();
  await page.locator('[data-history-version="2026-06-25"] a').click();
  await expect(page).toHaveURL(/\/en\/rules\/dk\/2026-06-25$/);
  await expect(page.locator('[data-viewing-other]')).toBeVisible();
});

test('a rule book page passes axe', async ({ page }) => {
  // Austria: options with notes, conditions with and without explanations, dated values and sources,
  // on a page short enough for axe to stay quick.
  await page.goto('/nl/rules/at');
  await expect(page.locator('h1')).toContainText('Regelboek: Oostenrijk');
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
});
