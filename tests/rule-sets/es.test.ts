import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { evaluatePerson, REGISTRY, type Condition, type Facts, type HostCountry, type OptionResult } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';

/**
 * Spain (brief §2.9): temporary protection to 4 March 2027; since Royal Decree
 * 316/2026 and SEM Instruction 2/2026 a holder can switch to residence and work
 * (art. 191), arraigo (art. 125, 2 years, TP time counts), the children's own
 * authorisation, the student route or a family permit; long-term residence
 * after 5 years (TP time counts in full).
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

/** Liudmyla (P25): in Spain since March 2022 on temporary protection, permanent contract, one child. */
const liudmyla: Answers = {
  hostCountry: 'ES',
  birthDate: '1993-04-04',
  sex: 'female',
  originOblast: 'UA-23',
  arrivalDate: '2022-03-25',
  protectionStartDate: '2022-03-25',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  contractType: 'permanent',
  monthlyGrossIncome: 1500,
  hostLanguageLevel: 'B1',
  childrenInHost: 1,
  soleCarerOfChildren: 'yes',
  partner: 'none',
};

/** The statuses a careful caseworker accepts for P25 (../shared/research/cases/P25.json). */
const P25_EXPECT: [string, string[]][] = [
  ['ES.temporary-protection', ['eligible']],
  ['ES.work-residence', ['eligible', 'maybe']],
  ['ES.arraigo', ['eligible', 'maybe']],
  ['UA.exit-rules', ['info']],
  ['UA.dual-citizenship', ['info']],
];
const P25_FILE = path.resolve(__dirname, '../fixtures/cases/P25.json');

describe('ES golden persona P25 (Liudmyla)', () => {
  it.skipIf(!existsSync(P25_FILE))('matches the case file', () => {
    const golden = JSON.parse(readFileSync(P25_FILE, 'utf8')) as { asOf: string; answers: Answers; expect: { id: string; status: string[] }[] };
    expect(golden.asOf).toBe('2026-11-28');
    expect(golden.answers).toEqual(liudmyla);
    expect(golden.expect.map((e) => [e.id, e.status])).toEqual(P25_EXPECT);
  });

  it.each(P25_EXPECT)('%s is one of %j on 28 November 2026', (id, statuses) => {
    expect(statuses).toContain(status(liudmyla, '2026-11-28', id));
  });

  it('tells her to renounce temporary protection once the new authorisation is granted', () => {
    expect(hasNote(result(liudmyla, '2026-11-28', 'ES.work-residence'), 'notes.renounce-tp')).toBe(true);
    expect(hasNote(result(liudmyla, '2026-11-28', 'ES.arraigo'), 'notes.renounce-tp')).toBe(true);
  });

  it('lets her child switch on its own', () => {
    expect(status(liudmyla, '2026-11-28', 'ES.minor-switch')).toBe('maybe');
  });

  it('has not yet reached 5 years for long-term residence on 28 November 2026, but has on 25 March 2027', () => {
    const now = result(liudmyla, '2026-11-28', 'ES.long-term-residence');
    expect(now.status).toBe('not-eligible');
    expect(reason(now, 'five-years-residence')).toBe('not-met');
    const later = result({ ...liudmyla, protectionInterrupted: 'no' }, '2027-03-25', 'ES.long-term-residence');
    expect(later.status).toBe('maybe');
    expect(reason(later, 'five-years-residence')).toBe('met');
  });
});

describe('ES rule set version', () => {
  it('starts with Royal Decree 316/2026 on 14 April 2026', () => {
    expect(evaluatePerson(liudmyla, '2026-04-13').absent).toContain('ES');
    expect(evaluatePerson(liudmyla, '2026-04-14').absent).not.toContain('ES');
  });
});

describe('ES.temporary-protection', () => {
  it('holds up to and including 4 March 2027, not a day later', () => {
    expect(status(liudmyla, '2027-03-04', 'ES.temporary-protection')).toBe('eligible');
    const after = result(liudmyla, '2027-03-05', 'ES.temporary-protection');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')).toBe('not-met');
    // The proposed EU extension to 4 March 2028 would change this.
    expect(after.warnings.some((w) => w.type === 'if-adopted' && w.status === 'eligible')).toBe(true);
  });

  it('does not apply to someone who already has another permit', () => {
    expect(status({ ...liudmyla, currentStatus: 'other-permit' }, '2026-11-28', 'ES.temporary-protection')).toBe('not-eligible');
  });

  it('warns men from 23 about the proposed exit-permit rule, from the 23rd birthday', () => {
    const man = (birthDate: string): Answers => ({ ...liudmyla, sex: 'male', birthDate });
    expect(hasNote(result(man('2003-11-28'), '2026-11-28', 'ES.temporary-protection'), 'eu-men-exit-permit')).toBe(true);
    expect(hasNote(result(man('2003-11-29'), '2026-11-28', 'ES.temporary-protection'), 'eu-men-exit-permit')).toBe(false);
    expect(hasNote(result(liudmyla, '2026-11-28', 'ES.temporary-protection'), 'eu-men-exit-permit')).toBe(false);
  });
});

