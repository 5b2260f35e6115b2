import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { AnswersList } from '../../../components/interview/answers-list';
import { ClearAnswers } from '../../../components/interview/clear-answers';
import { TopBar } from '../../../components/interview/quick-exit';
import { readAnswers } from '../../../lib/answers-cookie';
import { getT } from '../../../lib/i18n';
import { today } from '../../../lib/today';
import { restore, stepOf } from '../../../machines';
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
  const snapshot = restore({ asOf: today(), answers: await readAnswers(), at: 'review' });
  const step = stepOf(snapshot);
  if (step.kind === 'question') redirect(`/${lang}/q/${step.key}`);

  const t = getT(lang);
  const { journey } = snapshot.context;
  const last = journey.path.at(-1);

  return (
    <div className="space-y-6">
      <TopBar lang={lang} t={t} back={last ? `/${lang}/q/${last}` : null} />
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t('interview:review.title')}</h1>
      <p>{t('interview:review.intro')}</p>
      <AnswersList lang={lang} t={t} keys={journey.path} answers={journey.answers} />
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <a
          href={`/${lang}/results`}
          data-action="continue"
          className="inline-flex min-h-12 items-center justify-center rounded bg-green-800 px-6 py-3 text-lg font-bold text-white no-underline shadow-[0_3px_0_#0b3d1e] hover:bg-green-900 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black focus-visible:shadow-[0_3px_0_#000] print:hidden"
        >
          {t('interview:review.continue')}
        </a>
        <ClearAnswers lang={lang} t={t} />
      </div>
    </div>
  );
}
