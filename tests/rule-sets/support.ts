/**
 * What the rule-set tests share: a person's options on a date, the reasons and
 * notes of one option, the golden personas of ../fixtures/cases, and the check
 * that every text a person would see renders in uk, nl and en.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { evaluatePerson, hasRuleSet, namespaceOf, type Facts, type HostCountry, type OptionResult, type ReasonTrace } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';

/** A person's answers: the host country and whatever else they answered. */
export type Answers = Facts & { hostCountry: HostCountry };

/** The date the personas of the brief are read on, unless a test names another. */
export const TODAY = '2026-11-28';

/** Every option for this person on this date (host country, then Ukraine, then hubs). */
export function run(answers: Answers, asOf = TODAY): OptionResult[] {
  return evaluatePerson(answers, asOf).results;
}

/** One option for this person on this date; fails when the option does not exist then. */
export function option(answers: Answers, id: string, asOf = TODAY): OptionResult {
  const found = run(answers, asOf).find((r) => r.id === id);
  if (!found) throw new Error(`${id} missing on ${asOf}`);
  return found;
}

/** The trace of one condition of an option: its result (met, not-met, unknown) and values. */
export function reason(result: OptionResult, id: string): ReasonTrace | undefined {
  return result.reasons.find((r) => r.reason === id);
}

/** The notes shown with an option, by their own id (`other-conditions`, `eu-men-exit-permit`). */
export function noteKeys(result: OptionResult): string[] {
  return result.warnings.filter((w) => w.type === 'note').map((w) => w.key.split('.').at(-1)!);
}

/** The status the option would have if a proposed version were adopted, when that differs. */
export function ifAdopted(result: OptionResult): string | undefined {
  return result.warnings.find((w) => w.type === 'if-adopted')?.status;
}

export interface GoldenCase {
  id: string;
  asOf: string;
  note: string;
  answers: Answers;
  expect: { id: string; status: string[]; why: string }[];
}

/** A golden persona from tests/fixtures/cases/<id>.json. */
export function goldenCase(id: string): GoldenCase {
  return JSON.parse(readFileSync(path.resolve(__dirname, `../fixtures/cases/${id}.json`), 'utf8')) as GoldenCase;
}

/** One test per option of a golden persona: the status is one a careful caseworker would accept. */
export function itGetsTheGoldenStatuses(golden: GoldenCase): void {
  for (const e of golden.expect) {
    it(`${e.id} is ${e.status.join(' or ')}`, () => {
      expect(e.status).toContain(option(golden.answers, e.id, golden.asOf).status);
    });
  }
}

/**
 * Every text of the host country's options that this person would see exists
 * in uk, nl and en and has all its values: the option's fields, each reason
 * with the evaluator's own values, and the host's notes.
 */
export function expectTextsRender(answers: Answers, asOf = TODAY): void {
  const all = run(answers, asOf);
  // A country without rules of its own (`other`) shows only Ukraine's options and the hubs: check those.
  const own = hasRuleSet(answers.hostCountry);
  const mine = own ? all.filter((r) => r.ruleSet === answers.hostCountry) : all;
  if (own) expect(mine.length).toBeGreaterThan(0);
  else expect(all.every((r) => r.ruleSet === 'UA' || r.ruleSet === 'HUB')).toBe(true);
  for (const lang of LANGUAGES) {
    const t = getT(lang);
    const check = (key: string, vars: Record<string, unknown> = {}) => {
      const text = t(key, vars);
      expect(text, `${lang} ${key}`).not.toBe(key);
      expect(text, `${lang} ${key}`).not.toBe(key.slice(key.indexOf(':') + 1));
      expect(text, `${lang} ${key}`).not.toMatch(/\{\{|rules-[a-z]+:/);
    };
    for (const r of mine) {
      const ns = namespaceOf(r.ruleSet);
      const slug = r.id.slice(r.id.indexOf('.') + 1);
      for (const field of ['title', 'summary', 'gives', 'who', 'next', 'documents', 'deadline', 'ifNot']) {
        check(`${ns}:options.${slug}.${field}`);
      }
      for (const rs of r.reasons) {
        const base = `${rs.reason.startsWith('eu-') ? 'rules-eu' : ns}:reasons.${rs.reason}`;
        // An unknown result is shown with the "met" text, so that text must not need the answer.
        check(`${base}.${rs.result === 'not-met' ? 'notMet' : 'met'}`, rs.vars);
      }
      for (const w of r.warnings.filter((x) => x.ns === ns)) check(`${w.ns}:${w.key}`, w.vars);
    }
  }
}