describe('ES.work-residence (art. 191)', () => {
  it('is a maybe with work: the other requirements are checked case by case', () => {
    const r = result(liudmyla, '2026-11-28', 'ES.work-residence');
    expect(r.status).toBe('maybe');
    expect(reason(r, 'has-work')).toBe('met');
    expect(reason(r, 'work-residence-requirements')).toBe('unknown');
    expect(r.deadline).toBe('2027-03-04');
  });

  it('needs work', () => {
    expect(status({ ...liudmyla, employment: 'unemployed' }, '2026-11-28', 'ES.work-residence')).toBe('not-eligible');
  });

  it('points the self-employed to the entrepreneur route as well', () => {
    const r = result({ ...liudmyla, employment: 'self-employed' }, '2026-11-28', 'ES.work-residence');
    expect(r.status).toBe('maybe');
    expect(hasNote(r, 'notes.self-employed')).toBe(true);
  });

  it('is only for people who hold temporary protection now', () => {
    expect(status({ ...liudmyla, currentStatus: 'protection-applied' }, '2026-11-28', 'ES.work-residence')).toBe('not-eligible');
  });

  it('closes when temporary protection ends: open on 4 March 2027, closed on 5 March 2027', () => {
    expect(status(liudmyla, '2027-03-04', 'ES.work-residence')).toBe('maybe');
    expect(status(liudmyla, '2027-03-05', 'ES.work-residence')).toBe('not-eligible');
  });
});

describe('ES.arraigo (art. 125): 2 years, time under temporary protection counts', () => {
  const settled: Answers = { ...liudmyla, protectionInterrupted: 'no' };

  it('counts from the day protection began: exactly 2 years is enough', () => {
    const r = result({ ...settled, protectionStartDate: '2024-11-28' }, '2026-11-28', 'ES.arraigo');
    expect(reason(r, 'two-years-residence')).toBe('met');
    expect(r.status).toBe('maybe');
  });

  it('one day short of 2 years is not enough', () => {
    const r = result({ ...settled, protectionStartDate: '2024-11-29' }, '2026-11-28', 'ES.arraigo');
    expect(reason(r, 'two-years-residence')).toBe('not-met');
    expect(r.status).toBe('not-eligible');
  });

  it('an interruption breaks the count', () => {
    expect(status({ ...settled, protectionInterrupted: 'yes' }, '2026-11-28', 'ES.arraigo')).toBe('not-eligible');
  });

  it('asks whether protection was interrupted when that is not known', () => {
    expect(result(liudmyla, '2026-11-28', 'ES.arraigo').missing).toContain('protectionInterrupted');
  });

  it('must be requested while temporary protection lasts', () => {
    expect(status(settled, '2027-03-04', 'ES.arraigo')).toBe('maybe');
    expect(status(settled, '2027-03-05', 'ES.arraigo')).toBe('not-eligible');
  });
});

describe('ES.minor-switch (arts. 159/160)', () => {
  it('applies with one child, not without children', () => {
    expect(status(liudmyla, '2026-11-28', 'ES.minor-switch')).toBe('maybe');
    expect(status({ ...liudmyla, childrenInHost: 0 }, '2026-11-28', 'ES.minor-switch')).toBe('not-eligible');
  });

  it('must be requested while temporary protection lasts', () => {
    expect(status(liudmyla, '2027-03-04', 'ES.minor-switch')).toBe('maybe');
    expect(status(liudmyla, '2027-03-05', 'ES.minor-switch')).toBe('not-eligible');
  });
});

describe('ES.study-switch', () => {
  it('applies to students only', () => {
    expect(status({ ...liudmyla, enrolledInStudies: 'yes' }, '2026-11-28', 'ES.study-switch')).toBe('maybe');
    expect(status({ ...liudmyla, enrolledInStudies: 'no' }, '2026-11-28', 'ES.study-switch')).toBe('not-eligible');
  });
});

describe('ES.family-of-citizen', () => {
  it('needs a partner in Spain who is a Spanish (or EU) citizen', () => {
    const married: Answers = { ...liudmyla, partner: 'in-host-country', partnerIsHostOrEuCitizen: 'yes' };
    expect(status(married, '2026-11-28', 'ES.family-of-citizen')).toBe('maybe');
    expect(status({ ...married, partnerIsHostOrEuCitizen: 'no' }, '2026-11-28', 'ES.family-of-citizen')).toBe('not-eligible');
    expect(status({ ...married, partner: 'in-ukraine' }, '2026-11-28', 'ES.family-of-citizen')).toBe('not-eligible');
  });
});

describe('ES.long-term-residence: 5 years, time under temporary protection counts in full', () => {
  const settled: Answers = { ...liudmyla, protectionInterrupted: 'no' };

  it('exactly 5 years is enough, one day less is not', () => {
    expect(reason(result({ ...settled, protectionStartDate: '2021-11-28' }, '2026-11-28', 'ES.long-term-residence'), 'five-years-residence')).toBe('met');
    expect(status({ ...settled, protectionStartDate: '2021-11-28' }, '2026-11-28', 'ES.long-term-residence')).toBe('maybe');
    expect(status({ ...settled, protectionStartDate: '2021-11-29' }, '2026-11-28', 'ES.long-term-residence')).toBe('not-eligible');
  });

  it('needs legal residence now', () => {
    expect(status({ ...settled, protectionStartDate: '2021-11-28', currentStatus: 'no-status' }, '2026-11-28', 'ES.long-term-residence')).toBe('not-eligible');
    expect(status({ ...settled, protectionStartDate: '2021-11-28', currentStatus: 'other-permit' }, '2026-11-28', 'ES.long-term-residence')).toBe('maybe');
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

describe('ES texts', () => {
  const sets = REGISTRY.filter((s) => s.id === 'ES');
  const FIELDS = ['title', 'summary', 'gives', 'who', 'next', 'documents', 'deadline', 'ifNot'];

  it.each(LANGUAGES.map((l) => [l]))('every option, note, reason and version has a text in %s', (lang) => {
    const t = getT(lang);
    const missing: string[] = [];
    const has = (key: string) => {
      const full = `rules-es:${key}`;
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
