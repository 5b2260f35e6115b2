import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ruleSetName } from '../../../components/rule-book/names';
import { getT } from '../../../lib/i18n';
import { optionalText } from '../../../lib/answer-texts';
import { formatDate } from '../../../lib/present';
import { today } from '../../../lib/today';
import { officialShare, reviewChecks } from '../../../lib/review-checks';
import { HOST_COUNTRIES, proposedVersions, REGISTRY, RULE_SET_IDS, selectRuleSet, type RuleSetId } from '../../../rules';
import { isLanguage, type Language } from '../../../locales';
import type { TFunction } from 'i18next';

export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLanguage(lang)) return {};
  return { title: getT(lang)('rulebook:title') };
}

const LINK = 'link text-lg';

function Entry({ id, lang, t, asOf, name }: { id: RuleSetId; lang: Language; t: TFunction; asOf: string; name: string }) {
  const current = selectRuleSet(REGISTRY, id, asOf);
  const pending = proposedVersions(REGISTRY, id, asOf).length;
  const share = current ? officialShare(current) : null;
  return (
    <li data-rule-set={id} data-version={current?.version ?? ''}>
      <a href={`/${lang}/rules/${id.toLowerCase()}`} className={LINK}>
        {name}
      </a>
      <span className="block text-sm text-gray-800">
        {current ? t('rulebook:index.version', { date: formatDate(current.version, lang) }) : t('rulebook:index.noVersion')}
        {current && <> · {t('rulebook:index.checked', { date: formatDate(current.lastVerified, lang) })}</>}
        {pending > 0 && <> · {t('rulebook:index.proposals', { count: pending })}</>}
        {share && <> · <span data-official-share={`${share.official}/${share.total}`}>{t('rulebook:index.officialShare', { official: share.official, total: share.total })}</span></>}
      </span>
    </li>
  );
}

/** The reviewer's to-do list: every planned change with its check-again date, what is due first (ADR 14). */
function Checks({ lang, t, asOf }: { lang: Language; t: TFunction; asOf: string }) {
  const checks = reviewChecks(asOf);
  return (
    <section aria-labelledby="checks-title" className="space-y-3 rounded-lg border-2 border-amber-700 p-4" data-review-checks>
      <h2 id="checks-title" className="text-2xl font-bold">
        {t('rulebook:checks.title')}
      </h2>
      <p>{t('rulebook:checks.intro')}</p>
      {checks.length === 0 && <p>{t('rulebook:checks.none')}</p>}
      <ul className="space-y-3">
        {checks.map((c) => {
          const ns = c.proposal.startsWith('eu-') ? 'rules-eu' : `rules-${c.ruleSet.toLowerCase()}`;
          const href = c.ruleSet === 'EU' ? null : `/${lang}/rules/${c.ruleSet.toLowerCase()}${c.parameter ? `#param-${c.parameter}` : `/${c.version}`}`;
          return (
            <li key={`${c.ruleSet}-${c.proposal}`} className="border-l-4 border-gray-400 pl-3" data-check={c.proposal} data-due={c.due} data-overdue={c.overdue}>
              <p className="font-bold">
                {href ? <a href={href} className="link">{ruleSetName(t, c.ruleSet, lang)}</a> : ruleSetName(t, c.ruleSet, lang)}
                {c.overdue && <> · {t('rulebook:checks.overdue')}</>}
                {!c.overdue && c.due && <> · {t('rulebook:checks.due')}</>}
              </p>
              {/* What to check; where the rule set's texts name none yet, what the proposal is (never a raw key). */}
              <p>{optionalText(t, `${ns}:checks.${c.proposal}`) ?? optionalText(t, `${ns}:proposals.${c.proposal}`) ?? ''}</p>
              <p className="text-sm text-gray-800">
                {c.plannedInForce && <>{t('rulebook:checks.planned', { date: formatDate(c.plannedInForce, lang) })} · </>}
                {c.checkBy ? t('rulebook:checks.checkBy', { date: formatDate(c.checkBy, lang) }) : t('rulebook:checks.noCheckBy')}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The rule book's index: the reviewer's checks, then every host country, the Ukraine side and the hubs, with the version in force. */
export default async function RuleBookIndex({ params }: { params: Params }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const t = getT(lang);
  const asOf = today();
  const collator = new Intl.Collator(lang);
  const hosts = RULE_SET_IDS.filter((id) => (HOST_COUNTRIES as readonly string[]).includes(id))
    .map((id) => ({ id, name: ruleSetName(t, id, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const groups: { key: string; sets: { id: RuleSetId; name: string }[] }[] = [
    { key: 'hosts', sets: hosts },
    { key: 'ukraine', sets: [{ id: 'UA', name: ruleSetName(t, 'UA', lang) }] },
    { key: 'hubs', sets: [{ id: 'HUB', name: ruleSetName(t, 'HUB', lang) }] },
  ];
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t('rulebook:title')}</h1>
        <p>{t('rulebook:intro')}</p>
        <p>{t('rulebook:audience')}</p>
        <p className="text-gray-800" data-as-of={asOf}>
          {t('rulebook:asOf', { date: formatDate(asOf, lang) })}
        </p>
      </div>
      <Checks lang={lang} t={t} asOf={asOf} />
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`group-${g.key}`} className="space-y-3">
          <h2 id={`group-${g.key}`} className="text-2xl font-bold">
            {t(`rulebook:groups.${g.key}`)}
          </h2>
          <ul className="space-y-3">
            {g.sets.map((s) => (
              <Entry key={s.id} id={s.id} name={s.name} lang={lang} t={t} asOf={asOf} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
