import { describe, expect, it } from 'vitest';
import {
  conditionVars,
  describeCondition,
  describeDateRef,
  flattenLines,
  parameterName,
  parameterValueText,
  type DescribeContext,
} from '../../lib/describe-condition';
import { getT } from '../../lib/i18n';
import { FACT_KEYS, REGISTRY, RuleSetSchema, type Condition, type RuleSet } from '../../rules';
import { LANGUAGES, type Language } from '../../locales';

/** A rule set made for this test: one parameter of every unit kind, and a definition. */
const TEST_SET: RuleSet = RuleSetSchema.parse({
  id: 'CZ',
  version: '2026-01-01',
  validFrom: '2026-01-01',
  status: 'adopted',
  lastVerified: '2026-11-28',
  sources: [{ id: 's1', title: 'A test source', publisher: 'Tester', date: '2026-01-01', accessed: '2026-01-01', official: true }],
  parameters: {
    zdpIncomeBase: { unit: 'CZK', values: [{ value: 440000, validFrom: '2026-01-01', source: 's1' }] },
    zdpIncomePerMember: { unit: 'CZK', values: [{ value: 110000, validFrom: '2026-01-01', source: 's1' }] },
    zdpReferenceDate: { unit: 'date', values: [{ value: '2026-04-01', validFrom: '2026-01-01', source: 's1' }] },
    zdpMinTpYears: { unit: 'years', values: [{ value: 2, validFrom: '2026-01-01', source: 's1' }] },
    cukrMinDays: { unit: 'days', values: [{ value: 365, validFrom: '2026-01-01', source: 's1' }] },
    rwrMinInsuredMonths: { unit: 'months', values: [{ value: 12, validFrom: '2026-01-01', source: 's1' }] },
    fullyOccupiedRegions: { unit: 'regions', values: [{ value: ['UA-43', 'UA-40', 'UA-09'], validFrom: '2026-01-01', source: 's1' }] },
    dualCitizenshipStates: { unit: 'countries', values: [{ value: ['CA', 'DE', 'PL'], validFrom: '2026-01-01', source: 's1' }] },
    safeRegions: { unit: 'regions', values: [{ value: [], validFrom: '2026-01-01', source: 's1' }] },
  },
  definitions: { woman: { kind: 'in', fact: 'sex', values: ['female'] } },
  options: [{ id: 'CZ.zdp', kind: 'stay', test: 'info', sources: ['s1'], verification: 'verified' }],
});

