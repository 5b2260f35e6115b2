import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ruleSetIdFromPath, ruleSetName } from '../../../../components/rule-book/names';
import { RuleSetView } from '../../../../components/rule-book/rule-set-view';
import { getT } from '../../../../lib/i18n';
import { today } from '../../../../lib/today';
import { REGISTRY, selectRuleSet } from '../../../../rules';
import { isLanguage } from '../../../../locales';

export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string; set: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, set } = await params;
  const id = ruleSetIdFromPath(set);
  if (!isLanguage(lang) || !id) return {};
  const t = getT(lang);
  return { title: t('rulebook:set.title', { name: ruleSetName(t, id, lang) }) };
}

/** The rule book page of one rule set: the version in force today (else the first one). */
export default async function RuleSetPage({ params }: { params: Params }) {
  const { lang, set } = await params;
  const id = ruleSetIdFromPath(set);
  if (!isLanguage(lang) || !id) notFound();
  const t = getT(lang);
  const asOf = today();
  const current = selectRuleSet(REGISTRY, id, asOf);
  const shown = current ?? REGISTRY.filter((s) => s.id === id).sort((a, b) => a.validFrom.localeCompare(b.validFrom))[0];
  if (!shown) notFound();
  return <RuleSetView set={shown} current={current} asOf={asOf} lang={lang} t={t} name={ruleSetName(t, id, lang)} />;
}
