import { describe, it, expect } from 'vitest';
import { evaluateRuleSet, REGISTRY, type OptionResult } from '../../rules';
import { noteKeys, option, reason, type Answers } from './support';

/**
 * Denmark: boundary tables (the last confirmed permit end, the bill's date,
 * its ages). The personas are JSON cases in tests/fixtures/cases/dk/
 * (issue 21, item 5).
 */

/** The option evaluated under the bill itself (restated on 6 December 2026), as if it were law. */
function underTheBill(answers: Answers, asOf: string): OptionResult {
  const bill = REGISTRY.find((s) => s.id === 'DK' && s.version === '2026-12-06');
  expect(bill?.status).toBe('proposed');
  expect(bill?.plannedInForce).toBe('2026-06-25');
  return evaluateRuleSet(bill!, answers, asOf).find((o) => o.id === 'DK.special-act-permit')!;
}

const applicant = (over: Partial<Answers>): Answers => ({
  hostCountry: 'DK',
  birthDate: '1990-05-10',
  sex: 'female',
  originOblast: 'UA-63',
  arrivalDate: '2026-09-01',
  currentStatus: 'protection-applied',
  militaryExemption: 'none',
  receivesHumanitarianBenefit: 'no',
  ...over,
});

const overdue = (r: OptionResult) => r.warnings.find((w) => w.type === 'overdue');

describe('a holder around 17 March 2026, the last permit end an official page confirms', () => {
  const holder = applicant({ currentStatus: 'temporary-protection', arrivalDate: '2022-04-01' });

  it.each([
    ['2026-03-17', '2022-03-16', false],
    ['2026-03-18', '2026-03-18', true],
    ['2026-12-06', '2026-03-18', true],
  ] as const)('on %s (version %s): maybe; the extension is an open question: %s', (asOf, version, open) => {
    const r = option(holder, 'DK.special-act-permit', asOf);
    expect(r.version).toBe(version);
    expect(r.status).toBe('maybe');
    expect(reason(r, 'extension-after-last-confirmed')?.result).toBe(open ? 'unknown' : undefined);
    expect(noteKeys(r).includes('extension-unconfirmed')).toBe(open);
  });

  it('the bill does not touch a holder', () => {
    expect(overdue(option({ ...holder, originOblast: 'UA-46', sex: 'male', birthDate: '1996-02-02' }, 'DK.special-act-permit', '2026-12-06'))).toBeUndefined();
  });
});

describe('the bill applies to applications from 25 June 2026', () => {
  it.each([
    ['2026-06-24', false],
    ['2026-06-25', true],
  ] as const)('a woman from Lviv who arrived and applied on %s: overdue warning %s', (arrivalDate, warned) => {
    const r = option(applicant({ originOblast: 'UA-46', arrivalDate }), 'DK.special-act-permit', '2026-12-06');
    expect(r.status).toBe('maybe');
    expect(overdue(r) !== undefined).toBe(warned);
  });

  it('before the review date the earlier version of the bill (no planned date) is only a warning', () => {
    const r = option(applicant({ originOblast: 'UA-46', arrivalDate: '2026-06-25' }), 'DK.special-act-permit', '2026-11-28');
    expect(r.warnings.find((w) => w.type === 'if-adopted')?.status).toBe('not-eligible');
    expect(overdue(r)).toBeUndefined();
  });
});

describe('men under the bill (ages on 28 November 2026)', () => {
  const man = (over: Partial<Answers>) => applicant({ sex: 'male', ...over });
  const ON = '2026-11-28';

  it.each([
    ['no exemption', { militaryExemption: 'none' }, 'not-eligible'],
    ['a deferment (not an exemption)', { militaryExemption: 'deferment' }, 'not-eligible'],
    ['documented exemption', { militaryExemption: 'exempt' }, 'maybe'],
  ] as const)('a man of 30 from Kharkiv with %s: %s under the bill', (_what, over, status) => {
    expect(underTheBill(man({ birthDate: '1996-02-02', ...over }), ON).status).toBe(status);
  });

  it('the day before his 23rd birthday a young man still gets a permit, until that day; the note says so', () => {
    const young = man({ birthDate: '2003-11-29' });
    const limit = reason(underTheBill(young, ON), 'reached-23');
    expect(limit?.result).toBe('not-met');
    expect(limit?.vars.birthday).toBe('2026-11-29');
    expect(limit?.vars.dayBefore).toBe('2026-11-28');
    expect(noteKeys(option(young, 'DK.special-act-permit', ON))).toContain('bill-young-men');
  });

  it.each([
    ['on his 23rd birthday', '2003-11-28', 'not-eligible'],
    ['at 60, the day before his 61st birthday', '1965-11-29', 'not-eligible'],
    ['on his 61st birthday', '1965-11-28', 'maybe'],
  ] as const)('a man %s: %s under the bill', (_when, birthDate, status) => {
    expect(underTheBill(man({ birthDate }), ON).status).toBe(status);
  });
});

describe('asylum', () => {
  it('is always case by case (maybe)', () => {
    expect(option(applicant({}), 'DK.asylum', '2026-12-06').status).toBe('maybe');
  });
});
