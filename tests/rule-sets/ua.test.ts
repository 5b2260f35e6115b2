/**
 * The Ukraine-side rule set, for every host country: the boundary tables
 * (the birthdays on which the exit rules for men change, the registration
 * period of boys around 1 January and 31 July, the pension age and the
 * 31 December deadline, the passport notes by age), dual citizenship per host
 * country, the choice between the versions (2025-08-28, 2026-01-16 and the
 * review of 2026-12-06) and the region data. The personas (P10 Mykola, P18
 * Maksym, P04 Serhii, P01 Olena, the eRecovery and voucher cases) are JSON
 * cases in tests/fixtures/cases/ua/, run by cases.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { resolveParameter, selectRuleSet, REGISTRY, UA_REGIONS, type Facts, type HostCountry, type OptionResult } from '../../rules';
import ukRegions from '../../locales/uk/regions.json';
import nlRegions from '../../locales/nl/regions.json';
import enRegions from '../../locales/en/regions.json';
import { option, type Answers } from './support';

/** The review date of issues 17 and 22: the version of 2026-12-06 is in force. */
const REVIEW = '2026-12-06';

function notes(r: OptionResult): Map<string, Record<string, string | number>> {
  return new Map(
    r.warnings.filter((w) => w.type === 'note').map((w) => [w.key.slice(w.key.lastIndexOf('.') + 1), w.vars] as const),
  );
}

const man = (birthDate: string, extra: Facts = {}): Answers => ({
  hostCountry: 'NL', sex: 'male', birthDate, militaryExemption: 'none', partner: 'none', ...extra,
});

function exitNotes(answers: Answers, asOf = REVIEW) {
  return notes(option(answers, 'UA.exit-rules', asOf));
}

const EXIT_AGE_NOTES = ['under-18', 'age-18-22', 'age-23-24', 'age-25-60', 'over-60'] as const;

describe('exit rules for men, by exact date of birth (6 December 2026)', () => {
  // [what, birth date, the one age note, the values it quotes, whether the registration note for 18–60 shows]
  const table: [string, string, (typeof EXIT_AGE_NOTES)[number], Record<string, string | number>, boolean][] = [
    ['17, turning 18 tomorrow: a minor today; the 18th birthday is quoted', '2008-12-07', 'under-18', { dayBefore: REVIEW, birthday: '2026-12-07' }, false],
    ['18 today: free to cross, registered, ban from his 23rd birthday', '2008-12-06', 'age-18-22', { birthday: '2031-12-06' }, true],
    ['exactly 22 today: still free to cross, for one more year', '2004-12-06', 'age-18-22', { age: 22, dayBefore: '2027-12-05', birthday: '2027-12-06' }, true],
    ['the day before his 23rd birthday: today is his last free day', '2003-12-07', 'age-18-22', { dayBefore: REVIEW, birthday: '2026-12-07' }, true],
    ['on his 23rd birthday: the exit ban applies; not mobilisable until the day before his 25th', '2003-12-06', 'age-23-24', { dayBefore: '2028-12-05', birthday: '2028-12-06' }, true],
    ['the day before his 25th birthday: still 23–24', '2001-12-07', 'age-23-24', { birthday: '2026-12-07' }, true],
    ['exactly 25: exit ban and mobilisation', '2001-12-06', 'age-25-60', { age: 25, birthday: '2061-12-06' }, true],
    ['exactly 60: still under the ban (60 itself is not confirmed, the text says so)', '1966-12-06', 'age-25-60', { age: 60, birthday: REVIEW }, true],
    ['the day before his 61st birthday: still 60', '1965-12-07', 'age-25-60', { age: 60 }, true],
    ['61: generally free to leave (unverified); no registration duties', '1965-12-06', 'over-60', {}, false],
  ];

  it.each(table)('%s', (_what, birthDate, ageNote, vars, registered) => {
    const n = exitNotes(man(birthDate));
    for (const other of EXIT_AGE_NOTES) expect(n.has(other), other).toBe(other === ageNote);
    expect(n.get(ageNote)).toMatchObject(vars);
    expect(n.has('registration-abroad')).toBe(registered);
  });

  // [exemption answer, birth date, whether the note on grounds to leave shows]
  const exemptions: [Facts['militaryExemption'], string, boolean][] = [
    ['exempt', '1990-05-05', true],
    ['deferment', '1990-05-05', true],
    ['unknown', '1990-05-05', true],
    ['none', '1990-05-05', false],
    // A ground to leave does not matter to a man who may leave freely anyway.
    ['exempt', '2004-12-06', false],
    ['deferment', '1965-12-06', false],
  ];
  it.each(exemptions)('exemption %s, born %s: the note on grounds to leave shows: %s', (answer, birthDate, shows) => {
    expect(exitNotes(man(birthDate, { militaryExemption: answer })).has('exemption')).toBe(shows);
  });

  it('the exit rules for men are the same in every version', () => {
    const mykola = man('2004-12-01');
    for (const asOf of ['2025-12-01', '2026-11-28', REVIEW]) {
      expect(notes(option(mykola, 'UA.exit-rules', asOf)).get('age-18-22')).toMatchObject({ birthday: '2027-12-01' });
    }
  });
});

