import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import type { HubMode } from '../../lib/hub-languages';
import { countryName, formatLongDate } from '../../lib/formats';
import { groupOptions } from '../../lib/option-groups';
import type { ResultsState } from '../../lib/page-state';
import { optionTextKey } from '../../lib/present';
import { hasRuleSet } from '../../rules';
import { hubInHostCountry } from '../../lib/summary';
import { HandoverBlock } from '../handover/handover-block';
import { BiText, type TextLanguages } from '../hub/bi-text';
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
 *
 * In hub mode the results are the client's: `state` is evaluated in the
 * client's language (`texts.main`), and the headings and the option titles
 * carry the volunteer's language beside them (`texts.beside`), as the
 * question pages do. The controls (back, print, "Next client", clear) stay
 * in the page's language (`t`).
 */
export function ResultsView({
  lang,
  t,
  texts: textsProp,
  hub,
  state,
  handover,
}: {
  lang: Language;
  t: TFunction;
  /** The language the results are in (the client's in hub mode, its translator the one `state` was drawn with) and the volunteer's beside it. */
  texts?: TextLanguages;
  hub: HubMode | null;
  state: ResultsState;
  /** The hand-over link of these answers (its path with the fragment) and the site's origin. */
  handover: { path: string; origin: string | null };
}) {
  const { advice, asOf, answers } = state;
  const host = answers.hostCountry;
  const texts: TextLanguages = textsProp ?? { main: { lang, t }, beside: null };
  const { main, beside } = texts;
  // The results' own language: the client's in hub mode (marked where it is not the page's).
  const c = main.t;
  const cl = main.lang;
  const inLang = cl !== lang ? cl : undefined;
  const groups = advice ? groupOptions(advice.options) : [];
  const card = (option: (typeof groups)[number]['options'][number]) => (
    <OptionCard
      key={option.id}
      option={option}
      lang={cl}
      t={c}
      askable={state.path}
      host={host}
      besideTitle={beside && { lang: beside.lang, text: beside.t(optionTextKey(option.id, 'title')) }}
      links={lang}
    />
  );
  const hubs = groups.find((g) => g.kind === 'hub')?.options ?? [];
  const hubsHere = hubs.filter((o) => hubInHostCountry(o, host));
  const hubsElsewhere = hubs.filter((o) => !hubInHostCountry(o, host));
  return (
    <div className="space-y-4">
      <div>
        <TopBar lang={lang} t={t} back={`/${lang}/review`} />
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">
          <BiText langs={texts} k="results:title" besideClassName="mt-1 text-lg text-gray-700" />
        </h1>
      </div>

      {!hasRuleSet(host) && (
        <div lang={inLang}>
          <NoHostRules t={c} />
        </div>
      )}

      {advice === null ? (
        <p role="status" lang={inLang}>
          {c('results:noRules', { country: countryName(c, host, cl) })}
        </p>
      ) : (
        <>
          <div lang={inLang}>
            <WhatToDo lang={cl} t={c} actions={state.actions} heading={<BiText langs={texts} k="results:todo.title" besideClassName="text-base text-gray-700" />} />
          </div>

          {groups
            .filter((g) => g.kind !== 'hub' || hubsHere.length > 0)
            .map((group) => (
              <section key={group.kind} aria-labelledby={`group-${group.kind}`} className="space-y-2" data-group={group.kind}>
                <h2 id={`group-${group.kind}`} className="text-xl font-bold">
                  <BiText langs={texts} k={`results:groups.${group.kind}`} besideClassName="text-base text-gray-700" />
                </h2>
                <div className="space-y-2" lang={inLang}>
                  {(group.kind === 'hub' ? hubsHere : group.options).map(card)}
                </div>
              </section>
            ))}

          <div className="space-y-1" lang={inLang}>
            {hubsElsewhere.length > 0 && (
              <section aria-labelledby="hubs-elsewhere-title" data-hubs-elsewhere>
                <details data-print-open>
                  <summary className="fold-summary">
                    <h2 id="hubs-elsewhere-title" className="inline text-lg font-bold">
                      {c('results:hubsElsewhere', { n: hubsElsewhere.length })}
                    </h2>
                  </summary>
                  <div className="mt-2 space-y-2">{hubsElsewhere.map(card)}</div>
                </details>
              </section>
            )}

            <Timeline lang={cl} t={c} asOf={asOf} today={advice.options} points={state.timeline} />
          </div>

          <SummaryLink lang={lang} t={t} hub={hub} />
        </>
      )}

      <div className="space-y-1">
        {advice && (
          <div className="space-y-1" lang={inLang}>
            <section aria-labelledby="rules-title" className="text-sm" data-rules-versions>
              <details data-print-open>
                <summary className="fold-summary">
                  <h2 id="rules-title" className="inline text-lg font-bold">
                    {c('results:ruleSets.title')}
                  </h2>{' '}
                  <span className="text-sm font-normal" data-as-of={asOf}>
                    ({c('results:rulesAsOf', { date: formatLongDate(asOf, cl) })})
                  </span>
                </summary>
                <ul className="list-disc space-y-1 pl-6">
                  {advice.ruleSets.map((s) => (
                    <li key={s.id} data-rule-set={s.id} data-version={s.version}>
                      {c('results:ruleSets.item', {
                        name: s.id === 'HUB' ? c('results:timeline.hubs') : countryName(c, s.id, cl),
                        version: formatLongDate(s.version, cl),
                        checked: formatLongDate(s.lastVerified, cl),
                      })}
                    </li>
                  ))}
                </ul>
              </details>
            </section>

            {/* The client's: the link opens in their language, wherever they scan it. */}
            <HandoverBlock lang={cl} t={c} path={handover.path} origin={handover.origin} ruleSets={advice.ruleSets.map((s) => s.id)} />
          </div>
        )}

        <section aria-labelledby="answers-title" data-your-answers>
          <details data-print-open>
            <summary className="fold-summary">
              <h2 id="answers-title" className="inline text-lg font-bold">
                <BiText langs={texts} k="results:yourAnswers" besideClassName="text-base text-gray-700" />
              </h2>
            </summary>
            <AnswersList lang={lang} t={t} keys={state.path} answers={state.answers} texts={texts} />
          </details>
        </section>
      </div>

      <ClearAnswers lang={lang} t={t} from="results" />
    </div>
  );
}
