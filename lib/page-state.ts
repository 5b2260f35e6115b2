/**
 * What each interview page shows, from the answers alone: the question page,
 * "check your answers" and the results. Pure, so that the server pages and
 * the interview engine in the browser (components/app/engine.tsx) compute
 * exactly the same thing and render it with the same views
 * (components/views/). A step the person may not be on yet is a redirect to
 * the step they are at.
 */
import type { TFunction } from 'i18next';
import type { TimelinePoint } from './timeline';
import { questionFor, resolveJourney, restore, send, stepOf, type QuestionSpec } from '../machines';
import { neededFactsFor, type FactKey, type Facts, type HostCountry } from '../rules';
import type { Language } from '../locales';
import type { Draft } from './answers-draft';
import { parseAnswer, valuesFromAnswer, type AnswerError, type FieldValues, type Intent } from './answer-form';
import { optionalText } from './answer-texts';
import { earlierQuestions, previousQuestion } from './question-path';
import { NoRulesInForceError, presentAdvice, type Advice } from './present-advice';
import { ruleSetsThenAndNow, thenAndNow, type OptionThenAndNow, type RuleSetThenAndNow } from './handover-format';
import { timelinePoints } from './timeline';
import { whatToDo, type Action } from './what-to-do';
import { assertSameEvaluation, columnWeights, printedLength, type SummaryHalf } from './summary';
import { optionTextKey, VISIBLE_WARNINGS } from './present';

/** Where a page sends the person instead: a question, the review or the results. */
export interface Redirect {
  kind: 'redirect';
  to: FactKey | 'review' | 'results';
}

export interface QuestionState {
  kind: 'question';
  key: FactKey;
  spec: QuestionSpec;
  answers: Facts;
  /** The questions answered before this one, shown above it as a thread. */
  earlier: FactKey[];
  previous: FactKey | null;
  /** What the form shows: a refused draft, or the stored answer. */
  values: FieldValues;
  error: AnswerError | null;
  /** The stored answer is "I don't know" (or "Prefer not to say"): shown as chosen when the person comes back to change it. */
  unknownChosen: boolean;
  /** "Question 4, about 6 more": this question's number on the path, and how many more the rules may still ask (null on the first question, before the host country is known). */
  progress: { n: number; more: number | null };
}

export interface ReviewState {
  kind: 'review';
  answers: Facts;
  path: FactKey[];
}

export interface ResultsState {
  kind: 'results';
  asOf: string;
  answers: Facts & { hostCountry: HostCountry };
  path: FactKey[];
  /** Null when no rule set of the host country is in force on `asOf`. */
  advice: Advice | null;
  /** "What to do now": the actions the rules ask of this person, by date (lib/what-to-do.ts). */
  actions: Action[];
  timeline: TimelinePoint[];
}

export type PageState = QuestionState | ReviewState | ResultsState;

/**
 * The question page's query after a refused answer without JavaScript
 * (/en/q/birthDate?refused): only then is the draft cookie's error and what
 * was typed shown, so that an old error does not come back once the person
 * has left the question and returns to it.
 */
export const REFUSED_PARAM = 'refused';

/** The path of a step in a language: /en/q/birthDate, /en/review, /en/results. */
export function stepPath(lang: Language, to: Redirect['to']): string {
  return to === 'review' || to === 'results' ? `/${lang}/${to}` : `/${lang}/q/${to}`;
}

/** The step a URL path asks for, or null when it is not an interview page. */
export function stepFromPath(path: string): { lang: string; at: string } | null {
  const match = /^\/([a-z]{2})\/(?:q\/([A-Za-z]+)|(review|results))\/?$/.exec(path);
  if (!match) return null;
  return { lang: match[1]!, at: match[2] ?? match[3]! };
}

export function questionState(answers: Facts, asOf: string, requested: FactKey, draft: Draft | null): QuestionState | Redirect {
  const snapshot = restore({ asOf, answers, at: requested });
  const step = stepOf(snapshot);
  if (step.kind !== 'question') return { kind: 'redirect', to: 'review' };
  if (step.key !== requested) return { kind: 'redirect', to: step.key };
  const { journey } = snapshot.context;
  const key = step.key;
  const own = draft && draft.question === key ? draft : null;
  const earlier = earlierQuestions(journey.path, key);
  return {
    kind: 'question',
    key,
    spec: questionFor(key),
    answers: journey.answers,
    earlier,
    previous: previousQuestion(journey.path, key),
    values: own ? own.values : valuesFromAnswer(key, journey.answers[key]),
    error: own?.error ?? null,
    unknownChosen: !own && journey.answers[key] === 'unknown',
    progress: questionProgress(journey.answers, asOf, key, earlier.length),
  };
}

