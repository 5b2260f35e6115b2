import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChangesView, changesTitle } from '../../../../components/views/changes-view';
import { readAnswers } from '../../../_lib/answers-cookie';
import { getT } from '../../../../lib/i18n';
import { changesState } from '../../../../lib/page-state';
import { today } from '../../../../lib/today';
import { isIsoDate } from '../../../../rules';
import { isLanguage } from '../../../../locales';

export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string; since: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, since } = await params;
  if (!isLanguage(lang) || !isIsoDate(since)) return {};
  return { title: changesTitle(getT(lang), lang, since), robots: { index: false, follow: false } };
}

/** "What changed since …" (components/views/changes-view.tsx) for the answers a hand-over link put in the answers cookie. */
export default async function ChangesPage({ params }: { params: Params }) {
  const { lang, since } = await params;
  if (!isLanguage(lang)) notFound();
  const asOf = today();
  if (!isIsoDate(since) || since > asOf) notFound();
  const t = getT(lang);
  return <ChangesView lang={lang} t={t} state={changesState(t, lang, await readAnswers(), asOf, since)} />;
}
