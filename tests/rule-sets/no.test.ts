import { describe, it, expect } from 'vitest';
import { ifAdopted, option, reason, type Answers } from './support';

/**
 * Norway: collective protection with UDI's list of safe areas (6 regions from
 * 28 September 2024, 14 from 13 January 2025), and the proposed rule of
 * 26 February 2026 for newly arriving men aged 18 to 60.
 */

const applicant = (over: Partial<Answers>): Answers => ({
  hostCountry: 'NO',
  birthDate: '1990-05-10',
  sex: 'female',
  originOblast: 'UA-63',
  arrivalDate: '2025-11-01',
  currentStatus: 'protection-applied',
  childrenInHost: 0,
  soleCarerOfChildren: 'no',
  militaryExemption: 'none',
  ...over,
});

describe('Maksym (P18), 22, from Poltava, applied for protection in Norway in November 2025', () => {
  const maksym: Answers = {
    hostCountry: 'NO', birthDate: '2004-08-25', sex: 'male', originOblast: 'UA-53', homeAreaOccupied: 'no',
    arrivalDate: '2025-11-12', currentStatus: 'protection-applied', employment: 'unemployed', contractType: 'none',
    childrenInHost: 0, partner: 'none', militaryExemption: 'none',
  };

  it('gets no collective protection on 28 November 2026: Poltava is on the list of 14', () => {
    const r = option(maksym, 'NO.collective-protection', '2026-11-28');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'region-not-safe-listed')?.result).toBe('not-met');
    expect(reason(r, 'new-applicant')?.result).toBe('met');
  });

  it('can still apply for asylum, assessed individually (maybe), with a warning about the refusals', () => {
    const r = option(maksym, 'NO.asylum', '2026-11-28');
    expect(r.status).toBe('maybe');
    expect(r.warnings.map((w) => w.key)).toContain('options.asylum.notes.safe-region-refusals');
    expect(r.warnings.map((w) => w.key)).toContain('options.asylum.notes.conscription-not-a-ground');
  });

  it('is not flagged by the proposed rule for men: the region rule already decides', () => {
    expect(ifAdopted(option(maksym, 'NO.collective-protection', '2026-11-28'))).toBeUndefined();
  });
});

describe('the list of safe areas grows on 13 January 2025 (6 → 14 regions)', () => {
  const fromPoltava = applicant({ originOblast: 'UA-53', arrivalDate: '2024-12-01' });

  it('a woman from Poltava still waiting on 12 January 2025 can get collective protection', () => {
    expect(option(fromPoltava, 'NO.collective-protection', '2025-01-12').status).toBe('eligible');
  });

  it('from 13 January 2025 she gets an individual asylum assessment instead', () => {
    const r = option(fromPoltava, 'NO.collective-protection', '2025-01-13');
    expect(r.status).toBe('not-eligible');
    expect(reason(r, 'region-not-safe-listed')?.result).toBe('not-met');
  });
});

describe('the first list of 6 regions applies from 28 September 2024', () => {
  const fromLviv = applicant({ originOblast: 'UA-46', arrivalDate: '2024-09-20' });

  it('a woman from Lviv deciding on 27 September 2024 is not yet excluded', () => {
    expect(option(fromLviv, 'NO.collective-protection', '2024-09-27').status).toBe('eligible');
  });

  it('from 28 September 2024 Lviv is on the list', () => {
    expect(option(fromLviv, 'NO.collective-protection', '2024-09-28').status).toBe('not-eligible');
  });
});

describe('Kyiv city and Kyiv oblast are different answers', () => {
  it('a new applicant from Kyiv city (not listed) can get collective protection', () => {
    expect(option(applicant({ originOblast: 'UA-30' }), 'NO.collective-protection', '2026-11-28').status).toBe('eligible');
  });

  it('a new applicant from Kyiv oblast (listed) cannot', () => {
    expect(option(applicant({ originOblast: 'UA-32' }), 'NO.collective-protection', '2026-11-28').status).toBe('not-eligible');
  });
});

