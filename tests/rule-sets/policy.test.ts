/**
 * The content policies of issue 17, on the rules as they stand on the review
 * date (and on every rule set and proposal in force then):
 * - `verified` means at least one official source says it;
 * - at least 90 % of options cite an official source;
 * - no mirror or personal repository is the only source of an option;
 * - every pending proposal has a "check again by" date and says what to check;
 * - an open condition reads as a question in every language;
 * - every number and date in a rule text is the same in uk, nl and en.
 */
import { describe, expect, it } from 'vitest';
import {
  proposedVersions,
  REGISTRY,
  RULE_SET_IDS,
  selectRuleSet,
  type Condition,
  type RuleSet,
} from '../../rules';
import { LANGUAGES, resources } from '../../locales';
import { getT } from '../../lib/i18n';

/** The review date of issue 17: the rules in force then are held to the policies. */
const REVIEW_DATE = '2026-12-06';

const inForce: RuleSet[] = RULE_SET_IDS.flatMap((id) => {
  const set = selectRuleSet(REGISTRY, id, REVIEW_DATE);
  return set ? [set] : [];
});
const pending: RuleSet[] = RULE_SET_IDS.flatMap((id) => proposedVersions(REGISTRY, id, REVIEW_DATE));
const options = inForce.flatMap((set) => set.options.map((option) => ({ set, option })));

const isOfficial = (set: RuleSet, id: string) => set.sources.find((s) => s.id === id)?.official === true;

/** Hosts that copy other sites' documents, or personal repositories: never the only source of anything. */
const MIRRORS = /^https?:\/\/([^/]*\.)?(polspy\.org|pubt\.io|github\.com|gitlab\.com)\//;

