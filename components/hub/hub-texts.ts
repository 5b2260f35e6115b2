import type { HubMode } from '../../lib/hub-languages';
import type { Language } from '../../locales/languages';

/**
 * The texts of the hub bar and the hub-mode switch in one language, as plain
 * strings: the start page passes them to the browser, which draws hub mode
 * from its cookie when the page is the offline copy (components/hub/start-hub.tsx).
 * Made by `hubTexts` (texts-from-t.ts); this module stays free of the rules
 * and the translator, so that the start page's script does not load them.
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
  /** With `{{language}}` still in it: hub mode turned on offline, the volunteer's pages not kept on this device. */
  notKept: string;
  /** Each language's name in itself. */
  autonyms: Record<Language, string>;
}

/** "Client's language: українська. Your language: Nederlands." */
export function hubLanguagesLine(texts: HubTexts, hub: HubMode): string {
  return texts.barLanguages.replace('{{client}}', texts.autonyms[hub.client]).replace('{{volunteer}}', texts.autonyms[hub.volunteer]);
}

/** "… in your language (Nederlands) …" */
export function notKeptLine(texts: HubTexts, language: Language): string {
  return texts.notKept.replace('{{language}}', texts.autonyms[language]);
}
