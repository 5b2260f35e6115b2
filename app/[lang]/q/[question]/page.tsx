import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { InterviewShell } from '../../../../components/app/interview-shell';
import { plainHtml } from '../../../../components/plain-html';
import { questionTitle } from '../../../../components/views/question-view';
import { readAnswers, readDraft } from '../../../_lib/answers-cookie';
import { readHubMode } from '../../../_lib/hub-mode';
import { getT } from '../../../../lib/i18n';
import { questionText } from '../../../../lib/answer-texts';
import { isFactKey } from '../../../../lib/formats';
import { questionState, REFUSED_PARAM, reviewState, stepPath } from '../../../../lib/page-state';
import { renderKey } from '../../../../lib/render-key';
import { today } from '../../../../lib/today';
import { isLanguage } from '../../../../locales';
import type { FactKey } from '../../../../rules';

/** Answers are read from the cookie on every request: never prerendered, never cached. */
export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string; question: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The page load right after a refused answer (`?refused`): the refused draft is shown again. */
async function refusedAsked(searchParams: SearchParams): Promise<boolean> {
  return (await searchParams)[REFUSED_PARAM] !== undefined;
}

/**
 * This question's state for this request: the answers, today, and the step
 * (with the refused draft when asked). generateMetadata and the page both
 * need it; React's cache() computes it once per request. The cache belongs
 * to the request and goes with it: nothing, and no answer, is kept across
 * requests (ADR 2). Its keys are the question and whether the draft is
 * asked for, never the answers. tests/app/question-page-state.test.ts
 * counts the computations.
 */
const stateOfRequest = cache(async (question: FactKey, refused: boolean) => {
  const asOf = today();
  const answers = await readAnswers();
  return { asOf, answers, state: questionState(answers, asOf, question, refused ? await readDraft(question) : null) };
});

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { lang, question } = await params;
  if (!isLanguage(lang)) return {};
  const robots = { index: false, follow: false };
  if (!isFactKey(question)) return { robots };
  const { state } = await stateOfRequest(question, await refusedAsked(searchParams));
  const t = getT(lang);
  return { title: state.kind === 'question' ? questionTitle(t, state) : questionText(t, question, 'title', undefined), robots };
}

/**
 * One question of the interview (components/views/question-view.tsx). The
 * page shown is always one the person may really be on: asking for a
 * question that is not (yet) on their path redirects to the question they are at.
 */
export default async function QuestionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { lang, question } = await params;
  if (!isLanguage(lang)) notFound();
  if (!isFactKey(question)) {
    // Not a question: to the question the person is at (or the review).
    const at = reviewState(await readAnswers(), today());
    redirect(stepPath(lang, at.kind === 'redirect' ? at.to : 'review'));
  }
  const { asOf, answers, state } = await stateOfRequest(question, await refusedAsked(searchParams));
  if (state.kind === 'redirect') redirect(stepPath(lang, state.to));

  const t = getT(lang);
  const hub = await readHubMode();
  const path = stepPath(lang, state.key);
  const shell = { lang, asOf, hub, renderedFor: renderKey(path, answers, hub), loading: t('interview:loading'), unavailable: t('interview:offlineUnavailable') };

  return (
    <InterviewShell {...shell}>
      {/* Plain HTML drawn in the server's HTML pass, not in the component payload (ADR 12, 23); the region question's view is hydrated (its search box). */}
      {plainHtml({ view: 'question', input: { lang, hub, state } })}
    </InterviewShell>
  );
}
