import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { secondLanguage } from '../../../lib/summary';
import { SummaryView } from '../../../components/views/summary-view';
import { readAnswers } from '../../_lib/answers-cookie';
import { readHubMode } from '../../_lib/hub-mode';
import { getT } from '../../../lib/i18n';
import { stepPath, summaryState } from '../../../lib/page-state';
import { today } from '../../../lib/today';
import { isLanguage } from '../../../locales';

/** Answers are read from the cookie on every request: never prerendered, never cached. */
export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLanguage(lang)) return {};
  return { title: getT(lang)('summary:title'), robots: { index: false, follow: false } };
}

/**
 * The pathway summary (/[lang]/summary, optionally ?second=<lang>): the
 * results laid out for an A4 file, in one language or two. The second
 * language is not an answer, so it may be in the URL; the answers never are.
 * Both languages come from one evaluation: the same pruned answers and the
 * same date, each evaluated once per language and checked to agree. Only
 * reachable when the interview is complete, like the results.
 */
export default async function SummaryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const second = secondLanguage((await searchParams).second, lang, isLanguage);
  const state = summaryState(getT, lang, await readAnswers(), today(), second);
  if (state.kind === 'redirect') redirect(stepPath(lang, state.to));
  // The controls are in the interface language: the volunteer's in hub mode
  // (the summary itself may be in the client's language), else the page's.
  const hub = await readHubMode();
  const ui = hub?.volunteer ?? lang;
  return <SummaryView lang={lang} ui={ui} t={getT(ui)} hub={hub} state={state} nonce={(await headers()).get('x-nonce') ?? undefined} />;
}
