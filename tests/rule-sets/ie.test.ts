import { describe, it, expect } from 'vitest';
import { evaluatePerson, REGISTRY, type Condition, type Facts, type HostCountry, type OptionResult } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';

/**
 * Ireland (brief §2.8): temporary protection extended automatically to
 * 4 March 2027 (Department of Justice, 13 February 2026); international
 * protection decided case by case; employment permits not researched
 * (unverified); no scheme after temporary protection found (low).
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

/** Halyna: in Dublin since May 2022 on temporary protection, works in a shop; home town in Kharkiv oblast not occupied. */
const halyna: Answers = {
  hostCountry: 'IE',
  birthDate: '1985-09-14',
  sex: 'female',
  originOblast: 'UA-63',
  homeAreaOccupied: 'no',
  arrivalDate: '2022-05-10',
  protectionStartDate: '2022-05-10',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  contractType: 'permanent',
  childrenInHost: 0,
};

describe('IE rule set version', () => {
  it('starts with the Department of Justice notice of 13 February 2026', () => {
    expect(evaluatePerson(halyna, '2026-02-12').absent).toContain('IE');
    expect(evaluatePerson(halyna, '2026-02-13').absent).not.toContain('IE');
  });
});

describe('IE.temporary-protection', () => {
  it('holds on 28 November 2026 with 4 March 2027 as the deadline', () => {
    const r = result(halyna, '2026-11-28', 'IE.temporary-protection');
    expect(r.status).toBe('eligible');
    expect(r.deadline).toBe('2027-03-04');
  });

  it('holds up to and including 4 March 2027, not a day later', () => {
    expect(status(halyna, '2027-03-04', 'IE.temporary-protection')).toBe('eligible');
    const after = result(halyna, '2027-03-05', 'IE.temporary-protection');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')).toBe('not-met');
    expect(after.warnings.some((w) => w.type === 'if-adopted' && w.status === 'eligible')).toBe(true);
  });

  it('covers people who applied or have no status yet, not people with international protection', () => {
    expect(status({ ...halyna, currentStatus: 'protection-applied' }, '2026-11-28', 'IE.temporary-protection')).toBe('eligible');
    expect(status({ ...halyna, currentStatus: 'international-protection' }, '2026-11-28', 'IE.temporary-protection')).toBe('not-eligible');
    expect(status({ ...halyna, currentStatus: 'unknown' }, '2026-11-28', 'IE.temporary-protection')).toBe('maybe');
  });

  it('warns men from 23 about the proposed exit-permit rule, from the 23rd birthday', () => {
    const man = (birthDate: string): Answers => ({ ...halyna, sex: 'male', birthDate });
    expect(hasNote(result(man('2003-11-28'), '2026-11-28', 'IE.temporary-protection'), 'eu-men-exit-permit')).toBe(true);
    expect(hasNote(result(man('2003-11-29'), '2026-11-28', 'IE.temporary-protection'), 'eu-men-exit-permit')).toBe(false);
    expect(hasNote(result(halyna, '2026-11-28', 'IE.temporary-protection'), 'eu-men-exit-permit')).toBe(false);
  });
});

describe('IE.international-protection', () => {
  it('is at best a maybe: decided individually, and unverified', () => {
    const r = result(halyna, '2026-11-28', 'IE.international-protection');
    expect(r.status).toBe('maybe');
    expect(r.verification).toBe('unverified');
    expect(reason(r, 'ip-individual')).toBe('unknown');
  });

  it('warns about the internal protection alternative when the home area is not occupied', () => {
    expect(hasNote(result(halyna, '2026-11-28', 'IE.international-protection'), 'notes.internal-protection')).toBe(true);
    expect(hasNote(result({ ...halyna, homeAreaOccupied: 'yes' }, '2026-11-28', 'IE.international-protection'), 'notes.internal-protection')).toBe(false);
  });

  it('is not needed by someone who already has international protection or another permit', () => {
    expect(status({ ...halyna, currentStatus: 'international-protection' }, '2026-11-28', 'IE.international-protection')).toBe('not-eligible');
    expect(status({ ...halyna, currentStatus: 'other-permit' }, '2026-11-28', 'IE.international-protection')).toBe('not-eligible');
  });
});

describe('IE.employment-permit', () => {
  it('is a maybe with a job (requirements not researched) and does not apply without one', () => {
    const r = result(halyna, '2026-11-28', 'IE.employment-permit');
    expect(r.status).toBe('maybe');
    expect(r.verification).toBe('unverified');
    expect(status({ ...halyna, employment: 'unemployed' }, '2026-11-28', 'IE.employment-permit')).toBe('not-eligible');
  });
});

describe('IE.after-tp', () => {
  it('says, as information, that no scheme was found', () => {
    const r = result(halyna, '2026-11-28', 'IE.after-tp');
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

describe('IE texts', () => {
  const sets = REGISTRY.filter((s) => s.id === 'IE');
  const FIELDS = ['title', 'summary', 'gives', 'who', 'next', 'documents', 'deadline', 'ifNot'];

  it.each(LANGUAGES.map((l) => [l]))('every option, note, reason and version has a text in %s', (lang) => {
    const t = getT(lang);
    const missing: string[] = [];
    const has = (key: string) => {
      const full = `rules-ie:${key}`;
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
