import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { goldenCase, itGetsTheGoldenStatuses, noteKeys, option, reason, run, type Answers } from './support';

/** Iryna's situation (P06) as the base: § 24 since March 2022, permanent job. */
const iryna: Answers = {
  hostCountry: 'DE',
  birthDate: '1992-05-05',
  sex: 'female',
  originOblast: 'UA-23',
  arrivalDate: '2022-03-20',
  protectionStartDate: '2022-03-20',
  currentStatus: 'temporary-protection',
  employment: 'employed',
  contractType: 'permanent',
  monthlyGrossIncome: 3400,
  hostLanguageLevel: 'B2',
  education: 'higher',
  childrenInHost: 0,
  partner: 'none',
};

describe('Germany: the rule set', () => {
  it('has every option the contract requires', () => {
    const ids = run(iryna).filter((r) => r.ruleSet === 'DE').map((r) => r.id);
    for (const id of [
      'DE.temporary-protection', 'DE.work-permit', 'DE.training-permit', 'DE.study-permit',
      'DE.family-reunification', 'DE.asylum', 'DE.benefits-regime',
    ]) expect(ids).toContain(id);
  });

  it('is not in force before the ordinance of 27 October 2025', () => {
    expect(evaluatePerson(iryna, '2025-10-26').absent).toContain('DE');
    expect(evaluatePerson(iryna, '2025-10-27').absent).not.toContain('DE');
  });
});

describe('Germany: golden persona P06 (Iryna, employee on § 24 since 2022)', () => itGetsTheGoldenStatuses(goldenCase('P06')));

describe('Germany: temporary protection under § 24', () => {
  it('holds on the last day of temporary protection and ends the day after', () => {
    expect(option(iryna, 'DE.temporary-protection', '2027-03-04').status).toBe('eligible');
    const after = option(iryna, 'DE.temporary-protection', '2027-03-05');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')?.result).toBe('not-met');
  });

  it('carries the deadline of 4 March 2027', () => {
    const tp = option(iryna, 'DE.temporary-protection');
    expect(tp.deadline).toBe('2027-03-04');
    expect(tp.daysLeft).toBe(96);
  });

  it('says the permit was extended automatically when it was issued by 1 February 2026', () => {
    const onTheDay = option({ ...iryna, protectionStartDate: '2026-02-01' }, 'DE.temporary-protection');
    expect(noteKeys(onTheDay)).toContain('automatic-extension');
    expect(noteKeys(onTheDay)).not.toContain('permit-after-reference-date');
    const dayAfter = option({ ...iryna, protectionStartDate: '2026-02-02' }, 'DE.temporary-protection');
    expect(noteKeys(dayAfter)).toContain('permit-after-reference-date');
    expect(noteKeys(dayAfter)).not.toContain('automatic-extension');
  });

  it('is not the route for someone who already holds another permit', () => {
    const other = option({ ...iryna, currentStatus: 'other-permit' }, 'DE.temporary-protection');
    expect(other.status).toBe('not-eligible');
    expect(reason(other, 'covered-by-section-24')?.result).toBe('not-met');
  });

  it('warns a new applicant that protection elsewhere in the EU blocks a German grant', () => {
    const applicant = option({ ...iryna, currentStatus: 'no-status', protectionStartDate: 'unknown' }, 'DE.temporary-protection');
    expect(applicant.status).toBe('eligible');
    expect(noteKeys(applicant)).toContain('protection-in-other-eu-state');
  });
});

describe('Germany: the planned benefits switch (Rechtskreiswechsel)', () => {
  it('is information only, and marked unconfirmed', () => {
    const info = option(iryna, 'DE.benefits-regime');
    expect(info.status).toBe('info');
    expect(info.verification).toBe('unverified');
    expect(noteKeys(info)).toContain('law-not-confirmed');
  });

  it('keeps Bürgergeld for a permit first issued on 31 March 2025', () => {
    const notes = noteKeys(option({ ...iryna, protectionStartDate: '2025-03-31' }, 'DE.benefits-regime'));
    expect(notes).toContain('first-permit-before-cutoff');
    expect(notes).not.toContain('first-permit-after-cutoff');
  });

  it('names asylum seekers benefits for a permit first issued on 1 April 2025', () => {
    const notes = noteKeys(option({ ...iryna, protectionStartDate: '2025-04-01' }, 'DE.benefits-regime'));
    expect(notes).toContain('first-permit-after-cutoff');
    expect(notes).not.toContain('first-permit-before-cutoff');
  });

  it('explains the possible switch, without claiming either regime, and asks the date, when the date of first issue is unknown', () => {
    const info = option({ ...iryna, protectionStartDate: 'unknown' }, 'DE.benefits-regime');
    expect(noteKeys(info)).toContain('first-permit-after-cutoff');
    expect(noteKeys(info)).not.toContain('first-permit-before-cutoff');
    const unasked = option({ ...iryna, protectionStartDate: undefined }, 'DE.benefits-regime');
    expect(unasked.missing).toContain('protectionStartDate');
  });
});

describe('Germany: switching to another permit', () => {
  it('work: maybe for someone with a job (thresholds not researched), not for someone without', () => {
    const work = option(iryna, 'DE.work-permit');
    expect(work.status).toBe('maybe');
    expect(work.verification).toBe('unverified');
    expect(noteKeys(work)).toContain('blue-card');
    const none = option({ ...iryna, employment: 'unemployed' }, 'DE.work-permit');
    expect(none.status).toBe('not-eligible');
    expect(reason(none, 'has-work')?.result).toBe('not-met');
  });

  it('training: at best maybe, decided case by case', () => {
    expect(option(iryna, 'DE.training-permit').status).toBe('maybe');
  });

  it('study: maybe when enrolled, not when not enrolled', () => {
    expect(option({ ...iryna, enrolledInStudies: 'yes' }, 'DE.study-permit').status).toBe('maybe');
    expect(option({ ...iryna, enrolledInStudies: 'no' }, 'DE.study-permit').status).toBe('not-eligible');
  });

  it('family: maybe with a partner in Germany, not with a partner in Ukraine', () => {
    const withPartner = option({ ...iryna, partner: 'in-host-country', partnerIsHostOrEuCitizen: 'no' }, 'DE.family-reunification');
    expect(withPartner.status).toBe('maybe');
    expect(noteKeys(withPartner)).toContain('partner-also-displaced');
    expect(option({ ...iryna, partner: 'in-ukraine' }, 'DE.family-reunification').status).toBe('not-eligible');
    expect(noteKeys(option(iryna, 'DE.family-reunification'))).not.toContain('partner-also-displaced');
  });

  it('asylum: maybe for a § 24 holder, not for someone who already has international protection', () => {
    const asylum = option(iryna, 'DE.asylum');
    expect(asylum.status).toBe('maybe');
    expect(reason(asylum, 'asylum-individual')?.result).toBe('unknown');
    expect(option({ ...iryna, currentStatus: 'international-protection' }, 'DE.asylum').status).toBe('not-eligible');
  });
});