describe('people who already hold collective protection are not affected', () => {
  it('a holder from Lviv keeps it, renewed yearly', () => {
    const r = option(applicant({ originOblast: 'UA-46', currentStatus: 'temporary-protection', arrivalDate: '2022-04-01' }), 'NO.collective-protection', '2026-11-28');
    expect(r.status).toBe('eligible');
    expect(reason(r, 'holds-collective-protection')?.result).toBe('met');
    expect(r.warnings.map((w) => w.key)).toContain('options.collective-protection.notes.renewed-yearly');
  });

  it('a man of 30 who already holds it is not touched by the proposed rule for men', () => {
    const r = option(applicant({ sex: 'male', birthDate: '1996-01-01', currentStatus: 'temporary-protection' }), 'NO.collective-protection', '2026-11-28');
    expect(r.status).toBe('eligible');
    expect(ifAdopted(r)).toBeUndefined();
  });

  it('someone with another permit does not get collective protection; an unknown status gives maybe', () => {
    expect(option(applicant({ currentStatus: 'other-permit' }), 'NO.collective-protection', '2026-11-28').status).toBe('not-eligible');
    expect(option(applicant({ currentStatus: 'unknown' }), 'NO.collective-protection', '2026-11-28').status).toBe('maybe');
  });
});

describe('the proposed rule for newly arriving men aged 18 to 60 (26 February 2026, not confirmed in force)', () => {
  const man = (over: Partial<Answers>) => applicant({ sex: 'male', originOblast: 'UA-63', arrivalDate: '2026-10-01', ...over });

  it('a man of 35 from Kharkiv without exemption: eligible today, but not if the proposal is adopted', () => {
    const r = option(man({ birthDate: '1991-03-03' }), 'NO.collective-protection', '2026-11-28');
    expect(r.status).toBe('eligible');
    expect(ifAdopted(r)).toBe('not-eligible');
    const warning = r.warnings.find((w) => w.type === 'if-adopted');
    expect(warning?.key).toBe('proposals.no-men-18-60');
    expect(warning?.reasons?.find((x) => x.reason === 'men-18-60-rule')?.result).toBe('not-met');
  });

  it('a boy the day before his 18th birthday is outside it; on his birthday he is inside it', () => {
    expect(ifAdopted(option(man({ birthDate: '2008-11-28' }), 'NO.collective-protection', '2026-11-27'))).toBeUndefined();
    expect(ifAdopted(option(man({ birthDate: '2008-11-28' }), 'NO.collective-protection', '2026-11-28'))).toBe('not-eligible');
  });

  it('a man aged 60 is inside it (upper bound read as inclusive); from his 61st birthday he is outside it', () => {
    expect(ifAdopted(option(man({ birthDate: '1965-11-28' }), 'NO.collective-protection', '2026-11-27'))).toBe('not-eligible');
    expect(ifAdopted(option(man({ birthDate: '1965-11-28' }), 'NO.collective-protection', '2026-11-28'))).toBeUndefined();
  });

  it('discharge or deferment documents are an exception', () => {
    expect(ifAdopted(option(man({ birthDate: '1991-03-03', militaryExemption: 'exempt' }), 'NO.collective-protection', '2026-11-28'))).toBeUndefined();
    expect(ifAdopted(option(man({ birthDate: '1991-03-03', militaryExemption: 'deferment' }), 'NO.collective-protection', '2026-11-28'))).toBeUndefined();
  });

  it('a sole carer is an exception only with children who came with him', () => {
    expect(ifAdopted(option(man({ birthDate: '1991-03-03', soleCarerOfChildren: 'yes', childrenInHost: 0 }), 'NO.collective-protection', '2026-11-28'))).toBe('not-eligible');
    expect(ifAdopted(option(man({ birthDate: '1991-03-03', soleCarerOfChildren: 'yes', childrenInHost: 1 }), 'NO.collective-protection', '2026-11-28'))).toBeUndefined();
  });

  it('women are not concerned', () => {
    expect(ifAdopted(option(applicant({ arrivalDate: '2026-10-01' }), 'NO.collective-protection', '2026-11-28'))).toBeUndefined();
  });
});
