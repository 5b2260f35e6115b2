/** The public surface of machines/: the interview machine and its pure helpers. */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { FactKey } from '../rules';
import { interviewMachine, type InterviewEvent, type InterviewInput } from './interview-machine';

export { interviewMachine, type InterviewEvent, type InterviewInput } from './interview-machine';
export { resolveJourney } from './journey';
export { questionFor, type QuestionSpec } from './questions';

export type InterviewSnapshot = SnapshotFrom<typeof interviewMachine>;

/** Where a person is, from their answers and the page they asked for. */
export type InterviewStep = { kind: 'question'; key: FactKey } | { kind: 'review' } | { kind: 'results' };

/**
 * Rebuilds the interview from the answers alone and moves it to the requested
 * step if that step is allowed (an answered or next question, the review once
 * nothing is left to ask, the results after the review); otherwise to where the
 * person really is. Stateless: nothing but the answers is kept between requests.
 */
export function restore(input: InterviewInput): InterviewSnapshot {
  let [snapshot] = initialTransition(interviewMachine, { asOf: input.asOf, answers: input.answers ?? {} });
  const at = input.at;
  if (at === undefined) return snapshot;
  if (at === 'review' || at === 'results') {
    if (snapshot.matches('reviewing') && at === 'results') [snapshot] = transition(interviewMachine, snapshot, { type: 'CONFIRM' });
    return snapshot;
  }
  return send(snapshot, { type: 'CHANGE', key: at });
}

export function send(snapshot: InterviewSnapshot, event: InterviewEvent): InterviewSnapshot {
  const [next] = transition(interviewMachine, snapshot, event);
  return next;
}

export function stepOf(snapshot: InterviewSnapshot): InterviewStep {
  if (snapshot.hasTag('question') && snapshot.context.current) return { kind: 'question', key: snapshot.context.current };
  if (snapshot.hasTag('results')) return { kind: 'results' };
  return { kind: 'review' };
}

