import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { AnswersList } from '../../../components/interview/answers-list';
import { ClearAnswers } from '../../../components/interview/clear-answers';
import { TopBar } from '../../../components/interview/quick-exit';
import { OptionCard } from '../../../components/results/option-card';
import { SummaryLink } from '../../../components/summary/summary-link';
import { Timeline, type TimelinePoint } from '../../../components/results/timeline';
import { HandoverBlock } from '../../../components/handover/handover-block';
import { buildAdvice, NoRulesInForceError, type Advice } from '../../../lib/advice';
import { readAnswers } from '../../../lib/answers-cookie';
import { getT } from '../../../lib/i18n';
import { countryName, formatLongDate, groupOptions, keyDates, statusChanges } from '../../../lib/interview';
import { today } from '../../../lib/today';
import { restore, stepOf } from '../../../machines';
import type { Facts, HostCountry } from '../../../rules';
import { isLanguage, type Language } from '../../../locales';

export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLanguage(lang)) return {};
  return { title: getT(lang)('results:title'), robots: { index: false, follow: false } };
}

function timeline(answers: Facts & { hostCountry: HostCountry }, advice: Advice, lang: Language): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  let previous = advice;
  for (const { date, reasons } of keyDates(answers, advice.asOf, advice.options)) {
    try {
      const then = buildAdvice(answers, date, lang);
      points.push({ date, reasons, changes: statusChanges(previous, then) });
      previous = then;
    } catch (error) {
      if (!(error instanceof NoRulesInForceError)) throw error;
    }
  }
  return points;
}

const LINK = 'text-blue-800 underline underline-offset-4 hover:decoration-2 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black';

/**
 * The results: every option for this person on today's rules, grouped, each
 * with its status, reasons, what is missing, deadline, next steps and
 * sources; then the timeline of key dates ahead; then the answers given.
 */
export default async function ResultsPage({ params }: { params: Params }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const asOf = today();
  const snapshot = restore({ asOf, answers: await readAnswers(), at: 'results' });
  const step = stepOf(snapshot);
  if (step.kind === 'question') redirect(`/${lang}/q/${step.key}`);

  const t = getT(lang);
  const { journey } = snapshot.context;
  const host = journey.answers.hostCountry;
  if (!host) redirect(`/${lang}/q/hostCountry`);
  const answers = { ...journey.answers, hostCountry: host };

  let advice: Advice | null = null;
  try {
    advice = buildAdvice(answers, asOf, lang);
  } catch (error) {
    if (!(error instanceof NoRulesInForceError)) throw error;
  }

  return (
    <div className="space-y-8">
      <div>
        <TopBar lang={lang} t={t} back={`/${lang}/review`} />
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t('results:title')}</h1>
        <p className="mt-2">{t('results:intro', { country: countryName(host, lang) })}</p>
        <p className="mt-2 text-gray-800" data-as-of={asOf}>
          {t('results:rulesAsOf', { date: formatLongDate(asOf, lang) })}
        </p>
      </div>

      {advice === null ? (
        <p role="status">{t('results:noRules', { country: countryName(host, lang) })}</p>
      ) : (
        <>
          <nav aria-labelledby="glance-title" className="rounded-lg bg-gray-100 p-4">
            <h2 id="glance-title" className="text-xl font-bold">
              {t('results:glance')}
            </h2>
            <ul className="mt-2 space-y-2">
              {advice.options
                .filter((o) => o.kind !== 'hub')
                .map((o) => (
                  <li key={o.id} className="flex flex-col">
                    <a href={`#option-${o.id}`} className={LINK}>
                      {o.title}
                    </a>
                    <span className="text-sm">{t(`common:status.${o.status}`)}</span>
                  </li>
                ))}
            </ul>
          </nav>

          <SummaryLink lang={lang} t={t} />

          {groupOptions(advice.options).map((group) => (
            <section key={group.kind} aria-labelledby={`group-${group.kind}`} className="space-y-4" data-group={group.kind}>
              <h2 id={`group-${group.kind}`} className="text-2xl font-bold">
                {t(`results:groups.${group.kind}`)}
              </h2>
              {group.options.map((option) => (
                <OptionCard key={option.id} option={option} lang={lang} t={t} askable={journey.path} />
              ))}
            </section>
          ))}

          <Timeline lang={lang} t={t} asOf={asOf} today={advice.options} points={timeline(answers, advice, lang)} />

          <section aria-labelledby="rules-title" className="space-y-2 text-sm">
            <h2 id="rules-title" className="text-xl font-bold">
              {t('results:ruleSets.title')}
            </h2>
            <ul className="list-disc space-y-1 pl-6">
              {advice.ruleSets.map((s) => (
                <li key={s.id} data-rule-set={s.id}>
                  {t('results:ruleSets.item', {
                    name: s.id === 'HUB' ? t('results:timeline.hubs') : countryName(s.id, lang),
                    version: formatLongDate(s.version, lang),
                    checked: formatLongDate(s.lastVerified, lang),
                  })}
                </li>
              ))}
            </ul>
          </section>

          <HandoverBlock lang={lang} t={t} answers={journey.answers} asOf={asOf} ruleSets={advice.ruleSets.map((s) => s.id)} />
        </>
      )}

      <section aria-labelledby="answers-title" className="space-y-3">
        <h2 id="answers-title" className="text-2xl font-bold">
          {t('results:yourAnswers')}
        </h2>
        <AnswersList lang={lang} t={t} keys={journey.path} answers={journey.answers} />
      </section>

      <ClearAnswers lang={lang} t={t} />
    </div>
  );
}
