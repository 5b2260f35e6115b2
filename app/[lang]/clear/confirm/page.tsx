import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InterviewShell } from '../../../../components/app/interview-shell';
import { clearFrom, ClearConfirm } from '../../../../components/interview/clear-answers';
import { readAnswers } from '../../../_lib/answers-cookie';
import { readHubMode } from '../../../_lib/hub-mode';
import { getT } from '../../../../lib/i18n';
import { renderKey } from '../../../../lib/render-key';
import { today } from '../../../../lib/today';
import { isLanguage } from '../../../../locales';

export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLanguage(lang)) return {};
  return { title: getT(lang)('interview:clearConfirm.title'), robots: { index: false, follow: false } };
}

/**
 * "Clear all your answers?" (/[lang]/clear/confirm?from=review|results):
 * the confirmation before /[lang]/clear deletes them, as a page of its own so
 * that it works without JavaScript. With it, the engine draws the same view.
 */
export default async function ClearConfirmPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const from = clearFrom((await searchParams).from);
  const t = getT(lang);
  const hub = await readHubMode();
  return (
    <InterviewShell
      lang={lang}
      asOf={today()}
      hub={hub}
      renderedFor={renderKey(`/${lang}/clear/confirm`, await readAnswers(), hub)}
      loading={t('interview:loading')}
      unavailable={t('interview:offlineUnavailable')}
    >
      <ClearConfirm lang={lang} t={t} from={from} />
    </InterviewShell>
  );
}
