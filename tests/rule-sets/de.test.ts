/**
 * Germany: the boundaries (dates, cut-offs, answer values) as tables. The
 * people themselves are JSON cases in tests/fixtures/cases/de/, run by
 * cases.test.ts; this file borrows their answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { getT, LANGUAGES } from '../../lib/i18n';
import { goldenCase, itGetsTheGoldenStatuses, noteKeys, option, reason, run, type Answers } from './support';

const caseAnswers = (file: string): Answers =>
  (JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/de', file), 'utf8')) as { answers: Answers }).answers;

/** P06's situation: § 24 since March 2022, permanent job, degree. */
const iryna = caseAnswers('iryna-employee-since-2022.json');
const REVIEW = '2026-12-06';

describe('Germany: the rule set', () => {
  it('has every option the contract requires, in both versions', () => {
    for (const asOf of ['2026-11-28', REVIEW]) {
      const ids = run(iryna, asOf).filter((r) => r.ruleSet === 'DE').map((r) => r.id);
      for (const id of [
        'DE.temporary-protection', 'DE.work-permit', 'DE.training-permit', 'DE.study-permit',
        'DE.family-reunification', 'DE.asylum', 'DE.benefits-regime',
      ]) expect(ids).toContain(id);
    }
  });

  it.each([
    ['2025-10-26', undefined],
    ['2025-10-27', '2025-10-27'],
    ['2026-12-05', '2025-10-27'],
    ['2026-12-06', '2026-12-06'],
  ])('on %s the version in force is %s', (asOf, version) => {
    const evaluation = evaluatePerson(iryna, asOf);
    expect(evaluation.ruleSets.find((s) => s.id === 'DE')?.version).toBe(version);
  });
});

describe('Germany: golden persona P06 (Iryna, employee on § 24 since 2022)', () => itGetsTheGoldenStatuses(goldenCase('P06')));

describe('Germany: temporary protection under § 24', () => {
  // After 4 March 2027 the reported EU extension to 2028 is overdue (ADR 14): the end reads as
  // an open question and the status as "maybe", never as a flat "no".
  it.each([
    ['2027-03-04', 'eligible', 'met'],
    ['2027-03-05', 'maybe', 'unknown'],
  ])('on %s: %s (before-tp-end %s)', (asOf, status, result) => {
    const tp = option(iryna, 'DE.temporary-protection', asOf);
    expect(tp.status).toBe(status);
    expect(reason(tp, 'before-tp-end')?.result).toBe(result);
  });

  it('carries the deadline of 4 March 2027', () => {
    const tp = option(iryna, 'DE.temporary-protection', REVIEW);
    expect(tp.deadline).toBe('2027-03-04');
    expect(tp.daysLeft).toBe(88);
  });

  it.each([
    ['2026-02-01', 'automatic-extension', 'permit-after-reference-date'],
    ['2026-02-02', 'permit-after-reference-date', 'automatic-extension'],
  ])('a permit issued on %s shows %s, not %s', (protectionStartDate, shown, hidden) => {
    const notes = noteKeys(option({ ...iryna, protectionStartDate }, 'DE.temporary-protection', REVIEW));
    expect(notes).toContain(shown);
    expect(notes).not.toContain(hidden);
  });

  it.each([
    ['temporary-protection', 'eligible'],
    ['protection-applied', 'eligible'],
    ['no-status', 'eligible'],
    ['other-permit', 'not-eligible'],
    ['international-protection', 'not-eligible'],
    ['unknown', 'maybe'],
  ] as const)('current status %s: %s', (currentStatus, status) => {
    expect(option({ ...iryna, currentStatus, protectionStartDate: 'unknown' }, 'DE.temporary-protection', REVIEW).status).toBe(status);
  });

  // Germany4Ukraine: people who are not Ukrainian citizens are covered with protection or a
  // permanent residence permit in Ukraine, or as family members (which only the office can tell).
  it.each([
    [undefined, undefined, 'eligible'],
    ['ukrainian', undefined, 'eligible'],
    ['other', 'protection', 'eligible'],
    ['other', 'permanent', 'eligible'],
    ['stateless', 'permanent', 'eligible'],
    ['other', 'temporary', 'maybe'],
    ['stateless', 'none', 'maybe'],
    ['other', 'unknown', 'maybe'],
    ['other', undefined, 'maybe'],
    ['unknown', undefined, 'maybe'],
  ] as const)('nationality %s, right to live in Ukraine %s: %s', (nationality, residenceInUkraine, status) => {
    const answers: Answers = { ...iryna, ...(nationality ? { nationality } : {}), ...(residenceInUkraine ? { residenceInUkraine } : {}) };
    expect(option(answers, 'DE.temporary-protection', REVIEW).status).toBe(status);
  });

  it('shows the lapsed-permit way back only to people without a status', () => {
    expect(noteKeys(option({ ...iryna, currentStatus: 'no-status' }, 'DE.temporary-protection', REVIEW))).toContain('permit-lapsed');
    expect(noteKeys(option(iryna, 'DE.temporary-protection', REVIEW))).not.toContain('permit-lapsed');
  });
});

