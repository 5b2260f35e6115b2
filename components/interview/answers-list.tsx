import type { TFunction } from 'i18next';
import type { FactKey, Facts } from '../../rules';
import type { Language } from '../../locales';
import { answerText } from '../../lib/interview';

/** The GOV.UK summary list: each question, the answer in words, and a Change link. */
export function AnswersList({ lang, t, keys, answers }: { lang: Language; t: TFunction; keys: readonly FactKey[]; answers: Facts }) {
  return (
    <dl className="divide-y divide-gray-300 border-y border-gray-300">
      {keys.map((k) => {
        const question = t(`questions:${k}.title`);
        return (
          <div key={k} className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 py-3 sm:grid-cols-[2fr_2fr_auto]" data-review-item={k}>
            <dt className="col-span-2 font-bold sm:col-span-1">{question}</dt>
            <dd className="break-words" data-answer={k}>
              {answerText(t, k, answers[k], lang, answers.hostCountry)}
            </dd>
            <dd className="text-right print:hidden">
              <a
                href={`/${lang}/q/${k}`}
                data-action="change"
                className="inline-flex min-h-11 min-w-11 items-center justify-end link"
              >
                {t('interview:change')}
                <span className="sr-only">: {question}</span>
              </a>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