/** Every kind of condition node, with every form of reference it can take. */
const EVERY_KIND: Record<string, Condition> = {
  always: { kind: 'always' },
  caseByCase: { kind: 'caseByCase', reason: 'work-conditions-unverified', source: 's1' },
  inOne: { kind: 'in', fact: 'currentStatus', values: ['temporary-protection'] },
  inMany: { kind: 'in', fact: 'pendingAsylumApplication', values: ['yes', 'unknown'] },
  inRegion: { kind: 'in', fact: 'originOblast', values: ['UA-30', 'UA-32'] },
  inCountry: { kind: 'in', fact: 'hostCountry', values: ['NL', 'DE'] },
  inParamRegions: { kind: 'in', fact: 'originOblast', param: 'fullyOccupiedRegions' },
  inParamCountries: { kind: 'in', fact: 'hostCountry', param: 'dualCitizenshipStates' },
  inParamEmpty: { kind: 'in', fact: 'originOblast', param: 'safeRegions' },
  compareValue: { kind: 'compare', fact: 'childrenInHost', op: 'gt', than: { value: 0 } },
  compareMoney: { kind: 'compare', fact: 'monthlyGrossIncome', op: 'gte', than: { param: 'zdpIncomeBase' } },
  compareParam: { kind: 'compare', fact: 'insuredWorkMonthsLast24', op: 'lt', than: { param: 'rwrMinInsuredMonths' } },
  dateFixed: { kind: 'date', fact: 'arrivalDate', op: 'before', than: { date: '2022-02-24' } },
  dateParam: { kind: 'date', fact: 'protectionStartDate', op: 'onOrBefore', than: { param: 'zdpReferenceDate' } },
  dateAsOf: { kind: 'date', fact: 'arrivalDate', op: 'after', than: { asOf: true } },
  todayParam: { kind: 'today', op: 'onOrAfter', than: { param: 'zdpReferenceDate' } },
  todayAsOf: { kind: 'today', op: 'onOrBefore', than: { asOf: true } },
  ageToday: { kind: 'age', op: 'lte', years: { value: 60 } },
  ageOn: { kind: 'age', op: 'eq', years: { value: 18 }, on: { param: 'zdpReferenceDate' } },
  daysSinceToday: { kind: 'daysSince', fact: 'arrivalDate', op: 'neq', days: { param: 'cukrMinDays' } },
  daysSinceOn: { kind: 'daysSince', fact: 'protectionStartDate', op: 'gte', days: { value: 30 }, on: { date: '2027-03-04' } },
  heldYears: { kind: 'heldContinuously', years: { param: 'zdpMinTpYears' }, on: { param: 'zdpReferenceDate' } },
  heldDays: { kind: 'heldContinuously', days: { value: 365 }, on: { date: '2026-06-01' } },
  heldToday: { kind: 'heldContinuously', years: { value: 5 }, on: { asOf: true } },
  income: {
    kind: 'incomePerHousehold', fact: 'householdAnnualIncome', sizeFact: 'householdSize',
    base: { param: 'zdpIncomeBase' }, perAdditionalMember: { param: 'zdpIncomePerMember' },
  },
  ref: { kind: 'ref', name: 'woman' },
  all: { kind: 'all', of: [{ kind: 'always' }, { kind: 'in', fact: 'sex', values: ['male'] }] },
  any: { kind: 'any', of: [{ kind: 'always' }, { kind: 'in', fact: 'validPassport', values: ['expiring'] }] },
  not: { kind: 'not', of: { kind: 'in', fact: 'militaryExemption', values: ['exempt', 'deferment'] } },
  withReason: { kind: 'heldContinuously', years: { param: 'zdpMinTpYears' }, on: { param: 'zdpReferenceDate' }, reason: 'tp-two-years', source: 's1' },
  combinatorWithReason: { kind: 'any', of: [{ kind: 'always' }], reason: 'interest-registered', source: 's1' },
};

const ctxFor = (lang: Language, ruleSet: RuleSet = TEST_SET, asOf = '2026-11-28'): DescribeContext => ({ t: getT(lang), lang, ruleSet, asOf });

const PARAM_NAMES = [...new Set(REGISTRY.flatMap((s) => Object.keys(s.parameters)))];

/** Anything a reader should never see: placeholders, text keys, fact or parameter names (camelCase), codes. */
function rawBits(text: string): string[] {
  const found: string[] = [];
  if (/\{\{|\}\}/.test(text)) found.push('placeholder');
  const key = /\b(rulebook|questions|regions|interview|results|common|rules-[a-z]+):|\b(options|reasons|params|facts|conditions|ops|dateOps|units|values)\.[a-zA-Z]/.exec(text);
  if (key) found.push(key[0]);
  for (const name of [...FACT_KEYS, ...PARAM_NAMES].filter((n) => /[A-Z]/.test(n))) if (new RegExp(`\\b${name}\\b`).test(text)) found.push(name);
  const code = /UA-\d\d|[“«„]([a-z0-9]+(?:-[a-z0-9]+)+)[”»]/.exec(text);
  if (code) found.push(code[0]);
  if (text.trim() === '') found.push('empty');
  return found;
}

const CYRILLIC = /[а-яіїєґ]/i;
const ENGLISH_TEMPLATE_WORDS = /\b(at least|one of|the date of the check|All of these|Age in whole years|Protection held|plus .* for each)\b/;

