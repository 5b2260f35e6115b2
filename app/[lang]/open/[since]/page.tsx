import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ThenAndNow } from '../../../../components/handover/then-and-now';
import { ruleSetName } from '../../../../components/rule-book/names';
import { buildAdvice, NoRulesInForceError, type Advice } from '../../../../lib/advice';
import { readAnswers } from '../../../../lib/answers-cookie';
import { ruleSetsThenAndNow, thenAndNow } from '../../../../lib/handover';
import { getT } from '../../../../lib/i18n';
import { countryName } from '../../../../lib/interview';
import { formatDate } from '../../../../lib/present';
import { today } from '../../../../lib/today';
import { resolveJourney, restore, stepOf } from '../../../../machines';
import { isIsoDate, type Facts, type HostCountry } from '../../../../rules';
import { isLanguage, type Language } from '../../../../locales';

export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string; since: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, since } = await params;
  if (!isLanguage(lang) || !isIsoDate(since)) return {};
  return { title: getT(lang)('handover:changes.title', { date: formatDate(since, lang) }), robots: { index: false, follow: false } };
}

function adviceOn(answers: Facts, host: HostCountry, asOf: string, lang: Language): Advice | null {
  try {
    return buildAdvice({ ...answers, hostCountry: host }, asOf, lang);
  } catch (error) {
    if (error instanceof NoRulesInForceError) return null;
    throw error;
  }
}

/**
 * "What changed since …": the answers opened from a hand-over link (now in
 * the answers cookie) evaluated on the link's date and today, option by
 * option: status then, status now, and why today.
 */
export default async function ChangesPage({ params }: { params: Params }) {
  const { lang, since } = await params;
  if (!isLanguage(lang)) notFound();
  const asOf = today();
  if (!isIsoDate(since) || since > asOf) notFound();
  const t = getT(lang);
  const stored = await readAnswers();
  const host = stored.hostCountry;

  const title = t('handover:changes.title', { date: formatDate(since, lang) });
  if (!host) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{title}</h1>
        <p role="status">{t('handover:changes.noAnswers')}</p>
        <p>
          <a href={`/${lang}/q/hostCountry`} className="link">
            {t('handover:changes.start')}
          </a>
        </p>
      </div>
    );
  }

  // Each date with the answers on that date's path, as its results page showed (or shows) them.
  const before = adviceOn(resolveJourney(stored, since).answers, host, since, lang);
  const snapshot = restore({ asOf, answers: stored, at: 'results' });
  const step = stepOf(snapshot);
  const now = adviceOn(snapshot.context.journey.answers, host, asOf, lang);
  const rows = now ? thenAndNow(before, now) : [];
  const changed = rows.filter((r) => r.changed).length;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{title}</h1>
        <p>{t('handover:changes.intro', { date: formatDate(since, lang), today: formatDate(asOf, lang) })}</p>
        {now && before && (
          <p className="font-bold" data-changed-count={changed}>
            {changed === 0 ? t('handover:changes.noChange') : t('handover:changes.summary', { count: changed })}
          </p>
        )}
        {!before && now && <p>{t('handover:changes.noRulesThen', { country: countryName(host, lang), date: formatDate(since, lang) })}</p>}
      </div>

      {step.kind === 'question' && (
        <div className="rounded-lg border-l-4 border-blue-900 bg-blue-50 p-4" data-more-questions>
          <p>{t('handover:changes.moreQuestions')}</p>
          <p className="mt-2">
            <a href={`/${lang}/q/${step.key}`} className="link">
              {t('handover:changes.continue')}
            </a>
          </p>
        </div>
      )}

      {now ? (
        <section aria-labelledby="then-and-now" className="space-y-4">
          <h2 id="then-and-now" className="text-2xl font-bold">
            {t('handover:changes.optionsTitle')}
          </h2>
          <ul className="space-y-4" data-then-and-now>
            {rows.map((row) => (
              <ThenAndNow key={row.id} row={row} lang={lang} t={t} since={since} asOf={asOf} />
            ))}
          </ul>
        </section>
      ) : (
        <p role="status">{t('handover:changes.noRulesNow', { country: countryName(host, lang) })}</p>
      )}

      {now && (
        <section aria-labelledby="rules-then-and-now" className="space-y-2 text-sm">
          <h2 id="rules-then-and-now" className="text-xl font-bold">
            {t('handover:changes.rulesTitle')}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {ruleSetsThenAndNow(before, now).map((s) => {
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
