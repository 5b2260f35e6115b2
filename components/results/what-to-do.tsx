import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Language } from '../../locales';
import { formatLongDate } from '../../lib/formats';
import type { Action } from '../../lib/what-to-do';

/** "by 4 March 2027 · 96 days left", or that the date has passed, or that there is no fixed date. */
export function actionWhen(t: TFunction, action: Pick<Action, 'date' | 'daysLeft'>, lang: Language): string {
  if (action.date === undefined) return t('results:todo.noDate');
  const days = action.daysLeft ?? 0;
  return `${t('results:todo.by', { date: formatLongDate(action.date, lang) })} · ${days >= 0 ? t('results:daysLeft', { count: days }) : t('results:daysPassed', { count: -days })}`;
}

/**
 * "What to do now", at the top of the results: one to five actions ordered
 * by the date to act by (lib/what-to-do.ts), each one item: what to do (a
 * link to its option), by which date and the days left, and the option it
 * serves. When the rules ask nothing of this person by a date, it says so.
 * `heading` replaces the title (in hub mode, with the volunteer's language beside).
 */
export function WhatToDo({ lang, t, actions, heading }: { lang: Language; t: TFunction; actions: readonly Action[]; heading?: ReactNode }) {
  return (
    <section aria-labelledby="todo-title" data-what-to-do className="rounded-lg border-2 border-blue-900 px-2.5 py-2">
      <h2 id="todo-title" className="text-xl font-bold">
        {heading ?? t('results:todo.title')}
      </h2>
      {actions.length === 0 ? (
        <p className="mt-1">{t('results:todo.none')}</p>
      ) : (
        <ol className="mt-1 space-y-2">
          {actions.map((a) => (
            <li key={a.option} data-todo={a.option} data-todo-date={a.date ?? ''} className="leading-snug">
              <a href={`#option-${a.option}`} className="link font-bold">
                {a.text}
              </a>
              {/* By when, and the option it serves, on one line (the link above leads to the option). */}
              <span className="block truncate text-sm">
                <span data-todo-when>{actionWhen(t, a, lang)}</span>
                <span className="text-gray-800"> · {a.title}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
