import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import type { HubMode } from '../../lib/hub-languages';
import { countryName, formatLongDate, groupOptions } from '../../lib/interview';
import type { ResultsState } from '../../lib/page-state';
import { HandoverBlock } from '../handover/handover-block';
import { BiPlain, BiText, type TextLanguages } from '../hub/bi-text';
import { optionTextKey } from '../../lib/present';
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
 *
 * In hub mode the results are the client's: `state` is evaluated in the
 * client's language (`texts.main`), and the headings, the option titles and
 * the statuses at a glance carry the volunteer's language beside them
 * (`texts.beside`), as the question pages do. The controls (back, print,
 * "Next client", clear) stay in the page's language (`t`).
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
  return (
    <div className="space-y-8">
      <div>
        <TopBar lang={lang} t={t} back={`/${lang}/review`} />
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">
          <BiText langs={texts} k="results:title" besideClassName="mt-1 text-lg text-gray-700" />
        </h1>
        <p className="mt-2" lang={inLang}>
          {c('results:intro', { country: countryName(c, host, cl) })}
        </p>
        <p className="mt-2 text-gray-800" data-as-of={asOf} lang={inLang}>
          {c('results:rulesAsOf', { date: formatLongDate(asOf, cl) })}
        </p>
      </div>

      {advice === null ? (
        <p role="status" lang={inLang}>
          {c('results:noRules', { country: countryName(c, host, cl) })}
        </p>
      ) : (
        <>
          <nav aria-labelledby="glance-title" className="rounded-lg bg-gray-100 p-4">
            <h2 id="glance-title" className="text-xl font-bold">
              <BiText langs={texts} k="results:glance" besideClassName="text-base text-gray-700" />
            </h2>
            <ul className="mt-2 space-y-2">
              {advice.options
                .filter((o) => o.kind !== 'hub')
                .map((o) => (
                  <li key={o.id} className="flex flex-col">
                    <a href={`#option-${o.id}`} className="link">
                      <BiPlain
                        main={{ lang: cl, text: o.title }}
                        beside={beside && { lang: beside.lang, text: beside.t(optionTextKey(o.id, 'title')) }}
                        besideClassName="text-sm"
                      />
                    </a>
                    <span className="text-sm">
                      <BiPlain
                        main={{ lang: cl, text: c(`common:status.${o.status}`) }}
                        beside={beside && { lang: beside.lang, text: beside.t(`common:status.${o.status}`) }}
                        besideClassName="text-sm text-gray-700"
                      />
                    </span>
                  </li>
                ))}
            </ul>
          </nav>

          <SummaryLink lang={lang} t={t} hub={hub} />

          {groupOptions(advice.options).map((group) => (
            <section key={group.kind} aria-labelledby={`group-${group.kind}`} className="space-y-4" data-group={group.kind}>
              <h2 id={`group-${group.kind}`} className="text-2xl font-bold">
                <BiText langs={texts} k={`results:groups.${group.kind}`} besideClassName="text-lg text-gray-700" />
              </h2>
              <div className="space-y-4" lang={inLang}>
                {group.options.map((option) => (
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
                ))}
              </div>
            </section>
          ))}

          <div lang={inLang}>
            <Timeline lang={cl} t={c} asOf={asOf} today={advice.options} points={state.timeline} />
          </div>

          <section aria-labelledby="rules-title" className="space-y-2 text-sm" data-rules-versions lang={inLang}>
            <h2 id="rules-title" className="text-xl font-bold">
              {c('results:ruleSets.title')}
            </h2>
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
          </section>

          {/* The client's: the link opens in their language, wherever they scan it. */}
          <div lang={inLang}>
            <HandoverBlock lang={cl} t={c} path={handover.path} origin={handover.origin} ruleSets={advice.ruleSets.map((s) => s.id)} />
          </div>
        </>
      )}

      <section aria-labelledby="answers-title" className="space-y-3">
        <h2 id="answers-title" className="text-2xl font-bold">
          <BiText langs={texts} k="results:yourAnswers" besideClassName="text-lg text-gray-700" />
        </h2>
        <AnswersList lang={lang} t={t} keys={state.path} answers={state.answers} texts={texts} />
      </section>

      <ClearAnswers lang={lang} t={t} from="results" />
    </div>
  );
}
