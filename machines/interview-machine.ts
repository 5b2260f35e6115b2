import { assign, setup } from 'xstate';
import type { FactKey, Facts } from '../rules';
import { resolveJourney, type Journey } from './journey';

/**
 * The interview: routing only. It never decides an option; it asks the next
 * question the rules say can still change one (`resolveJourney`), lets the
 * person go back or change any answer, shows "check your answers", then the
 * results. Pure: it runs with `transition()` from the answers alone, the same
 * on the server and in the browser.
 */

export interface InterviewContext {
  asOf: string;
  /** Every answer given and still on the path. */
  answers: Facts;
  journey: Journey;
  /** The question on screen: the next unanswered one, or an earlier one being changed. */
  current: FactKey | null;
}

export type InterviewEvent =
  | { type: 'ANSWER'; key: FactKey; value: unknown }
  | { type: 'BACK' }
  | { type: 'CHANGE'; key: FactKey }
  | { type: 'CONFIRM' }
  | { type: 'RESTART' };

export interface InterviewInput {
  asOf: string;
  answers?: Facts;
  /** Where the person is: a question being changed, the review, or the results. */
  at?: FactKey | 'review' | 'results';
}

function journeyContext(asOf: string, stored: Facts) {
  const journey = resolveJourney(stored, asOf);
  return { journey, answers: journey.answers, current: journey.next };
}

export const interviewMachine = setup({
  types: {
    context: {} as InterviewContext,
    events: {} as InterviewEvent,
    input: {} as InterviewInput,
  },
  guards: {
    hasQuestionToAsk: ({ context }) => context.current !== null,
    wantsReview: (_, params: { at: InterviewInput['at'] }) => params.at === 'review',
    wantsResults: (_, params: { at: InterviewInput['at'] }) => params.at === 'results',
    isOnPath: ({ context }, params: { key: FactKey }) => context.journey.path.includes(params.key) || context.journey.next === params.key,
    isFirstQuestion: ({ context }) => context.current !== null && context.journey.path.indexOf(context.current) === 0,
    canGoBack: ({ context }) => context.journey.path.length > 0 && !(context.current !== null && context.journey.path.indexOf(context.current) === 0),
  },
  actions: {
    storeAnswer: assign(({ context, event }) => {
      if (event.type !== 'ANSWER') return {};
      return journeyContext(context.asOf, { ...context.answers, [event.key]: event.value } as Facts);
    }),
    showQuestion: assign((_, params: { key: FactKey }) => ({ current: params.key })),
    showPreviousQuestion: assign(({ context }) => {
      const { path } = context.journey;
      const index = context.current === null ? path.length : path.indexOf(context.current);
      const previous = path[(index === -1 ? path.length : index) - 1];
      return previous === undefined ? {} : { current: previous };
    }),
    showLastQuestion: assign(({ context }) => ({ current: context.journey.path.at(-1) ?? null })),
    clearAnswers: assign(({ context }) => journeyContext(context.asOf, {})),
  },
}).createMachine({
  id: 'interview',
  context: ({ input }) => ({ asOf: input.asOf, ...journeyContext(input.asOf, input.answers ?? {}) }),
  initial: 'routing',
  states: {
    /** Decides where a (re)started interview stands; no page is ever shown here. */
    routing: {
      always: [
        { guard: 'hasQuestionToAsk', target: 'asking' },
        { target: 'reviewing' },
      ],
    },
    asking: {
      tags: ['question'],
      on: {
        ANSWER: { actions: 'storeAnswer', target: 'routing' },
        BACK: [{ guard: 'canGoBack', actions: 'showPreviousQuestion', target: 'asking', reenter: true }],
        CHANGE: {
          guard: { type: 'isOnPath', params: ({ event }) => ({ key: event.key }) },
          actions: { type: 'showQuestion', params: ({ event }) => ({ key: event.key }) },
          target: 'asking',
          reenter: true,
        },
        RESTART: { actions: 'clearAnswers', target: 'routing' },
      },
    },
    reviewing: {
      tags: ['review'],
      on: {
        CONFIRM: 'results',
        BACK: { actions: 'showLastQuestion', target: 'asking' },
        CHANGE: {
          guard: { type: 'isOnPath', params: ({ event }) => ({ key: event.key }) },
          actions: { type: 'showQuestion', params: ({ event }) => ({ key: event.key }) },
          target: 'asking',
        },
        RESTART: { actions: 'clearAnswers', target: 'routing' },
      },
    },
    results: {
      tags: ['results'],
      on: {
        BACK: 'reviewing',
        CHANGE: {
          guard: { type: 'isOnPath', params: ({ event }) => ({ key: event.key }) },
          actions: { type: 'showQuestion', params: ({ event }) => ({ key: event.key }) },
          target: 'asking',
        },
        RESTART: { actions: 'clearAnswers', target: 'routing' },
      },
    },
  },
});
