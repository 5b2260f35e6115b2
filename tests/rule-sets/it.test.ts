import { describe, it, expect } from 'vitest';
import { evaluatePerson, REGISTRY, type Condition, type Facts, type HostCountry, type OptionResult } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';

/**
 * Italy (brief §2.10): temporary protection permit to 4 March 2027 (medium);
 * conversion into a work permit based on actual employment (law 213/2023).
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

/** Andrii: in Milan since April 2022 on temporary protection, works in a warehouse. */
const andrii: Answers = {
  hostCountry: 'IT',
  birthDate: '1979-02-03',
  sex: 'male',
  originOblast: 'UA-51',
  homeAreaOccupied: 'no',
  arrivalDate: '2022-04-12',
  protectionStartDate: '2022-04-12',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  contractType: 'fixed-term',
  childrenInHost: 0,
};

describe('IT rule set version', () => {
  it('starts with the EU extension decision of 15 July 2025', () => {
    expect(evaluatePerson(andrii, '2025-07-14').absent).toContain('IT');
    expect(evaluatePerson(andrii, '2025-07-15').absent).not.toContain('IT');
  });
});

describe('IT.temporary-protection', () => {
  it('holds on 28 November 2026, with a note to check the permit date at the Questura', () => {
    const r = result(andrii, '2026-11-28', 'IT.temporary-protection');
    expect(r.status).toBe('eligible');
    expect(r.deadline).toBe('2027-03-04');
    expect(hasNote(r, 'notes.permit-renewal')).toBe(true);
  });

  it('holds up to and including 4 March 2027, not a day later', () => {
    expect(status(andrii, '2027-03-04', 'IT.temporary-protection')).toBe('eligible');
    const after = result(andrii, '2027-03-05', 'IT.temporary-protection');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')).toBe('not-met');
  });

  it('warns a man of 47 about the proposed exit-permit rule, and men from their 23rd birthday', () => {
    expect(hasNote(result(andrii, '2026-11-28', 'IT.temporary-protection'), 'eu-men-exit-permit')).toBe(true);
    expect(hasNote(result({ ...andrii, birthDate: '2003-11-28' }, '2026-11-28', 'IT.temporary-protection'), 'eu-men-exit-permit')).toBe(true);
    expect(hasNote(result({ ...andrii, birthDate: '2003-11-29' }, '2026-11-28', 'IT.temporary-protection'), 'eu-men-exit-permit')).toBe(false);
  });

  it('does not apply to someone who already has another permit', () => {
    expect(status({ ...andrii, currentStatus: 'other-permit' }, '2026-11-28', 'IT.temporary-protection')).toBe('not-eligible');
  });
});

describe('IT.work-permit-conversion (law 213/2023)', () => {
  it('is open to a TP permit holder with a job', () => {
    const r = result(andrii, '2026-11-28', 'IT.work-permit-conversion');
    expect(r.status).toBe('eligible');
    expect(reason(r, 'has-job')).toBe('met');
    expect(r.deadline).toBe('2027-03-04');
  });

  it('needs an actual job', () => {
    expect(status({ ...andrii, employment: 'unemployed' }, '2026-11-28', 'IT.work-permit-conversion')).toBe('not-eligible');
    expect(status({ ...andrii, employment: 'unknown' }, '2026-11-28', 'IT.work-permit-conversion')).toBe('maybe');
  });

  it('sends the self-employed to the Questura', () => {
    const r = result({ ...andrii, employment: 'self-employed' }, '2026-11-28', 'IT.work-permit-conversion');
    expect(r.status).toBe('not-eligible');
    expect(hasNote(r, 'notes.self-employed')).toBe(true);
  });

  it('converts only a temporary protection permit', () => {
    expect(status({ ...andrii, currentStatus: 'protection-applied' }, '2026-11-28', 'IT.work-permit-conversion')).toBe('not-eligible');
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

describe('IT texts', () => {
  const sets = REGISTRY.filter((s) => s.id === 'IT');
  const FIELDS = ['title', 'summary', 'gives', 'who', 'next', 'documents', 'deadline', 'ifNot'];

  it.each(LANGUAGES.map((l) => [l]))('every option, note, reason and version has a text in %s', (lang) => {
    const t = getT(lang);
    const missing: string[] = [];
    const has = (key: string) => {
      const full = `rules-it:${key}`;
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
