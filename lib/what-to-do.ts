import type { PresentedOption, PresentedTodo } from './present';

/** At most this many actions stand at the top of the results. */
export const MAX_ACTIONS = 5;

/** One line of "What to do now": what to do, by which date, and the option it serves. */
export interface Action extends PresentedTodo {
  option: string;
  title: string;
}

/**
 * "What to do now": the person's actions, derived from the rules (each
 * option's `todo`, see `optionTodo` in lib/present.ts), ordered by the date
 * to act by, the earliest first; actions without a date come after the dated
 * ones. Within a date, the order of the options on the page (host country,
 * then Ukraine). At most five.
 */
export function whatToDo(options: readonly PresentedOption[]): Action[] {
  return options
    .map((o, index) => ({ o, index }))
    .filter(({ o }) => o.todo !== null)
    .sort((a, b) => {
      const da = a.o.todo!.date;
      const db = b.o.todo!.date;
      if (da !== db) return da === undefined ? 1 : db === undefined ? -1 : da.localeCompare(db);
      return a.index - b.index;
    })
    .slice(0, MAX_ACTIONS)
    .map(({ o }) => ({ ...o.todo!, option: o.id, title: o.title }));
}
