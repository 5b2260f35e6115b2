import type { TFunction } from 'i18next';
import { languageAutonym } from '../../app/_lib/format';
import type { HubMode } from '../../lib/hub-languages';
import { LANGUAGES, type Language } from '../../locales';

/**
 * The texts of the hub bar and the hub-mode switch in one language, as plain
 * strings: the start page passes them to the browser, which draws hub mode
 * from its cookie when the page is the offline copy (components/hub/start-hub.tsx).
 */
export interface HubTexts {
  barLabel: string;
  /** With `{{client}}` and `{{volunteer}}` still in it. */
  barLanguages: string;
  nextClient: string;
  nextClientHint: string;
  title: string;
  onTitle: string;
  intro: string;
  volunteer: string;
  client: string;
  on: string;
  save: string;
  off: string;
  privacy: string;
  /** Each language's name in itself. */
  autonyms: Record<Language, string>;
}

export function hubTexts(t: TFunction): HubTexts {
  return {
    barLabel: t('hub:bar.label'),
    barLanguages: t('hub:bar.languages', { client: '{{client}}', volunteer: '{{volunteer}}' }),
    nextClient: t('hub:nextClient'),
    nextClientHint: t('hub:nextClientHint'),
    title: t('hub:switch.title'),
    onTitle: t('hub:switch.onTitle'),
    intro: t('hub:switch.intro'),
    volunteer: t('hub:switch.volunteer'),
    client: t('hub:switch.client'),
    on: t('hub:switch.on'),
    save: t('hub:switch.save'),
    off: t('hub:switch.off'),
    privacy: t('hub:switch.privacy'),
    autonyms: Object.fromEntries(LANGUAGES.map((l) => [l, languageAutonym(l)])) as Record<Language, string>,
  };
}

/** "Client's language: українська. Your language: Nederlands." */
export function hubLanguagesLine(texts: HubTexts, hub: HubMode): string {
  return texts.barLanguages.replace('{{client}}', texts.autonyms[hub.client]).replace('{{volunteer}}', texts.autonyms[hub.volunteer]);
}
