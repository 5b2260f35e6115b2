import { describe, it, expect } from 'vitest';
import { evaluatePerson, type Facts, type HostCountry, type OptionResult } from '../../rules';
import { getT } from '../../lib/i18n';

type Answers = Facts & { hostCountry: HostCountry };

function run(answers: Answers, asOf = '2026-11-28'): OptionResult[] {
  return evaluatePerson(answers, asOf).results;
}

function option(answers: Answers, id: string, asOf = '2026-11-28'): OptionResult {
  const found = run(answers, asOf).find((r) => r.id === id);
  if (!found) throw new Error(`${id} missing on ${asOf}`);
  return found;
}

function reason(result: OptionResult, id: string) {
  return result.reasons.find((r) => r.reason === id);
}

function noteKeys(result: OptionResult): string[] {
  return result.warnings.filter((w) => w.type === 'note').map((w) => w.key.split('.').at(-1)!);
}

/** Every text of this rule set that the person would see exists in uk, nl and en and has all its values. */
function expectTextsRender(answers: Answers, asOf = '2026-11-28'): void {
  const ns = `rules-${answers.hostCountry.toLowerCase()}`;
  const mine = run(answers, asOf).filter((r) => r.ruleSet === answers.hostCountry);
  expect(mine.length).toBeGreaterThan(0);
  for (const lang of ['uk', 'nl', 'en'] as const) {
    const t = getT(lang);
    const check = (key: string, vars: Record<string, unknown> = {}) => {
      const text = t(key, vars);
      expect(text, `${lang} ${key}`).not.toBe(key);
      expect(text, `${lang} ${key}`).not.toBe(key.slice(key.indexOf(':') + 1));
      expect(text, `${lang} ${key}`).not.toMatch(/\{\{|rules-[a-z]+:/);
    };
    for (const r of mine) {
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

const marta: Answers = {
  hostCountry: 'HR',
  birthDate: '1979-09-01',
  sex: 'female',
  arrivalDate: '2022-05-02',
  protectionStartDate: '2022-05-02',
  currentStatus: 'temporary-protection',
};

describe('Croatia: temporary protection', () => {
  it('exists for the contract', () => {
    expect(run(marta).map((r) => r.id)).toContain('HR.temporary-protection');
  });

  it('holds until 4 March 2027 and ends the day after', () => {
    const tp = option(marta, 'HR.temporary-protection', '2027-03-04');
    expect(tp.status).toBe('eligible');
    expect(tp.deadline).toBe('2027-03-04');
    const after = option(marta, 'HR.temporary-protection', '2027-03-05');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')?.result).toBe('not-met');
  });

  it('says (with low confidence) that the time counts towards permanent residence, and that no scheme follows', () => {
    expect(noteKeys(option(marta, 'HR.temporary-protection'))).toEqual(
      expect.arrayContaining(['counts-towards-permanent-residence', 'no-scheme-after-tp']),
    );
  });

  it('is not the route for someone with another permit, and maybe when the status is unknown', () => {
    expect(option({ ...marta, currentStatus: 'other-permit' }, 'HR.temporary-protection').status).toBe('not-eligible');
    expect(option({ ...marta, currentStatus: 'unknown' }, 'HR.temporary-protection').status).toBe('maybe');
  });

  it('starts with the EU decision of 15 July 2025', () => {
    expect(evaluatePerson(marta, '2025-07-14').absent).toContain('HR');
    expect(evaluatePerson(marta, '2025-07-15').absent).not.toContain('HR');
  });

  it('texts render in uk, nl and en', () => {
    expectTextsRender({ hostCountry: 'HR' });
    expectTextsRender(marta);
    expectTextsRender({ ...marta, currentStatus: 'other-permit', sex: 'male', birthDate: '1970-01-01' }, '2027-03-05');
  });
});