/**
 * How far the person is: the question's number, and about how many more the
 * rules still need (neededFacts: the open facts that could still change an
 * option, without this one). "About": an answer can open or close others.
 */
function questionProgress(answers: Facts, asOf: string, key: FactKey, before: number): QuestionState['progress'] {
  if (answers.hostCountry === undefined || key === 'hostCountry') return { n: before + 1, more: null };
  const without: Facts = { ...answers };
  delete without[key];
  return { n: before + 1, more: neededFactsFor(without, asOf).filter((k) => k !== key).length };
}

export function reviewState(answers: Facts, asOf: string): ReviewState | Redirect {
  const snapshot = restore({ asOf, answers, at: 'review' });
  const step = stepOf(snapshot);
  if (step.kind === 'question') return { kind: 'redirect', to: step.key };
  const { journey } = snapshot.context;
  return { kind: 'review', answers: journey.answers, path: journey.path };
}

/** A finished interview: the pruned answers, with the host country, and the questions on their path. */
export interface CompletedInterview {
  kind: 'complete';
  answers: Facts & { hostCountry: HostCountry };
  path: FactKey[];
}

/** The pruned answers and their path once the interview is complete (what the results and the summary show), else where the person is. */
export function completedInterview(answers: Facts, asOf: string): CompletedInterview | Redirect {
  const snapshot = restore({ asOf, answers, at: 'results' });
  const step = stepOf(snapshot);
  if (step.kind === 'question') return { kind: 'redirect', to: step.key };
  const { journey } = snapshot.context;
  const host = journey.answers.hostCountry;
  if (!host) return { kind: 'redirect', to: 'hostCountry' };
  return { kind: 'complete', answers: { ...journey.answers, hostCountry: host }, path: journey.path };
}

/** The results in the language of `t`: every option, the timeline ahead, the answers. */
export function resultsState(t: TFunction, lang: Language, answers: Facts, asOf: string): ResultsState | Redirect {
  const done = completedInterview(answers, asOf);
  if (done.kind === 'redirect') return done;
  return resultsOf(t, lang, done, asOf);
}

/** The results of an interview already known to be complete (the server page checks, then draws: ADR 12). */
/** The options in words on a date, or null when no rule set of the host country is in force then. */
function adviceOrNone(t: TFunction, lang: Language, facts: Facts & { hostCountry: HostCountry }, asOf: string): Advice | null {
  try {
    return presentAdvice(t, facts, asOf, lang);
  } catch (error) {
    if (error instanceof NoRulesInForceError) return null;
    throw error;
  }
}

export function resultsOf(t: TFunction, lang: Language, done: CompletedInterview, asOf: string): ResultsState {
  const { answers: withHost, path } = done;
  const advice = adviceOrNone(t, lang, withHost, asOf);
  return {
    kind: 'results',
    asOf,
    answers: withHost,
    path,
    advice,
    actions: advice ? whatToDo(advice.options) : [],
    timeline: advice ? timelinePoints(withHost, advice, t) : [],
  };
}

/** The pathway summary for an A4 file: one evaluation, in one language or two. */
export interface SummaryState {
  kind: 'summary';
  asOf: string;
  answers: Facts & { hostCountry: HostCountry };
  path: FactKey[];
  halves: [SummaryHalf, ...SummaryHalf[]];
  /** The running footer of the printed pages: the title in each language and the date. */
  footer: string;
  /** Each column's share of the width (see columnWeights). */
  columns: number[];
  /** A second language asked for whose texts are not at hand (the browser offline): the summary is in one language. */
  secondMissing: Language | null;
}

/**
 * The summary (/[lang]/summary?second=…) from the answers: only once the
 * interview is complete, like the results. Both languages come from the same
 * pruned answers and date, each evaluated once and checked to agree.
 * `textsOf` gives a language's translator, or null when its texts are not
 * at hand (the engine offline, never the server).
 */
