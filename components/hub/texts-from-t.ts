import type { TFunction } from 'i18next';
import { languageAutonym } from '../../app/_lib/format';
import { LANGUAGES, type Language } from '../../locales';
import type { HubTexts } from './hub-texts';

/** The hub texts of the translator's language (the placeholders of the languages line kept). */
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
    notKept: t('hub:switch.notKept', { language: '{{language}}' }),
    autonyms: Object.fromEntries(LANGUAGES.map((l) => [l, languageAutonym(l)])) as Record<Language, string>,
  };
}
