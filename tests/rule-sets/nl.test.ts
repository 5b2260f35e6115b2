/**
 * The Dutch rule set as people would meet it: a persona's answers, a date, the
 * statuses and the reasons. Cut-off dates are tested on both sides (4 and 5
 * March 2027 for the end of temporary protection; 27 and 28 November 2025 for
 * the announcement of the three-year permit), and so are the ages of the
 * proposed EU rule for men (22 / 23rd birthday / 60 / 61).
 */
import { describe, it, expect } from 'vitest';
import { evaluatePerson } from '../../rules';
import { buildAdvice } from '../../lib/advice';
import { noteTextKeys, option, reason, TODAY, type Answers } from './support';

/** Golden persona P01: Olena, 38, from Kharkiv, on-call job, two children, husband in Ukraine. */
const olena: Answers = {
  hostCountry: 'NL',
  birthDate: '1988-02-14',
  sex: 'female',
  originOblast: 'UA-63',
  arrivalDate: '2022-04-03',
  currentStatus: 'temporary-protection',
  pendingAsylumApplication: 'yes',
  employment: 'employed',
  contractType: 'on-call',
  monthlyGrossIncome: 1450,
  hostLanguageLevel: 'A2',
  childrenInHost: 2,
  soleCarerOfChildren: 'yes',
  partner: 'in-ukraine',
};

/** Golden persona P04: Serhii, 45, from Lviv, arrived January 2026, agency worker, exemption unknown. */
const serhii: Answers = {
  hostCountry: 'NL',
  birthDate: '1981-01-22',
  sex: 'male',
  originOblast: 'UA-46',
  homeAreaOccupied: 'no',
  arrivalDate: '2026-01-15',
  currentStatus: 'temporary-protection',
  pendingAsylumApplication: 'yes',
  employment: 'employed',
  contractType: 'agency',
  monthlyGrossIncome: 2300,
  hostLanguageLevel: 'none',
  childrenInHost: 0,
  partner: 'in-ukraine',
  militaryExemption: 'unknown',
};

describe('P01 Olena, mother on RTB with a dormant asylum claim (28 November 2026)', () => {
  it('keeps temporary protection until 4 March 2027', () => {
    const tp = option(olena, 'NL.temporary-protection');
    expect(tp.status).toBe('eligible');
    expect(tp.deadline).toBe('2027-03-04');
    expect(tp.daysLeft).toBe(96);
    expect(reason(tp, 'before-tp-end')).toMatchObject({ result: 'met', vars: { date: '2027-03-04' } });
    expect(noteTextKeys(tp)).toContain('options.temporary-protection.notes.no-exclusions');
    // She works, so municipal reception may cost her a contribution.
    expect(noteTextKeys(tp)).toContain('options.temporary-protection.notes.own-contribution');
    // A woman: the proposed EU rule for men does not concern her.
    expect(noteTextKeys(tp)).not.toContain('notes.eu-men-exit-permit');
  });

  it('may get the three-year permit, but only after withdrawing the dormant asylum application', () => {
    const permit = option(olena, 'NL.transition-permit');
    expect(['maybe', 'eligible']).toContain(permit.status);
    expect(permit.status).toBe('maybe'); // a cabinet plan, not legislation
    expect(permit.verification).toBe('unverified');
    expect(noteTextKeys(permit)).toContain('options.transition-permit.notes.withdraw-asylum');
    expect(noteTextKeys(permit)).toContain('options.transition-permit.notes.start-date');
    expect(permit.warnings.find((w) => w.key.endsWith('start-date'))?.vars.date).toBe('2027-03-05');
    // She arrived in 2022, long before the announcement.
    expect(noteTextKeys(permit)).not.toContain('options.transition-permit.notes.late-arrival');
  });

  it('can have her asylum application assessed, but only case by case', () => {
    const asylum = option(olena, 'NL.asylum');
    expect(asylum.status).toBe('maybe');
    expect(reason(asylum, 'asylum-individual')?.result).toBe('unknown');
    expect(noteTextKeys(asylum)).toContain('options.asylum.notes.dormant-application');
  });

  it('can return with DT&V help, after withdrawing procedures', () => {
    const ret = option(olena, 'NL.voluntary-return');
    expect(['eligible', 'maybe']).toContain(ret.status);
    expect(noteTextKeys(ret)).toContain('options.voluntary-return.notes.withdraw-procedures');
    expect(noteTextKeys(ret)).not.toContain('options.voluntary-return.notes.exit-ban-after-return');
  });

  it('has no family-reunification route: her husband is in Ukraine', () => {
    const family = option(olena, 'NL.family-reunification');
    expect(family.status).toBe('not-eligible');
    expect(reason(family, 'partner-in-host')?.result).toBe('not-met');
  });

  it('sees the Ukraine-side information', () => {
    expect(option(olena, 'UA.exit-rules').status).toBe('info');
    expect(option(olena, 'UA.dual-citizenship').status).toBe('info');
  });
});

