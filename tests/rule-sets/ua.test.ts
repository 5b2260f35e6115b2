/**
 * The Ukraine-side rule set, for every host country: exit rules for men by
 * exact date of birth (the birthday on which a rule changes, and the last day
 * before it), dual citizenship per host country, eRecovery and the housing
 * voucher with the region lists, and the choice between the two versions
 * (2025-08-28 and 2026-01-16).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { resolveParameter, selectRuleSet, REGISTRY, UA_REGIONS, type Facts, type HostCountry, type OptionResult } from '../../rules';
import { buildAdvice } from '../../lib/advice';
import ukRegions from '../../locales/uk/regions.json';
import nlRegions from '../../locales/nl/regions.json';
import enRegions from '../../locales/en/regions.json';
import { option, TODAY, type Answers } from './support';

function notes(r: OptionResult): Map<string, Record<string, string | number>> {
  return new Map(
    r.warnings.filter((w) => w.type === 'note').map((w) => [w.key.slice(w.key.lastIndexOf('.') + 1), w.vars] as const),
  );
}

function exitNotes(answers: Answers, asOf = TODAY) {
  return notes(option(answers, 'UA.exit-rules', asOf));
}

const man = (birthDate: string, extra: Facts = {}): Answers => ({
  hostCountry: 'NL', sex: 'male', birthDate, militaryExemption: 'none', partner: 'none', ...extra,
});

describe('exit rules for men, by exact date of birth (28 November 2026)', () => {
  it('P10 Mykola, 21, in Poland: free to cross until 30 Nov 2027; the ban applies from his 23rd birthday', () => {
    const mykola: Answers = {
      hostCountry: 'PL', birthDate: '2004-12-01', sex: 'male', originOblast: 'UA-59', arrivalDate: '2025-10-05',
      currentStatus: 'temporary-protection', employment: 'employed', contractType: 'civil-law', partner: 'none', militaryExemption: 'none',
    };
    const exit = option(mykola, 'UA.exit-rules');
    expect(exit.status).toBe('info');
    const n = notes(exit);
    expect(n.get('age-18-22')).toMatchObject({ dayBefore: '2027-11-30', birthday: '2027-12-01', age: 21 });
    expect(n.has('age-23-24')).toBe(false);
    expect(n.has('registration-abroad')).toBe(true);
  });

  it('P18 Maksym, 22, in Norway: free to cross until 24 Aug 2027; the ban applies from 25 Aug 2027', () => {
    const n = exitNotes({ ...man('2004-08-25'), hostCountry: 'NO', originOblast: 'UA-53' });
    expect(n.get('age-18-22')).toMatchObject({ dayBefore: '2027-08-24', birthday: '2027-08-25', age: 22 });
  });

  it('exactly 22 today: still free to cross, for one more year', () => {
    const n = exitNotes(man('2004-11-28'));
    expect(n.get('age-18-22')).toMatchObject({ age: 22, dayBefore: '2027-11-27', birthday: '2027-11-28' });
  });

  it('the day before his 23rd birthday: today is his last free day', () => {
    const n = exitNotes(man('2003-11-29'));
    expect(n.get('age-18-22')).toMatchObject({ dayBefore: TODAY, birthday: '2026-11-29' });
    expect(n.has('age-23-24')).toBe(false);
  });

  it('on his 23rd birthday: the exit ban applies; not mobilisable until the day before his 25th', () => {
    const n = exitNotes(man('2003-11-28'));
    expect(n.has('age-18-22')).toBe(false);
    expect(n.get('age-23-24')).toMatchObject({ dayBefore: '2028-11-27', birthday: '2028-11-28' });
    expect(n.has('age-25-60')).toBe(false);
  });

  it('the day before his 25th birthday: still 23–24', () => {
    const n = exitNotes(man('2001-11-29'));
    expect(n.get('age-23-24')).toMatchObject({ birthday: '2026-11-29' });
  });

  it('exactly 25: exit ban and mobilisation', () => {
    const n = exitNotes(man('2001-11-28'));
    expect(n.has('age-23-24')).toBe(false);
    expect(n.get('age-25-60')).toMatchObject({ age: 25, birthday: '2061-11-28' });
  });

  it('P04 Serhii, 45: exit ban and mobilisation; his exemption is unknown, so the exemption note shows', () => {
    const n = exitNotes(man('1981-01-22', { militaryExemption: 'unknown', partner: 'in-ukraine' }));
    expect(n.get('age-25-60')).toMatchObject({ age: 45, birthday: '2041-01-22' });
    expect(n.has('exemption')).toBe(true);
    expect(n.has('partner-in-ukraine')).toBe(true);
  });

  it('exactly 60: still under the ban (60 itself is not confirmed, the text says so)', () => {
    const n = exitNotes(man('1966-11-28'));
    expect(n.get('age-25-60')).toMatchObject({ age: 60, birthday: TODAY });
    expect(n.has('over-60')).toBe(false);
    expect(n.has('registration-abroad')).toBe(true);
  });

  it('61: generally free to leave (unverified); no registration duties', () => {
    const n = exitNotes(man('1965-11-28'));
    expect(n.has('age-25-60')).toBe(false);
    expect(n.has('over-60')).toBe(true);
    expect(n.has('registration-abroad')).toBe(false);
  });

  it('17, turning 18 tomorrow: a minor today; the 18th birthday is quoted', () => {
    const n = exitNotes(man('2008-11-29'));
    expect(n.get('under-18')).toMatchObject({ dayBefore: TODAY, birthday: '2026-11-29' });
    expect(n.has('registration-abroad')).toBe(false);
  });

  it('18 today: free to cross, registered, ban from his 23rd birthday', () => {
    const n = exitNotes(man('2008-11-28'));
    expect(n.has('under-18')).toBe(false);
    expect(n.get('age-18-22')).toMatchObject({ birthday: '2031-11-28' });
    expect(n.has('registration-abroad')).toBe(true);
  });

  it('a man with an exemption or deferment gets the exemption note; one without does not', () => {
    expect(exitNotes(man('1990-05-05', { militaryExemption: 'exempt' })).has('exemption')).toBe(true);
    expect(exitNotes(man('1990-05-05', { militaryExemption: 'deferment' })).has('exemption')).toBe(true);
    expect(exitNotes(man('1990-05-05', { militaryExemption: 'none' })).has('exemption')).toBe(false);
    // An exemption does not matter to a man who may leave freely anyway.
    expect(exitNotes(man('2004-11-28', { militaryExemption: 'exempt' })).has('exemption')).toBe(false);
  });

  it('P01 Olena, a woman with her husband in Ukraine: free to cross; the note on her partner', () => {
    const n = exitNotes({ hostCountry: 'NL', sex: 'female', birthDate: '1988-02-14', partner: 'in-ukraine' });
    expect([...n.keys()].sort()).toEqual(['partner-in-ukraine', 'woman']);
  });

  it('renders the exact dates in Ukrainian, Dutch and English', () => {
    const mykola = man('2004-12-01', { hostCountry: 'PL' });
    const text = (lang: 'uk' | 'nl' | 'en') =>
      buildAdvice(mykola, TODAY, lang).options.find((o) => o.id === 'UA.exit-rules')!.warnings.join(' ');
    expect(text('uk')).toContain('30 листопада 2027');
    expect(text('uk')).toContain('1 грудня 2027');
    expect(text('nl')).toContain('30 november 2027');
    expect(text('nl')).toContain('1 december 2027');
    expect(text('en')).toMatch(/November 30, 2027|30 November 2027/);
  });
});

describe('dual citizenship by host country (list of Resolution 1412, in force 16 January 2026)', () => {
  const noteFor = (host: HostCountry) => [...notes(option({ hostCountry: host }, 'UA.dual-citizenship')).keys()];

  for (const host of ['DE', 'PL', 'CZ', 'US'] as const) {
    it(`${host} is on the list: Ukrainian citizenship can be kept`, () => {
      expect(noteFor(host)).toContain('host-on-list');
      expect(noteFor(host)).not.toContain('host-not-on-list');
    });
  }
  for (const host of ['NL', 'GB', 'NO', 'DK', 'ES'] as const) {
    it(`${host} is not on the list: Ukrainian law does not allow keeping both`, () => {
      expect(noteFor(host)).toContain('host-not-on-list');
      expect(noteFor(host)).not.toContain('host-on-list');
    });
  }
  it('always says the list can change', () => {
    expect(noteFor('NL')).toContain('list-may-change');
  });
});

describe('versions: 2025-08-28 (men 18–22 may leave) and 2026-01-16 (dual citizenship in force)', () => {
  const person: Answers = { hostCountry: 'NL', sex: 'female', birthDate: '1990-01-01' };
  const uaVersion = (asOf: string) => selectRuleSet(REGISTRY, 'UA', asOf)?.version;

  it('no Ukraine-side version before 28 August 2025', () => {
    expect(uaVersion('2025-08-27')).toBeUndefined();
  });

  it('picks 2025-08-28 from 28 August 2025 to 15 January 2026', () => {
    expect(uaVersion('2025-08-28')).toBe('2025-08-28');
    expect(uaVersion('2025-12-01')).toBe('2025-08-28');
    expect(uaVersion('2026-01-15')).toBe('2025-08-28');
  });

  it('picks 2026-01-16 from 16 January 2026', () => {
    expect(uaVersion('2026-01-16')).toBe('2026-01-16');
    expect(uaVersion('2026-11-28')).toBe('2026-01-16');
  });

  it('advise --as-of 2025-12-01 uses 2025-08-28; --as-of 2026-11-28 uses 2026-01-16', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ua-versions-'));
    const file = path.join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify(person));
    const run = (asOf: string) =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/advise.ts', file, '--as-of', asOf, '--lang', 'en'], {
          cwd: path.resolve(__dirname, '../..'),
          encoding: 'utf8',
        }),
      ) as { ruleSets: { id: string; version: string }[] };
    expect(run('2025-12-01').ruleSets.find((s) => s.id === 'UA')?.version).toBe('2025-08-28');
    expect(run('2026-11-28').ruleSets.find((s) => s.id === 'UA')?.version).toBe('2026-01-16');
  }, 60_000);

  it('1 December 2025: multiple citizenship not yet allowed; the list is adopted but not in force', () => {
    const dual = option(person, 'UA.dual-citizenship', '2025-12-01');
    expect(dual.version).toBe('2025-08-28');
    const n = notes(dual);
    expect(n.get('not-yet-in-force')).toMatchObject({ date: '2026-01-16' });
    expect(n.get('list-adopted')).toMatchObject({ date: '2025-11-05' });
    expect(n.has('list-pending')).toBe(false);
    expect(n.has('host-on-list')).toBe(false);
    expect(n.has('host-not-on-list')).toBe(false);
  });

  it('4 November 2025: the Cabinet has not chosen the states yet; 5 November 2025: it has', () => {
    const before = notes(option(person, 'UA.dual-citizenship', '2025-11-04'));
    expect(before.has('list-pending')).toBe(true);
    expect(before.has('list-adopted')).toBe(false);
    const on = notes(option(person, 'UA.dual-citizenship', '2025-11-05'));
    expect(on.has('list-pending')).toBe(false);
    expect(on.has('list-adopted')).toBe(true);
  });

  it('the earlier version has no list of states at all', () => {
    const early = REGISTRY.find((s) => s.id === 'UA' && s.version === '2025-08-28')!;
    expect(early.parameters.dualCitizenshipStates).toBeUndefined();
  });

  it('16 January 2026: the list applies (Germany on it, the Netherlands not)', () => {
    expect(notes(option({ hostCountry: 'DE' }, 'UA.dual-citizenship', '2026-01-16')).has('host-on-list')).toBe(true);
    expect(notes(option({ hostCountry: 'NL' }, 'UA.dual-citizenship', '2026-01-16')).has('host-not-on-list')).toBe(true);
  });

  it('the exit rules are the same in both versions', () => {
    const mykola = man('2004-12-01');
    expect(notes(option(mykola, 'UA.exit-rules', '2025-12-01')).get('age-18-22')).toMatchObject({ birthday: '2027-12-01' });
    expect(notes(option(mykola, 'UA.exit-rules')).get('age-18-22')).toMatchObject({ birthday: '2027-12-01' });
  });
});

describe('eRecovery and the housing voucher', () => {
  const base: Answers = { hostCountry: 'NL', sex: 'female', birthDate: '1980-03-03' };

  it('a damaged home in Lviv oblast: eligible for eRecovery, no hostilities warning', () => {
    const r = option({ ...base, originOblast: 'UA-46', housingInUkraine: 'damaged' }, 'UA.erecovery');
    expect(r.status).toBe('eligible');
    expect(notes(r).has('damaged')).toBe(true);
    expect(notes(r).has('hostilities-region')).toBe(false);
  });

  it('a destroyed home in Kharkiv oblast: eligible, with a warning to check the official list', () => {
    const r = option({ ...base, originOblast: 'UA-63', housingInUkraine: 'destroyed' }, 'UA.erecovery');
    expect(r.status).toBe('eligible');
    expect(notes(r).has('destroyed')).toBe(true);
    expect(notes(r).has('hostilities-region')).toBe(true);
  });

  it('an intact home: not eligible, with the reason', () => {
    const r = option({ ...base, originOblast: 'UA-30', housingInUkraine: 'intact' }, 'UA.erecovery');
    expect(r.status).toBe('not-eligible');
    expect(r.reasons[0]).toMatchObject({ reason: 'housing-damaged-or-destroyed', result: 'not-met' });
  });

  it('from Crimea: the home counts as occupied from the region alone; the voucher is maybe (IDP conditions)', () => {
    const r = option({ ...base, originOblast: 'UA-43' }, 'UA.housing-voucher');
    expect(r.status).toBe('maybe');
    expect(r.reasons.find((x) => x.reason === 'home-occupied')?.result).toBe('met');
  });

  it('from Donetsk oblast: partly occupied, so the community decides', () => {
    const r = option({ ...base, originOblast: 'UA-14' }, 'UA.housing-voucher');
    expect(r.status).toBe('maybe');
    expect(notes(r).has('partly-occupied-region')).toBe(true);
  });

  it('from Lviv oblast, home not occupied: not eligible for the voucher', () => {
    const r = option({ ...base, originOblast: 'UA-46', homeAreaOccupied: 'no', housingInUkraine: 'intact' }, 'UA.housing-voucher');
    expect(r.status).toBe('not-eligible');
    expect(r.reasons.find((x) => x.reason === 'home-occupied')?.result).toBe('not-met');
  });
});

describe('region data', () => {
  const ua = selectRuleSet(REGISTRY, 'UA', TODAY)!;

  it('the region status lists hold only valid ISO 3166-2:UA codes, with a source', () => {
    for (const name of ['fullyOccupiedRegions', 'frontlineRegions']) {
      const { value, entry } = resolveParameter(ua, name, TODAY);
      expect(Array.isArray(value)).toBe(true);
      for (const code of value as string[]) expect(UA_REGIONS).toContain(code);
      expect(entry.source).toBe('s62');
    }
    expect(resolveParameter(ua, 'fullyOccupiedRegions', TODAY).value).toEqual(['UA-43', 'UA-40', 'UA-09']);
    expect(resolveParameter(ua, 'frontlineRegions', TODAY).value).toEqual(['UA-14', 'UA-23', 'UA-65', 'UA-63', 'UA-59']);
  });

  it('regions.json names all 27 regions in every language', () => {
    for (const names of [ukRegions, nlRegions, enRegions] as Record<string, string>[]) {
      expect(Object.keys(names).sort()).toEqual([...UA_REGIONS].sort());
    }
    expect((ukRegions as Record<string, string>)['UA-05']).toBe('Вінницька область');
    expect((ukRegions as Record<string, string>)['UA-30']).toBe('місто Київ');
    expect((nlRegions as Record<string, string>)['UA-32']).toBe('oblast Kyiv');
    expect((enRegions as Record<string, string>)['UA-43']).toBe('Crimea');
  });
});
