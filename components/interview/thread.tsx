import type { TFunction } from 'i18next';
import type { FactKey, Facts } from '../../rules';
import type { Language } from '../../locales';
import { answerText } from '../../lib/interview';
import { BiPlain, type TextLanguages } from '../hub/bi-text';

/** How many of the latest exchanges stay in view; older ones fold away (without JavaScript too). */
const VISIBLE = 2;

interface Props {
  lang: Language;
  t: TFunction;
  keys: readonly FactKey[];
  answers: Facts;
  /** In hub mode: the client's language, with the volunteer's beside it (see QuestionForm). */
  texts?: TextLanguages;
}

function Exchange({ lang, t, k, answers, texts }: { lang: Language; t: TFunction; k: FactKey; answers: Facts; texts: TextLanguages }) {
  const question = t(`questions:${k}.title`);
  const { main, beside } = texts;
  const said = (l: { lang: Language; t: TFunction }) => answerText(l.t, k, answers[k], l.lang, answers.hostCountry);
  return (
    <li className="space-y-1" data-thread-item={k}>
      <p className="max-w-[90%] rounded-2xl rounded-bl-sm bg-gray-100 px-3 py-2 text-sm text-gray-800">
        <BiPlain
          main={{ lang: main.lang, text: main.t(`questions:${k}.title`) }}
          beside={beside && { lang: beside.lang, text: beside.t(`questions:${k}.title`) }}
          besideClassName="text-xs text-gray-700"
        />
      </p>
      <div className="flex flex-wrap items-center justify-end gap-x-3">
        <p className="max-w-[80%] rounded-2xl rounded-br-sm bg-blue-900 px-3 py-2 font-bold text-white" data-answer={k}>
          <BiPlain
            main={{ lang: main.lang, text: said(main) }}
            beside={beside && { lang: beside.lang, text: said(beside) }}
            besideClassName="text-sm text-white"
          />
        </p>
        <a
          href={`/${lang}/q/${k}`}
          data-action="change"
          className="inline-flex min-h-11 min-w-11 items-center link print:hidden"
        >
          {t('interview:change')}
          <span className="sr-only">: {question}</span>
        </a>
      </div>
    </li>
  );
}

/**
 * The conversation so far: each earlier question with its answer and a
 * Change link. Older exchanges fold into a <details> so that the current
 * question stays near the top of a phone screen.
 */
export function Thread({ lang, t, keys, answers, texts: textsProp }: Props) {
  if (keys.length === 0) return null;
  const texts: TextLanguages = textsProp ?? { main: { lang, t }, beside: null };
  const folded = keys.length > VISIBLE + 1 ? keys.slice(0, keys.length - VISIBLE) : [];
  const shown = keys.slice(folded.length);
  return (
    <section aria-label={t('interview:thread.label')} className="mb-6 border-b border-gray-300 pb-4 print:hidden">
      {folded.length > 0 && (
        <details className="mb-3">
          <summary className="min-h-11 cursor-pointer py-2 text-blue-800 underline underline-offset-4 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black">
            {t('interview:thread.earlier', { count: folded.length })}
          </summary>
          <ol className="mt-2 space-y-3">
            {folded.map((k) => (
              <Exchange key={k} lang={lang} t={t} k={k} answers={answers} texts={texts} />
            ))}
          </ol>
        </details>
      )}
      <ol className="space-y-3">
        {shown.map((k) => (
          <Exchange key={k} lang={lang} t={t} k={k} answers={answers} texts={texts} />
        ))}
      </ol>
    </section>
  );
}
