import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import type { HubMode } from '../../lib/hub-languages';
import { countryName, formatLongDate, groupOptions } from '../../lib/interview';
import type { ResultsState } from '../../lib/page-state';
import { hasRuleSet } from '../../rules';
import { hubInHostCountry } from '../summary/summary-data';
import { HandoverBlock } from '../handover/handover-block';
import { AnswersList } from '../interview/answers-list';
import { ClearAnswers } from '../interview/clear-answers';
import { TopBar } from '../interview/quick-exit';
import { NoHostRules } from '../results/no-host-rules';
import { OptionCard } from '../results/option-card';
import { Timeline } from '../results/timeline';
import { WhatToDo } from '../results/what-to-do';
import { SummaryLink } from '../summary/summary-link';

/**
 * The results, for a person on a phone under stress: first "What to do
 * now" (the one to five actions by date), then every option as a compact
 * row (title, status, deadline, one line of why, what concerns this person;
 * the rest folds open), grouped: ways to stay, protection, return, the hubs
 * in the host country, things to know, then the hubs in other countries in
 * one fold. Then the timeline, the print button, the rules used, the
 * hand-over link and the answers, each folded. Rendered by the server page
 * and, with JavaScript, by the engine in the browser.
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
  const groups = advice ? groupOptions(advice.options) : [];
  const card = (option: (typeof groups)[number]['options'][number]) => (
    <OptionCard key={option.id} option={option} lang={lang} t={t} askable={state.path} />
  );
  const hubs = groups.find((g) => g.kind === 'hub')?.options ?? [];
  const hubsHere = hubs.filter((o) => hubInHostCountry(o, host));
  const hubsElsewhere = hubs.filter((o) => !hubInHostCountry(o, host));
  return (
    <div className="space-y-4">
      <div>
        <TopBar lang={lang} t={t} back={`/${lang}/review`} />
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t('results:title')}</h1>
      </div>

      {!hasRuleSet(host) && <NoHostRules t={t} />}

      {advice === null ? (
        <p role="status">{t('results:noRules', { country: countryName(t, host, lang) })}</p>
      ) : (
        <>
          <WhatToDo lang={lang} t={t} actions={state.actions} />

          {groups
            .filter((g) => g.kind !== 'hub' || hubsHere.length > 0)
            .map((group) => (
              <section key={group.kind} aria-labelledby={`group-${group.kind}`} className="space-y-2" data-group={group.kind}>
                <h2 id={`group-${group.kind}`} className="text-xl font-bold">
                  {t(`results:groups.${group.kind}`)}
                </h2>
                {(group.kind === 'hub' ? hubsHere : group.options).map(card)}
              </section>
            ))}

          <div className="space-y-1">
            {hubsElsewhere.length > 0 && (
              <section aria-labelledby="hubs-elsewhere-title" data-hubs-elsewhere>
                <details data-print-open>
                  <summary className="fold-summary">
                    <h2 id="hubs-elsewhere-title" className="inline text-lg font-bold">
                      {t('results:hubsElsewhere', { n: hubsElsewhere.length })}
                    </h2>
                  </summary>
                  <div className="mt-2 space-y-2">{hubsElsewhere.map(card)}</div>
                </details>
              </section>
            )}

            <Timeline lang={lang} t={t} asOf={asOf} today={advice.options} points={state.timeline} />
          </div>

          <SummaryLink lang={lang} t={t} hub={hub} />
        </>
      )}

      <div className="space-y-1">
        {advice && (
          <>
            <section aria-labelledby="rules-title" className="text-sm" data-rules-versions>
              <details data-print-open>
                <summary className="fold-summary">
                  <h2 id="rules-title" className="inline text-lg font-bold">
                    {t('results:ruleSets.title')}
                  </h2>{' '}
                  <span className="text-sm font-normal" data-as-of={asOf}>
                    ({t('results:rulesAsOf', { date: formatLongDate(asOf, lang) })})
                  </span>
                </summary>
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
              </details>
            </section>

            <HandoverBlock lang={lang} t={t} path={handover.path} origin={handover.origin} ruleSets={advice.ruleSets.map((s) => s.id)} />
          </>
        )}

        <section aria-labelledby="answers-title" data-your-answers>
          <details data-print-open>
            <summary className="fold-summary">
              <h2 id="answers-title" className="inline text-lg font-bold">
                {t('results:yourAnswers')}
              </h2>
            </summary>
            <AnswersList lang={lang} t={t} keys={state.path} answers={state.answers} />
          </details>
        </section>
      </div>

      <ClearAnswers lang={lang} t={t} />
    </div>
  );
}
