import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { InterviewShell } from '../../../components/app/interview-shell';
import { plainHtml } from '../../../components/plain-html';
import { readAnswers } from '../../_lib/answers-cookie';
import { publicOrigin } from '../../../lib/handover';
import { readHubMode } from '../../_lib/hub-mode';
import { getT } from '../../../lib/i18n';
import { completedInterview, stepPath } from '../../../lib/page-state';
import { renderKey } from '../../../lib/render-key';
import { today } from '../../../lib/today';
import { isLanguage } from '../../../locales';

export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLanguage(lang)) return {};
  return { title: getT(lang)('results:title'), robots: { index: false, follow: false } };
}

/** The results (components/views/results-view.tsx), on today's rules. */
export default async function ResultsPage({ params }: { params: Params }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const asOf = today();
  const answers = await readAnswers();
  const done = completedInterview(answers, asOf);
  if (done.kind === 'redirect') redirect(stepPath(lang, done.to));
  const hub = await readHubMode();
  const t = getT(lang);
  const origin = publicOrigin(await headers());

  return (
    <InterviewShell lang={lang} asOf={asOf} hub={hub} renderedFor={renderKey(stepPath(lang, 'results'), answers, hub)} loading={t('interview:loading')} unavailable={t('interview:offlineUnavailable')}>
      {/* Plain HTML drawn in the server's HTML pass, not hydrated and not in the component payload (ADR 12, 23): the engine draws the page anew when it takes over. */}
      {plainHtml({ view: 'results', input: { lang, asOf, hub, interview: done, origin } })}
    </InterviewShell>
  );
}