describe('P04 Serhii, man of 45 from Lviv who arrived in January 2026', () => {
  it('is covered: the Netherlands applies no regional or male-age exclusion', () => {
    const tp = option(serhii, 'NL.temporary-protection');
    expect(tp.status).toBe('eligible');
    // The proposed EU rule for men 23–60 is shown as a warning, not a condition.
    expect(tp.warnings.map((w) => w.key)).toContain('notes.eu-men-exit-permit');
    expect(tp.warnings.find((w) => w.key === 'notes.eu-men-exit-permit')?.ns).toBe('rules-eu');
    expect(tp.warnings.find((w) => w.type === 'proposal')?.key).toBe('proposals.eu-extension-2028');
  });

  it('may get the three-year permit, with a warning that late arrivals may not be covered', () => {
    const permit = option(serhii, 'NL.transition-permit');
    expect(permit.status).toBe('maybe');
    expect(noteTextKeys(permit)).toContain('options.transition-permit.notes.late-arrival');
    expect(noteTextKeys(permit)).toContain('options.transition-permit.notes.withdraw-asylum');
  });

  it('is warned that asylum is weak when his home area is not occupied (internal protection)', () => {
    const asylum = option(serhii, 'NL.asylum');
    expect(asylum.status).toBe('maybe');
    expect(noteTextKeys(asylum)).toContain('options.asylum.notes.internal-protection');
    const occupied = option({ ...serhii, homeAreaOccupied: 'yes' }, 'NL.asylum');
    expect(noteTextKeys(occupied)).not.toContain('options.asylum.notes.internal-protection');
  });

  it('is warned that a return would put him under the exit ban', () => {
    const ret = option(serhii, 'NL.voluntary-return');
    expect(noteTextKeys(ret)).toContain('options.voluntary-return.notes.exit-ban-after-return');
  });

  it('gets a work-permit route to check, with a warning on his agency contract', () => {
    const work = option(serhii, 'NL.work-permit');
    expect(work.status).toBe('maybe');
    expect(noteTextKeys(work)).toContain('options.work-permit.notes.flexible-contract');
  });
});

describe('end of temporary protection: 4 March 2027 vs 5 March 2027', () => {
  it('on 4 March 2027 temporary protection still holds (last day)', () => {
    const tp = option(olena, 'NL.temporary-protection', '2027-03-04');
    expect(tp.status).toBe('eligible');
    expect(tp.daysLeft).toBe(0);
  });

  it('on 5 March 2027 it has ended, and the pending 2028 extension would change that', () => {
    const tp = option(olena, 'NL.temporary-protection', '2027-03-05');
    expect(tp.status).toBe('not-eligible');
    expect(reason(tp, 'before-tp-end')).toMatchObject({ result: 'not-met', vars: { date: '2027-03-04' } });
    const ifAdopted = tp.warnings.find((w) => w.type === 'if-adopted');
    expect(ifAdopted?.status).toBe('eligible');
  });

  it('the three-year permit needs temporary protection on 4 March 2027', () => {
    expect(option(olena, 'NL.transition-permit', '2027-03-04').status).toBe('maybe');
    const after = option(olena, 'NL.transition-permit', '2027-03-05');
    expect(after.status).toBe('not-eligible');
    expect(reason(after, 'before-tp-end')?.result).toBe('not-met');
  });

  it('the start-date note shows until the permit would start on 5 March 2027', () => {
    expect(noteTextKeys(option(olena, 'NL.transition-permit', '2027-03-04'))).toContain('options.transition-permit.notes.start-date');
    expect(noteTextKeys(option(olena, 'NL.transition-permit', '2027-03-05'))).not.toContain('options.transition-permit.notes.start-date');
  });
});

describe('arrival around the announcement of 28 November 2025', () => {
  it('arrived on 27 November 2025: no late-arrival warning', () => {
    const permit = option({ ...serhii, arrivalDate: '2025-11-27' }, 'NL.transition-permit');
    expect(noteTextKeys(permit)).not.toContain('options.transition-permit.notes.late-arrival');
  });

  it('arrived on 28 November 2025: late-arrival warning with the date', () => {
    const permit = option({ ...serhii, arrivalDate: '2025-11-28' }, 'NL.transition-permit');
    const note = permit.warnings.find((w) => w.key.endsWith('late-arrival'));
    expect(note?.vars.date).toBe('2025-11-28');
  });
});

