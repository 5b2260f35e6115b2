import type { TFunction } from 'i18next';
import { evaluatePerson, hasRuleSet, namespaceOf, type Facts, type HostCountry, type OptionKind } from '../rules';
import type { Advice } from './advice';
import { diffOptions } from './advice-diff';
import { keyDates, type KeyDateReason } from './key-dates';
import { firstSentence, optionTextKey, presentWarning, quotesOwnDate, warningKind, type PresentedOption } from './present';

/** A change of an option's status from one key date to the next (or its appearing or disappearing). */
export interface StatusChange {
  id: string;
  title: string;
  from: PresentedOption['status'] | null;
  to: PresentedOption['status'] | null;
  /**
   * The option's deadline, when it has passed by this date and the option
   * closes with it (a way to stay, return support: its deadline is the last
   * day to apply or to meet it): "its deadline has passed", never "you do not
   * qualify", which would contradict what the option says it gives.
   */
  closed?: string;
}

/** A key date ahead: why it matters, the options whose status changes on it and what is new for this person. */
export interface TimelinePoint {
  date: string;
  reasons: KeyDateReason[];
  changes: StatusChange[];
  /** Sentences worked out for this person that are new on this date (the first sentence of each). */
  news: { id: string; title: string; text: string }[];
}

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
    const titles = new Map(previous.map((o) => [o.id, o.title]));
    const now: Standing[] = evaluation.results.map((r) => ({ id: r.id, status: r.status, title: titles.get(r.id) ?? t(optionTextKey(r.id, 'title')) }));
    // An option that appears only to say "you do not qualify" changes nothing for this person.
    const noNews = (id: string, status: string | undefined) => !titles.has(id) && status === 'not-eligible';
    const changes: StatusChange[] = [];
    for (const { id, before, after, changed } of diffOptions(previous, now)) {
      if (!changed || noNews(id, after?.status)) continue;
      const closed = !after || after.status === 'not-eligible' ? closesOn(id, date) : undefined;
      changes.push({ id, title: (after ?? before)?.title ?? '', from: before?.status ?? null, to: after?.status ?? null, ...(closed ? { closed } : {}) });
    }
    const news: TimelinePoint['news'] = [];
    const seen = new Set<string>();
    evaluation.results.forEach((r, i) => {
      if (noNews(r.id, r.status)) return;
      const title = now[i]!.title;
      const option = evaluation.ruleSets.find((s) => s.id === r.ruleSet)?.options.find((o) => o.id === r.id);
      for (const w of r.warnings) {
        if (warningKind(w, option, (x) => quotesOwnDate(t, x)) !== 'conclusion') continue;
        const text = presentWarning(t, w, namespaceOf(r.ruleSet), advice.lang);
        seen.add(text);
        if (!known.has(text)) news.push({ id: r.id, title, text: firstSentence(text) });
      }
    });
    points.push({ date, reasons, changes, news });
    previous = now;
    known = seen;
  }
  return points;
}
