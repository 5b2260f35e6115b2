import type { TFunction } from 'i18next';
import type { TimelinePoint } from '../components/results/timeline';
import { evaluatePerson, hasRuleSet, type Facts, type HostCountry } from '../rules';
import type { Advice } from './advice';
import { keyDates, type StatusChange } from './interview';
import { optionTextKey, type PresentedOption } from './present';

type Standing = Pick<PresentedOption, 'id' | 'status' | 'title'>;

/**
 * The key dates ahead, each with the options whose status changes on it
 * (appearing and disappearing ones too), compared with the date before.
 *
 * Each date is evaluated with the rules in force on it (`evaluatePerson`);
 * only the titles of the options that change are put into words, with the
 * same text keys `presentOption` uses. Dates on which the host country has no
 * rule set in force are skipped. The same points as comparing `buildAdvice`
 * on each date with `statusChanges`, without presenting every option.
 */
/** `t` is the translator of the advice's language (titles of options that appear later). */
export function timelinePoints(answers: Facts & { hostCountry: HostCountry }, advice: Advice, t: TFunction): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  let previous: readonly Standing[] = advice.options;
  for (const { date, reasons } of keyDates(answers, advice.asOf, advice.options)) {
    const evaluation = evaluatePerson(answers, date);
    if (hasRuleSet(answers.hostCountry) && evaluation.absent.includes(answers.hostCountry)) continue;
    const old = new Map(previous.map((o) => [o.id, o]));
    const ids = new Set<string>();
    const now: Standing[] = [];
    const changes: StatusChange[] = [];
    for (const r of evaluation.results) {
      ids.add(r.id);
      const prev = old.get(r.id);
      const title = prev ? prev.title : t(optionTextKey(r.id, 'title'));
      now.push({ id: r.id, status: r.status, title });
      if (!prev || prev.status !== r.status) changes.push({ id: r.id, title, from: prev?.status ?? null, to: r.status });
    }
    for (const o of previous) {
      if (!ids.has(o.id)) changes.push({ id: o.id, title: o.title, from: o.status, to: null });
    }
    points.push({ date, reasons, changes });
    previous = now;
  }
  return points;
}
