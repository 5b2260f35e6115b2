import type { HubMode } from '../../lib/hub-languages';
import type { Language } from '../../locales/languages';
import { hubLanguagesLine, type HubTexts } from './hub-texts';

/**
 * "Next client", in hub mode only: a plain form post that deletes every
 * answer, draft and other state of this client (keeping hub mode) and goes
 * to the start page. Also says which languages hub mode uses. Renders
 * nothing outside hub mode, and never prints.
 */
export function HubBar({ lang, texts, hub }: { lang: Language; texts: HubTexts; hub: HubMode | null }) {
  if (!hub) return null;
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded border-2 border-gray-900 bg-gray-50 px-3 py-2 print:hidden" data-hub-bar>
      <p className="text-sm">
        <strong>{texts.barLabel}</strong> {hubLanguagesLine(texts, hub)}
      </p>
      <form method="post" action={`/${lang}/next-client`}>
        <button
          type="submit"
          data-action="next-client"
          aria-describedby="next-client-hint"
          className="min-h-11 rounded bg-gray-900 px-4 py-2 font-bold text-white hover:bg-black focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black"
        >
          {texts.nextClient}
        </button>
        <span id="next-client-hint" className="sr-only">
          {texts.nextClientHint}
        </span>
      </form>
    </div>
  );
}
