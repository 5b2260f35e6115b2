import { describe, expect, it } from 'vitest';
import { HOST_COUNTRIES, namespaceOf, REGISTRY, ruleSetsInForce, type Condition, type RuleSet } from '../../rules';
import { LANGUAGES } from '../../locales';
import { getT } from '../../lib/i18n';

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
      if (!text || text === key || text.endsWith(key.split(':')[1] ?? key)) missing.push(key);
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
