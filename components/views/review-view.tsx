import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import type { HubMode } from '../../lib/hub-languages';
import type { ReviewState } from '../../lib/page-state';
import { BiText, type TextLanguages } from '../hub/bi-text';
import { HubBar } from '../hub/hub-bar';
import { hubTexts } from '../hub/texts-from-t';
import { AnswersList } from '../interview/answers-list';
import { ClearAnswers } from '../interview/clear-answers';
import { TopBar } from '../interview/quick-exit';

/**
 * "Check your answers": every answer with Change, then on to the results. In
 * hub mode the heading, the questions and the answers are in the client's
 * language with the volunteer's beside them, as on the question pages; the
 * buttons and links are in the page's (the volunteer's) language.
 */
export function ReviewView({ lang, t, texts: textsProp, hub, state }: { lang: Language; t: TFunction; texts?: TextLanguages; hub: HubMode | null; state: ReviewState }) {
  const texts: TextLanguages = textsProp ?? { main: { lang, t }, beside: null };
  const last = state.path.at(-1);
  return (
    <div className="space-y-6">
      {hub && <HubBar lang={lang} texts={hubTexts(t)} hub={hub} />}
      <TopBar lang={lang} t={t} back={last ? `/${lang}/q/${last}` : null} />
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">
        <BiText langs={texts} k="interview:review.title" besideClassName="mt-1 text-lg text-gray-700" />
      </h1>
      <p>
        <BiText langs={texts} k="interview:review.intro" besideClassName="mt-1 text-sm text-gray-700" />
      </p>
      <AnswersList lang={lang} t={t} keys={state.path} answers={state.answers} texts={texts} />
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <a
          href={`/${lang}/results`}
          data-action="continue"
          className="inline-flex min-h-12 items-center justify-center rounded bg-green-800 px-6 py-3 text-lg font-bold text-white no-underline shadow-[0_3px_0_#0b3d1e] hover:bg-green-900 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black focus-visible:shadow-[0_3px_0_#000] print:hidden"
        >
          {t('interview:review.continue')}
        </a>
        <ClearAnswers lang={lang} t={t} from="review" />
      </div>
    </div>
  );
}
