import type { TFunction } from 'i18next';
import type { FactKey, Facts } from '../../rules';
import type { Language } from '../../locales';
import { answerText, questionText } from '../../lib/answer-texts';
import { BiPlain, type LangT, type TextLanguages } from '../hub/bi-text';

interface Props {
  lang: Language;
  t: TFunction;
  keys: readonly FactKey[];
  answers: Facts;
  /** In hub mode: the client's language, with the volunteer's beside it (see QuestionForm). */
  texts?: TextLanguages;
}

function ChangeLink({ lang, t, k, question }: { lang: Language; t: TFunction; k: FactKey; question: string }) {
  return (
    <a href={`/${lang}/q/${k}`} data-action="change" className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-end link print:hidden">
      {t('interview:change')}
      <span className="sr-only">: {question}</span>
    </a>
  );
}

/** One earlier question and its answer, as a chat exchange, with Change. */
function Exchange({ lang, t, k, answers, texts }: { lang: Language; t: TFunction; k: FactKey; answers: Facts; texts: TextLanguages }) {
  const host = answers.hostCountry;
  const { main, beside } = texts;
  const title = (l: LangT) => questionText(l.t, k, 'title', host);
  const said = (l: LangT) => answerText(l.t, k, answers[k], l.lang, host);
  return (
    <li className="space-y-1" data-thread-item={k}>
      <p className="max-w-[90%] rounded-2xl rounded-bl-sm bg-gray-100 px-3 py-2 text-sm text-gray-800">
        <BiPlain main={{ lang: main.lang, text: title(main) }} beside={beside && { lang: beside.lang, text: title(beside) }} besideClassName="text-xs text-gray-700" />
      </p>
      <div className="flex flex-wrap items-center justify-end gap-x-3">
        <p className="max-w-[80%] rounded-2xl rounded-br-sm bg-blue-900 px-3 py-2 font-bold text-white" data-answer={k}>
          <BiPlain main={{ lang: main.lang, text: said(main) }} beside={beside && { lang: beside.lang, text: said(beside) }} besideClassName="text-sm text-white" />
        </p>
        <ChangeLink lang={lang} t={t} k={k} question={questionText(t, k, 'title', host)} />
      </div>
    </li>
  );
}

/**
 * The latest answer in one short row: the question on one line (cut with
 * "…" on a narrow screen; a screen reader reads it whole), the answer, and
 * Change, one tap away.
 */
function Latest({ lang, t, k, answers, texts }: { lang: Language; t: TFunction; k: FactKey; answers: Facts; texts: TextLanguages }) {
  const host = answers.hostCountry;
  const { main, beside } = texts;
  const said = (l: LangT) => answerText(l.t, k, answers[k], l.lang, host);
  return (
    <div className="flex items-center justify-between gap-x-3" data-thread-item={k} data-thread-latest>
      <p className="min-w-0 text-sm text-gray-800">
        <span className="block truncate" lang={main.lang !== lang ? main.lang : undefined}>
          {questionText(main.t, k, 'title', host)}
        </span>
        <strong className="text-base text-gray-900" data-answer={k}>
          <BiPlain main={{ lang: main.lang, text: said(main) }} beside={beside && { lang: beside.lang, text: said(beside) }} besideClassName="text-sm" />
        </strong>
      </p>
      <ChangeLink lang={lang} t={t} k={k} question={questionText(t, k, 'title', host)} />
    </div>
  );
}

/**
 * The conversation so far, kept short so that the question itself is always
 * in the first screen of a phone (360 × 740), with or without JavaScript:
 * the latest answer in one row with Change, the earlier ones folded into a
 * <details> (each with its own Change once open).
 */
export function Thread({ lang, t, keys, answers, texts: textsProp }: Props) {
  const last = keys.at(-1);
  if (last === undefined) return null;
  const texts: TextLanguages = textsProp ?? { main: { lang, t }, beside: null };
  const folded = keys.slice(0, -1);
  return (
    <section aria-label={t('interview:thread.label')} className="mb-4 border-b border-gray-300 pb-2 print:hidden">
      {folded.length > 0 && (
        <details>
          <summary className="min-h-11 cursor-pointer py-2 text-blue-800 underline underline-offset-4 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black">
            {t('interview:thread.earlier', { count: folded.length })}
          </summary>
          <ol className="mt-2 mb-3 space-y-3">
            {folded.map((k) => (
              <Exchange key={k} lang={lang} t={t} k={k} answers={answers} texts={texts} />
            ))}
          </ol>
        </details>
      )}
      <Latest lang={lang} t={t} k={last} answers={answers} texts={texts} />
    </section>
  );
}
