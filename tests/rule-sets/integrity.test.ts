import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_COUNTRIES, namespaceOf, REGISTRY, ruleSetsInForce, type Condition, type HostCountry, type RuleSet } from '../../rules';
import { LANGUAGES } from '../../locales';
import { getT } from '../../lib/i18n';
import { buildAdvice } from '../../lib/advice';
import { expectTextsRender, goldenCase, TODAY, type Answers } from './support';

const OPTION_FIELDS = ['title', 'summary', 'gives', 'who', 'next', 'documents', 'deadline', 'ifNot'] as const;

/** Contract section 3: the option ids that must exist per host country (UA and HUB for every host). */
const REQUIRED_IDS: Record<string, string[]> = {
  NL: ['NL.temporary-protection', 'NL.transition-permit', 'NL.asylum', 'NL.work-permit', 'NL.study-permit', 'NL.family-reunification', 'NL.voluntary-return'],
  DE: ['DE.temporary-protection', 'DE.work-permit', 'DE.training-permit', 'DE.study-permit', 'DE.family-reunification', 'DE.asylum', 'DE.benefits-regime'],
  PL: ['PL.temporary-protection', 'PL.cukr', 'PL.work-permit', 'PL.family-reunification'],
  CZ: ['CZ.temporary-protection', 'CZ.zdp', 'CZ.work-permit'],
  SK: ['SK.temporary-protection', 'SK.displaced-person-extension'],
  HR: ['HR.temporary-protection'],
  AT: ['AT.temporary-protection', 'AT.rwr-card-plus'],
  IE: ['IE.temporary-protection', 'IE.international-protection'],
  ES: ['ES.temporary-protection', 'ES.work-residence', 'ES.arraigo'],
  IT: ['IT.temporary-protection', 'IT.work-permit-conversion'],
  BE: ['BE.temporary-protection'],
  FR: ['FR.temporary-protection', 'FR.asylum', 'FR.work-permit'],
  NO: ['NO.collective-protection', 'NO.asylum'],
  DK: ['DK.special-act-permit', 'DK.asylum'],
  CH: ['CH.status-s', 'CH.b-permit', 'CH.provisional-admission'],
  GB: ['GB.upe'],
  US: ['US.tps'],
};
const EVERY_HOST = ['UA.exit-rules', 'UA.dual-citizenship', 'UA.erecovery', 'HUB.prague', 'HUB.berlin'];

interface Walked {
  reasons: { id: string; source?: string | undefined }[];
  params: string[];
  refs: string[];
  sources: string[];
}

function walk(node: Condition, acc: Walked): Walked {
  if (node.reason) acc.reasons.push({ id: node.reason, source: node.source });
  if (node.source) acc.sources.push(node.source);
  const refs = node as { param?: string; than?: { param?: string }; years?: { param?: string }; days?: { param?: string }; on?: { param?: string }; base?: { param?: string }; perAdditionalMember?: { param?: string } };
  for (const ref of [refs.param, refs.than?.param, refs.years?.param, refs.days?.param, refs.on?.param, refs.base?.param, refs.perAdditionalMember?.param]) {
    if (ref) acc.params.push(ref);
  }
  if (node.kind === 'ref') acc.refs.push(node.name);
  if (node.kind === 'all' || node.kind === 'any') node.of.forEach((c) => walk(c, acc));
  if (node.kind === 'not') walk(node.of, acc);
  return acc;
}

function conditionsOf(set: RuleSet): Walked {
  const acc: Walked = { reasons: [], params: [], refs: [], sources: [] };
  for (const def of Object.values(set.definitions)) walk(def, acc);
  for (const option of set.options) {
    if (option.when) walk(option.when, acc);
    for (const note of option.notes) if (note.when) walk(note.when, acc);
    if (option.deadline && 'param' in option.deadline) acc.params.push(option.deadline.param);
  }
  return acc;
}

const label = (set: RuleSet) => `${set.id} ${set.version}`;

