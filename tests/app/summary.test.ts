import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SummaryDocument, shortTitle } from '../../components/summary/summary-document';
import {
  assertSameEvaluation,
  columnWeights,
  hubInHostCountry,
  numberSources,
  secondLanguage,
  sharedWarnings,
  SummaryMismatchError,
  type SummaryHalf,
} from '../../lib/summary';
import { buildAdvice, type Advice } from '../../lib/advice';
import { getT } from '../../lib/i18n';
import { formatLongDate } from '../../lib/formats';
import { timelinePoints } from '../../lib/timeline';
import { whatToDo } from '../../lib/what-to-do';
import { questionFor, restore, stepOf } from '../../machines';
import { isLanguage, type Language } from '../../locales';
import type { FactKey, Facts, HostCountry } from '../../rules';

const AS_OF = '2026-11-28';
const P01 = (JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/P01.json'), 'utf8')) as { answers: Facts & { hostCountry: HostCountry } })
  .answers;

/**
 * P01's answers as the interview keeps them after the whole interview (each
 * question the persona has no answer for answered "I don't know" or with the
 * most neutral value), and the path of questions asked.
 */
function journey() {
  const neutral: Partial<Record<FactKey, unknown>> = { enrolledInStudies: 'no', soleCarerOfChildren: 'no', partner: 'none', validPassport: 'yes', returnIntention: 'undecided' };
  let answers: Facts = {};
  for (let i = 0; i < 40; i++) {
    const snapshot = restore({ asOf: AS_OF, answers, at: 'results' });
    const step = stepOf(snapshot);
    answers = { ...snapshot.context.journey.answers };
    if (step.kind !== 'question') return { answers: { ...answers, hostCountry: 'NL' as const }, path: snapshot.context.journey.path };
    const given = P01[step.key];
    answers = { ...answers, [step.key]: given ?? (questionFor(step.key).allowsUnknown ? 'unknown' : neutral[step.key] ?? 0) };
  }
  throw new Error('the interview did not end');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c] ?? c);

const half = (lang: Language, answers: Facts & { hostCountry: HostCountry }): SummaryHalf => {
  const advice = buildAdvice(answers, AS_OF, lang);
  return { lang, t: getT(lang), advice, actions: whatToDo(advice.options), timeline: timelinePoints(answers, advice, getT(lang)) };
};

describe('the two halves of a bilingual summary', () => {
  it('agree for the same answers and date in any two languages', () => {
    const { answers } = journey();
    const [uk, nl, en] = (['uk', 'nl', 'en'] as const).map((l) => buildAdvice(answers, AS_OF, l)) as [Advice, Advice, Advice];
    expect(() => assertSameEvaluation(uk, nl)).not.toThrow();
    expect(() => assertSameEvaluation(nl, en)).not.toThrow();
  });

  it('refuse to print when the date, a rule-set version or a status differs', () => {
    const { answers } = journey();
    const uk = buildAdvice(answers, AS_OF, 'uk');
    const nl = buildAdvice(answers, AS_OF, 'nl');
    expect(() => assertSameEvaluation(uk, { ...nl, asOf: '2026-11-29' })).toThrow(SummaryMismatchError);
    expect(() => assertSameEvaluation(uk, { ...nl, ruleSets: nl.ruleSets.map((s) => ({ ...s, version: '2020-01-01' })) })).toThrow(/rule sets/);
    const flipped = { ...nl, options: nl.options.map((o, i) => (i === 0 ? { ...o, status: 'not-eligible' as const } : o)) };
    expect(() => assertSameEvaluation(uk, flipped)).toThrow(/options/);
    expect(() => assertSameEvaluation(uk, buildAdvice({ ...answers, currentStatus: 'no-status' }, AS_OF, 'nl'))).toThrow(SummaryMismatchError);
  });
});

