import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { InterviewShell } from '../../../components/app/interview-shell';
import { ResultsView } from '../../../components/views/results-view';
import { readAnswers } from '../../../lib/answers-cookie';
import { handoverPath, publicOrigin } from '../../../lib/handover';
import { readHubMode } from '../../../lib/hub-mode';
import { getT } from '../../../lib/i18n';
import { resultsState, stepPath } from '../../../lib/page-state';
import { renderKey } from '../../../lib/render-key';
import { staticMarkup } from '../../../lib/static-markup';
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
  const t = getT(lang);
  const state = resultsState(t, lang, answers, asOf);
  if (state.kind === 'redirect') redirect(stepPath(lang, state.to));
  const hub = await readHubMode();
  const handover = { path: handoverPath(lang, { asOf, answers: state.answers }), origin: publicOrigin(await headers()) };

  return (
    <InterviewShell lang={lang} asOf={asOf} hub={hub} renderedFor={renderKey(stepPath(lang, 'results'), answers, hub)} loading={t('interview:loading')} unavailable={t('interview:offlineUnavailable')}>
      {/* Plain HTML, not hydrated: the engine draws the page anew when it takes over (lib/static-markup.ts). */}
      <div dangerouslySetInnerHTML={{ __html: staticMarkup(<ResultsView lang={lang} t={t} hub={hub} state={state} handover={handover} />) }} />
    </InterviewShell>
  );
}
