import type { TFunction } from 'i18next';
import { RULE_SET_IDS, type RuleSetId } from '../../rules';
import type { Language } from '../../locales';
import { displayNames, INTL_LOCALE } from '../../lib/present';

/** A rule set's name: the host country's name from Intl, or the Ukraine side / the hubs in words. */
export function ruleSetName(t: TFunction, id: string, lang: Language): string {
  if (id === 'UA' || id === 'HUB') return t(`rulebook:sets.${id}`);
  return displayNames(INTL_LOCALE[lang], { type: 'region' }).of(id) ?? id;
}

/** A rule set's id from its URL segment (`cz` → `CZ`); only lowercase ids of existing rule sets. */
export function ruleSetIdFromPath(segment: string): RuleSetId | null {
  if (segment !== segment.toLowerCase()) return null;
  const id = segment.toUpperCase();
  return (RULE_SET_IDS as readonly string[]).includes(id) ? (id as RuleSetId) : null;
}
