import type { TFunction } from 'i18next';
import type { TimelinePoint } from '../components/results/timeline';
import { evaluatePerson, hasRuleSet, namespaceOf, type Facts, type HostCountry, type OptionKind } from '../rules';
import type { Advice } from './advice';
import { keyDates, type StatusChange } from './interview';
import { firstSentence, optionTextKey, presentWarning, quotesOwnDate, warningKind, type PresentedOption } from './present';

type Standing = Pick<PresentedOption, 'id' | 'status' | 'title'>;

/** Options whose deadline closes them: every kind but protection, whose deadline is its own end. */
const CLOSES_AT_DEADLINE: readonly OptionKind[] = ['stay', 'return', 'hub', 'info'];

/**
 * The key dates ahead, each with the options whose status changes on it
 * (appearing and disappearing ones too), compared with the date before, and
 * the sentences worked out for this person that are new on it (the exit ban
 * from the 23rd birthday, mobilisation from the 25th).
 *
 * Each date is evaluated with the rules in force on it (`evaluatePerson`);
 * only the titles of the options that change, and the new sentences, are put
 * into words, with the same text keys `presentOption` uses. Dates on which
 * the host country has no rule set in force are skipped.
 *
 * An option that can apply today and closes at its deadline (a way to stay,
 * a return programme) is not reported as "you do not qualify" after that
 * deadline, which would contradict the option (the Dutch transition document
 * starts the day after temporary protection ends; an application for the
 * Polish CUKR card made in time goes on): the change says that its deadline
 * has passed.
 */
/** `t` is the translator of the advice's language (titles of options that appear later). */
export function timelinePoints(answers: Facts & { hostCountry: HostCountry }, advice: Advice, t: TFunction): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  const today = new Map(advice.options.map((o) => [o.id, o]));
  const closesOn = (id: string, date: string): string | undefined => {
    const o = today.get(id);
    return o && o.deadline !== undefined && o.deadline < date && (o.status === 'eligible' || o.status === 'maybe') && CLOSES_AT_DEADLINE.includes(o.kind)
      ? o.deadline
      : undefined;
  };
  const conclusionsOf = (options: readonly Pick<PresentedOption, 'warnings' | 'warningKinds'>[]) =>
    new Set(options.flatMap((o) => o.warnings.filter((_, i) => o.warningKinds[i] === 'conclusion')));
  let known = conclusionsOf(advice.options);
  let previous: readonly Standing[] = advice.options;
  for (const { date, reasons } of keyDates(answers, advice.asOf, advice.options)) {
    const evaluation = evaluatePerson(answers, date);
    if (hasRuleSet(answers.hostCountry) && evaluation.absent.includes(answers.hostCountry)) continue;
    const old = new Map(previous.map((o) => [o.id, o]));
    const ids = new Set<string>();
    const now: Standing[] = [];
    const changes: StatusChange[] = [];
    const news: TimelinePoint['news'] = [];
    const seen = new Set<string>();
    for (const r of evaluation.results) {
      ids.add(r.id);
      const prev = old.get(r.id);
      const title = prev ? prev.title : t(optionTextKey(r.id, 'title'));
      now.push({ id: r.id, status: r.status, title });
      // An option that appears only to say "you do not qualify" changes nothing for this person.
      if (!prev && r.status === 'not-eligible') continue;
      if (!prev || prev.status !== r.status) {
        const closed = r.status === 'not-eligible' ? closesOn(r.id, date) : undefined;
        changes.push({ id: r.id, title, from: prev?.status ?? null, to: r.status, ...(closed ? { closed } : {}) });
      }
      const option = evaluation.ruleSets.find((s) => s.id === r.ruleSet)?.options.find((o) => o.id === r.id);
      for (const w of r.warnings) {
        if (warningKind(w, option, (x) => quotesOwnDate(t, x)) !== 'conclusion') continue;
        const text = presentWarning(t, w, namespaceOf(r.ruleSet), advice.lang);
        seen.add(text);
        if (!known.has(text)) news.push({ id: r.id, title, text: firstSentence(text) });
      }
    }
    for (const o of previous) {
      if (ids.has(o.id)) continue;
      const closed = closesOn(o.id, date);
      changes.push({ id: o.id, title: o.title, from: o.status, to: null, ...(closed ? { closed } : {}) });
    }
    points.push({ date, reasons, changes, news });
    previous = now;
    known = seen;
  }
  return points;
}
