import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import type { HubMode } from '../../lib/hub-languages';
import type { QuestionState } from '../../lib/page-state';
import { questionText } from '../../lib/answer-texts';
import { HubBar } from '../hub/hub-bar';
import { hubTexts } from '../hub/texts-from-t';
import type { TextLanguages } from '../hub/bi-text';
import { ErrorSummary } from '../interview/error-summary';
import { errorText, QuestionForm } from '../interview/question-form';
import { TopBar } from '../interview/quick-exit';
import { Thread } from '../interview/thread';

/**
 * One question of the interview, as a conversation: the earlier answers above
 * (each with Change), the current question below as a plain form. Rendered
 * by the server page and, with JavaScript, by the engine in the browser.
 */
export function QuestionView({
  lang,
  t,
  texts,
  hub,
  state,
}: {
  lang: Language;
  t: TFunction;
  /** The question's own texts: the client's language, the volunteer's beside it in hub mode. */
  texts: TextLanguages;
  hub: HubMode | null;
  state: QuestionState;
}) {
  const { key, error } = state;
  return (
    <div>
      {hub && <HubBar lang={lang} texts={hubTexts(t)} hub={hub} />}
      <TopBar lang={lang} t={t} back={state.previous ? `/${lang}/q/${state.previous}` : `/${lang}`} progress={progressText(t, state)} />
      {error && (
        <ErrorSummary
          title={t('interview:errors.summaryTitle')}
          items={[{ href: `#${error.fields[0] ?? key}`, text: errorText(t, error, key) }]}
        />
      )}
      <Thread lang={lang} t={t} keys={state.earlier} answers={state.answers} texts={texts} />
      <QuestionForm
        lang={lang}
        t={t}
        texts={texts}
        question={state.spec}
        values={state.values}
        error={error}
        host={state.answers.hostCountry}
        unknownChosen={state.unknownChosen}
      />
    </div>
  );
}

/** "Question 4, about 6 more" (from neededFacts: see QuestionState.progress). */
function progressText(t: TFunction, state: QuestionState): string {
  const { n, more } = state.progress;
  if (more === null) return t('interview:progress.at', { n });
  if (more === 0) return t('interview:progress.last', { n });
  return t('interview:progress.more', { n, count: more });
}

/** The page title of a question: its title (the host country's own wording where it has one), marked when an answer was refused. */
export function questionTitle(t: TFunction, state: QuestionState): string {
  const title = questionText(t, state.key, 'title', state.answers.hostCountry);
  return state.error ? t('interview:errors.pageTitle', { title }) : title;
}