describe('Germany: the benefits switch (Leistungsrechtsanpassungsgesetz), planned for 1 July 2026', () => {
  const onBenefits = (protectionStartDate: string): Answers => ({ ...iryna, employment: 'unemployed', protectionStartDate });

  it.each([
    ['2025-03-31', 'met', 'first-permit-before-cutoff'],
    ['2025-04-01', 'unknown', 'first-permit-after-cutoff'],
    ['unknown', 'unknown', 'first-permit-after-cutoff'],
  ])('first permit on %s: access to the job centre %s, note %s', (date, result, note) => {
    const r = option(onBenefits(date), 'DE.benefits-regime', REVIEW);
    expect(r.status).toBe('maybe');
    expect(reason(r, 'first-permit-job-centre')?.result).toBe(result);
    expect(noteKeys(r)).toContain(note);
    expect(r.warnings.map((w) => w.type)).toContain('overdue');
  });

  it('a permit after the cut-off would be "not eligible" under the bill: the overdue warning carries that outcome', () => {
    const overdue = option(onBenefits('2025-04-01'), 'DE.benefits-regime', REVIEW).warnings.find((w) => w.type === 'overdue');
    expect(overdue).toMatchObject({ key: 'checks.de-benefits-switch', vars: { date: '2026-07-01' }, status: 'not-eligible' });
  });

  it('asks when the permit was first issued', () => {
    const { protectionStartDate: _, ...unasked } = iryna;
    expect(option(unasked, 'DE.benefits-regime', REVIEW).missing).toContain('protectionStartDate');
  });

  it.each([
    ['temporary-protection', 'maybe'],
    ['protection-applied', 'maybe'],
    ['no-status', 'not-eligible'],
    ['other-permit', 'not-eligible'],
  ] as const)('current status %s: %s', (currentStatus, status) => {
    expect(option({ ...iryna, currentStatus }, 'DE.benefits-regime', REVIEW).status).toBe(status);
  });

  it('was information only before the review', () => {
    expect(option(iryna, 'DE.benefits-regime', '2026-11-28').status).toBe('info');
  });
});

describe('Germany: switching to another permit', () => {
  it.each([
    ['employed', 'maybe'],
    ['self-employed', 'maybe'],
    ['unemployed', 'not-eligible'],
    ['student', 'not-eligible'],
  ] as const)('work, %s: %s', (employment, status) => {
    expect(option({ ...iryna, employment }, 'DE.work-permit', REVIEW).status).toBe(status);
  });

  it.each([
    ['temporary-protection', true],
    ['protection-applied', true],
    ['other-permit', false],
  ] as const)('the Blue Card exclusion (§ 19f(1) no. 1) for %s: %s', (currentStatus, shown) => {
    expect(noteKeys(option({ ...iryna, currentStatus }, 'DE.work-permit', REVIEW)).includes('blue-card')).toBe(shown);
    expect(noteKeys(option({ ...iryna, currentStatus, enrolledInStudies: 'yes' }, 'DE.study-permit', REVIEW))
      .includes('temporary-protection-blocks-study-permit')).toBe(shown);
  });

  it.each([
    ['yes', 'maybe'],
    ['no', 'not-eligible'],
  ] as const)('study, enrolled %s: %s', (enrolledInStudies, status) => {
    expect(option({ ...iryna, enrolledInStudies }, 'DE.study-permit', REVIEW).status).toBe(status);
  });

  it('family: maybe with a partner in Germany, not with a partner in Ukraine', () => {
    const withPartner = option({ ...iryna, partner: 'in-host-country', partnerIsHostOrEuCitizen: 'no' }, 'DE.family-reunification', REVIEW);
    expect(withPartner.status).toBe('maybe');
    expect(noteKeys(withPartner)).toContain('partner-also-displaced');
    expect(option({ ...iryna, partner: 'in-ukraine' }, 'DE.family-reunification', REVIEW).status).toBe('not-eligible');
  });

  it('asylum: maybe for a § 24 holder, not for someone who already has international protection', () => {
    expect(option(iryna, 'DE.asylum', REVIEW).status).toBe('maybe');
    expect(option({ ...iryna, currentStatus: 'international-protection' }, 'DE.asylum', REVIEW).status).toBe('not-eligible');
  });
});

describe('Germany: whom to call, as the official pages give it', () => {
  it.each(LANGUAGES.map((l) => [l]))('%s: the BAMF citizens\' service line and hours, the foreigners\' office, the job centre', (lang) => {
    const t = getT(lang);
    const tp = t('rules-de:options.temporary-protection.contact');
    expect(tp).toContain('+49 911 943-0');
    expect(tp).toContain('9:00–11:00');
    expect(tp).toContain('Ausländerbehörde');
    expect(t('rules-de:options.asylum.contact')).toContain('+49 911 943-0');
    expect(t('rules-de:options.benefits-regime.contact')).toContain('Sozialamt');
  });
});