describe('who the three-year permit is for', () => {
  it('someone whose RTB registration is still being processed: maybe, finish the registration', () => {
    const permit = option({ ...olena, currentStatus: 'protection-applied' }, 'NL.transition-permit');
    expect(permit.status).toBe('maybe');
    expect(noteTextKeys(permit)).toContain('options.transition-permit.notes.finish-registration');
  });

  it('someone who already has another residence permit: not eligible, with the reason', () => {
    const permit = option({ ...olena, currentStatus: 'other-permit' }, 'NL.transition-permit');
    expect(permit.status).toBe('not-eligible');
    expect(reason(permit, 'holds-rtb')?.result).toBe('not-met');
  });

  it('status not given: maybe, and the status question is still needed', () => {
    const noStatus: Answers = { ...olena };
    delete noStatus.currentStatus;
    const permit = option(noStatus, 'NL.transition-permit');
    expect(permit.status).toBe('maybe');
    expect(permit.missing).toContain('currentStatus');
  });
});

describe('proposed EU rule for men 23–60: the note on temporary protection by exact age', () => {
  const man = (birthDate: string): Answers => ({ ...serhii, birthDate });
  const hasNote = (birthDate: string) =>
    option(man(birthDate), 'NL.temporary-protection').warnings.some((w) => w.key === 'notes.eu-men-exit-permit');

  it('exactly 22 today: no note', () => expect(hasNote('2004-11-28')).toBe(false));
  it('the day before his 23rd birthday: no note', () => expect(hasNote('2003-11-29')).toBe(false));
  it('on his 23rd birthday: note', () => expect(hasNote('2003-11-28')).toBe(true));
  it('exactly 25: note', () => expect(hasNote('2001-11-28')).toBe(true));
  it('exactly 60: note', () => expect(hasNote('1966-11-28')).toBe(true));
  it('61: no note', () => expect(hasNote('1965-11-28')).toBe(false));
  it('the status itself never depends on age', () => {
    for (const b of ['2004-11-28', '2003-11-28', '1966-11-28', '1965-11-28']) {
      expect(option(man(b), 'NL.temporary-protection').status).toBe('eligible');
    }
  });
});

describe('regular permits and return', () => {
  it('no work: the work permit is not an option now', () => {
    const work = option({ ...olena, employment: 'unemployed' }, 'NL.work-permit');
    expect(work.status).toBe('not-eligible');
    expect(reason(work, 'has-work')?.result).toBe('not-met');
  });

  it('enrolled in studies: maybe; not enrolled: not eligible', () => {
    expect(option({ ...olena, enrolledInStudies: 'yes' }, 'NL.study-permit').status).toBe('maybe');
    expect(option({ ...olena, enrolledInStudies: 'no' }, 'NL.study-permit').status).toBe('not-eligible');
  });

  it('partner in the Netherlands who is not Dutch or EU: maybe, with a note on who can sponsor', () => {
    const family = option({ ...olena, partner: 'in-host-country', partnerIsHostOrEuCitizen: 'no' }, 'NL.family-reunification');
    expect(family.status).toBe('maybe');
    expect(noteTextKeys(family)).toContain('options.family-reunification.notes.partner-not-citizen');
    const citizen = option({ ...olena, partner: 'in-host-country', partnerIsHostOrEuCitizen: 'yes' }, 'NL.family-reunification');
    expect(noteTextKeys(citizen)).not.toContain('options.family-reunification.notes.partner-not-citizen');
  });

  it('the Dutch return programme is still being prepared: at best maybe', () => {
    const programme = option(olena, 'NL.return-programme');
    expect(programme.status).toBe('maybe');
    expect(programme.kind).toBe('return');
    expect(noteTextKeys(programme)).toContain('options.return-programme.notes.withdraw-asylum');
  });
});

describe('version selection', () => {
  it('the Dutch rules start with the announcement of 28 November 2025', () => {
    expect(evaluatePerson(olena, '2025-11-27').absent).toContain('NL');
    const set = evaluatePerson(olena, '2025-11-28').ruleSets.find((s) => s.id === 'NL');
    expect(set?.version).toBe('2025-11-28');
  });
});

describe('texts render in every language', () => {
  it('quotes exact dates in the reader’s language', () => {
    const uk = buildAdvice(olena, TODAY, 'uk').options.find((o) => o.id === 'NL.transition-permit');
    expect(uk?.warnings.join(' ')).toContain('5 березня 2027');
    const nl = buildAdvice(olena, TODAY, 'nl').options.find((o) => o.id === 'NL.transition-permit');
    expect(nl?.warnings.join(' ')).toContain('5 maart 2027');
  });
});
