/**
 * Tests as data (OpenFisca style): every JSON case under
 * tests/fixtures/cases/<country>/ is a person's answers on a date and what a
 * caseworker expects for each option at stake, checked against what the
 * advise command prints (the pages show the same). The format is in
 * docs/adding-a-country.md; a case file with an unknown field fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { evaluatePerson, FactsSchema, FACT_KEYS, neededFactsFor } from '../../rules';
import { buildAdvice } from '../../lib/advice';
import { LANGUAGES } from '../../locales';

const STATUS = z.enum(['eligible', 'maybe', 'not-eligible', 'info']);
const Texts = z.object({ uk: z.array(z.string()), nl: z.array(z.string()), en: z.array(z.string()) }).strict();

const ExpectSchema = z
  .object({
    id: z.string(),
    status: z.array(STATUS).min(1),
    why: z.string().min(3),
    /** Conditions by reason id and their result. */
    reasons: z.record(z.string(), z.enum(['met', 'not-met', 'unknown'])).optional(),
    /** Notes (by their own id) that must show, and that must not. */
    notes: z.array(z.string()).optional(),
    noNotes: z.array(z.string()).optional(),
    /** Facts the option still needs, exactly. */
    missing: z.array(z.enum(FACT_KEYS as [string, ...string[]])).optional(),
    deadline: z.string().nullable().optional(),
    /** Warning types that must be among the option's warnings (`overdue`, `if-adopted`, `unverified`, …). */
    warnings: z.array(z.string()).optional(),
    /** Literal pieces the person reads in this option (title, summary, reasons, warnings, contact), per language. */
    text: Texts.optional(),
  })
  .strict();

const CaseSchema = z
  .object({
    id: z.string(),
    asOf: z.string(),
    note: z.string(),
    answers: z.record(z.string(), z.unknown()),
    expect: z.array(ExpectSchema).min(1),
    /** Questions the interview must still ask this person (absent from `answers`). */
    asks: z.array(z.string()).optional(),
    /** Questions it must not ask. */
    neverAsks: z.array(z.string()).optional(),
    /** Options that must not appear at all. */
    absent: z.array(z.string()).optional(),
  })
  .strict();
type Case = z.infer<typeof CaseSchema>;

const ROOT = path.resolve(__dirname, '../fixtures/cases');
const folders = readdirSync(ROOT).filter((f) => statSync(path.join(ROOT, f)).isDirectory()).sort();
const cases: { folder: string; file: string; raw: unknown }[] = folders.flatMap((folder) =>
  readdirSync(path.join(ROOT, folder))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ folder, file, raw: JSON.parse(readFileSync(path.join(ROOT, folder, file), 'utf8')) as unknown })),
);

describe.each(cases.map((c) => [`${c.folder}/${c.file}`, c] as const))('%s', (_name, { folder, raw }) => {
  const parsed = CaseSchema.safeParse(raw);
  it('is a case in the documented form, with answers in the contract vocabulary', () => {
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(FactsSchema.safeParse((raw as Case).answers).success).toBe(true);
    const host = String((raw as Case).answers.hostCountry ?? '').toLowerCase();
    expect(folder === host || folder === 'ua' || folder === 'hub', `a ${host} case belongs in cases/${host}/`).toBe(true);
  });
  if (!parsed.success) return;
  const c = parsed.data;
  const answers = c.answers as Parameters<typeof evaluatePerson>[0];
  const results = evaluatePerson(answers, c.asOf).results;
  const advice = Object.fromEntries(LANGUAGES.map((l) => [l, buildAdvice(answers, c.asOf, l)]));

  it.each(c.expect.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    const r = results.find((x) => x.id === e.id);
    expect(r, `${e.id} is missing`).toBeDefined();
    expect(e.status, `${e.id} is ${r!.status}; expected because ${e.why}`).toContain(r!.status);
    if (e.reasons) {
      for (const [reason, result] of Object.entries(e.reasons)) {
        expect(r!.reasons.find((x) => x.reason === reason)?.result, `${e.id} reason ${reason}`).toBe(result);
      }
    }
    const notes = r!.warnings.filter((w) => w.type === 'note').map((w) => w.key.split('.').at(-1));
    for (const n of e.notes ?? []) expect(notes, `${e.id} note ${n}`).toContain(n);
    for (const n of e.noNotes ?? []) expect(notes, `${e.id} note ${n}`).not.toContain(n);
    if (e.missing) expect([...r!.missing].sort()).toEqual([...e.missing].sort());
    if (e.deadline !== undefined) expect(r!.deadline ?? null).toBe(e.deadline);
    for (const type of e.warnings ?? []) expect(r!.warnings.map((w) => w.type), `${e.id} warning ${type}`).toContain(type);
    if (e.text) {
      for (const lang of LANGUAGES) {
        const o = advice[lang]!.options.find((x) => x.id === e.id)!;
        const shown = [o.title, o.summary, ...o.reasons.map((x) => x.text), ...o.warnings, o.contact ?? ''].join('\n');
        for (const piece of e.text[lang]) expect(shown, `${lang} ${e.id}`).toContain(piece);
      }
    }
  });

  if (c.asks || c.neverAsks) {
    it('asks what can still change an outcome or an action, and nothing else listed', () => {
      const needed = neededFactsFor(answers, c.asOf);
      for (const key of c.asks ?? []) expect(needed, `asks ${key}`).toContain(key);
      for (const key of c.neverAsks ?? []) expect(needed, `never asks ${key}`).not.toContain(key);
    });
  }
  if (c.absent) {
    it('leaves out the options that do not concern this person', () => {
      for (const id of c.absent ?? []) expect(results.map((r) => r.id)).not.toContain(id);
    });
  }
});