describe('sources', () => {
  it.each(options.map(({ set, option }) => [option.id, set, option] as const))(
    '%s: labelled verified only when an official source says it',
    (_id, set, option) => {
      if (option.verification === 'verified') {
        expect(option.sources.some((id) => isOfficial(set, id)), `${option.id} is verified but cites no official source`).toBe(true);
      }
    },
  );

  it('at least 90 % of options cite an official source', () => {
    const official = options.filter(({ set, option }) => option.sources.some((id) => isOfficial(set, id)));
    const share = official.length / options.length;
    const without = options.filter((o) => !official.includes(o)).map((o) => o.option.id);
    expect(share, `${official.length} of ${options.length}; without: ${without.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('no option rests on a mirror or a personal repository alone', () => {
    for (const { set, option } of options) {
      const urls = option.sources.map((id) => set.sources.find((s) => s.id === id)?.url ?? '');
      expect(urls.every((u) => MIRRORS.test(u)), option.id).toBe(false);
    }
  });

  it('every official source has its address and the day it was read', () => {
    for (const set of [...inForce, ...pending]) {
      for (const s of set.sources.filter((x) => x.official)) {
        expect(s.url, `${set.id} ${s.id}`).toMatch(/^https?:\/\//);
        expect(s.accessed, `${set.id} ${s.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

/** Every proposal a person can meet on the review date: pending proposed versions and proposed parameter values. */
function currentProposals(): { ns: string; proposal: string; checkBy?: string | undefined; where: string }[] {
  const out: { ns: string; proposal: string; checkBy?: string | undefined; where: string }[] = [];
  for (const set of pending) {
    out.push({ ns: `rules-${set.id.toLowerCase()}`, proposal: set.proposal!, checkBy: set.checkBy, where: `${set.id} ${set.version}` });
  }
  for (const set of inForce) {
    for (const [name, parameter] of Object.entries(set.parameters)) {
      const proposed = parameter.values.filter((v) => v.status === 'proposed');
      const latest = proposed.at(-1);
      if (!latest) continue;
      const ns = latest.proposal!.startsWith('eu-') ? 'rules-eu' : `rules-${set.id.toLowerCase()}`;
      out.push({ ns, proposal: latest.proposal!, checkBy: latest.checkBy, where: `${set.id} ${set.version} ${name}` });
    }
  }
  return out;
}

describe('proposals and planned changes (ADR 14)', () => {
  it.each(currentProposals().map((p) => [p.where, p] as const))('%s has a "check again by" date and says what to check, in uk, nl and en', (_w, p) => {
    expect(p.checkBy, `${p.where}: checkBy`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const lang of LANGUAGES) {
      const t = getT(lang);
      const key = `${p.ns}:checks.${p.proposal}`;
      expect(t(key), `${lang} ${key}`).not.toBe(`checks.${p.proposal}`);
    }
  });
});

function reasonIds(condition: Condition | undefined, out: Set<string>): void {
  if (!condition) return;
  if ('reason' in condition && condition.reason) out.add(condition.reason);
  if (condition.kind === 'all' || condition.kind === 'any') condition.of.forEach((c) => reasonIds(c, out));
  if (condition.kind === 'not') reasonIds(condition.of, out);
}

/** Every reason a person can be shown, with the namespace its texts live in. */
function everyReason(): { ns: string; reason: string }[] {
  const seen = new Map<string, { ns: string; reason: string }>();
  for (const set of REGISTRY) {
    const ids = new Set<string>();
    Object.values(set.definitions).forEach((d) => reasonIds(d, ids));
    set.options.forEach((o) => reasonIds(o.when, ids));
    for (const reason of ids) {
      const ns = reason.startsWith('eu-') ? 'rules-eu' : `rules-${set.id.toLowerCase()}`;
      seen.set(`${ns}:${reason}`, { ns, reason });
    }
  }
  return [...seen.values()];
}

/** How an open condition starts in each language: "whether …", "of …", «чи …» (or another question word). */
const QUESTION: Record<string, RegExp> = {
  en: /^(whether|if|how|when|what|which|who|where)\b/,
  nl: /^(of|hoe|wanneer|wat|welke|wie|waar|hoeveel|hoelang)\b/,
  uk: /^(чи|як|коли|що|який|яка|яке|які|скільки|де|хто|на яку|до якої)(?=[\s,])/u,
};

describe('reasons', () => {
  it.each(everyReason().map((r) => [`${r.ns}:${r.reason}`, r] as const))('%s reads as met, not met and open in uk, nl and en', (_k, r) => {
    for (const lang of LANGUAGES) {
      const texts = (resources[lang] as unknown as Record<string, { reasons?: Record<string, Record<string, string>> }>)[r.ns]?.reasons?.[r.reason];
      expect(texts?.met, `${lang} met`).toBeTruthy();
      expect(texts?.notMet, `${lang} notMet`).toBeTruthy();
      expect(texts?.open, `${lang} open: "Not known yet: …" must read as a question`).toMatch(QUESTION[lang]!);
    }
  });
});

/** The numbers of a text: thousands separators and spaces inside numbers removed ("1 800", "1,800" and "1.800" are 1800). */
function numbersIn(text: string): string[] {
  const joined = text.replace(/(\d)[\s\u00a0\u202f](?=\d)/g, '$1').replace(/(\d)[.,'’](?=\d{3}(\D|$))/g, '$1');
  return (joined.match(/\d+/g) ?? []).sort();
}

function strings(node: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (typeof node === 'string') out.set(prefix, node);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) strings(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

describe('numbers and dates in rule texts', () => {
  const namespaces = Object.keys(resources.en).filter((ns) => ns.startsWith('rules-'));
  it.each(namespaces.map((ns) => [ns]))('%s: every number and date is the same in uk, nl and en', (ns) => {
    const byLang = Object.fromEntries(
      LANGUAGES.map((l) => [l, strings((resources[l] as unknown as Record<string, unknown>)[ns], '', new Map())]),
    );
    const differ: string[] = [];
    for (const [key, en] of byLang.en!) {
      const want = numbersIn(en).join(' ');
      for (const lang of ['uk', 'nl']) {
        const got = numbersIn(byLang[lang]!.get(key) ?? '').join(' ');
        if (got !== want) differ.push(`${lang} ${key}: [${got}] but en [${want}]`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('catches a number changed in one language only', () => {
    expect(numbersIn('at least 365 days')).not.toEqual(numbersIn('щонайменше 356 днів'));
    expect(numbersIn('4 March 2027, €1,800')).toEqual(numbersIn('4 березня 2027 р., 1 800 євро'));
  });
});
