import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ruleSetIdFromPath, ruleSetName } from '../../../../../components/rule-book/names';
import { RuleSetView } from '../../../../../components/rule-book/rule-set-view';
import { getT } from '../../../../../lib/i18n';
import { formatDate } from '../../../../../lib/present';
import { today } from '../../../../../lib/today';
import { REGISTRY, selectRuleSet, type RuleSetId } from '../../../../../rules';
import { isLanguage } from '../../../../../locales';

export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string; set: string; version: string }>;

/** A version of a rule set: adopted before proposed when both share a date. */
function findVersion(id: RuleSetId, version: string) {
  return REGISTRY.filter((s) => s.id === id && s.version === version).sort((a, b) => Number(b.status === 'adopted') - Number(a.status === 'adopted'))[0];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, set, version } = await params;
  const id = ruleSetIdFromPath(set);
  if (!isLanguage(lang) || !id || !findVersion(id, version)) return {};
  const t = getT(lang);
  return { title: `${t('rulebook:set.title', { name: ruleSetName(t, id, lang) })} (${formatDate(version, lang)})` };
}

/** The rule book page of one version of a rule set, older or proposed ones included. */
export default async function RuleSetVersionPage({ params }: { params: Params }) {
  const { lang, set, version } = await params;
  const id = ruleSetIdFromPath(set);
  if (!isLanguage(lang) || !id) notFound();
  const shown = findVersion(id, version);
  if (!shown) notFound();
  const t = getT(lang);
  const asOf = today();
  return <RuleSetView set={shown} current={selectRuleSet(REGISTRY, id, asOf)} asOf={asOf} lang={lang} t={t} name={ruleSetName(t, id, lang)} />;
}
