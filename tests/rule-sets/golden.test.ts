import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactsSchema, type Facts, type HostCountry } from '../../rules';
import { buildAdvice } from '../../lib/advice';
import { LANGUAGES } from '../../locales';

/**
 * The example personas of ../shared/research/cases, as golden tests: each
 * person's answers on their date, and the statuses a careful caseworker would
 * accept for every option at stake, with the brief's reason.
 */
interface Case {
  id: string;
  asOf: string;
  note: string;
  answers: Facts & { hostCountry: HostCountry };
  expect: { id: string; status: string[]; why: string }[];
}

const CASES_DIR = path.resolve(__dirname, '../fixtures/cases');
const cases: Case[] = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(CASES_DIR, f), 'utf8')) as Case);

describe.each(cases.map((c) => [`${c.id}: ${c.note}`, c] as const))('%s', (_title, persona) => {
  it('has answers in the contract vocabulary', () => {
    expect(FactsSchema.safeParse(persona.answers).success).toBe(true);
  });

  it.each(persona.expect.map((e) => [e.id, e] as const))('%s as the brief says', (_id, expected) => {
    const advice = buildAdvice(persona.answers, persona.asOf, 'en');
    const option = advice.options.find((o) => o.id === expected.id);
    expect(option, `${expected.id} is missing from the advice`).toBeDefined();
    expect(expected.status, `${expected.id} is ${option!.status}; brief: ${expected.why}`).toContain(option!.status);
    if (option!.status === 'not-eligible') expect(option!.reasons.some((r) => r.result === 'not-met')).toBe(true);
  });

  it.each(LANGUAGES.map((l) => [l]))('reads completely in %s: no text is a raw key', (lang) => {
    const advice = buildAdvice(persona.answers, persona.asOf, lang);
    const texts = advice.options.flatMap((o) => [o.title, o.summary, ...o.reasons.map((r) => r.text), ...o.warnings]);
    const raw = texts.filter((t) => /^(rules-[a-z]+|common):|(^|\s)(options|reasons|notes|proposals|warnings)\.[a-z0-9.-]+$/.test(t));
    expect(raw).toEqual([]);
  });
});
