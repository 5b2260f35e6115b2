import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import type { HubMode } from '../../lib/hub-languages';
import { countryName, formatLongDate, groupOptions } from '../../lib/interview';
import type { ResultsState } from '../../lib/page-state';
import { HandoverBlock } from '../handover/handover-block';
import { AnswersList } from '../interview/answers-list';
import { ClearAnswers } from '../interview/clear-answers';
import { TopBar } from '../interview/quick-exit';
import { OptionCard } from '../results/option-card';
import { Timeline } from '../results/timeline';
import { SummaryLink } from '../summary/summary-link';

/**
 * The results: every option for this person on today's rules, grouped, each
 * with its status, reasons, what is missing, deadline, next steps and
 * sources; then the timeline of key dates ahead; then the answers given.
 * Rendered by the server page and, with JavaScript, by the engine in the browser.
 */
export function ResultsView({
  lang,
  t,
  hub,
  state,
  handover,
}: {
  lang: Language;
  t: TFunction;
  hub: HubMode | null;
  state: ResultsState;
  /** The hand-over link of these answers (its path with the fragment) and the site's origin. */
  handover: { path: string; origin: string | null };
}) {
  const { advice, asOf, answers } = state;
  const host = answers.hostCountry;
  return (
    <div className="space-y-8">
      <div>
        <TopBar lang={lang} t={t} back={`/${lang}/review`} />
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t('results:title')}</h1>
        <p className="mt-2">{t('results:intro', { country: countryName(t, host, lang) })}</p>
        <p className="mt-2 text-gray-800" data-as-of={asOf}>
          {t('results:rulesAsOf', { date: formatLongDate(asOf, lang) })}
        </p>
      </div>

      {advice === null ? (
        <p role="status">{t('results:noRules', { country: countryName(t, host, lang) })}</p>
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
                    <a href={`#option-${o.id}`} className="link">
                      {o.title}
                    </a>
                    <span className="text-sm">{t(`common:status.${o.status}`)}</span>
                  </li>
                ))}
            </ul>
          </nav>

          <SummaryLink lang={lang} t={t} hub={hub} />

          {groupOptions(advice.options).map((group) => (
            <section key={group.kind} aria-labelledby={`group-${group.kind}`} className="space-y-4" data-group={group.kind}>
              <h2 id={`group-${group.kind}`} className="text-2xl font-bold">
                {t(`results:groups.${group.kind}`)}
              </h2>
              {group.options.map((option) => (
                <OptionCard key={option.id} option={option} lang={lang} t={t} askable={state.path} />
              ))}
            </section>
          ))}

          <Timeline lang={lang} t={t} asOf={asOf} today={advice.options} points={state.timeline} />

          <section aria-labelledby="rules-title" className="space-y-2 text-sm" data-rules-versions>
            <h2 id="rules-title" className="text-xl font-bold">
              {t('results:ruleSets.title')}
            </h2>
            <ul className="list-disc space-y-1 pl-6">
              {advice.ruleSets.map((s) => (
                <li key={s.id} data-rule-set={s.id} data-version={s.version}>
                  {t('results:ruleSets.item', {
                    name: s.id === 'HUB' ? t('results:timeline.hubs') : countryName(t, s.id, lang),
                    version: formatLongDate(s.version, lang),
                    checked: formatLongDate(s.lastVerified, lang),
                  })}
                </li>
              ))}
            </ul>
          </section>

          <HandoverBlock lang={lang} t={t} path={handover.path} origin={handover.origin} ruleSets={advice.ruleSets.map((s) => s.id)} />
        </>
      )}

      <section aria-labelledby="answers-title" className="space-y-3">
        <h2 id="answers-title" className="text-2xl font-bold">
          {t('results:yourAnswers')}
        </h2>
        <AnswersList lang={lang} t={t} keys={state.path} answers={state.answers} />
      </section>

      <ClearAnswers lang={lang} t={t} />
    </div>
  );
}