describe('military registration of boys: in the year they turn 17, 1 January to 31 July (Art. 14)', () => {
  const REGISTRATION = ['registration-open', 'registration-closed', 'registration-next-year', 'registration-later', 'registration-earlier-year'] as const;
  // [what, birth date, date, the one registration note (or none), the values it quotes]
  const table: [string, string, string, (typeof REGISTRATION)[number] | null, Record<string, string>][] = [
    ['born 1 January 2009, 6 December 2026: his period closed on 31 July 2026', '2009-01-01', REVIEW, 'registration-closed', { birthday: '2026-01-01', date: '2026-07-31' }],
    ['born 31 December 2009, still 16: his period closed too', '2009-12-31', REVIEW, 'registration-closed', { birthday: '2026-12-31', date: '2026-07-31' }],
    ['born 1 January 2010: 1 January to 31 July 2027', '2010-01-01', REVIEW, 'registration-next-year', { birthday: '2027-01-01', date: '2027-07-31' }],
    ['born 31 December 2010: 1 January to 31 July 2027', '2010-12-31', REVIEW, 'registration-next-year', { birthday: '2027-12-31', date: '2027-07-31' }],
    ['born 1 January 2011: in 2028; the 17th birthday is quoted', '2011-01-01', REVIEW, 'registration-later', { birthday: '2028-01-01' }],
    ['17 since 7 December 2025, 18 tomorrow: his period was in 2025', '2008-12-07', REVIEW, 'registration-earlier-year', { birthday: '2025-12-07' }],
    ['18 today: no note for boys (the note for men 18–60 applies)', '2008-12-06', REVIEW, null, {}],
    ['born 2010, on 1 January 2027: the period opens today', '2010-05-05', '2027-01-01', 'registration-open', { birthday: '2027-05-05', date: '2027-07-31' }],
    ['born 2010, on 31 July 2027: the last day of the period', '2010-05-05', '2027-07-31', 'registration-open', { date: '2027-07-31' }],
    ['born 2010, on 1 August 2027: the period has closed', '2010-05-05', '2027-08-01', 'registration-closed', { date: '2027-07-31' }],
    ['born 2011, on 1 March 2027: next year, 1 January to 31 July 2028', '2011-03-03', '2027-03-01', 'registration-next-year', { date: '2028-07-31' }],
  ];

  it.each(table)('%s', (_what, birthDate, asOf, shown, vars) => {
    const n = exitNotes(man(birthDate), asOf);
    for (const id of REGISTRATION) expect(n.has(id), id).toBe(id === shown);
    if (shown) expect(n.get(shown)).toMatchObject(vars);
  });

  it('girls get no registration note', () => {
    const n = exitNotes({ hostCountry: 'NL', sex: 'female', birthDate: '2009-05-10' });
    for (const id of REGISTRATION) expect(n.has(id), id).toBe(false);
  });

  it('asks nothing new: birth date and sex decide it (the exit rules need the same facts as before the review)', () => {
    const missing = (asOf: string) => [...option({ hostCountry: 'NL' }, 'UA.exit-rules', asOf).missing].sort();
    expect(missing(REVIEW)).toEqual(missing('2026-12-05'));
    expect(missing(REVIEW)).toEqual(['birthDate', 'militaryExemption', 'partner', 'sex']);
    expect(option(man('2009-05-10'), 'UA.exit-rules', REVIEW).missing).toEqual([]);
  });

  it('tells a boy to act (action notes) while the period is open, next year, or passed', () => {
    const actions = (birthDate: string, asOf = REVIEW) =>
      option(man(birthDate), 'UA.exit-rules', asOf).warnings.filter((w) => w.action).map((w) => w.key.split('.').at(-1));
    expect(actions('2009-05-10')).toEqual(['registration-closed']);
    expect(actions('2010-05-05')).toEqual(['registration-next-year']);
    expect(actions('2012-05-05')).toEqual([]);
  });
});

