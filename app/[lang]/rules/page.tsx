import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ruleSetName } from '../../../components/rule-book/names';
import { getT } from '../../../lib/i18n';
import { formatDate } from '../../../lib/present';
import { today } from '../../../lib/today';
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
  return (
    <li data-rule-set={id} data-version={current?.version ?? ''}>
      <a href={`/${lang}/rules/${id.toLowerCase()}`} className={LINK}>
        {name}
      </a>
      <span className="block text-sm text-gray-800">
        {current ? t('rulebook:index.version', { date: formatDate(current.version, lang) }) : t('rulebook:index.noVersion')}
        {current && <> · {t('rulebook:index.checked', { date: formatDate(current.lastVerified, lang) })}</>}
        {pending > 0 && <> · {t('rulebook:index.proposals', { count: pending })}</>}
      </span>
    </li>
  );
}

/** The rule book's index: every host country, the Ukraine side and the hubs, with the version in force. */
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
