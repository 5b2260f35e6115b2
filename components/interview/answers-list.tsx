import type { TFunction } from 'i18next';
import type { FactKey, Facts } from '../../rules';
import type { Language } from '../../locales';
import { answerText, questionText } from '../../lib/answer-texts';
import { BiPlain, type LangT, type TextLanguages } from '../hub/bi-text';

/**
 * The GOV.UK summary list: each question, the answer in words, and a Change
 * link. In hub mode the questions and answers are in the client's language
 * with the volunteer's beside them; Change is in the page's language.
 */
export function AnswersList({
  lang,
  t,
  keys,
  answers,
  texts: textsProp,
}: {
  lang: Language;
  t: TFunction;
  keys: readonly FactKey[];
  answers: Facts;
  texts?: TextLanguages;
}) {
  const { main, beside } = textsProp ?? { main: { lang, t }, beside: null };
  const host = answers.hostCountry;
  const title = (k: FactKey) => (l: LangT) => ({ lang: l.lang, text: questionText(l.t, k, 'title', host) });
  const said = (k: FactKey) => (l: LangT) => ({ lang: l.lang, text: answerText(l.t, k, answers[k], l.lang, host) });
  return (
    <dl className="divide-y divide-gray-300 border-y border-gray-300">
      {keys.map((k) => (
        <div key={k} className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 py-3 sm:grid-cols-[2fr_2fr_auto]" data-review-item={k}>
          <dt className="col-span-2 font-bold sm:col-span-1">
            <BiPlain main={title(k)(main)} beside={beside && title(k)(beside)} besideClassName="text-sm text-gray-700" />
          </dt>
          <dd className="break-words" data-answer={k}>
            <BiPlain main={said(k)(main)} beside={beside && said(k)(beside)} besideClassName="text-sm text-gray-700" />
          </dd>
          <dd className="text-right print:hidden">
            <a href={`/${lang}/q/${k}`} data-action="change" className="inline-flex min-h-11 min-w-11 items-center justify-end link">
              {t('interview:change')}
              <span className="sr-only">: {questionText(t, k, 'title', host)}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