describe('passports by age (unverified: news sites quoting the Ministry of Foreign Affairs)', () => {
  const table: [string, Answers, string | null][] = [
    ['a woman', { hostCountry: 'PL', sex: 'female', birthDate: '1990-01-01' }, null],
    ['a boy of 17', man('2009-05-10'), null],
    ['a man of 18 today', man('2008-12-06'), 'men-18-22'],
    ['a man of 22, the day before his 23rd birthday', man('2003-12-07'), 'men-18-22'],
    ['a man of 23 today', man('2003-12-06'), 'men-23-60'],
    ['a man of 60', man('1966-12-06'), 'men-23-60'],
    ['a man of 61', man('1965-12-06'), null],
  ];
  it.each(table)('%s', (_what, answers, shown) => {
    const r = option(answers, 'UA.passports', REVIEW);
    expect(r.status).toBe('info');
    expect(r.verification).toBe('unverified');
    const n = notes(r);
    for (const id of ['men-18-22', 'men-23-60']) expect(n.has(id), id).toBe(id === shown);
  });
});

describe('pension identification by 31 December (Resolution No. 299/2025)', () => {
  // [what, answers, date, status, days left]
  const table: [string, Answers, string, OptionResult['status'], number][] = [
    ['60 today: shown, with 25 days left', { hostCountry: 'DE', birthDate: '1966-12-06' }, REVIEW, 'maybe', 25],
    ['59, employed: not for her', { hostCountry: 'DE', birthDate: '1966-12-07', employment: 'employed' }, REVIEW, 'not-eligible', 25],
    ['59, retired: shown', { hostCountry: 'DE', birthDate: '1966-12-07', employment: 'retired' }, REVIEW, 'maybe', 25],
    ['64, retired, on 31 December 2026: the last day', { hostCountry: 'PL', birthDate: '1962-03-15', employment: 'retired' }, '2026-12-31', 'maybe', 0],
    ['64, on 1 January 2027: the next deadline, 31 December 2027', { hostCountry: 'PL', birthDate: '1962-03-15', employment: 'retired' }, '2027-01-01', 'maybe', 364],
  ];
  it.each(table)('%s', (_what, answers, asOf, status, daysLeft) => {
    const r = option(answers, 'UA.pension-identification', asOf);
    expect(r.status).toBe(status);
    expect(r.daysLeft).toBe(daysLeft);
    expect(r.deadline).toBe(asOf < '2027-01-01' ? '2026-12-31' : '2027-12-31');
    // Whether the person gets a Ukrainian pension is never known: at best "maybe".
    if (status !== 'not-eligible') expect(r.reasons.find((x) => x.reason === 'gets-ukrainian-pension')?.result).toBe('unknown');
  });

  it('asks employment of someone under 60 (retired people may get a Ukrainian pension), not of someone over 60', () => {
    expect(option({ hostCountry: 'US', birthDate: '1980-01-01' }, 'UA.pension-identification', REVIEW).missing).toContain('employment');
    expect(option({ hostCountry: 'US', birthDate: '1950-01-01' }, 'UA.pension-identification', REVIEW).missing).toEqual([]);
  });

  it('is verified on an official page (the Donetsk regional state administration relaying the Pension Fund)', () => {
    const ua = selectRuleSet(REGISTRY, 'UA', REVIEW)!;
    const card = ua.options.find((o) => o.id === 'UA.pension-identification')!;
    expect(card.verification).toBe('verified');
    expect(ua.sources.find((s) => s.id === 'ua-dn-pfu-identification')).toMatchObject({ official: true, url: 'https://dn.gov.ua/news/zruchno-i-zrozumilo-pro-videoidentyfikatsiiu' });
  });
});

