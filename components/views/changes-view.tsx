import type { TFunction } from 'i18next';
import { countryName } from '../../lib/formats';
import type { ChangesState } from '../../lib/page-state';
import { formatDate } from '../../lib/present';
import type { Language } from '../../locales';
import { StartAgainLink } from '../handover/start-again-link';
import { ThenAndNow } from '../handover/then-and-now';
import { ruleSetName } from '../rule-book/names';

/** The title of the "what changed" page, also the document's. */
export function changesTitle(t: TFunction, lang: Language, since: string): string {
  return t('handover:changes.title', { date: formatDate(since, lang) });
}

/**
 * "What changed since …": the answers opened from a hand-over link evaluated
 * on the link's date and today, option by option: status then, status now,
 * and why today. Drawn by the server page and, for a link opened without
 * network, by the interview engine.
 */
export function ChangesView({ lang, t, state }: { lang: Language; t: TFunction; state: ChangesState }) {
  const { since, asOf, host } = state;
  const title = changesTitle(t, lang, since);
  if (!host) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{title}</h1>
        <p role="status">{t('handover:changes.noAnswers')}</p>
        <StartAgainLink lang={lang} text={t('handover:changes.start')} />
      </div>
    );
  }

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{title}</h1>
        <p>{t('handover:changes.intro', { date: formatDate(since, lang), today: formatDate(asOf, lang) })}</p>
        {state.rulesNow && state.rulesThen && (
          <p className="font-bold" data-changed-count={state.changed}>
            {state.changed === 0 ? t('handover:changes.noChange') : t('handover:changes.summary', { count: state.changed })}
          </p>
        )}
        {!state.rulesThen && state.rulesNow && <p>{t('handover:changes.noRulesThen', { country: countryName(t, host, lang), date: formatDate(since, lang) })}</p>}
      </div>

      {state.nextQuestion && (
        <div className="rounded-lg border-l-4 border-blue-900 bg-blue-50 p-4" data-more-questions>
          <p>{t('handover:changes.moreQuestions')}</p>
          <p className="mt-2">
            <a href={`/${lang}/q/${state.nextQuestion}`} className="link">
              {t('handover:changes.continue')}
            </a>
          </p>
        </div>
      )}

      {state.rulesNow ? (
        <section aria-labelledby="then-and-now" className="space-y-4">
          <h2 id="then-and-now" className="text-2xl font-bold">
            {t('handover:changes.optionsTitle')}
          </h2>
          <ul className="space-y-4" data-then-and-now>
            {state.rows.map((row) => (
              <ThenAndNow key={row.id} row={row} lang={lang} t={t} since={since} asOf={asOf} />
            ))}
          </ul>
        </section>
      ) : (
        <p role="status">{t('handover:changes.noRulesNow', { country: countryName(t, host, lang) })}</p>
      )}

      {state.rulesNow && (
        <section aria-labelledby="rules-then-and-now" className="space-y-2 text-sm">
          <h2 id="rules-then-and-now" className="text-xl font-bold">
            {t('handover:changes.rulesTitle')}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {state.ruleSets.map((s) => {
              const name = ruleSetName(t, s.id, lang);
              const text =
                s.before && s.now && s.before === s.now
                  ? t('handover:changes.rulesSame', { name, version: formatDate(s.now, lang) })
                  : s.before && s.now
                    ? t('handover:changes.rulesChanged', { name, before: formatDate(s.before, lang), now: formatDate(s.now, lang) })
                    : s.now
                      ? t('handover:changes.rulesAdded', { name, now: formatDate(s.now, lang) })
                      : t('handover:changes.rulesGone', { name, before: formatDate(s.before ?? since, lang) });
              return (
                <li key={s.id} data-rule-set={s.id}>
                  <a href={`/${lang}/rules/${s.id.toLowerCase()}`} className="link">
                    {text}
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <ul className="space-y-2">
        <li>
          <a href={`/${lang}/results`} className="link" data-action="results">
            {t('handover:changes.results')}
          </a>
        </li>
        <li>
          <a href={`/${lang}/review`} className="link">
            {t('handover:changes.review')}
          </a>
        </li>
      </ul>
    </div>
  );
}

/** A hand-over link that cannot be read (opened without network; online the landing page says the same). */
export function LinkRefusedView({ lang, t }: { lang: Language; t: TFunction }) {
  return (
    <div className="space-y-6" data-open-state="invalid">
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t('handover:open.title')}</h1>
      <p role="alert" className="font-bold">
        {t('handover:open.invalid')}
      </p>
      <StartAgainLink lang={lang} text={t('handover:open.start')} />
    </div>
  );
}
