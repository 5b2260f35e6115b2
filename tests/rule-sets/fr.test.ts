import { describe, it, expect } from 'vitest';
import { evaluatePerson, REGISTRY, type Condition, type Facts, type HostCountry, type OptionResult } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';

/**
 * France (brief §2.12): APS of 6 months renewable as of right to 4 March 2027;
 * asylum at OFPRA decided individually (art. 8 QR practice unverified); work
 * permits not researched (unverified).
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

/** Natalia: in Lyon since March 2022 on temporary protection (APS), home town in Kherson oblast occupied, works as a cleaner. */
const natalia: Answers = {
  hostCountry: 'FR',
  birthDate: '1976-07-30',
  sex: 'female',
  originOblast: 'UA-65',
  homeAreaOccupied: 'yes',
  arrivalDate: '2022-03-18',
  protectionStartDate: '2022-03-18',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  childrenInHost: 0,
};

describe('FR rule set version', () => {
  it('starts with the EU extension decision of 15 July 2025', () => {
    expect(evaluatePerson(natalia, '2025-07-14').absent).toContain('FR');
    expect(evaluatePerson(natalia, '2025-07-15').absent).not.toContain('FR');
  });
});

describe('FR.temporary-protection', () => {
  it('holds up to and including 4 March 2027, not a day later', () => {
    const now = result(natalia, '2026-11-28', 'FR.temporary-protection');
    expect(now.status).toBe('eligible');
    expect(now.deadline).toBe('2027-03-04');
    expect(hasNote(now, 'notes.durable-status-check')).toBe(true);
    expect(status(natalia, '2027-03-04', 'FR.temporary-protection')).toBe('eligible');
    expect(status(natalia, '2027-03-05', 'FR.temporary-protection')).toBe('not-eligible');
  });

  it('warns men from 23 about the proposed exit-permit rule, from the 23rd birthday', () => {
    const man = (birthDate: string): Answers => ({ ...natalia, sex: 'male', birthDate });
    expect(hasNote(result(man('2003-11-28'), '2026-11-28', 'FR.temporary-protection'), 'eu-men-exit-permit')).toBe(true);
    expect(hasNote(result(man('2003-11-29'), '2026-11-28', 'FR.temporary-protection'), 'eu-men-exit-permit')).toBe(false);
    expect(hasNote(result(natalia, '2026-11-28', 'FR.temporary-protection'), 'eu-men-exit-permit')).toBe(false);
  });
});

describe('FR.asylum (OFPRA)', () => {
  it('is a maybe: OFPRA decides individually', () => {
    const r = result(natalia, '2026-11-28', 'FR.asylum');
    expect(r.status).toBe('maybe');
    expect(reason(r, 'asylum-individual')).toBe('unknown');
    expect(hasNote(r, 'notes.subsidiary-protection')).toBe(true);
  });

  it('warns about the internal protection alternative only when the home area is not occupied', () => {
    expect(hasNote(result(natalia, '2026-11-28', 'FR.asylum'), 'notes.internal-protection')).toBe(false);
    expect(hasNote(result({ ...natalia, homeAreaOccupied: 'no' }, '2026-11-28', 'FR.asylum'), 'notes.internal-protection')).toBe(true);
  });

  it('is not needed by someone who already has international protection', () => {
    expect(status({ ...natalia, currentStatus: 'international-protection' }, '2026-11-28', 'FR.asylum')).toBe('not-eligible');
  });
});

describe('FR.work-permit', () => {
  it('is a maybe with work (requirements not researched) and does not apply without it', () => {
    const r = result(natalia, '2026-11-28', 'FR.work-permit');
    expect(r.status).toBe('maybe');
    expect(r.verification).toBe('unverified');
    expect(status({ ...natalia, employment: 'self-employed' }, '2026-11-28', 'FR.work-permit')).toBe('maybe');
    expect(status({ ...natalia, employment: 'retired' }, '2026-11-28', 'FR.work-permit')).toBe('not-eligible');
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

describe('FR texts', () => {
  const sets = REGISTRY.filter((s) => s.id === 'FR');
  const FIELDS = ['title', 'summary', 'gives', 'who', 'next', 'documents', 'deadline', 'ifNot'];

  it.each(LANGUAGES.map((l) => [l]))('every option, note, reason and version has a text in %s', (lang) => {
    const t = getT(lang);
    const missing: string[] = [];
    const has = (key: string) => {
      const full = `rules-fr:${key}`;
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
