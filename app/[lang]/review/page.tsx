import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { InterviewShell } from '../../../components/app/interview-shell';
import { questionTexts } from '../../../components/views/question-texts';
import { ReviewView } from '../../../components/views/review-view';
import { readAnswers } from '../../_lib/answers-cookie';
import { readHubMode } from '../../_lib/hub-mode';
import { getT } from '../../../lib/i18n';
import { reviewState, stepPath } from '../../../lib/page-state';
import { renderKey } from '../../../lib/render-key';
import { today } from '../../../lib/today';
import { isLanguage } from '../../../locales';

export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLanguage(lang)) return {};
  return { title: getT(lang)('interview:review.title'), robots: { index: false, follow: false } };
}

/** "Check your answers": reachable only when nothing is left to ask. */
export default async function ReviewPage({ params }: { params: Params }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const asOf = today();
  const answers = await readAnswers();
  const state = reviewState(answers, asOf);
  if (state.kind === 'redirect') redirect(stepPath(lang, state.to));
  const t = getT(lang);
  const hub = await readHubMode();

  return (
    <InterviewShell lang={lang} asOf={asOf} hub={hub} renderedFor={renderKey(stepPath(lang, 'review'), answers, hub)} loading={t('interview:loading')} unavailable={t('interview:offlineUnavailable')}>
      <ReviewView lang={lang} t={t} texts={questionTexts(hub, lang)} hub={hub} state={state} />
    </InterviewShell>
  );
}