describe.each(REGISTRY.map((s) => [label(s), s] as const))('rule set %s', (_label, set) => {
  const declared = new Set(set.sources.map((s) => s.id));
  const walked = conditionsOf(set);

  it('has option ids with its own prefix, each once', () => {
    const ids = set.options.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${set.id}.`), id).toBe(true);
  });

  it('cites a declared source for every option, note, reason and parameter value', () => {
    for (const option of set.options) {
      expect(option.sources.length, option.id).toBeGreaterThan(0);
      for (const s of option.sources) expect(declared.has(s), `${option.id} cites ${s}`).toBe(true);
      for (const note of option.notes) expect(declared.has(note.source), `${option.id} note ${note.id} cites ${note.source}`).toBe(true);
    }
    for (const s of walked.sources) expect(declared.has(s), `a condition cites ${s}`).toBe(true);
    for (const [name, p] of Object.entries(set.parameters)) {
      for (const v of p.values) expect(declared.has(v.source), `parameter ${name} cites ${v.source}`).toBe(true);
    }
  });

  it('resolves every parameter and definition it refers to', () => {
    for (const p of walked.params) expect(set.parameters[p], `parameter ${p}`).toBeDefined();
    for (const r of walked.refs) expect(set.definitions[r], `definition ${r}`).toBeDefined();
  });

  it.each(LANGUAGES.map((l) => [l]))('has every text in %s', (lang) => {
    const t = getT(lang);
    const ns = namespaceOf(set.id);
    const missing: string[] = [];
    const check = (key: string) => {
      const text = t(key, { age: 30, years: 23, birthday: '1 May 2027', dayBefore: '30 April 2027', threshold: 1, income: 1, shortBy: 1, date: '1 May 2027', count: 1 });
      if (!text.trim() || text === key || text.endsWith(key.split(':')[1] ?? key)) missing.push(key);
    };
    const textNs = (id: string) => (id.startsWith('eu-') ? 'rules-eu' : ns);
    for (const option of set.options) {
      const slug = option.id.slice(option.id.indexOf('.') + 1);
      for (const field of OPTION_FIELDS) check(`${ns}:options.${slug}.${field}`);
      for (const note of option.notes) check(note.id.startsWith('eu-') ? `rules-eu:notes.${note.id}` : `${ns}:options.${slug}.notes.${note.id}`);
    }
    for (const { id } of walked.reasons) {
      check(`${textNs(id)}:reasons.${id}.met`);
      check(`${textNs(id)}:reasons.${id}.notMet`);
    }
    if (set.proposal) check(`${textNs(set.proposal)}:proposals.${set.proposal}`);
    for (const p of Object.values(set.parameters)) for (const v of p.values) if (v.proposal) check(`${textNs(v.proposal)}:proposals.${v.proposal}`);
    check(`${ns}:versions.${set.version}`);
    expect(missing).toEqual([]);
  });
});

describe('the option ids of contract section 3', () => {
  it.each(HOST_COUNTRIES.map((h) => [h]))('all exist for a person in %s on 28 November 2026', (host) => {
    const { sets } = ruleSetsInForce(host, '2026-11-28');
    const ids = new Set(sets.flatMap((s) => s.options.map((o) => o.id)));
    for (const id of [...(REQUIRED_IDS[host] ?? []), ...EVERY_HOST]) expect(ids.has(id), id).toBe(true);
  });

  it('no two adopted versions of one rule set start on the same day', () => {
    const seen = new Set<string>();
    for (const set of REGISTRY.filter((s) => s.status !== 'proposed')) {
      const key = `${set.id}@${set.validFrom}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});

/**
 * The texts as a person reads them: for the golden personas and a few people
 * per host country, chosen to reach the texts that carry values (answered
 * little, failing answers, the day after temporary protection ends), every
 * text exists in uk, nl and en and no value is left out (`{{`).
 */
const AFTER_TP = '2027-03-05';

/** Anyone in any host country: answered little, a holder since 2022, a man who has just arrived. */
function everyone(host: HostCountry): [string, Answers, string][] {
  const holder: Answers = {
    hostCountry: host, birthDate: '1985-05-05', sex: 'female', originOblast: 'UA-63', homeAreaOccupied: 'no', arrivalDate: '2022-04-01',
    protectionStartDate: '2022-04-01', protectionInterrupted: 'no', currentStatus: 'temporary-protection', employment: 'employed',
    contractType: 'permanent', childrenInHost: 1, soleCarerOfChildren: 'no', partner: 'in-host-country', partnerIsHostOrEuCitizen: 'no',
  };
  const newcomer: Answers = {
    hostCountry: host, birthDate: '1996-02-02', sex: 'male', originOblast: 'UA-46', homeAreaOccupied: 'no', arrivalDate: '2026-10-01',
    currentStatus: 'no-status', employment: 'unemployed', childrenInHost: 0, partner: 'none', militaryExemption: 'none',
  };
  return [
    ['someone who answered little', { hostCountry: host }, TODAY],
    ['someone who answered little, the day after temporary protection ends', { hostCountry: host }, AFTER_TP],
    ['a holder since 2022 with a job and a family', holder, TODAY],
    ['a holder since 2022, the day after temporary protection ends', holder, AFTER_TP],
    ['a man of 30 who has just arrived, without work', newcomer, TODAY],
  ];
}

const P = (id: string) => goldenCase(id).answers;
const AT: Answers = {
  hostCountry: 'AT', birthDate: '1988-02-14', sex: 'female', arrivalDate: '2022-11-01', protectionStartDate: '2022-11-01', protectionInterrupted: 'no',
  currentStatus: 'temporary-protection', employment: 'employed', insuredWorkMonthsLast24: 14, hostLanguageLevel: 'A1',
};
const SK: Answers = {
  hostCountry: 'SK', birthDate: '1987-06-12', sex: 'female', arrivalDate: '2022-04-01', protectionStartDate: '2022-04-01', protectionInterrupted: 'no',
  currentStatus: 'temporary-protection', employment: 'employed',
};
const HR: Answers = { hostCountry: 'HR', birthDate: '1979-09-01', sex: 'female', arrivalDate: '2022-05-02', protectionStartDate: '2022-05-02', currentStatus: 'temporary-protection' };
const CH: Answers = { hostCountry: 'CH', birthDate: '1988-04-04', sex: 'female', originOblast: 'UA-63', arrivalDate: '2025-10-01', currentStatus: 'protection-applied' };
const CH_HOLDER: Answers = { ...CH, arrivalDate: '2022-03-15', currentStatus: 'temporary-protection', protectionStartDate: '2022-03-20', protectionInterrupted: 'no' };
const US: Answers = { hostCountry: 'US', birthDate: '1982-02-14', sex: 'female', originOblast: 'UA-14', arrivalDate: '2022-06-10', currentStatus: 'temporary-protection', employment: 'employed' };
const DK: Answers = {
  hostCountry: 'DK', birthDate: '1990-05-10', sex: 'female', originOblast: 'UA-63', arrivalDate: '2026-09-01', currentStatus: 'protection-applied',
  militaryExemption: 'none', receivesHumanitarianBenefit: 'no',
};
const NO: Answers = {
  hostCountry: 'NO', birthDate: '1990-05-10', sex: 'female', originOblast: 'UA-63', arrivalDate: '2025-11-01', currentStatus: 'protection-applied',
  childrenInHost: 0, soleCarerOfChildren: 'no', militaryExemption: 'none',
};

/** The people of each country's own tests whose texts need values. */
const READERS: Partial<Record<HostCountry, [string, Answers, string][]>> = {
  AT: [
    ['Natalia, 14 months of insured work, German A1', AT, TODAY],
    ['a man with 3 months of work and no German, after temporary protection', { ...AT, insuredWorkMonthsLast24: 3, hostLanguageLevel: 'none', sex: 'male', birthDate: '1975-05-05' }, AFTER_TP],
  ],
  CZ: [
    ['P12 Tetiana after the ZDP window, failing every condition', { ...P('P12'), transitionSchemeRegistered: 'no', householdAnnualIncome: 100000, validPassport: 'no', receivesHumanitarianBenefit: 'yes', protectionStartDate: '2025-01-01' }, TODAY],
    ['a man with an expiring passport, after temporary protection', { hostCountry: 'CZ', currentStatus: 'temporary-protection', householdSize: 3, validPassport: 'expiring', sex: 'male', birthDate: '1976-08-08' }, AFTER_TP],
  ],
  DE: [
    ['a man without status whose partner is in Germany', { hostCountry: 'DE', currentStatus: 'no-status', sex: 'male', birthDate: '1980-01-01', partner: 'in-host-country' }, TODAY],
    ['P06 Iryna, after temporary protection', P('P06'), AFTER_TP],
    ['P06 Iryna with another permit, no work, no studies, partner in Ukraine', { ...P('P06'), employment: 'unemployed', enrolledInStudies: 'no', partner: 'in-ukraine', currentStatus: 'other-permit' }, TODAY],
  ],
  HR: [
    ['Marta on temporary protection', HR, TODAY],
    ['a man with another permit, after temporary protection', { ...HR, currentStatus: 'other-permit', sex: 'male', birthDate: '1970-01-01' }, AFTER_TP],
  ],
  PL: [
    ['a man who arrived on 1 November 2026', { hostCountry: 'PL', currentStatus: 'no-status', arrivalDate: '2026-11-01', sex: 'male', birthDate: '1990-01-01' }, TODAY],
    ['P09 Oksana with an interrupted late UKR status, after the CUKR deadline', { ...P('P09'), protectionStartDate: '2025-06-05', protectionInterrupted: 'yes' }, AFTER_TP],
    ['P09 Oksana the day before the CUKR window opens', P('P09'), '2026-05-03'],
  ],
  SK: [
    ['Olha on temporary refuge', SK, TODAY],
    ['a man whose refuge was interrupted, after temporary protection', { ...SK, protectionInterrupted: 'yes', sex: 'male', birthDate: '1980-02-02' }, AFTER_TP],
  ],
  CH: [
    ['an applicant from Lviv', { ...CH, originOblast: 'UA-46' }, TODAY],
    ['an S holder since 20 March 2022', CH_HOLDER, TODAY],
    ['an S holder whose S was interrupted', { ...CH_HOLDER, protectionInterrupted: 'yes' }, TODAY],
  ],
  GB: [
    ['P23 Maria before her window opens', P('P23'), '2026-10-01'],
    ['P23 Maria after her permission ended', P('P23'), '2027-02-01'],
    ['P23 Maria in December 2025', P('P23'), '2025-12-01'],
    ['a permission from an earlier scheme (2024)', { ...P('P23'), protectionStartDate: '2024-01-01' }, TODAY],
  ],
  US: [
    ['Halyna before the end of the confirmed extension', US, '2026-06-01'],
    ['Halyna after it', US, TODAY],
    ['someone without status who arrived in 2024', { ...US, currentStatus: 'no-status', arrivalDate: '2024-01-01' }, TODAY],
  ],
  DK: [
    ['a man of 22 from Lviv with a humanitarian benefit', { ...DK, sex: 'male', originOblast: 'UA-46', birthDate: '2004-01-01', receivesHumanitarianBenefit: 'yes' }, TODAY],
    ['a Special Act permit holder', { ...DK, currentStatus: 'temporary-protection' }, TODAY],
  ],
  NO: [
    ['a man of 35 from Lviv', { ...NO, sex: 'male', originOblast: 'UA-46', birthDate: '1991-03-03' }, TODAY],
    ['a holder of collective protection', { ...NO, currentStatus: 'temporary-protection' }, TODAY],
  ],
};

/**
 * What buildAdvice shows for every option (host, Ukraine, hubs), in every
 * language: no raw key, no empty text, no `{{` (a note shows only when its
 * condition holds, so it always has the values it quotes).
 */
function expectAdviceReads(answers: Answers, asOf: string): void {
  for (const lang of LANGUAGES) {
    const options = buildAdvice(answers, asOf, lang).options;
    for (const o of options) {
      for (const text of [o.title, o.summary, ...o.reasons.map((r) => r.text), ...o.warnings]) {
        expect(text.trim(), `${lang} ${o.id}`).not.toBe('');
        expect(text, `${lang} ${o.id}`).not.toMatch(/\{\{|(rules-[a-z]+|common):|(^|\s)(options|reasons|notes|proposals|versions|warnings|status|reason)\.[a-z0-9-]+/);
      }
    }
  }
}

const GOLDEN = readdirSync(path.resolve(__dirname, '../fixtures/cases'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => goldenCase(f.replace(/\.json$/, '')));

describe('every text a person sees renders with the evaluator’s values', () => {
  it.each(GOLDEN.map((c) => [`${c.id} (${c.answers.hostCountry})`, c] as const))('golden persona %s', (_label, c) => {
    expectTextsRender(c.answers, c.asOf);
    expectAdviceReads(c.answers, c.asOf);
  });

  describe.each(HOST_COUNTRIES.map((h) => [h]))('in %s', (host) => {
    it.each([...everyone(host), ...(READERS[host] ?? [])])('%s', (_label, answers, asOf) => {
      expectTextsRender(answers, asOf);
      expectAdviceReads(answers, asOf);
    });
  });
});