describe('dual citizenship by host country (list of Resolution 1412, in force 16 January 2026)', () => {
  const noteFor = (host: HostCountry, asOf = REVIEW) => [...notes(option({ hostCountry: host }, 'UA.dual-citizenship', asOf)).keys()];

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
  it('the list as re-read on 6 December 2026 is the same, and marked unverified (news sites only)', () => {
    const { value, entry } = resolveParameter(selectRuleSet(REGISTRY, 'UA', REVIEW)!, 'dualCitizenshipStates', REVIEW);
    expect(value).toEqual(['CA', 'DE', 'PL', 'US', 'CZ']);
    expect(entry).toMatchObject({ validFrom: REVIEW, verification: 'unverified' });
  });
});

describe('versions: 2025-08-28 (men 18–22 may leave), 2026-01-16 (dual citizenship in force), 2026-12-06 (the review)', () => {
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

  it('picks 2026-01-16 from 16 January to 5 December 2026, and 2026-12-06 from the review on', () => {
    expect(uaVersion('2026-01-16')).toBe('2026-01-16');
    expect(uaVersion('2026-12-05')).toBe('2026-01-16');
    expect(uaVersion(REVIEW)).toBe('2026-12-06');
  });

  it('advise --as-of 2025-12-01 uses 2025-08-28; --as-of 2026-11-28 uses 2026-01-16; --as-of 2026-12-06 uses 2026-12-06', () => {
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
    expect(run(REVIEW).ruleSets.find((s) => s.id === 'UA')?.version).toBe('2026-12-06');
  }, 90_000);

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

  it('the earliest version has no list of states at all', () => {
    const early = REGISTRY.find((s) => s.id === 'UA' && s.version === '2025-08-28')!;
    expect(early.parameters.dualCitizenshipStates).toBeUndefined();
  });

  it('16 January 2026: the list applies (Germany on it, the Netherlands not)', () => {
    expect(notes(option({ hostCountry: 'DE' }, 'UA.dual-citizenship', '2026-01-16')).has('host-on-list')).toBe(true);
    expect(notes(option({ hostCountry: 'NL' }, 'UA.dual-citizenship', '2026-01-16')).has('host-not-on-list')).toBe(true);
  });

  it('the passports and pension cards exist from the review on, not before', () => {
    const ids = (asOf: string) => selectRuleSet(REGISTRY, 'UA', asOf)!.options.map((o) => o.id);
    expect(ids('2026-12-05')).not.toContain('UA.passports');
    expect(ids(REVIEW)).toEqual(expect.arrayContaining(['UA.passports', 'UA.pension-identification']));
  });
});

describe('region data', () => {
  const ua = selectRuleSet(REGISTRY, 'UA', REVIEW)!;

  it('the region status lists hold only valid ISO 3166-2:UA codes, with a source', () => {
    for (const name of ['fullyOccupiedRegions', 'frontlineRegions']) {
      const { value, entry } = resolveParameter(ua, name, REVIEW);
      expect(Array.isArray(value)).toBe(true);
      for (const code of value as string[]) expect(UA_REGIONS).toContain(code);
      expect(entry.source).toBe('s62');
    }
    expect(resolveParameter(ua, 'fullyOccupiedRegions', REVIEW).value).toEqual(['UA-43', 'UA-40', 'UA-09']);
    expect(resolveParameter(ua, 'frontlineRegions', REVIEW).value).toEqual(['UA-14', 'UA-23', 'UA-65', 'UA-63', 'UA-59']);
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