describe('summary helpers', () => {
  it('number each source once, across rule sets whose source ids overlap', () => {
    const { answers } = journey();
    const advice = buildAdvice(answers, AS_OF, 'en');
    const { list, refs } = numberSources(advice.options);
    expect(list.map((s) => s.n)).toEqual(list.map((_, i) => i + 1));
    const keys = new Set<string>();
    for (const o of advice.options) for (const s of o.sources) keys.add(`${o.ruleSet}:${s.id}`);
    expect(list).toHaveLength(keys.size);
    for (const o of advice.options) {
      expect(refs(o).length).toBeGreaterThan(0);
      for (const n of refs(o)) expect(list[n - 1]!.n).toBe(n);
    }
  });

  it('print a note that several options share once, and skip the generic "not confirmed" text', () => {
    const options = buildAdvice(journey().answers, AS_OF, 'en').options.slice(0, 3);
    const fake = [
      { ...options[0]!, id: 'A', warnings: ['shared', 'generic', 'own A'] },
      { ...options[1]!, id: 'B', warnings: ['generic', 'shared'] },
      { ...options[2]!, id: 'C', warnings: ['own C'] },
    ];
    const { skip, shared } = sharedWarnings(fake, 'generic');
    expect(shared).toEqual([[{ option: 'A', index: 0 }, { option: 'B', index: 1 }]]);
    expect([...skip.get('A')!].sort()).toEqual([0, 1]);
    expect([...skip.get('B')!].sort()).toEqual([0, 1]);
    expect([...skip.get('C')!]).toEqual([]);
  });

  it('size the columns by the text in them, within 40 to 60 per cent', () => {
    expect(columnWeights([{ lang: 'nl', chars: 100 }, { lang: 'en', chars: 100 }])).toEqual([50, 50]);
    const [uk, nl] = columnWeights([{ lang: 'uk', chars: 100 }, { lang: 'nl', chars: 100 }]) as [number, number];
    expect(uk).toBeGreaterThan(nl);
    expect(columnWeights([{ lang: 'en', chars: 1000 }, { lang: 'nl', chars: 1 }])).toEqual([60, 40]);
    expect(columnWeights([{ lang: 'en', chars: 10 }])).toEqual([1]);
  });

  it('take the second language from the URL only when it is another page language', () => {
    expect(secondLanguage('nl', 'uk', isLanguage)).toBe('nl');
    expect(secondLanguage(['en', 'nl'], 'uk', isLanguage)).toBe('en');
    for (const v of [undefined, '', 'uk', 'de', '<script>']) expect(secondLanguage(v, 'uk', isLanguage)).toBeNull();
  });

  it('cut long source titles at a word', () => {
    expect(shortTitle('Short title')).toBe('Short title');
    const cut = shortTitle('Council Implementing Decision (EU) 2025/1460 extending temporary protection', 40);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/\s…$/);
  });

  it('know which hubs are in the host country', () => {
    const hubs = buildAdvice(journey().answers, AS_OF, 'en').options.filter((o) => o.kind === 'hub');
    expect(hubs.filter((o) => hubInHostCountry(o, 'NL')).map((o) => o.id)).toEqual(['HUB.netherlands', 'HUB.nl-social-hubs']);
  });
});

describe('the summary document', () => {
  const { answers, path: keys } = journey();
  const render = (halves: [SummaryHalf, ...SummaryHalf[]]) =>
    renderToStaticMarkup(createElement(SummaryDocument, { halves, answers, path: keys, host: 'NL', hint: { lang: 'en', text: 'hint' } }));

  it('shows every option in both languages, each cell marked with its language, statuses in words', () => {
    const uk = half('uk', answers);
    const nl = half('nl', answers);
    const html = render([uk, nl]);
    expect(html).toContain('data-languages="uk nl"');
    // The hubs in other countries are counted in one line (named on the results page).
    const shown = (o: { kind: string; id: string; ruleSet: string; version: string }) => o.kind !== 'hub' || hubInHostCountry(o, 'NL');
    for (const o of uk.advice.options.filter(shown)) expect(html).toContain(`data-summary-option="${o.id}"`);
    for (const h of [uk, nl]) {
      for (const o of h.advice.options.filter(shown)) expect(html).toContain(escapeHtml(o.title));
      expect(html).toContain(escapeHtml(h.t('summary:otherHubsCount', { n: h.advice.options.filter((o) => !shown(o)).length })));
      for (const o of h.advice.options.filter((x) => x.kind !== 'hub')) expect(html).toContain(h.t(`common:status.${o.status}`));
      for (const s of h.advice.ruleSets) expect(html).toContain(formatLongDate(s.version, h.lang));
      expect(html).toContain(formatLongDate('2027-03-04', h.lang));
      expect(html).toContain(`lang="${h.lang}"`);
    }
    // The document itself has no navigation and no buttons; the answers are in words.
    expect(html).not.toMatch(/<(nav|button)\b/);
    expect(html).toContain('data-summary-answer="birthDate"');
    expect(html).toContain(formatLongDate(P01.birthDate as string, 'uk'));
  });

  it('in one language has a single column', () => {
    const html = render([half('en', answers)]);
    expect(html).toContain('data-languages="en"');
    expect(html).not.toContain('sum-two');
  });
});
