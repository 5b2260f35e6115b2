/**
 * The data behind the print summary, without React: the two halves of a
 * bilingual summary checked to come from one evaluation, the sources
 * numbered once for the whole summary, the warnings that several options
 * share (printed once), and which hubs are in the person's host country.
 * Pure; unit-tested in tests/app/summary.test.ts. React draws it in components/summary/.
 */
import type { TFunction } from 'i18next';
import { REGISTRY, type HostCountry } from '../rules';
import type { Language } from '../locales';
import type { Advice } from './present-advice';
import type { PresentedOption, PresentedSource } from './present';
import type { Action } from './what-to-do';
import type { TimelinePoint } from './timeline';

/** One language of the summary: its translator and its half of the one evaluation, with what to do and the timeline in words. */
export interface SummaryHalf {
  lang: Language;
  t: TFunction;
  advice: Advice;
  actions: Action[];
  timeline: TimelinePoint[];
}

export class SummaryMismatchError extends Error {}

/**
 * Both halves of a bilingual summary must say the same thing: the same date,
 * the same rule-set versions and the same options with the same statuses,
 * deadlines and reasons. Anything else is a bug, never a page to print.
 */
export function assertSameEvaluation(first: Advice, second: Advice): void {
  const problems: string[] = [];
  if (first.asOf !== second.asOf) problems.push(`asOf ${first.asOf} ≠ ${second.asOf}`);
  if (first.hostCountry !== second.hostCountry) problems.push('hostCountry');
  const versions = (a: Advice) => a.ruleSets.map((s) => `${s.id}@${s.version}`).join(',');
  if (versions(first) !== versions(second)) problems.push(`rule sets ${versions(first)} ≠ ${versions(second)}`);
  const shape = (a: Advice) =>
    a.options
      .map((o) =>
        [
          o.id,
          o.status,
          o.deadline ?? '',
          o.daysLeft ?? '',
          o.reasons.map((r) => r.result).join('/'),
          o.missing.join('/'),
          o.warningKinds.join('/'),
          o.todo?.date ?? '',
          o.sources.map((s) => s.id).join('/'),
        ].join(
          '|',
        ),
      )
      .join('\n');
  if (shape(first) !== shape(second)) problems.push('options');
  if (problems.length > 0) throw new SummaryMismatchError(`the two languages of the summary differ: ${problems.join('; ')}`);
}

export interface NumberedSource extends PresentedSource {
  n: number;
}

/** A source's key: source ids are unique within a rule set only. */
function sourceKey(option: Pick<PresentedOption, 'ruleSet'>, source: Pick<PresentedSource, 'id'>): string {
  return `${option.ruleSet}:${source.id}`;
}

/**
 * Numbers every source once, in the order the options cite them: the
 * options print `[3]`, the list at the end prints each source in full.
 */
export function numberSources(options: readonly PresentedOption[]): { list: NumberedSource[]; refs: (option: PresentedOption) => number[] } {
  const numbers = new Map<string, number>();
  const list: NumberedSource[] = [];
  for (const option of options) {
    for (const source of option.sources) {
      const key = sourceKey(option, source);
      if (numbers.has(key)) continue;
      numbers.set(key, list.length + 1);
      list.push({ ...source, n: list.length + 1 });
    }
  }
  return {
    list,
    refs: (option) => [...new Set(option.sources.map((s) => numbers.get(sourceKey(option, s)) ?? 0))].sort((a, b) => a - b),
  };
}

/**
 * Warnings printed once for all options: the generic "not confirmed" text
 * (each option says it in its status line instead) and any text that two or
 * more options share (listed once, naming the options). Worked out on one
 * language; positions (option id, index) pick the same warnings in the other.
 * `printed` chooses the warnings the summary prints at all (those a person
 * sees without opening anything); the others are never shared.
 */
export function sharedWarnings(
  options: readonly PresentedOption[],
  unverifiedText: string,
  printed: (option: PresentedOption, index: number) => boolean = () => true,
): { skip: Map<string, Set<number>>; shared: { option: string; index: number }[][] } {
  const where = new Map<string, { option: string; index: number }[]>();
  for (const o of options) {
    o.warnings.forEach((w, index) => {
      if (w === unverifiedText || !printed(o, index)) return;
      const list = where.get(w) ?? [];
      if (!list.some((p) => p.option === o.id)) list.push({ option: o.id, index });
      where.set(w, list);
    });
  }
  const shared = [...where.values()].filter((list) => list.length > 1);
  const skip = new Map<string, Set<number>>(options.map((o) => [o.id, new Set<number>()]));
  for (const o of options) o.warnings.forEach((w, i) => w === unverifiedText && skip.get(o.id)!.add(i));
  for (const list of shared) for (const p of list) skip.get(p.option)!.add(p.index);
  return { skip, shared };
}

/** Whether a hub option is in the person's host country (from the rule set's `place`). */
export function hubInHostCountry(option: Pick<PresentedOption, 'id' | 'ruleSet' | 'version'>, host: HostCountry): boolean {
  const set = REGISTRY.find((s) => s.id === option.ruleSet && s.version === option.version);
  const place = set?.options.find((o) => o.id === option.id)?.place;
  return place?.country === host;
}

/**
 * How wide each language's column is, in proportion to how much text it
 * has (Ukrainian runs longer than Dutch or English), so that both columns
 * end at about the same height and no paper is wasted. Kept between 40 and
 * 60 per cent.
 */
export function columnWeights(lengths: readonly { lang: Language; chars: number }[]): number[] {
  const widths = lengths.map((l) => l.chars * GLYPH_WIDTH[l.lang]);
  const total = widths.reduce((a, b) => a + b, 0);
  if (lengths.length < 2 || total === 0) return lengths.map(() => 1);
  return widths.map((w) => Math.round(Math.min(0.6, Math.max(0.4, w / total)) * 100));
}

/** How wide a language's letters print on average, relative to Dutch and English: Cyrillic letters are wider. */
const GLYPH_WIDTH: Record<Language, number> = { uk: 1.15, nl: 1, en: 1 };

/** The amount of text an option prints in one language (see columnWeights). */
export function printedLength(option: PresentedOption, extra: readonly (string | undefined)[]): number {
  return [option.title, ...option.reasons.map((r) => r.text), ...extra].reduce((n, s) => n + (s?.length ?? 0), 0);
}

/** The second language of a summary from the URL: another page language, or none. */
export function secondLanguage(value: string | string[] | undefined, first: Language, isLanguage: (v: unknown) => v is Language): Language | null {
  const v = Array.isArray(value) ? value[0] : value;
  return isLanguage(v) && v !== first ? v : null;
}
