import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { TopBar } from '../../../components/interview/quick-exit';
import { NextClient } from '../../../components/hub/next-client';
import { PrintNow } from '../../../components/summary/print-now';
import { SummaryDocument, type SummaryHalf } from '../../../components/summary/summary-document';
import { assertSameEvaluation, columnWeights, printedLength, secondLanguage } from '../../../components/summary/summary-data';
import { SummaryStyles } from '../../../components/summary/summary-styles';
import { SecondLanguageSelect } from '../../../components/summary/second-language-select';
import { buildAdvice, NoRulesInForceError } from '../../../lib/advice';
import { readAnswers } from '../../../lib/answers-cookie';
import { readHubMode } from '../../../lib/hub-mode';
import { getT } from '../../../lib/i18n';
import { optionalText } from '../../../lib/interview';
import { optionTextKey } from '../../../lib/present';
import { today } from '../../../lib/today';
import { restore, stepOf } from '../../../machines';
import { isLanguage, type Language } from '../../../locales';

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
  const asOf = today();
  const snapshot = restore({ asOf, answers: await readAnswers(), at: 'results' });
  const step = stepOf(snapshot);
  if (step.kind === 'question') redirect(`/${lang}/q/${step.key}`);
  const { journey } = snapshot.context;
  const host = journey.answers.hostCountry;
  if (!host) redirect(`/${lang}/q/hostCountry`);
  const answers = { ...journey.answers, hostCountry: host };

  const second = secondLanguage((await searchParams).second, lang, isLanguage);
  let halves: [SummaryHalf, ...SummaryHalf[]];
  try {
    const half = (l: Language): SummaryHalf => ({ lang: l, t: getT(l), advice: buildAdvice(answers, asOf, l) });
    halves = second ? [half(lang), half(second)] : [half(lang)];
  } catch (error) {
    if (!(error instanceof NoRulesInForceError)) throw error;
    redirect(`/${lang}/results`);
  }
  if (halves[1]) assertSameEvaluation(halves[0].advice, halves[1].advice);

  // The controls are in the interface language: the volunteer's in hub mode
  // (the summary itself may be in the client's language), else the page's.
  const hub = await readHubMode();
  const ui: Language = hub?.volunteer ?? lang;
  const t = getT(ui);
  const footer = `${halves.map((h) => h.t('summary:title')).join(' / ')} · ${asOf}`;
  const columns = columnWeights(
    halves.map((h) => ({
      lang: h.lang,
      chars: h.advice.options.reduce(
        (n, o) => n + printedLength(o, [optionalText(h.t, optionTextKey(o.id, 'next')), optionalText(h.t, optionTextKey(o.id, 'documents'))]),
        0,
      ),
    })),
  );

  return (
    <div>
      <SummaryStyles footer={footer} columns={columns} nonce={(await headers()).get('x-nonce') ?? undefined} />
      <div lang={ui} className="print:hidden">
        <NextClient lang={ui} />
        <TopBar lang={ui} t={t} back={`/${ui}/results`} />
        <div className="mb-6 space-y-4 rounded-lg bg-gray-100 p-4" data-summary-controls>
          <p>{t('summary:printIntro')}</p>
          <div className="flex flex-wrap items-center gap-3">
            <PrintNow label={t('summary:printNow')} />
            <noscript>
              <span className="text-sm">{t('results:printNoScript')}</span>
            </noscript>
          </div>
          <form method="get" action={`/${lang}/summary`} className="flex flex-wrap items-end gap-3">
            <SecondLanguageSelect t={t} first={lang} second={second} />
            <button
              type="submit"
              data-action="second-language"
              className="min-h-11 rounded border-2 border-gray-900 bg-white px-4 py-2 font-bold text-gray-900 hover:bg-gray-100 focus:outline-none focus-visible:bg-yellow-300"
            >
              {t('summary:showLanguages')}
            </button>
          </form>
        </div>
      </div>
      <SummaryDocument
        halves={halves}
        answers={answers}
        path={journey.path}
        host={host}
        hint={{ lang: ui, text: t('summary:preparedWithHint') }}
      />
    </div>
  );
}