describe('describeCondition', () => {
  for (const lang of LANGUAGES) {
    describe(lang, () => {
      for (const [name, condition] of Object.entries(EVERY_KIND)) {
        it(`describes ${name} in plain words`, () => {
          const lines = flattenLines(describeCondition(condition, ctxFor(lang)));
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) {
            expect(rawBits(line), line).toEqual([]);
            if (lang === 'uk') expect(line, 'Ukrainian text').toMatch(CYRILLIC);
            if (lang === 'nl') expect(line, 'Dutch text').not.toMatch(ENGLISH_TEMPLATE_WORDS);
          }
        });
      }
    });
  }

  it('quotes values in words, regions and countries by name, dates and money by Intl', () => {
    const en = (c: Condition) => flattenLines(describeCondition(c, ctxFor('en'))).join(' | ').replace(/\s/g, ' ');
    expect(en(EVERY_KIND.inOne!)).toBe('Current status in the host country: “Temporary protection”');
    expect(en(EVERY_KIND.inMany!)).toBe('Asylum application still pending: “Yes” or “not known (“I don\'t know”)”');
    expect(en(EVERY_KIND.inRegion!)).toContain('“Kyiv (city)” or “Kyiv oblast”');
    expect(en(EVERY_KIND.inCountry!)).toContain('“Netherlands” or “Germany”');
    expect(en(EVERY_KIND.inParamRegions!)).toContain('Crimea, Sevastopol and Luhansk');
    expect(en(EVERY_KIND.inParamCountries!)).toContain('Canada, Germany and Poland');
    expect(en(EVERY_KIND.ageOn!)).toBe('Age in whole years on 1 April 2026 (day on which the years of temporary protection are counted for ZDP): exactly 18');
    expect(en(EVERY_KIND.income!)).toContain('CZK 440,000');
    expect(en(EVERY_KIND.income!)).toContain('CZK 110,000');
    expect(en(EVERY_KIND.heldYears!)).toContain('granted on or before 1 April 2024');
    const uk = flattenLines(describeCondition(EVERY_KIND.income!, ctxFor('uk'))).join(' ');
    expect(uk.replace(/\s/g, ' ')).toContain('440 000 CZK');
  });

  it('uses the reason text where a node has one, with the exact rule beside it', () => {
    const line = describeCondition(EVERY_KIND.withReason!, ctxFor('en'));
    expect(line.text).toBe('On 1 April 2026 you had held temporary protection without a break since 1 April 2024 or earlier.');
    expect(line.rule).toContain('Protection held for at least 2 years on 1 April 2026');
    expect(line.source).toBe('s1');
    expect(line.params).toEqual(['zdpReferenceDate', 'zdpMinTpYears']);
    const group = describeCondition(EVERY_KIND.combinatorWithReason!, ctxFor('en'));
    expect(group.text).toContain('You registered your interest');
    expect(group.children[0]?.text).toBe('At least one of these:');
  });

  it('writes out definitions in place and nests the parts of all / any / not', () => {
    expect(describeCondition(EVERY_KIND.ref!, ctxFor('en')).text).toBe('Sex: “Female”');
    const not = describeCondition(EVERY_KIND.not!, ctxFor('nl'));
    expect(not.text).toBe('Het volgende mag niet zo zijn:');
    expect(not.children).toHaveLength(1);
  });

  it('gives texts the values only the rules fix, and dates and amounts in words', () => {
    expect(conditionVars(EVERY_KIND.heldYears!, ctxFor('en'))).toMatchObject({ on: '1 April 2026', since: '1 April 2024' });
    expect(describeDateRef({ asOf: true }, ctxFor('en')).text).toBe('the date of the check');
    expect(parameterValueText(ctxFor('uk'), 'years', 2)).toBe('2 роки');
    expect(parameterValueText(ctxFor('uk'), 'days', 365)).toBe('365 днів');
    expect(parameterValueText(ctxFor('nl'), 'regions', ['UA-30'])).toBe('Kyiv (stad)');
    expect(parameterValueText(ctxFor('en'), 'date', '2027-03-04')).toBe('4 March 2027');
  });
});

describe('the rule book', () => {
  it('has a name for every dated value in every language', () => {
    for (const lang of LANGUAGES) {
      const missing = PARAM_NAMES.filter((name) => parameterName({ t: getT(lang) }, name) === null);
      expect(missing, lang).toEqual([]);
    }
  });

  it('describes every condition of every rule set version in every language without a raw key', () => {
    const problems: string[] = [];
    for (const set of REGISTRY) {
      for (const lang of LANGUAGES) {
        const ctx = ctxFor(lang, set, set.validFrom > '2026-11-28' ? set.validFrom : '2026-11-28');
        const conditions = set.options.flatMap((o) => [o.when, ...o.notes.map((n) => n.when)]).filter((c): c is Condition => c !== undefined);
        for (const condition of conditions) {
          for (const line of flattenLines(describeCondition(condition, ctx))) {
            const bits = rawBits(line);
            if (bits.length) problems.push(`${set.id} ${set.version} ${lang}: ${bits.join(', ')} in “${line}”`);
            if (lang === 'uk' && !CYRILLIC.test(line)) problems.push(`${set.id} ${set.version} uk: not Ukrainian: “${line}”`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  }, 30_000); // 35 rule sets, every version, three languages: seconds on a busy machine
});