export function summaryState(
  textsOf: (lang: Language) => TFunction | null,
  lang: Language,
  answers: Facts,
  asOf: string,
  second: Language | null,
): SummaryState | Redirect {
  const done = completedInterview(answers, asOf);
  if (done.kind === 'redirect') return done;
  const { answers: withHost, path } = done;
  const t = textsOf(lang);
  if (!t) throw new Error(`the texts of the summary's first language (${lang}) are not loaded`);
  const secondT = second ? textsOf(second) : null;
  let halves: [SummaryHalf, ...SummaryHalf[]];
  try {
    const halfIn = (l: Language, tl: TFunction): SummaryHalf => {
      const advice = presentAdvice(tl, withHost, asOf, l);
      return { lang: l, t: tl, advice, actions: whatToDo(advice.options), timeline: timelinePoints(withHost, advice, tl) };
    };
    const first = halfIn(lang, t);
    halves = second && secondT ? [first, halfIn(second, secondT)] : [first];
  } catch (error) {
    if (!(error instanceof NoRulesInForceError)) throw error;
    // The results page says that no rules are in force; there is nothing to print.
    return { kind: 'redirect', to: 'results' };
  }
  if (halves[1]) assertSameEvaluation(halves[0].advice, halves[1].advice);
  const columns = columnWeights(
    halves.map((h) => ({
      lang: h.lang,
      chars: h.advice.options.reduce(
        (n, o) => n + printedLength(o, [o.todo ? optionalText(h.t, optionTextKey(o.id, 'next')) : undefined, o.contact, ...o.warnings.filter((_, i) => VISIBLE_WARNINGS.includes(o.warningKinds[i]!))]),
        0,
      ),
    })),
  );
  return {
    kind: 'summary',
    asOf,
    answers: withHost,
    path,
    halves,
    footer: `${halves.map((h) => h.t('summary:title')).join(' / ')} · ${asOf}`,
    columns,
    secondMissing: second && !secondT ? second : null,
  };
}

/** What one submitted answer does: where to go next, and the answers to keep (or the refused draft). */
export type AnswerOutcome =
  /** The question is not (or no longer) being asked: keep nothing, go where the person is. */
  | { kind: 'elsewhere'; to: Redirect['to'] }
  /** Refused: the same question again, with what was typed and why. */
  | { kind: 'refused'; draft: Draft }
  /** Stored: only the answers still on the path are kept. */
  | { kind: 'stored'; answers: Facts; to: Redirect['to'] };

/**
 * One answer from the question form: the same for a form posted to the server
 * (app/[lang]/answer) and one submitted in the browser (the engine).
 * `get(name)` reads an input of the form.
 */
export function applyAnswer(
  answers: Facts,
  asOf: string,
  question: FactKey,
  get: (name: string) => string | null,
  intent: Intent,
): AnswerOutcome {
  let snapshot = restore({ asOf, answers, at: question });
  const step = stepOf(snapshot);
  if (step.kind !== 'question') return { kind: 'elsewhere', to: 'review' };
  if (step.key !== question) return { kind: 'elsewhere', to: step.key };
  const parsed = parseAnswer(question, get, intent, asOf);
  if (!parsed.ok) return { kind: 'refused', draft: { question, values: parsed.values, error: parsed.error } };
  snapshot = send(snapshot, { type: 'ANSWER', key: question, value: parsed.value });
  const next = stepOf(snapshot);
  return { kind: 'stored', answers: snapshot.context.journey.answers, to: next.kind === 'question' ? next.key : 'review' };
}

/** "What changed since …" for answers opened from a hand-over link (/[lang]/open/[since]). */
export interface ChangesState {
  kind: 'changes';
  /** The link's date. */
  since: string;
  asOf: string;
  /** Null when no answers are kept (the link was not opened on this device, or they were cleared). */
  host: HostCountry | null;
  /** Whether rules were in force on each date. */
  rulesThen: boolean;
  rulesNow: boolean;
  /** Option by option: the status then and today. */
  rows: OptionThenAndNow[];
  changed: number;
  ruleSets: RuleSetThenAndNow[];
  /** The question today's rules ask next, when they ask for more than the link holds. */
  nextQuestion: FactKey | null;
}

/**
 * The stored answers evaluated on the link's date and today, each date with
 * the answers on that date's path, as its results page showed (or shows) them.
 */
export function changesState(t: TFunction, lang: Language, stored: Facts, asOf: string, since: string): ChangesState {
  const host = stored.hostCountry ?? null;
  if (!host) return { kind: 'changes', since, asOf, host, rulesThen: false, rulesNow: false, rows: [], changed: 0, ruleSets: [], nextQuestion: null };
  const before = adviceOrNone(t, lang, { ...resolveJourney(stored, since).answers, hostCountry: host }, since);
  const snapshot = restore({ asOf, answers: stored, at: 'results' });
  const step = stepOf(snapshot);
  const now = adviceOrNone(t, lang, { ...snapshot.context.journey.answers, hostCountry: host }, asOf);
  const rows = now ? thenAndNow(before, now) : [];
  return {
    kind: 'changes',
    since,
    asOf,
    host,
    rulesThen: before !== null,
    rulesNow: now !== null,
    rows,
    changed: rows.filter((r) => r.changed).length,
    ruleSets: now ? ruleSetsThenAndNow(before, now) : [],
    nextQuestion: step.kind === 'question' ? step.key : null,
  };
}
