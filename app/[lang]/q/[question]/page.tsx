import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ErrorSummary } from '../../../../components/interview/error-summary';
import { errorText, QuestionForm } from '../../../../components/interview/question-form';
import { TopBar } from '../../../../components/interview/quick-exit';
import { Thread } from '../../../../components/interview/thread';
import { NextClient } from '../../../../components/hub/next-client';
import type { TextLanguages } from '../../../../components/hub/bi-text';
import { readAnswers, readDraft } from '../../../../lib/answers-cookie';
import { questionLanguages, readHubMode } from '../../../../lib/hub-mode';
import { getT } from '../../../../lib/i18n';
import { earlierQuestions, isFactKey, previousQuestion, valuesFromAnswer } from '../../../../lib/interview';
import { today } from '../../../../lib/today';
import { questionFor, restore, stepOf } from '../../../../machines';
import { isLanguage } from '../../../../locales';

/** Answers are read from the cookie on every request: never prerendered, never cached. */
export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string; question: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, question } = await params;
  if (!isLanguage(lang)) return {};
  const t = getT(lang);
  const robots = { index: false, follow: false };
  if (!isFactKey(question)) return { robots };
  const title = t(`questions:${question}.title`);
  const draft = await readDraft(question);
  return { title: draft ? t('interview:errors.pageTitle', { title }) : title, robots };
}

/**
 * One question of the interview, as a conversation: the earlier answers above
 * (each with Change), the current question below as a plain form. The page
 * shown is always one the person may really be on: asking for a question that
 * is not (yet) on their path redirects to the question they are at.
 */
export default async function QuestionPage({ params }: { params: Params }) {
  const { lang, question } = await params;
  if (!isLanguage(lang)) notFound();
  const asOf = today();
  const stored = await readAnswers();
  const snapshot = restore({ asOf, answers: stored, at: isFactKey(question) ? question : undefined });
  const step = stepOf(snapshot);
  if (step.kind !== 'question') redirect(`/${lang}/review`);
  if (step.key !== question) redirect(`/${lang}/q/${step.key}`);

  const key = step.key;
  const t = getT(lang);
  const { journey } = snapshot.context;
  const spec = questionFor(key);
  const draft = await readDraft(key);
  const values = draft ? draft.values : valuesFromAnswer(key, journey.answers[key]);
  const previous = previousQuestion(journey.path, key);
  // Hub mode: the question in the client's language, the volunteer's beside it.
  const shown = questionLanguages(await readHubMode(), lang);
  const texts: TextLanguages = {
    main: { lang: shown.main, t: getT(shown.main) },
    beside: shown.beside ? { lang: shown.beside, t: getT(shown.beside) } : null,
  };

  return (
    <div>
      <NextClient lang={lang} />
      <TopBar lang={lang} t={t} back={previous ? `/${lang}/q/${previous}` : `/${lang}`} />
      {draft && (
        <ErrorSummary
          title={t('interview:errors.summaryTitle')}
          items={[{ href: `#${draft.error.fields[0] ?? key}`, text: errorText(t, draft.error) }]}
        />
      )}
      <Thread lang={lang} t={t} keys={earlierQuestions(journey.path, key)} answers={journey.answers} texts={texts} />
      <QuestionForm
        lang={lang}
        t={t}
        texts={texts}
        question={spec}
        values={values}
        error={draft?.error ?? null}
        host={journey.answers.hostCountry}
      />
    </div>
  );
}
