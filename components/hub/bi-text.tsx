import type { TFunction } from 'i18next';
import type { Language } from '../../locales';

/** A language and its translator: the client's or the volunteer's. */
export interface LangT {
  lang: Language;
  t: TFunction;
}

/** The languages a text is shown in: the main one, and in hub mode the volunteer's beside it. */
export interface TextLanguages {
  main: LangT;
  beside: LangT | null;
}

/**
 * A text in the client's language with the volunteer's language beside it
 * (smaller, on its own line), each with its `lang` so that a screen reader
 * reads both correctly. Without a second language: the plain text only, so
 * the page is exactly as it is outside hub mode.
 */
export function BiText({ langs, k, vars, besideClassName }: { langs: TextLanguages; k: string; vars?: Record<string, unknown>; besideClassName?: string }) {
  const main = langs.main.t(k, vars ?? {});
  if (!langs.beside) return <>{main}</>;
  return (
    <>
      <span lang={langs.main.lang}>{main}</span>{' '}
      <span lang={langs.beside.lang} className={`block font-normal ${besideClassName ?? 'text-base text-gray-700'}`} data-beside>
        {langs.beside.t(k, vars ?? {})}
      </span>
    </>
  );
}

/** The same for a text that is already translated in both languages (a country's name, say). */
export function BiPlain({ main, beside, besideClassName }: { main: { lang: Language; text: string }; beside: { lang: Language; text: string } | null; besideClassName?: string }) {
  if (!beside) return <>{main.text}</>;
  return (
    <>
      <span lang={main.lang}>{main.text}</span>{' '}
      <span lang={beside.lang} className={`block font-normal ${besideClassName ?? 'text-base text-gray-700'}`} data-beside>
        {beside.text}
      </span>
    </>
  );
}
