import { describe, it, expect } from 'vitest';
import { evaluatePerson, REGISTRY, type Condition, type Facts, type HostCountry, type OptionResult } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';

/**
 * Belgium (brief §2.11): temporary protection to 4 March 2027, A card renewed at
 * the commune; no Belgian scheme after temporary protection found (low).
 */

type Answers = Facts & { hostCountry: HostCountry };

function result(answers: Answers, asOf: string, id: string): OptionResult {
  const found = evaluatePerson(answers, asOf).results.find((r) => r.id === id);
  if (!found) throw new Error(`no result for ${id} on ${asOf}`);
  return found;
}
const status = (answers: Answers, asOf: string, id: string) => result(answers, asOf, id).status;
const reason = (r: OptionResult, id: string) => r.reasons.find((x) => x.reason === id)?.result;
const hasNote = (r: OptionResult, key: string) => r.warnings.some((w) => w.key.endsWith(key));

/** Kateryna: in Ghent since June 2022 on temporary protection. */
const kateryna: Answers = {
  hostCountry: 'BE',
  birthDate: '1990-01-20',
  sex: 'female',
  originOblast: 'UA-14',
  homeAreaOccupied: 'yes',
  arrivalDate: '2022-06-01',
  protectionStartDate: '2022-06-01',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  childrenInHost: 2,
};

describe('BE rule set version', () => {
  it('starts with the EU extension decision of 15 July 2025', () => {
    expect(evaluatePerson(kateryna, '2025-07-14').absent).toContain('BE');
    expect(evaluatePerson(kateryna, '2025-07-15').absent).not.toContain('BE');
  });
});

describe('BE.temporary-protection', () => {
  it('holds up to and including 4 March 2027, not a day later', () => {
    const now = result(kateryna, '2026-11-28', 'BE.temporary-protection');
    expect(now.status).toBe('eligible');
    expect(now.deadline).toBe('2027-03-04');
    expect(status(kateryna, '2027-03-04', 'BE.temporary-protection')).toBe('eligible');
    const after = result(kateryna, '2027-03-05', 'BE.temporary-protection');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')).toBe('not-met');
    expect(after.warnings.some((w) => w.type === 'if-adopted' && w.status === 'eligible')).toBe(true);
  });

  it('warns new applicants that protection elsewhere can lead to refusal, not current holders', () => {
    expect(hasNote(result(kateryna, '2026-11-28', 'BE.temporary-protection'), 'notes.protection-elsewhere')).toBe(false);
    const applicant = result({ ...kateryna, currentStatus: 'protection-applied' }, '2026-11-28', 'BE.temporary-protection');
    expect(applicant.status).toBe('eligible');
    expect(hasNote(applicant, 'notes.protection-elsewhere')).toBe(true);
  });

  it('does not apply to someone with international protection', () => {
    expect(status({ ...kateryna, currentStatus: 'international-protection' }, '2026-11-28', 'BE.temporary-protection')).toBe('not-eligible');
  });

  it('warns men from 23 about the proposed exit-permit rule, from the 23rd birthday', () => {
    const man = (birthDate: string): Answers => ({ ...kateryna, sex: 'male', birthDate });
    expect(hasNote(result(man('2003-11-28'), '2026-11-28', 'BE.temporary-protection'), 'eu-men-exit-permit')).toBe(true);
    expect(hasNote(result(man('2003-11-29'), '2026-11-28', 'BE.temporary-protection'), 'eu-men-exit-permit')).toBe(false);
    expect(hasNote(result(kateryna, '2026-11-28', 'BE.temporary-protection'), 'eu-men-exit-permit')).toBe(false);
  });
});

describe('BE.after-tp', () => {
  it('says, as information, that no Belgian scheme was found', () => {
    const r = result(kateryna, '2026-11-28', 'BE.after-tp');
    expect(r.status).toBe('info');
    expect(r.verification).toBe('unverified');
  });
});

// ---- texts ---------------------------------------------------------------

function reasonIds(node: Condition | undefined, out: Set<string>): Set<string> {
  if (!node) return out;
  if (node.reason) out.add(node.reason);
  if (node.kind === 'all' || node.kind === 'any') node.of.forEach((c) => reasonIds(c, out));
  if (node.kind === 'not') reasonIds(node.of, out);
  return out;
}

describe('BE texts', () => {
  const sets = REGISTRY.filter((s) => s.id === 'BE');
  const FIELDS = ['title', 'summary', 'gives', 'who', 'next', 'documents', 'deadline', 'ifNot'];

  it.each(LANGUAGES.map((l) => [l]))('every option, note, reason and version has a text in %s', (lang) => {
    const t = getT(lang);
    const missing: string[] = [];
    const has = (key: string) => {
      const full = `rules-be:${key}`;
      const text = t(full);
      if (typeof text !== 'string' || text === full || text === key || text.trim() === '') missing.push(key);
    };
    for (const set of sets) {
      has(`versions.${set.version}`);
      const ids = new Set<string>();
      Object.values(set.definitions).forEach((d) => reasonIds(d, ids));
      for (const option of set.options) {
        const slug = option.id.slice(3);
        FIELDS.forEach((f) => has(`options.${slug}.${f}`));
        option.notes.filter((n) => !n.id.startsWith('eu-')).forEach((n) => has(`options.${slug}.notes.${n.id}`));
        reasonIds(option.when, ids);
      }
      [...ids].filter((id) => !id.startsWith('eu-')).forEach((id) => {
        has(`reasons.${id}.met`);
        has(`reasons.${id}.notMet`);
      });
    }
    expect(missing).toEqual([]);
  });
});
