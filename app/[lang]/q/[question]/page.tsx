import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { InterviewShell } from '../../../../components/app/interview-shell';
import { plainHtml } from '../../../../components/plain-html';
import { questionTitle } from '../../../../components/views/question-view';
import { readAnswers, readDraft } from '../../../_lib/answers-cookie';
import { readHubMode } from '../../../_lib/hub-mode';
import { getT } from '../../../../lib/i18n';
import { isFactKey, questionText } from '../../../../lib/interview';
import { questionState, REFUSED_PARAM, reviewState, stepPath } from '../../../../lib/page-state';
import { renderKey } from '../../../../lib/render-key';
import { today } from '../../../../lib/today';
import { isLanguage } from '../../../../locales';

/** Answers are read from the cookie on every request: never prerendered, never cached. */
export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string; question: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The refused draft of this question, only on the page load right after the refusal (`?refused`). */
async function draftFor(question: Parameters<typeof readDraft>[0], searchParams: SearchParams) {
  return (await searchParams)[REFUSED_PARAM] !== undefined ? readDraft(question) : null;
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { lang, question } = await params;
  if (!isLanguage(lang)) return {};
  const robots = { index: false, follow: false };
  if (!isFactKey(question)) return { robots };
  const state = questionState(await readAnswers(), today(), question, await draftFor(question, searchParams));
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
  const asOf = today();
  const answers = await readAnswers();
  if (!isFactKey(question)) {
    // Not a question: to the question the person is at (or the review).
    const at = reviewState(answers, asOf);
    redirect(stepPath(lang, at.kind === 'redirect' ? at.to : 'review'));
  }
  const state = questionState(answers, asOf, question, await draftFor(question, searchParams));
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
